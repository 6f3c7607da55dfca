"""What progression decided, and why: the values the trainer reads and may override."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from optcoach.model.program import Program

DecisionKind = Literal[
    "load_up",
    "load_down",
    "stability_progression",
    "regression",
    "one_rep_max",
    "block_end",
    "layoff",
    "reassessment",
    "replan",
    "cardio_stage",
    "cardio_volume",
]
# The staircase moves a block end can make.
BlockAction = Literal["advance", "repeat", "step_down", "phase_1"]

# The order decisions of one day are listed in: the staircase first, then what follows from it.
KIND_ORDER: dict[DecisionKind, int] = {
    "layoff": 0,
    "block_end": 1,
    "reassessment": 2,
    "replan": 3,
    "one_rep_max": 4,
    "regression": 5,
    "load_down": 6,
    "stability_progression": 7,
    "load_up": 8,
    "cardio_stage": 9,
    "cardio_volume": 10,
}


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Decision(Frozen):
    """One change (or one staircase verdict) with the rule behind it and the reason in words.

    ``date`` is the first day the decision takes effect; ``rule`` names the entry of
    ``progression.toml`` (or ``override``) that produced it; ``before``/``after`` are short
    human-readable values (a load, an exercise id, a phase).
    """

    kind: DecisionKind
    date: dt.date
    rule: str
    reason: str
    exercise_id: str | None = None
    action: str | None = None
    before: str | None = None
    after: str | None = None
    block_index: int | None = None
    by: str = "optcoach"

    def sort_key(self) -> tuple[dt.date, int, str, str]:
        return (self.date, KIND_ORDER[self.kind], self.exercise_id or "", self.after or "")


class Override(Frozen):
    """A trainer's verdict on a block end, replacing the computed one.

    Name the block by its 0-based ``block_index`` in ``program.blocks`` or by any ``date`` inside
    it. Raise pydantic.ValidationError when neither (or both) is given. ``advance`` moves to the
    goal route's next phase after the block's (re-planning when the future holds another phase);
    ``repeat``, ``step_down`` and ``phase_1`` restart the future at that phase. ``by`` and
    ``decided_on`` (optional: the day the trainer decided) are recorded in the decision.
    """

    block_index: Annotated[int, Field(ge=0)] | None = None
    date: dt.date | None = None
    decision: BlockAction
    reason: Annotated[str, Field(min_length=1)]
    by: Annotated[str, Field(min_length=1)]
    decided_on: dt.date | None = None

    @model_validator(mode="after")
    def _one_target(self) -> Self:
        if (self.block_index is None) == (self.date is None):
            raise ValueError("give exactly one of block_index or date")
        return self

    def targets(self, program: Program, block_index: int) -> bool:
        """Return True when this override names block ``block_index`` of ``program``."""
        if self.block_index is not None:
            return self.block_index == block_index
        block = program.blocks[block_index]
        return self.date is not None and block.start <= self.date <= block.end


class WeekAdherence(Frozen):
    """Planned versus completed work in one program week (volume = reps x load, in kg)."""

    index: int
    start: dt.date
    planned_sessions: int
    completed_sessions: int
    planned_sets: int
    completed_sets: int
    planned_volume_kg: float
    completed_volume_kg: float


class Adherence(Frozen):
    """Adherence over the program's past weeks; rates are % (0-100), None with nothing planned."""

    weeks: tuple[WeekAdherence, ...]
    planned_sessions: int
    completed_sessions: int
    planned_sets: int
    completed_sets: int
    session_rate: float | None
    set_rate: float | None


class ProgressResult(Frozen):
    """The updated program, every decision with its reason, and adherence so far."""

    program: Program
    decisions: tuple[Decision, ...]
    adherence: Adherence
    reassessment_due: tuple[dt.date, ...] = ()
    cut: dt.date


__all__ = [
    "Adherence",
    "BlockAction",
    "Decision",
    "DecisionKind",
    "Override",
    "ProgressResult",
    "WeekAdherence",
]
