"""The client file: who the client is, what they want, what they have, and how they tested.

This is the engine's input (DESIGN.md, "Client file"). Imperial and metric inputs are both
accepted and kept as given; the ``*_kg``/``*_cm`` properties give the metric value the engine
computes with. Every bound here is a sanity bound on the input, not an OPT rule.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from optcoach.model.assessment_input import AssessmentInput
from optcoach.model.vocab import (
    Condition,
    Equipment,
    Experience,
    Goal,
    PhaseNumber,
    Ruleset,
    Sex,
    Side,
    Weekday,
)

KG_PER_LB = 0.45359237
CM_PER_IN = 2.54
MIN_AGE = 6
MAX_AGE = 100

Units = Literal["metric", "imperial"]

InjuryRegion = Literal[
    "neck", "shoulder", "elbow", "wrist", "upper_back", "low_back", "hip", "knee", "ankle", "foot"
]


class ClientModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ConditionEntry(ClientModel):
    """A diagnosed condition; pregnancy carries its week, hypertension whether it is controlled."""

    id: Condition
    weeks: Annotated[int, Field(ge=0, le=45)] | None = None
    controlled: bool = True
    notes: str = ""

    @model_validator(mode="after")
    def _weeks_only_for_pregnancy(self) -> Self:
        if self.weeks is not None and self.id not in ("pregnancy", "postpartum"):
            raise ValueError("weeks applies only to pregnancy and postpartum")
        return self


class Injury(ClientModel):
    region: InjuryRegion
    side: Side | None = None
    current: bool = True
    notes: str = ""


class Parq(ClientModel):
    """PAR-Q+ part 1: seven yes/no answers (True = yes)."""

    q1: bool
    q2: bool
    q3: bool
    q4: bool
    q5: bool
    q6: bool
    q7: bool


class MedicalClearance(ClientModel):
    date: dt.date
    by: Annotated[str, Field(min_length=1)]
    notes: str = ""


class Preferences(ClientModel):
    favorites: tuple[str, ...] = ()
    dislikes: tuple[str, ...] = ()


class History(ClientModel):
    occupation: str = ""
    lifestyle: str = ""
    surgeries: tuple[str, ...] = ()
    chronic_conditions: tuple[str, ...] = ()


def _condition_entry(value: Any) -> Any:
    return {"id": value} if isinstance(value, str) else value


class Client(ClientModel):
    """A client file, validated. Raise pydantic.ValidationError naming the field when invalid."""

    schema_: Literal["optcoach.client/v1"] = Field(default="optcoach.client/v1", alias="schema")
    name: Annotated[str, Field(min_length=1, max_length=200)]
    sex: Sex
    age: Annotated[int, Field(ge=MIN_AGE, le=MAX_AGE)] | None = None
    birth_date: dt.date | None = None
    height_cm: Annotated[float, Field(ge=90, le=250)] | None = None
    height_in: Annotated[float, Field(ge=35, le=100)] | None = None
    weight_kg: Annotated[float, Field(ge=15, le=350)] | None = None
    weight_lb: Annotated[float, Field(ge=33, le=770)] | None = None
    units: Units | None = None
    goal: Goal
    experience: Experience = "beginner"
    days_per_week: Annotated[int, Field(ge=1, le=7)]
    weekdays: tuple[Weekday, ...] | None = None
    session_minutes: Annotated[int, Field(ge=20, le=180)] = 60
    start_date: dt.date | None = None
    start_phase: PhaseNumber | None = None
    ruleset: Ruleset | None = None
    equipment: tuple[Equipment, ...] = ()
    preferences: Preferences = Preferences()
    injuries: tuple[Injury, ...] = ()
    conditions: tuple[ConditionEntry, ...] = ()
    medications: tuple[str, ...] = ()
    parq: Parq
    medical_clearance: MedicalClearance | None = None
    history: History = History()
    assessment: AssessmentInput | None = None

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @field_validator("conditions", mode="before")
    @classmethod
    def _conditions_from_ids(cls, value: Any) -> Any:
        if isinstance(value, list | tuple):
            return [_condition_entry(v) for v in value]
        return value

    @field_validator("injuries", mode="before")
    @classmethod
    def _injuries_from_regions(cls, value: Any) -> Any:
        if isinstance(value, list | tuple):
            return [{"region": v} if isinstance(v, str) else v for v in value]
        return value

    @field_validator("equipment", "weekdays")
    @classmethod
    def _no_repeats(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is not None and len(set(value)) != len(value):
            raise ValueError("lists each entry once")
        return value

    @model_validator(mode="after")
    def _complete(self) -> Self:
        if (self.age is None) == (self.birth_date is None):
            raise ValueError("give exactly one of age or birth_date")
        if (self.height_cm is None) == (self.height_in is None):
            raise ValueError("give exactly one of height_cm or height_in")
        if (self.weight_kg is None) == (self.weight_lb is None):
            raise ValueError("give exactly one of weight_kg or weight_lb")
        if self.weekdays is not None and len(self.weekdays) < self.days_per_week:
            raise ValueError(
                f"days_per_week is {self.days_per_week} but only {len(self.weekdays)} weekdays "
                "are available"
            )
        if self.birth_date is not None:
            age = self.age_on(self.start_date or dt.date.today())
            if not MIN_AGE <= age <= MAX_AGE:
                raise ValueError(f"birth_date gives age {age}; ages {MIN_AGE}-{MAX_AGE} only")
        return self

    def age_on(self, day: dt.date) -> int:
        """Return the client's age in whole years on ``day``."""
        if self.age is not None:
            return self.age
        born = self.birth_date
        if born is None:  # unreachable: _complete requires age or birth_date
            raise ValueError("client has neither age nor birth_date")
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    @property
    def body_weight_kg(self) -> float:
        if self.weight_kg is not None:
            return self.weight_kg
        return round((self.weight_lb or 0.0) * KG_PER_LB, 2)

    @property
    def stature_cm(self) -> float:
        if self.height_cm is not None:
            return self.height_cm
        return round((self.height_in or 0.0) * CM_PER_IN, 1)

    @property
    def display_units(self) -> Units:
        """Return the units the client reads loads in: as stated, else as the weight was given."""
        if self.units is not None:
            return self.units
        return "imperial" if self.weight_lb is not None else "metric"

    @property
    def condition_ids(self) -> frozenset[Condition]:
        return frozenset(c.id for c in self.conditions)

    @property
    def equipment_set(self) -> frozenset[Equipment]:
        return frozenset(self.equipment)
