"""Load the progression rules in ``model/data/progression.toml`` into one frozen model.

The rules say when a load goes up or down, by how much, when a block ends in advance, repeat or
step down, and when cardio moves a stage. They are data so a trainer can review and change them;
the procedures live in ``optcoach.planning.progression``. A malformed file fails at load time with
an error naming the entry (``TableError``).
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from optcoach.model.datafile import build_table, read_toml
from optcoach.model.norms import OneRepMaxMethod
from optcoach.model.vocab import BodyPart, Equipment, Experience, PhaseNumber

Region = Literal["upper", "lower"]
Percent = Annotated[float, Field(gt=0, le=100)]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TwoForTwo(Frozen):
    reps_over_target: Annotated[int, Field(ge=1)]
    consecutive_sessions: Annotated[int, Field(ge=1)]


class Regions(Frozen):
    lower: frozenset[BodyPart]


class RegionPercent(Frozen):
    upper: Percent
    lower: Percent


class KgBounds(Frozen):
    min: Annotated[float, Field(gt=0)]
    max: Annotated[float, Field(gt=0)]

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.min > self.max:
            raise ValueError(f"min {self.min} is above max {self.max}")
        return self


class RegionKg(Frozen):
    upper: KgBounds
    lower: KgBounds


class Increments(Frozen):
    percent: dict[Experience, RegionPercent]
    kg: RegionKg

    @model_validator(mode="after")
    def _every_experience(self) -> Self:
        missing = {"beginner", "intermediate", "advanced"} - set(self.percent)
        if missing:
            raise ValueError(f"increments.percent lacks {sorted(missing)}")
        return self


class LoadSteps(Frozen):
    order: tuple[Equipment, ...]
    kg: dict[str, Annotated[float, Field(gt=0)]]
    lb: dict[str, Annotated[float, Field(gt=0)]]

    @model_validator(mode="after")
    def _complete(self) -> Self:
        for unit, table in (("kg", self.kg), ("lb", self.lb)):
            missing = {*self.order, "default"} - set(table)
            if missing:
                raise ValueError(f"load_steps.{unit} lacks {sorted(missing)}")
        return self

    def step(self, equipment: tuple[Equipment, ...], unit: Literal["kg", "lb"]) -> float:
        """Return the smallest real load change for an exercise needing ``equipment``."""
        table = self.kg if unit == "kg" else self.lb
        for name in self.order:
            if name in equipment:
                return table[name]
        return table["default"]


class MissedReps(Frozen):
    consecutive_sessions: Annotated[int, Field(ge=1)]
    reduce_percent: Percent


class HighRpe(Frozen):
    rpe: Annotated[float, Field(gt=0, le=10)]
    submaximal_phases: frozenset[PhaseNumber]
    reduce_percent: Percent


class Pain(Frozen):
    reduce_percent: Percent
    regress: bool


class OneRepMaxRule(Frozen):
    method: OneRepMaxMethod
    min_change_percent: Annotated[float, Field(ge=0)]


class Phase1(Frozen):
    proprioception_first: bool


class BlockEnd(Frozen):
    layoff_weeks: Annotated[int, Field(ge=1)]
    repeat_below_percent: Annotated[float, Field(ge=0, le=100)]
    step_down_below_percent: Annotated[float, Field(ge=0, le=100)]
    pain_sessions_repeat: Annotated[int, Field(ge=1)]
    pain_sessions_step_down: Annotated[int, Field(ge=1)]
    compensations_repeat: bool
    compensations_new_to_phase1: bool
    grace_days: Annotated[int, Field(ge=0)]

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.step_down_below_percent > self.repeat_below_percent:
            raise ValueError("step_down_below_percent must not exceed repeat_below_percent")
        if self.pain_sessions_step_down < self.pain_sessions_repeat:
            raise ValueError("pain_sessions_step_down must not be below pain_sessions_repeat")
        return self


class CardioRule(Frozen):
    weeks_held: Annotated[int, Field(ge=1)]
    floor_stage_minutes: bool


class ReassessmentRule(Frozen):
    interval_weeks: Annotated[int, Field(ge=1)]


class ProgressionRules(Frozen):
    """Every progression rule, as read from ``progression.toml``."""

    two_for_two: TwoForTwo
    regions: Regions
    increments: Increments
    load_steps: LoadSteps
    missed_reps: MissedReps
    high_rpe: HighRpe
    pain: Pain
    one_rep_max: OneRepMaxRule
    phase1: Phase1
    block_end: BlockEnd
    cardio: CardioRule
    reassessment: ReassessmentRule

    def region(self, body_parts: tuple[BodyPart, ...]) -> Region:
        """Return "lower" when any body part is lower/large, else "upper"."""
        return "lower" if set(body_parts) & self.regions.lower else "upper"


@cache
def load_progression_rules() -> ProgressionRules:
    """Return the packaged progression rules; raise TableError when the file is malformed."""
    document = read_toml("optcoach.model", "progression.toml")
    return build_table(ProgressionRules, document, "model/data/progression.toml")


__all__ = ["ProgressionRules", "Region", "load_progression_rules"]
