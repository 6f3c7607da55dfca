"""How far a program's numbers may drift from the validator's own recomputation (data file)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from optcoach.model.tables import TableError


class Tolerances(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    load_kg: float = Field(ge=0)
    load_lb: float = Field(ge=0)
    minutes_absolute: float = Field(ge=0)
    minutes_relative_percent: float = Field(ge=0)


@cache
def load_tolerances() -> Tolerances:
    """Return the tolerances; raise TableError naming the field when the file is malformed."""
    text = resources.files("optcoach.validate").joinpath("data", "tolerances.toml").read_text()
    try:
        return Tolerances.model_validate(tomllib.loads(text))
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise TableError(f"validate/data/tolerances.toml: {exc}") from exc
