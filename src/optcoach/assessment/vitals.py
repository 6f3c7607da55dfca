"""Vitals: resting heart rate and blood pressure, classified against the norms.

Blood pressure follows the AHA/ACC 2017 categories; a hypertensive-crisis reading (systolic above
180 and/or diastolic above 120) means no training today and immediate medical care.
"""

from __future__ import annotations

from typing import Literal, cast, get_args

from pydantic import BaseModel, ConfigDict

from optcoach.model.norms import load_norms

BloodPressureCategory = Literal["normal", "elevated", "stage_1", "stage_2", "crisis"]
BLOOD_PRESSURE_CATEGORIES: tuple[BloodPressureCategory, ...] = get_args(BloodPressureCategory)
RestingHrCategory = Literal["bradycardia", "normal", "tachycardia"]
RESTING_HR_CATEGORIES: tuple[RestingHrCategory, ...] = get_args(RestingHrCategory)

CRISIS_MESSAGE = (
    "HYPERTENSIVE CRISIS: blood pressure {systolic}/{diastolic} mmHg is above 180 systolic "
    "and/or 120 diastolic. Do not train: refer the client for immediate medical care."
)


class BloodPressure(BaseModel):
    """A classified blood-pressure reading; ``crisis`` is True when training must not happen."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    systolic: int
    diastolic: int
    category: BloodPressureCategory
    crisis: bool


class RestingHr(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    value: int
    category: RestingHrCategory


def _check_reading(name: str, value: int) -> None:
    if value <= 0:
        raise ValueError(f"{name} must be a positive number of beats or mmHg, not {value}")


def blood_pressure_category(systolic: int, diastolic: int) -> BloodPressureCategory:
    """Return the AHA 2017 category: the more severe of the systolic and diastolic categories.

    Raise ValueError if a reading is not positive or the diastolic is not below the systolic.
    """
    _check_reading("systolic", systolic)
    _check_reading("diastolic", diastolic)
    if diastolic >= systolic:
        raise ValueError(f"diastolic {diastolic} must be below systolic {systolic}")
    norms = load_norms().blood_pressure
    by_systolic = norms.systolic.classify(systolic)
    by_diastolic = norms.diastolic.classify(diastolic)
    worst = max(by_systolic, by_diastolic, key=norms.severity.index)
    return cast(BloodPressureCategory, worst)


def is_hypertensive_crisis(systolic: int, diastolic: int) -> bool:
    """Return True when the reading is a hypertensive crisis (no training, seek care)."""
    return blood_pressure_category(systolic, diastolic) == "crisis"


def assess_blood_pressure(systolic: int, diastolic: int) -> BloodPressure:
    """Return the classified reading; raise ValueError as ``blood_pressure_category`` does."""
    category = blood_pressure_category(systolic, diastolic)
    return BloodPressure(
        systolic=systolic, diastolic=diastolic, category=category, crisis=category == "crisis"
    )


def crisis_message(reading: BloodPressure) -> str:
    """Return the stop-everything message for a crisis reading."""
    return CRISIS_MESSAGE.format(systolic=reading.systolic, diastolic=reading.diastolic)


def resting_hr_category(bpm: int) -> RestingHrCategory:
    """Return bradycardia (under 60), normal (60-100) or tachycardia (over 100).

    Raise ValueError if ``bpm`` is not positive.
    """
    _check_reading("resting_hr", bpm)
    return cast(RestingHrCategory, load_norms().resting_hr.classify(bpm))


def assess_resting_hr(bpm: int) -> RestingHr:
    """Return the classified resting heart rate; raise ValueError if ``bpm`` is not positive."""
    return RestingHr(value=bpm, category=resting_hr_category(bpm))
