"""The program document: the engine's output and the validator's input.

Its JSON form is the public contract ``optcoach.program/v1`` (DESIGN.md). The web app stores it as
is and rebuilds it with ``Program.model_validate``; hand-edited copies come back through the same
model, so everything here is plain data with no behaviour that could disagree with the validator.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from optcoach.model.client import Client
from optcoach.model.vocab import (
    ExerciseRole,
    FlexibilityTechnique,
    Form,
    Goal,
    Level,
    Muscle,
    PhaseNumber,
    Ruleset,
    SectionId,
    Side,
    Weekday,
)

PROGRAM_SCHEMA: Literal["optcoach.program/v1"] = "optcoach.program/v1"

Split = Literal["total_body", "upper", "lower", "push", "pull", "legs"]


class ProgramModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Intensity(ProgramModel):
    """How hard an item is: by %1RM, % body weight, heart-rate zone, rep max or RPE."""

    percent_1rm: float | None = None
    percent_body_weight: float | None = None
    hr_zone: int | None = None
    hr_low: int | None = None
    hr_high: int | None = None
    rep_max: int | None = None
    rpe: str | None = None
    talk_test: bool = False


class Item(ProgramModel):
    exercise_id: str
    name: str
    form: Form
    level: Level
    role: ExerciseRole | None = None
    technique: FlexibilityTechnique | None = None
    sets: int = Field(ge=1)
    reps: int | None = Field(default=None, ge=1)
    duration_s: int | None = Field(default=None, ge=1)
    per_side: bool = False
    side: Side | None = None
    tempo: str | None = None
    rest_s: int = Field(default=0, ge=0)
    intensity: Intensity = Intensity()
    load_kg: float | None = Field(default=None, ge=0)
    load_lb: float | None = Field(default=None, ge=0)
    superset: str | None = None
    targets: tuple[Muscle, ...] = ()
    optional: bool = False
    rationale: str


class Section(ProgramModel):
    id: SectionId
    items: tuple[Item, ...]
    note: str = ""


class Session(ProgramModel):
    date: dt.date
    weekday: Weekday
    phases: tuple[PhaseNumber, ...]
    split: Split
    minutes_budget: int
    minutes_estimated: int
    sections: tuple[Section, ...]
    trimmed: tuple[str, ...] = ()


class Week(ProgramModel):
    index: int = Field(ge=1)
    start: dt.date
    phases: tuple[PhaseNumber, ...]
    sessions: tuple[Session, ...]


class Block(ProgramModel):
    """One mesocycle of the annual plan; an undulating block lists several phases."""

    phase: PhaseNumber
    phases: tuple[PhaseNumber, ...]
    undulating: bool = False
    start: dt.date
    end: dt.date
    weeks: int = Field(ge=1)
    rationale: str = ""
    # Set when a recorded progression decision (a layoff, a trainer's step down, a re-plan) cut
    # the block before its planned end: the reason, in words. Such a block may be shorter than
    # its phase's minimum; the validator still rejects a short block without it.
    ended_early: str | None = Field(default=None, min_length=1)


class ProgramWarning(ProgramModel):
    code: str
    message: str


class HeartRateZone(ProgramModel):
    zone: int
    low: int | None
    high: int | None


class Inputs(ProgramModel):
    """The assessment-derived values the plan was computed from, so a reader can check loads."""

    one_rep_max_kg: dict[str, float] = {}
    hr_max: int | None = None
    hr_zones: tuple[HeartRateZone, ...] = ()
    zones_estimated: bool = False
    overactive: tuple[Muscle, ...] = ()
    underactive: tuple[Muscle, ...] = ()
    start_phase: PhaseNumber = 1
    cardio_stage: int = 1


class Revision(ProgramModel):
    """New inputs in force from ``start`` on: a 1RM refresh, a reassessment or a re-plan.

    Sessions dated before the first revision were planned from ``Program.inputs``; a session is
    judged by the inputs of the latest revision starting on or before its date.
    """

    start: dt.date
    inputs: Inputs
    reason: str = Field(min_length=1)


class Generator(ProgramModel):
    name: str = "optcoach"
    version: str


class Program(ProgramModel):
    """The whole plan: blocks, weeks and the inputs they were planned from.

    ``inputs`` hold for the first weeks; ``revisions`` (empty unless progression changed
    something) hold for the sessions from their start on. Read them with ``inputs_on``.
    """

    schema_: Literal["optcoach.program/v1"] = Field(default=PROGRAM_SCHEMA, alias="schema")
    generator: Generator
    ruleset: Ruleset
    goal: Goal
    start: dt.date
    horizon_weeks: int
    client: Client
    inputs: Inputs
    warnings: tuple[ProgramWarning, ...] = ()
    blocks: tuple[Block, ...]
    weeks: tuple[Week, ...]
    revisions: tuple[Revision, ...] = ()

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    def revision_on(self, day: dt.date) -> int | None:
        """Return the index of the revision in force on ``day``, None when ``inputs`` are.

        That is the revision with the latest start on or before ``day``; of two with the same
        start, the one listed later.
        """
        found: int | None = None
        for index, revision in enumerate(self.revisions):
            if revision.start <= day and (
                found is None or revision.start >= self.revisions[found].start
            ):
                found = index
        return found

    def inputs_on(self, day: dt.date) -> Inputs:
        """Return the inputs in force on ``day`` (see ``revision_on``)."""
        index = self.revision_on(day)
        return self.inputs if index is None else self.revisions[index].inputs

    @property
    def latest_inputs(self) -> Inputs:
        """Return the inputs in force from the latest revision on (``inputs`` without any)."""
        if not self.revisions:
            return self.inputs
        return self.inputs_on(max(revision.start for revision in self.revisions))
