"""Load the intake reference data in ``model/data/intake.toml``: PAR-Q+ questions, drug names.

Parsed once and cached; a malformed file fails at load time (``TableError``) naming the entry.
"""

from __future__ import annotations

from functools import cache
from typing import Self

from pydantic import BaseModel, ConfigDict, model_validator

from optcoach.model.datafile import TableError, build_table, read_toml

PARQ_QUESTIONS: tuple[str, ...] = ("q1", "q2", "q3", "q4", "q5", "q6", "q7")


class IntakeTables(BaseModel):
    """PAR-Q+ question summaries keyed q1..q7 and the beta-blocker names."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    parq: dict[str, str]
    beta_blocker_flag: str
    beta_blockers: tuple[str, ...]

    @model_validator(mode="after")
    def _complete(self) -> Self:
        if tuple(sorted(self.parq)) != PARQ_QUESTIONS:
            raise ValueError(f"parq must summarise exactly {list(PARQ_QUESTIONS)}")
        if any(name != name.lower() for name in self.beta_blockers):
            raise ValueError("beta_blockers are written in lower case")
        return self


@cache
def load_intake() -> IntakeTables:
    """Return the intake tables; raise TableError naming the entry when malformed."""
    source = "model/data/intake.toml"
    doc = read_toml("optcoach.model", "intake.toml")
    try:
        data = {"parq": doc["parq"], **doc["medications"]}
    except KeyError as exc:
        raise TableError(f"{source}: missing table {exc}") from exc
    return build_table(IntakeTables, data, source)


__all__ = ["PARQ_QUESTIONS", "IntakeTables", "load_intake"]
