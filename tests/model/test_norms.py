"""Norm tables: integrity, the reference's values, and both sides of every band boundary."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest

from optcoach.model.norms import load_norms, parse_norms
from optcoach.model.tables import TableError

# The YMCA table exactly as the reference prints it (men 36-45 above average with the typo fixed
# to 92-98). Each row: rating, then one "low-high" per age column.
YMCA_REFERENCE = {
    "male": """
excellent       50-76   51-76   49-76   56-82   60-77   59-81
good            79-84   79-85   80-88   87-93   86-94   87-92
above_average   88-93   88-94   92-98   95-101  97-100  94-102
average         95-100  96-102  100-105 103-111 103-109 104-110
below_average   102-107 104-110 108-113 113-119 111-117 114-118
poor            111-119 114-121 116-124 121-126 119-128 121-126
very_poor       124-157 126-161 130-163 131-159 131-154 130-151
""",
    "female": """
excellent       52-81   58-80   51-84   63-91   60-92   70-92
good            85-93   85-92   89-96   95-101  97-103  96-101
above_average   96-102  95-101  100-104 104-110 106-111 104-111
average         104-110 104-110 107-112 113-118 113-118 116-121
below_average   113-120 113-119 115-120 120-124 119-127 123-126
poor            122-131 122-129 124-132 126-132 129-135 128-133
very_poor       135-169 134-171 137-169 137-171 141-174 135-155
""",
}
YMCA_AGES = [(18, 25), (26, 35), (36, 45), (46, 55), (56, 65), (66, 120)]
RATINGS = ["excellent", "good", "above_average", "average", "below_average", "poor", "very_poor"]


def _reference_columns(sex: str) -> list[dict[str, tuple[int, int]]]:
    columns: list[dict[str, tuple[int, int]]] = [{} for _ in YMCA_AGES]
    for line in YMCA_REFERENCE[sex].strip().splitlines():
        rating, *cells = line.split()
        for index, cell in enumerate(cells):
            low, high = cell.split("-")
            columns[index][rating] = (int(low), int(high))
    return columns


def _ymca_cases() -> list[tuple[str, int, int, str]]:
    """Both sides of every boundary: band ends, every gap value, and beyond the table."""
    cases = []
    for sex in ("male", "female"):
        for (age_low, _), column in zip(YMCA_AGES, _reference_columns(sex), strict=True):
            bands = [(rating, *column[rating]) for rating in RATINGS]
            for rating, low, high in bands:
                cases += [(sex, age_low, low, rating), (sex, age_low, high, rating)]
            for (r1, _, high), (r2, low, _) in pairwise(bands):
                for value in range(high + 1, low):
                    # nearer band; exactly half-way goes to the lower-fitness band
                    cases.append((sex, age_low, value, r1 if value - high < low - value else r2))
            cases.append((sex, age_low, bands[0][1] - 1, "excellent"))
            cases.append((sex, age_low, bands[-1][2] + 1, "very_poor"))
    return cases


def test_ymca_data_matches_the_reference() -> None:
    ymca = load_norms().ymca
    assert ymca.ratings == tuple(RATINGS)
    for sex in ("male", "female"):
        columns = ymca.male if sex == "male" else ymca.female
        assert [(c.ages.low, c.ages.high) for c in columns] == YMCA_AGES
        for column, expected in zip(columns, _reference_columns(sex), strict=True):
            got = {rating: (r.low, r.high) for rating, r in column.ranges(ymca.ratings)}
            assert got == expected


def test_ymca_typo_is_fixed() -> None:
    column = load_norms().ymca.column("male", 40)
    assert (column.above_average.low, column.above_average.high) == (92, 98)


@pytest.mark.parametrize(("sex", "age", "hr", "expected"), _ymca_cases())
def test_ymca_every_boundary(sex: str, age: int, hr: int, expected: str) -> None:
    from optcoach.assessment.cardio import ymca_rating

    assert ymca_rating(sex, age, hr) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("age", "column_low"),
    [
        (10, 18),
        (18, 18),
        (25, 18),
        (26, 26),
        (35, 26),
        (36, 36),
        (45, 36),
        (46, 46),
        (55, 46),
        (56, 56),
        (65, 56),
        (66, 66),
        (99, 66),
    ],
)
def test_ymca_age_columns(age: int, column_low: int) -> None:
    assert load_norms().ymca.column("female", age).ages.low == column_low


BMI_CASES = [
    (18.4, "underweight"),
    (18.5, "healthy"),
    (24.9, "healthy"),
    (25.0, "overweight"),
    (29.9, "overweight"),
    (30.0, "obese_class_1"),
    (34.9, "obese_class_1"),
    (35.0, "obese_class_2"),
    (39.9, "obese_class_2"),
    (40.0, "obese_class_3"),
]


@pytest.mark.parametrize(("bmi", "expected"), BMI_CASES)
def test_bmi_boundaries(bmi: float, expected: str) -> None:
    assert load_norms().bmi.classify(bmi) == expected


WAIST_CASES = [
    ("female", 69.9, "very_low"),
    ("female", 70, "low"),
    ("female", 89.9, "low"),
    ("female", 90, "high"),
    ("female", 109.9, "high"),
    ("female", 110, "very_high"),
    ("male", 79.9, "very_low"),
    ("male", 80, "low"),
    ("male", 99.9, "low"),
    ("male", 100, "high"),
    ("male", 120, "high"),
    ("male", 120.1, "very_high"),
]


@pytest.mark.parametrize(("sex", "waist", "expected"), WAIST_CASES)
def test_waist_boundaries(sex: str, waist: float, expected: str) -> None:
    from optcoach.assessment.body_composition import waist_risk

    assert waist_risk(sex, waist) == expected  # type: ignore[arg-type]


WHR_CASES = [
    ("male", 0.95, "low"),
    ("male", 0.951, "moderate"),
    ("male", 0.96, "moderate"),
    ("male", 1.0, "moderate"),
    ("male", 1.001, "high"),
    ("female", 0.80, "low"),
    ("female", 0.801, "moderate"),
    ("female", 0.81, "moderate"),
    ("female", 0.85, "moderate"),
    ("female", 0.851, "high"),
    ("female", 0.86, "high"),
]


@pytest.mark.parametrize(("sex", "ratio", "expected"), WHR_CASES)
def test_waist_to_hip_boundaries(sex: str, ratio: float, expected: str) -> None:
    from optcoach.assessment.body_composition import waist_to_hip_risk

    assert waist_to_hip_risk(sex, ratio) == expected  # type: ignore[arg-type]


def test_durnin_womersley_coefficients_match_the_reference() -> None:
    dw = load_norms().durnin_womersley
    assert dw.sites == ("biceps", "triceps", "subscapular", "suprailiac")
    assert [(r.ages.low, r.ages.high, r.c, r.m) for r in dw.male] == [
        (0, 16, 1.1533, 0.0643),
        (17, 19, 1.1620, 0.0630),
        (20, 29, 1.1631, 0.0632),
        (30, 39, 1.1422, 0.0544),
        (40, 49, 1.1620, 0.0700),
        (50, 120, 1.1715, 0.0779),
    ]
    assert [(r.ages.low, r.ages.high, r.c, r.m) for r in dw.female] == [
        (0, 15, 1.1369, 0.0598),
        (16, 19, 1.1549, 0.0678),
        (20, 29, 1.1599, 0.0717),
        (30, 39, 1.1423, 0.0632),
        (40, 49, 1.1333, 0.0612),
        (50, 120, 1.1339, 0.0645),
    ]
    assert dw.row("female", 16).c == 1.1549
    assert dw.row("male", 16).c == 1.1533
    with pytest.raises(KeyError, match="no Durnin-Womersley coefficients for a male aged 130"):
        dw.row("male", 130)


def test_equation_constants() -> None:
    norms = load_norms()
    assert (norms.siri.numerator, norms.siri.offset) == (495.0, 450.0)
    assert {k: (v.intercept, v.slope) for k, v in norms.hr_max.formulas.items()} == {
        "tanaka": (208.0, 0.7),
        "traditional": (220.0, 1.0),
        "gellish": (207.0, 0.7),
    }
    assert norms.hr_max.default == "tanaka"
    assert norms.one_rep_max.chart == {
        1: 100,
        2: 95,
        3: 90,
        4: 88,
        5: 86,
        6: 83,
        7: 80,
        8: 78,
        9: 76,
        10: 75,
        11: 72,
        12: 70,
    }
    assert norms.shark_skill.fault_penalty_s == 0.10
    assert norms.vt2_field_test.share == 0.95
    r = norms.rockport
    assert (r.intercept, r.weight_lb, r.age, r.male, r.time_min, r.hr) == (
        132.853,
        -0.0769,
        -0.3877,
        6.315,
        -3.2649,
        -0.1565,
    )


def test_every_band_table_is_ordered() -> None:
    norms = load_norms()
    tables = [norms.resting_hr, norms.bmi, *norms.waist.values(), *norms.waist_to_hip.values()]
    tables += [norms.blood_pressure.systolic, norms.blood_pressure.diastolic]
    for table in tables:
        bounds = [b.bound for b in table.bands[:-1]]
        assert all(b is not None for b in bounds)
        assert bounds == sorted(bounds)  # type: ignore[type-var]
        assert table.bands[-1].bound is None
        assert not math.isnan(table.bands[0].bound or 0)


def _mutated(old: str, new: str) -> str:
    from importlib import resources

    text = resources.files("optcoach.model").joinpath("data", "norms.toml").read_text("utf-8")
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'category = "elevated"\nbelow = 130',
            'category = "elevated"\nbelow = 110',
            "must increase",
        ),
        ("above_average = [92, 98]", "above_average = [92, 88]", "above high"),
        ("good = [80, 88]", "good = [80, 93]", "ratings overlap"),
        ("chart = { 1 = 100,", "chart = { 1 = 99,", "chart must run from 1 rep at 100%"),
        ('default = "tanaka"', 'default = "fox"', "hr_max.default"),
        ('[[bmi.bands]]\ncategory = "obese_class_3"\n', "", "last band"),
    ],
)
def test_malformed_norms_fail_naming_the_entry(old: str, new: str, message: str) -> None:
    with pytest.raises(TableError, match=message):
        parse_norms(_mutated(old, new))


def test_unparseable_norms() -> None:
    with pytest.raises(TableError, match=r"model/data/norms.toml: "):
        parse_norms("[bmi\n")


def test_data_categories_match_the_code_vocabularies() -> None:
    from typing import get_args

    from optcoach.assessment.body_composition import (
        BMI_CATEGORIES,
        WaistRisk,
        WaistToHipRisk,
    )
    from optcoach.assessment.cardio import YMCA_RATINGS
    from optcoach.assessment.vitals import BLOOD_PRESSURE_CATEGORIES, RESTING_HR_CATEGORIES

    norms = load_norms()
    assert norms.blood_pressure.severity == BLOOD_PRESSURE_CATEGORIES
    assert norms.resting_hr.categories == RESTING_HR_CATEGORIES
    assert norms.bmi.categories == BMI_CATEGORIES
    for sex in ("female", "male"):
        assert norms.waist[sex].categories == get_args(WaistRisk)  # type: ignore[index]
        assert norms.waist_to_hip[sex].categories == get_args(WaistToHipRisk)  # type: ignore[index]
    assert norms.ymca.ratings == YMCA_RATINGS
