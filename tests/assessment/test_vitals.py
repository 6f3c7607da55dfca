import pytest

from optcoach.assessment.vitals import (
    assess_blood_pressure,
    assess_resting_hr,
    blood_pressure_category,
    crisis_message,
    is_hypertensive_crisis,
    resting_hr_category,
)

# Both sides of every AHA 2017 boundary, on each scale, with the other number kept normal.
SYSTOLIC_CASES = [
    (119, "normal"),
    (120, "elevated"),
    (129, "elevated"),
    (130, "stage_1"),
    (139, "stage_1"),
    (140, "stage_2"),
    (180, "stage_2"),
    (181, "crisis"),
]
DIASTOLIC_CASES = [
    (79, "normal"),
    (80, "stage_1"),
    (89, "stage_1"),
    (90, "stage_2"),
    (120, "stage_2"),
    (121, "crisis"),
]


@pytest.mark.parametrize(("systolic", "expected"), SYSTOLIC_CASES)
def test_systolic_boundaries(systolic: int, expected: str) -> None:
    assert blood_pressure_category(systolic, 70) == expected


@pytest.mark.parametrize(("diastolic", "expected"), DIASTOLIC_CASES)
def test_diastolic_boundaries(diastolic: int, expected: str) -> None:
    assert blood_pressure_category(diastolic + 10 if diastolic >= 110 else 110, diastolic) == (
        expected
    )


@pytest.mark.parametrize(
    ("systolic", "diastolic", "expected"),
    [
        (125, 85, "stage_1"),  # elevated needs diastolic under 80
        (125, 79, "elevated"),
        (135, 95, "stage_2"),
        (145, 70, "stage_2"),
        (118, 92, "stage_2"),
        (185, 100, "crisis"),  # systolic alone
        (170, 125, "crisis"),  # diastolic alone
        (190, 130, "crisis"),  # both
    ],
)
def test_more_severe_reading_wins(systolic: int, diastolic: int, expected: str) -> None:
    assert blood_pressure_category(systolic, diastolic) == expected


def test_crisis_reading_is_flagged_with_a_stop_message() -> None:
    reading = assess_blood_pressure(185, 100)
    assert reading.crisis is True
    assert reading.category == "crisis"
    assert is_hypertensive_crisis(185, 100) is True
    assert is_hypertensive_crisis(180, 120) is False
    assert crisis_message(reading) == (
        "HYPERTENSIVE CRISIS: blood pressure 185/100 mmHg is above 180 systolic and/or 120 "
        "diastolic. Do not train: refer the client for immediate medical care."
    )


def test_invalid_readings_name_the_problem() -> None:
    with pytest.raises(ValueError, match="systolic must be a positive"):
        blood_pressure_category(0, 80)
    with pytest.raises(ValueError, match="diastolic 90 must be below systolic 90"):
        blood_pressure_category(90, 90)
    with pytest.raises(ValueError, match="resting_hr must be a positive"):
        resting_hr_category(-5)


@pytest.mark.parametrize(
    ("bpm", "expected"),
    [(59, "bradycardia"), (60, "normal"), (100, "normal"), (101, "tachycardia")],
)
def test_resting_hr_boundaries(bpm: int, expected: str) -> None:
    assert resting_hr_category(bpm) == expected
    assert assess_resting_hr(bpm).model_dump() == {"value": bpm, "category": expected}
