"""How far a program's numbers may drift from the validator's own recomputation (data file)."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from optcoach.model.datafile import build_table, read_toml


class Tolerances(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    load_kg: float = Field(ge=0)
    load_lb: float = Field(ge=0)
    minutes_absolute: float = Field(ge=0)
    minutes_relative_percent: float = Field(ge=0)


@cache
def load_tolerances() -> Tolerances:
    """Return the tolerances; raise TableError naming the field when the file is malformed."""
    document = read_toml("optcoach.validate", "tolerances.toml")
    return build_table(Tolerances, document, "validate/data/tolerances.toml")
