"""The session log: what the client actually did, one entry per set.

This is the input of progression (DESIGN.md, "Session log file"): ``{date, exercise_id, set, reps,
load_kg | load_lb, rpe, pain, notes}`` plus the optional ``week`` and ``session`` a trainer app may
record, ``completed`` (False = a planned set the client skipped) and, for cardio and holds,
``duration_s`` and ``hr_zone``. A log file is a list of entries, or a mapping with ``schema`` and
``entries``. Every bound is a sanity bound on the input, not an OPT rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from optcoach.model.client import KG_PER_LB

LOG_SCHEMA: Literal["optcoach.log/v1"] = "optcoach.log/v1"
KG_DECIMALS = 2


class LogError(ValueError):
    """A session log cannot be used; the message names the entry and the field."""


class LogEntry(BaseModel):
    """One logged set (or cardio bout). Raise pydantic.ValidationError naming the bad field."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    date: dt.date
    exercise_id: Annotated[str, Field(pattern=r"^[a-z0-9]+(_[a-z0-9]+)*$", max_length=80)]
    set: Annotated[int, Field(ge=1, le=50)] = 1
    reps: Annotated[int, Field(ge=0, le=500)] | None = None
    load_kg: Annotated[float, Field(ge=0, le=1000)] | None = None
    load_lb: Annotated[float, Field(ge=0, le=2200)] | None = None
    rpe: Annotated[float, Field(ge=0, le=10)] | None = None
    pain: bool = False
    notes: Annotated[str, Field(max_length=2000)] = ""
    week: Annotated[int, Field(ge=1)] | None = None
    session: Annotated[int, Field(ge=1)] | None = None
    completed: bool = True
    duration_s: Annotated[int, Field(ge=1, le=6 * 3600)] | None = None
    hr_zone: Annotated[int, Field(ge=1, le=5)] | None = None

    @model_validator(mode="after")
    def _one_unit(self) -> Self:
        if self.load_kg is not None and self.load_lb is not None:
            raise ValueError("give load_kg or load_lb, not both")
        if self.completed and self.reps is None and self.duration_s is None:
            raise ValueError("a completed entry needs reps or duration_s")
        return self

    @property
    def kg(self) -> float | None:
        """Return the load in kg (pounds converted), or None for an unloaded set."""
        if self.load_kg is not None:
            return self.load_kg
        if self.load_lb is not None:
            return round(self.load_lb * KG_PER_LB, KG_DECIMALS)
        return None


def _label(index: int, raw: Any) -> str:
    if isinstance(raw, dict):
        parts = [str(raw.get(key)) for key in ("date", "exercise_id") if raw.get(key) is not None]
        if parts:
            return f"entries[{index}] ({' '.join(parts)})"
    return f"entries[{index}]"


def parse_log(data: Any, source: str = "log") -> tuple[LogEntry, ...]:
    """Return the entries of a log document, sorted by date, exercise and set.

    Accept a list of entries or ``{schema: "optcoach.log/v1", entries: [...]}``. Raise LogError
    naming the entry (index, date, exercise) and the field when anything is wrong.
    """
    if isinstance(data, dict):
        schema = data.get("schema", LOG_SCHEMA)
        if schema != LOG_SCHEMA:
            raise LogError(f"{source}: schema must be {LOG_SCHEMA!r}, not {schema!r}")
        unknown = sorted(set(data) - {"schema", "entries"})
        if unknown:
            raise LogError(f"{source}: unknown keys {unknown}; expected schema and entries")
        data = data.get("entries")
    if not isinstance(data, list):
        raise LogError(f"{source}: expected a list of log entries")
    entries: list[LogEntry] = []
    for index, raw in enumerate(data):
        if not isinstance(raw, dict):
            raise LogError(f"{source}: {_label(index, raw)}: expected a mapping of keys to values")
        try:
            entries.append(LogEntry.model_validate(raw))
        except ValidationError as exc:
            error = exc.errors()[0]
            field = ".".join(str(part) for part in error["loc"])
            message = error["msg"].removeprefix("Value error, ")
            where = f"{_label(index, raw)}.{field}" if field else _label(index, raw)
            raise LogError(f"{source}: {where}: {message}") from None
    return sort_entries(entries)


def sort_entries(entries: Sequence[LogEntry]) -> tuple[LogEntry, ...]:
    """Return ``entries`` in a stable order: date, exercise, set, then the rest of the entry."""
    return tuple(sorted(entries, key=lambda e: (e.date, e.exercise_id, e.set, e.model_dump_json())))


__all__ = ["LOG_SCHEMA", "LogEntry", "LogError", "parse_log", "sort_entries"]
