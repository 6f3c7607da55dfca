import math

import pytest

from optcoach.assessment.body_composition import (
    assess_bmi,
    assess_body_fat,
    assess_waist,
    assess_waist_to_hip,
    bmi_category,
    bmi_value,
    body_fat_by,
    durnin_womersley_density,
    jackson_pollock_density,
    method_sites,
    siri_percent_fat,
)
from optcoach.model.assessment_input import Skinfolds

DW_40 = Skinfolds(biceps=6, triceps=14, subscapular=12, suprailiac=8)  # sum 40 mm


def test_reference_worked_example_woman_40_sum_40() -> None:
    density = durnin_womersley_density("female", 40, 40)
    assert round(density, 5) == 1.03525
    assert round(siri_percent_fat(density), 2) == 28.14
    result = assess_body_fat("female", 40, 70.0, DW_40, obese=False)
    assert result is not None
    assert result.model_dump() == {
        "percent": 28.1,
        "method": "durnin_womersley",
        "density": 1.03525,
        "skinfold_sum_mm": 40.0,
        "fat_mass_kg": 19.7,
        "lean_mass_kg": 50.3,
        "warnings": (),
    }


def test_durnin_womersley_uses_the_age_and_sex_row() -> None:
    # male 25: c 1.1631, m 0.0632
    expected = 1.1631 - 0.0632 * math.log10(50)
    assert durnin_womersley_density("male", 25, 50) == pytest.approx(expected, abs=1e-12)
    # female 16 falls in the 16-19 row, male 16 in the youngest row
    assert durnin_womersley_density("female", 16, 50) == pytest.approx(
        1.1549 - 0.0678 * math.log10(50), abs=1e-12
    )
    assert durnin_womersley_density("male", 16, 50) == pytest.approx(
        1.1533 - 0.0643 * math.log10(50), abs=1e-12
    )


@pytest.mark.parametrize(
    ("sex", "sites", "age", "total", "expected"),
    [
        ("male", 7, 30, 100, 1.112 - 0.00043499 * 100 + 0.00000055 * 100**2 - 0.00028826 * 30),
        ("female", 7, 35, 120, 1.097 - 0.00046971 * 120 + 0.00000056 * 120**2 - 0.00012828 * 35),
        ("male", 3, 40, 60, 1.10938 - 0.0008267 * 60 + 0.0000016 * 60**2 - 0.0002574 * 40),
        (
            "female",
            3,
            28,
            55,
            1.0994921 - 0.0009929 * 55 + 0.0000023 * 55**2 - 0.0001392 * 28,
        ),
    ],
)
def test_jackson_pollock_published_equations(
    sex: str, sites: int, age: int, total: float, expected: float
) -> None:
    got = jackson_pollock_density(sex, age, total, sites)  # type: ignore[arg-type]
    assert got == pytest.approx(expected, abs=1e-12)


def test_jackson_pollock_sites() -> None:
    assert method_sites("jackson_pollock_3", "male") == ("chest", "abdomen", "thigh")
    assert method_sites("jackson_pollock_3", "female") == ("triceps", "suprailiac", "thigh")
    assert method_sites("jackson_pollock_7", "female") == (
        "chest",
        "midaxillary",
        "subscapular",
        "triceps",
        "abdomen",
        "suprailiac",
        "thigh",
    )
    with pytest.raises(ValueError, match="Jackson-Pollock uses 7 or 3 sites, not 4"):
        jackson_pollock_density("male", 30, 50, 4)


def test_jackson_pollock_3_site_man_result() -> None:
    folds = Skinfolds(chest=20, abdomen=25, thigh=15)
    result = body_fat_by("jackson_pollock_3", "male", 40, 80.0, folds, obese=False)
    density = 1.10938 - 0.0008267 * 60 + 0.0000016 * 3600 - 0.0002574 * 40
    percent = round(495 / density - 450, 1)
    assert result is not None
    assert (result.method, result.percent, result.skinfold_sum_mm) == (
        "jackson_pollock_3",
        percent,
        60.0,
    )
    assert result.density == round(density, 5)


def test_method_preference_and_age_fit() -> None:
    all_sites = Skinfolds(
        biceps=6,
        triceps=14,
        subscapular=12,
        suprailiac=8,
        chest=10,
        midaxillary=11,
        abdomen=20,
        thigh=18,
    )
    in_range = assess_body_fat("female", 40, 70, all_sites, obese=False)
    assert in_range is not None and in_range.method == "durnin_womersley"
    older = assess_body_fat("female", 55, 70, all_sites, obese=False)
    assert older is not None and older.method == "jackson_pollock_7"
    assert older.warnings == ()
    only_dw = assess_body_fat("female", 55, 70, DW_40, obese=False)
    assert only_dw is not None
    assert only_dw.method == "durnin_womersley"
    assert only_dw.warnings == (
        "durnin_womersley: best suited to ages 17-49; age 55 makes the estimate less reliable",
    )


def test_obesity_warns_but_still_estimates() -> None:
    result = assess_body_fat("female", 40, 95, DW_40, obese=True)
    assert result is not None
    assert result.warnings == (
        "durnin_womersley: skinfold equations are not appropriate for obese clients; track "
        "girths and body weight instead",
    )


def test_incomplete_sites_give_none() -> None:
    assert assess_body_fat("male", 30, 80, Skinfolds(biceps=5, triceps=9), obese=False) is None


@pytest.mark.parametrize(
    ("weight", "height", "value", "category"),
    [
        (50.0, 165, 18.4, "underweight"),
        (50.4, 165, 18.5, "healthy"),
        (67.9, 165, 24.9, "healthy"),
        (68.0, 165, 25.0, "overweight"),
        (82.0, 165, 30.1, "obese_class_1"),
        (109.0, 165, 40.0, "obese_class_3"),
    ],
)
def test_bmi_value_and_class(weight: float, height: float, value: float, category: str) -> None:
    assert bmi_value(weight, height) == value
    assert assess_bmi(weight, height).model_dump() == {"value": value, "category": category}


def test_bmi_class_follows_the_rounded_value() -> None:
    # 67.93 kg at 165 cm is 24.95..., shown as 25.0 and classed with it
    assert bmi_value(67.93, 165) == 25.0
    assert bmi_category(bmi_value(67.93, 165)) == "overweight"


def test_girths() -> None:
    assert assess_waist("female", 88).model_dump() == {"value_cm": 88, "risk": "low"}
    assert assess_waist_to_hip("female", 88, 104).model_dump() == {
        "value": 0.85,
        "risk": "moderate",
    }
    assert assess_waist_to_hip("male", 101, 100).model_dump() == {"value": 1.01, "risk": "high"}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: bmi_value(0, 170), "weight_kg must be positive"),
        (lambda: assess_waist("male", -3), "waist_cm must be positive"),
        (lambda: assess_waist_to_hip("male", 80, 0), "hip_cm must be positive"),
        (lambda: durnin_womersley_density("male", 30, 0), "skinfold_sum_mm must be positive"),
    ],
)
def test_bad_measurements_name_the_field(call: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()  # type: ignore[operator]
