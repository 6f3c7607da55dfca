"""Display names for vocabulary ids, shared by every output format.

The names live in ``render/data/labels.toml`` so a trainer can review them in a diff; this module
loads them once and answers "what do we call phase 3 under cpt6" or "how is 4 Jan 2027 written".
Dates are spelled with fixed English names so output never depends on the machine's locale.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from functools import cache
from importlib import resources
from typing import Any, Self, get_args

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from optcoach.model.program import Block, Split
from optcoach.model.vocab import (
    EXPERIENCES,
    FORMS,
    GOALS,
    PHASE_NUMBERS,
    RULESETS,
    SECTION_IDS,
    Experience,
    Form,
    Goal,
    Ruleset,
    SectionId,
)

_DAYS_PER_WEEK = 7
_MONTHS_PER_YEAR = 12


class LabelsError(ValueError):
    """The labels file is malformed or misses an id; the message names the table."""


class _Calendar(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    weekdays: tuple[str, ...]
    months: tuple[str, ...]


class Labels(BaseModel):
    """Every display name, keyed by vocabulary id."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    phases: dict[Ruleset, dict[int, str]]
    sections: dict[SectionId, str]
    splits: dict[Split, str]
    goals: dict[Goal, str]
    forms: dict[Form, str]
    experience: dict[Experience, str]
    calendar: _Calendar

    @model_validator(mode="after")
    def _complete(self) -> Self:
        expected: dict[str, tuple[set[Any], set[Any]]] = {
            "phases": (set(self.phases), set(RULESETS)),
            "sections": (set(self.sections), set(SECTION_IDS)),
            "splits": (set(self.splits), set(get_args(Split))),
            "goals": (set(self.goals), set(GOALS)),
            "forms": (set(self.forms), set(FORMS)),
            "experience": (set(self.experience), set(EXPERIENCES)),
        }
        expected.update(
            {
                f"phases.{ruleset}": (set(names), set(PHASE_NUMBERS))
                for ruleset, names in self.phases.items()
            }
        )
        for table, (have, want) in expected.items():
            if have != want:
                missing = sorted(map(str, want - have))
                extra = sorted(map(str, have - want))
                raise ValueError(f"[{table}] missing {missing}, unknown {extra}")
        if len(self.calendar.weekdays) != _DAYS_PER_WEEK:
            raise ValueError("[calendar] weekdays must name 7 days, Monday first")
        if len(self.calendar.months) != _MONTHS_PER_YEAR:
            raise ValueError("[calendar] months must name 12 months, January first")
        return self


@cache
def load_labels() -> Labels:
    """Return the display names; raise LabelsError naming the table when the file is wrong."""
    text = resources.files("optcoach.render").joinpath("data", "labels.toml").read_text("utf-8")
    try:
        return Labels.model_validate(tomllib.loads(text))
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise LabelsError(f"render/data/labels.toml: {exc}") from exc


def phase_name(phase: int, ruleset: Ruleset) -> str:
    """Return the phase's name in ``ruleset`` ("Muscular Development" in cpt7, "Hypertrophy" in
    cpt6); raise KeyError for a number outside 1-5."""
    return load_labels().phases[ruleset][phase]


def phase_title(phases: tuple[int, ...], ruleset: Ruleset) -> str:
    """Return "Phase 1 · Stabilization Endurance" for one phase, "Phases 1/2/5" for several."""
    if len(phases) == 1:
        return f"Phase {phases[0]} · {phase_name(phases[0], ruleset)}"
    return f"Phases {phase_numbers(phases)}"


def phase_numbers(phases: tuple[int, ...]) -> str:
    """Return the phase numbers joined with slashes, e.g. "1/2/5"."""
    return "/".join(str(phase) for phase in phases)


def block_title(block: Block, ruleset: Ruleset) -> str:
    """Return a block's name: its phase's name, or "Undulating" for a block that mixes phases
    (the phase numbers appear next to it in every format)."""
    if block.undulating or len(block.phases) > 1:
        return "Undulating"
    return phase_name(block.phase, ruleset)


def section_title(section: SectionId) -> str:
    return load_labels().sections[section]


def split_name(split: Split) -> str:
    return load_labels().splits[split]


def goal_name(goal: Goal) -> str:
    return load_labels().goals[goal]


def form_name(form: Form) -> str:
    return load_labels().forms[form]


def experience_name(experience: Experience) -> str:
    return load_labels().experience[experience]


def month_name(month: int) -> str:
    """Return the three-letter name of ``month`` (1-12)."""
    return load_labels().calendar.months[month - 1]


def format_date(day: dt.date, *, weekday: bool = False) -> str:
    """Return "4 Jan 2027", or "Mon 4 Jan 2027" with ``weekday``."""
    calendar = load_labels().calendar
    text = f"{day.day} {calendar.months[day.month - 1]} {day.year}"
    return f"{calendar.weekdays[day.weekday()]} {text}" if weekday else text


def format_dates(days: tuple[dt.date, ...]) -> str:
    """Return several dates as one phrase: "Mon 4 Jan, Wed 6 Jan and Fri 8 Jan 2027".

    The year is written once when all dates share it, else after every date.
    """
    if len({day.year for day in days}) > 1:
        texts = [format_date(day, weekday=True) for day in days]
    else:
        weekdays = load_labels().calendar.weekdays
        texts = [f"{weekdays[day.weekday()]} {format_short_date(day)}" for day in days]
        texts[-1] += f" {days[-1].year}"
    if len(texts) == 1:
        return texts[0]
    return f"{', '.join(texts[:-1])} and {texts[-1]}"


def format_short_date(day: dt.date) -> str:
    """Return "4 Jan" (no year), for dense tables whose year is shown elsewhere."""
    return f"{day.day} {load_labels().calendar.months[day.month - 1]}"


def humanize(identifier: str) -> str:
    """Return a vocabulary id as words: "hip_flexor_complex" -> "hip flexor complex"."""
    return identifier.replace("_", " ")
