"""Load the corrective-exercise doses in ``model/data/corrective.toml`` (per ruleset).

Parsed once and cached; a malformed file fails at load time (``TableError``) naming the entry.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from optcoach.model.tables import IntRange, TableError, parse_tempo
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
    frequency_per_week: IntRange | None = None

    @model_validator(mode="after")
    def _inside(self) -> Self:
        if self.sets not in self.sets_range or self.reps not in self.reps_range:
            raise ValueError("prescribed sets and reps must sit inside their ranges")
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


@cache
def load_corrective() -> CorrectiveTables:
    """Return the corrective doses; raise TableError naming the entry when malformed."""
    source = "model/data/corrective.toml"
    text = resources.files("optcoach.model").joinpath("data", "corrective.toml").read_text("utf-8")
    try:
        doc = tomllib.loads(text)
        integrate = doc.pop("integrate")
        return CorrectiveTables.model_validate(
            {
                "doses": doc,
                "integrate_preferred": integrate["preferred"],
                "activate_forms": integrate["activate_forms"],
            }
        )
    except tomllib.TOMLDecodeError as exc:
        raise TableError(f"{source}: {exc}") from exc
    except KeyError as exc:
        raise TableError(f"{source}: missing {exc}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        raise TableError(f"{source} {'.'.join(map(str, first['loc']))}: {first['msg']}") from exc


__all__ = ["CorrectiveDoses", "CorrectiveTables", "HoldDose", "RepDose", "load_corrective"]
