"""Raw assessment measurements as a trainer records them in the client file.

These are inputs only; ``optcoach.assessment`` turns them into findings. Bounds reject values no
living client produces (a resting HR of 400, a negative skinfold) with the field named.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from optcoach.model.norms import HrMaxFormula
from optcoach.model.vocab import (
    OhsaCompensation,
    PushPullCompensation,
    Side,
    SingleLegSquatCompensation,
    StaticPosture,
)

_BP = re.compile(r"^\s*(\d{2,3})\s*/\s*(\d{2,3})\s*$")

Skinfold = Annotated[float, Field(gt=0, le=80)]
HeartRate = Annotated[int, Field(ge=25, le=250)]


class InputModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Skinfolds(InputModel):
    """Skinfold thicknesses in millimetres."""

    biceps: Skinfold | None = None
    triceps: Skinfold | None = None
    subscapular: Skinfold | None = None
    suprailiac: Skinfold | None = None
    chest: Skinfold | None = None
    midaxillary: Skinfold | None = None
    abdomen: Skinfold | None = None
    thigh: Skinfold | None = None


class Rockport(InputModel):
    time_min: Annotated[float, Field(gt=5, le=60)]
    hr: HeartRate


class SingleLegSquat(InputModel):
    left: tuple[SingleLegSquatCompensation, ...] = ()
    right: tuple[SingleLegSquatCompensation, ...] = ()


class Lift(InputModel):
    """A set taken close to failure, from which a one-rep max is estimated."""

    exercise_id: Annotated[str, Field(min_length=1)]
    weight_kg: Annotated[float, Field(gt=0, le=600)] | None = None
    weight_lb: Annotated[float, Field(gt=0, le=1300)] | None = None
    reps: Annotated[int, Field(ge=1, le=30)]

    @model_validator(mode="after")
    def _one_weight(self) -> Self:
        if (self.weight_kg is None) == (self.weight_lb is None):
            raise ValueError("give exactly one of weight_kg or weight_lb")
        return self


class StrengthTest(InputModel):
    """NASM bench or squat strength test: the heaviest set of (about) three reps completed."""

    test: Literal["bench_press", "squat"]
    exercise_id: Annotated[str, Field(min_length=1)] | None = None
    weight_kg: Annotated[float, Field(gt=0, le=600)] | None = None
    weight_lb: Annotated[float, Field(gt=0, le=1300)] | None = None
    reps: Annotated[int, Field(ge=1, le=10)] = 3

    @model_validator(mode="after")
    def _one_weight(self) -> Self:
        if (self.weight_kg is None) == (self.weight_lb is None):
            raise ValueError("give exactly one of weight_kg or weight_lb")
        return self


class VerticalJump(InputModel):
    """Standing reach and the highest touch of a jump, in centimetres."""

    reach_cm: Annotated[float, Field(gt=100, le=350)]
    jump_cm: Annotated[float, Field(gt=100, le=500)]

    @model_validator(mode="after")
    def _jump_above_reach(self) -> Self:
        if self.jump_cm <= self.reach_cm:
            raise ValueError("jump_cm must be above reach_cm")
        return self


Seconds = Annotated[float, Field(gt=0, le=120)]


class AssessmentInput(InputModel):
    date: dt.date | None = None
    resting_hr: HeartRate | None = None
    blood_pressure: str | None = None
    height_cm: Annotated[float, Field(ge=90, le=250)] | None = None
    height_in: Annotated[float, Field(ge=35, le=100)] | None = None
    weight_kg: Annotated[float, Field(ge=15, le=350)] | None = None
    weight_lb: Annotated[float, Field(ge=33, le=770)] | None = None
    waist_cm: Annotated[float, Field(gt=30, le=250)] | None = None
    hip_cm: Annotated[float, Field(gt=30, le=250)] | None = None
    skinfolds_mm: Skinfolds | None = None
    ymca_step_hr: HeartRate | None = None
    rockport: Rockport | None = None
    vt1_hr: HeartRate | None = None
    vt2_hr: HeartRate | None = None
    static_posture: tuple[StaticPosture, ...] = ()
    ohsa: tuple[OhsaCompensation, ...] = ()
    ohsa_shift_side: Side | None = None
    single_leg_squat: SingleLegSquat | None = None
    pushing: tuple[PushPullCompensation, ...] = ()
    pulling: tuple[PushPullCompensation, ...] = ()
    push_up_reps: Annotated[int, Field(ge=0, le=200)] | None = None
    davies_touches: Annotated[int, Field(ge=0, le=100)] | None = None
    shark_skill_s: Annotated[float, Field(gt=0, le=120)] | None = None
    lifts: tuple[Lift, ...] = ()
    # Additions for the assessment suite (all optional).
    hr_max_formula: HrMaxFormula | None = None
    vt2_test_hr: HeartRate | None = None
    shark_skill_faults: Annotated[int, Field(ge=0, le=50)] = 0
    vertical_jump: VerticalJump | None = None
    long_jump_cm: Annotated[float, Field(gt=0, le=400)] | None = None
    forty_yard_s: Seconds | None = None
    pro_shuttle_s: Seconds | None = None
    left_test_s: Seconds | None = None
    strength_tests: tuple[StrengthTest, ...] = ()
    previous: AssessmentInput | None = None

    @field_validator("blood_pressure")
    @classmethod
    def _blood_pressure(cls, value: str | None) -> str | None:
        if value is None:
            return None
        match = _BP.match(value)
        if not match:
            raise ValueError('write blood pressure as systolic/diastolic, e.g. "120/80"')
        systolic, diastolic = int(match[1]), int(match[2])
        if not (60 <= systolic <= 300 and 30 <= diastolic <= 200):
            raise ValueError(f"{systolic}/{diastolic} is outside the measurable range")
        if diastolic >= systolic:
            raise ValueError("the diastolic number must be below the systolic")
        return f"{systolic}/{diastolic}"

    @model_validator(mode="after")
    def _thresholds_ordered(self) -> Self:
        # Zones 2 and 3 lie between the thresholds, so each needs at least one beat.
        if self.vt1_hr is not None and self.vt2_hr is not None and self.vt2_hr < self.vt1_hr + 2:
            raise ValueError("vt2_hr must be at least 2 bpm above vt1_hr")
        if self.previous is not None:
            if self.previous.previous is not None:
                raise ValueError("previous holds one earlier assessment, without its own previous")
            if (
                self.previous.date is not None
                and self.date is not None
                and self.previous.date >= self.date
            ):
                raise ValueError("previous.date must be before date")
        if len({t.test for t in self.strength_tests}) != len(self.strength_tests):
            raise ValueError("strength_tests lists each test once")
        return self

    @property
    def blood_pressure_mmhg(self) -> tuple[int, int] | None:
        if self.blood_pressure is None:
            return None
        systolic, diastolic = self.blood_pressure.split("/")
        return int(systolic), int(diastolic)
