"""Load the planner's own choices (``planning/data/*.toml``) into frozen models.

The OPT tables in ``optcoach.model`` give ranges; these files say where inside a range the planner
starts, which body parts a split trains and which load increments exist. Each file is parsed once
and cached; a malformed file fails at load time naming the file and the entry.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from optcoach.model.datafile import build_table, read_toml
from optcoach.model.program import Split
from optcoach.model.tables import IntRange
from optcoach.model.vocab import (
    BodyPart,
    Experience,
    FlexibilityTechnique,
    Goal,
    Level,
    MovementPattern,
    Muscle,
    PhaseNumber,
    SectionId,
)

_M = TypeVar("_M", bound=BaseModel)

SplitName = Literal["total_body", "upper_lower", "push_pull_legs", "body_part"]
Position = Literal["low", "middle", "high"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SkillForms(_Frozen):
    plyometric: tuple[Level, ...]
    saq: tuple[Level, ...]


class OptionalCardio(_Frozen):
    warm_up: tuple[Level, ...]
    cool_down: tuple[Level, ...]


class CardioEveryBlock(_Frozen):
    warm_up_required: bool


class Cardio(_Frozen):
    exercises: tuple[str, ...] = Field(min_length=1)


class Corrective(_Frozen):
    max_exercises: int = Field(ge=0)


class Wording(_Frozen):
    named_exercises: int = Field(ge=1)
    section_titles: dict[SectionId, str]


class Choices(_Frozen):
    """Where the planner sits inside the model's ranges, and what each split trains."""

    splits: dict[SplitName, tuple[Split, ...]]
    split_slots: dict[Split, dict[BodyPart, tuple[MovementPattern, ...]]]
    exercises_per_body_part: dict[PhaseNumber, int]
    sets_position: dict[Experience, Position]
    rest_position: dict[Experience, Position]
    form_counts: dict[Literal["core", "balance", "plyometric", "saq"], dict[Level, int]]
    flexibility_counts: dict[FlexibilityTechnique, int]
    default_flexibility_targets: dict[Split, tuple[Muscle, ...]]
    skill_forms: dict[Goal, SkillForms]
    optional_cardio: OptionalCardio
    cardio_every_block: CardioEveryBlock
    cardio: Cardio
    body_weight_rpe: dict[Level, str]
    corrective: Corrective
    holds: dict[Literal["core", "balance", "plyometric", "saq"], int]
    wording: Wording


class LoadSteps(_Frozen):
    """The loads one unit system's equipment comes in."""

    barbell_step: float = Field(gt=0)
    barbell_min: float = Field(ge=0)
    machine_step: float = Field(gt=0)
    machine_min: float = Field(ge=0)
    dumbbells: tuple[float, ...] = Field(min_length=1)
    kettlebells: tuple[float, ...] = Field(min_length=1)
    medicine_balls: tuple[float, ...] = Field(min_length=1)


class LoadTable(_Frozen):
    metric: LoadSteps
    imperial: LoadSteps


def _read(name: str) -> dict[str, Any]:
    return read_toml("optcoach.planning", name)


@cache
def load_choices() -> Choices:
    """Return the planner's choices; raise TableError naming the entry when malformed."""
    doc = _read("choices.toml")
    doc["exercises_per_body_part"] = {
        int(k): v for k, v in doc.get("exercises_per_body_part", {}).items()
    }
    return build_table(Choices, doc, "planning/data/choices.toml")


@cache
def load_load_table() -> LoadTable:
    """Return the load increments; raise TableError naming the entry when malformed."""
    return build_table(LoadTable, _read("loads.toml"), "planning/data/loads.toml")


def pick(value_range: IntRange, position: Position) -> int:
    """Return the low end, the middle (rounded down) or the high end of ``value_range``."""
    if position == "low":
        return value_range.low
    if position == "high":
        return value_range.high
    return (value_range.low + value_range.high) // 2
