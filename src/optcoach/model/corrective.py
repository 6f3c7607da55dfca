"""Load the corrective-exercise doses in ``model/data/corrective.toml`` (per ruleset).

Parsed once and cached; a malformed file fails at load time (``TableError``) naming the entry.
"""

from __future__ import annotations

from functools import cache
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, model_validator

from optcoach.model.datafile import TableError, build_table, read_toml
from optcoach.model.tables import IntRange, parse_tempo
from optcoach.model.vocab import Form, Ruleset


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class HoldDose(Frozen):
    """Inhibit or lengthen: sets of a held position."""

    technique: Literal["smr", "static"]
    sets: int
    sets_range: IntRange
    hold_s: int
    hold_s_range: IntRange

    @model_validator(mode="after")
    def _inside(self) -> Self:
        if self.sets not in self.sets_range or self.hold_s not in self.hold_s_range:
            raise ValueError("prescribed sets and hold_s must sit inside their ranges")
        return self


class RepDose(Frozen):
    """Activate or integrate: sets of slow reps."""

    sets: int
    sets_range: IntRange
    reps: int
    reps_range: IntRange
    tempo: str
    rest_s: int | None = None
    rest_s_range: IntRange | None = None
    frequency_per_week: IntRange | None = None

    @model_validator(mode="after")
    def _inside(self) -> Self:
        if self.sets not in self.sets_range or self.reps not in self.reps_range:
            raise ValueError("prescribed sets and reps must sit inside their ranges")
        if (self.rest_s is None) != (self.rest_s_range is None):
            raise ValueError("rest_s and rest_s_range come together")
        if self.rest_s is not None and self.rest_s_range and self.rest_s not in self.rest_s_range:
            raise ValueError("prescribed rest_s must sit inside rest_s_range")
        parse_tempo(self.tempo, 0.5)
        return self


class CorrectiveDoses(Frozen):
    inhibit: HoldDose
    lengthen: HoldDose
    activate: RepDose
    integrate: RepDose


class CorrectiveTables(Frozen):
    doses: dict[Ruleset, CorrectiveDoses]
    integrate_preferred: tuple[str, ...]
    activate_forms: tuple[Form, ...]

    def activation(self, ruleset: Ruleset) -> ActivationDose:
        """Return the dose of a corrective exercise in a session's activation section.

        It is the continuum's ``activate`` step, in every phase; raise TableError when the
        ruleset's entry gives no rest range.
        """
        step = self.doses[ruleset].activate
        if step.rest_s_range is None:
            raise TableError(f"model/data/corrective.toml {ruleset}.activate: missing rest_s_range")
        return ActivationDose(
            sets=step.sets_range,
            reps=step.reps_range,
            prescribed_reps=step.reps,
            tempo=step.tempo,
            rest_s=step.rest_s_range,
        )


class ActivationDose(Frozen):
    """Ranges a corrective exercise in the activation section keeps to (planner and validator)."""

    sets: IntRange
    reps: IntRange
    prescribed_reps: int
    tempo: str
    rest_s: IntRange


@cache
def load_corrective() -> CorrectiveTables:
    """Return the corrective doses; raise TableError naming the entry when malformed."""
    source = "model/data/corrective.toml"
    doc = read_toml("optcoach.model", "corrective.toml")
    try:
        integrate = doc.pop("integrate")
        data = {
            "doses": doc,
            "integrate_preferred": integrate["preferred"],
            "activate_forms": integrate["activate_forms"],
        }
    except KeyError as exc:
        raise TableError(f"{source}: missing {exc}") from exc
    return build_table(CorrectiveTables, data, source)


__all__ = [
    "ActivationDose",
    "CorrectiveDoses",
    "CorrectiveTables",
    "HoldDose",
    "RepDose",
    "load_corrective",
]
