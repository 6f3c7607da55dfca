import pytest

from optcoach.assessment.cardio import (
    assess_ymca,
    cpt6_zones,
    cpt7_zones,
    heart_rate_profile,
    hr_max,
    karvonen_target,
    percent_hr_max_target,
    recommend_cardio_stage,
    rockport_vo2max,
    vt2_from_field_test,
    ymca_rating,
)


def _bounds(zones: object) -> list[tuple[int, int | None, int | None]]:
    return [(z.zone, z.low, z.high) for z in zones]  # type: ignore[attr-defined]


def test_reference_example_age_40_at_65_percent_tanaka() -> None:
    assert hr_max(40) == 180
    assert percent_hr_max_target(180, 65) == 117


def test_reference_example_karvonen_age_25() -> None:
    assert hr_max(25) == 191  # 190.5 rounds half up
    assert karvonen_target(hr_max(25), 50, 85) == 170


@pytest.mark.parametrize(
    ("age", "formula", "expected"),
    [
        (40, "traditional", 180),
        (30, "traditional", 190),
        (30, "tanaka", 187),
        (30, "gellish", 186),
        (45, "gellish", 176),
    ],
)
def test_hr_max_formulas(age: int, formula: str, expected: int) -> None:
    assert hr_max(age, formula) == expected  # type: ignore[arg-type]


def test_reference_example_vt_zones() -> None:
    zones = cpt7_zones(145, 165, 185)
    assert _bounds(zones) == [(1, None, 144), (2, 145, 154), (3, 155, 164), (4, 165, 185)]
    assert [(z.rpe.low, z.rpe.high) for z in zones] == [(3, 4), (5, 6), (7, 8), (9, 10)]


def test_fractional_midpoint_starts_zone_3_on_the_next_beat() -> None:
    assert _bounds(cpt7_zones(140, 161, None)) == [
        (1, None, 139),
        (2, 140, 150),
        (3, 151, 160),
        (4, 161, None),
    ]


def test_cpt6_zones_are_contiguous_bands_of_hr_max() -> None:
    assert _bounds(cpt6_zones(180)) == [(1, 117, 135), (2, 136, 153), (3, 154, 171)]
    assert [(z.rpe.low, z.rpe.high, z.rpe_scale) for z in cpt6_zones(180)] == [
        (12, 13, "6-20"),
        (14, 16, "6-20"),
        (17, 19, "6-20"),
    ]


def test_measured_thresholds_are_not_estimated() -> None:
    profile = heart_rate_profile(40, "cpt7", vt1=145, vt2=165)
    assert (profile.hr_max, profile.vt1, profile.vt2, profile.estimated) == (180, 145, 165, False)
    assert _bounds(profile.zones) == [(1, None, 144), (2, 145, 154), (3, 155, 164), (4, 165, 180)]
    assert profile.notes == ()


def test_missing_thresholds_are_estimated_and_marked() -> None:
    profile = heart_rate_profile(40, "cpt7")
    assert (profile.vt1, profile.vt2, profile.estimated) == (137, 158, True)  # 76%, 88% of 180
    assert profile.notes == (
        "VT1 not measured: estimated at 76% of HRmax (137 bpm)",
        "VT2 not measured: estimated at 88% of HRmax (158 bpm)",
    )
    half = heart_rate_profile(40, "cpt7", vt1=140)
    assert (half.vt1, half.vt2, half.estimated) == (140, 158, True)


def test_inconsistent_partial_thresholds_fall_back_to_estimates() -> None:
    profile = heart_rate_profile(40, "cpt7", vt1=165)
    assert (profile.vt1, profile.vt2, profile.estimated) == (137, 158, True)
    assert profile.notes[-1].startswith("measured and estimated thresholds disagree (165 >= 158")


def test_vt2_from_the_20_minute_test() -> None:
    assert vt2_from_field_test(170) == 162  # 161.5 rounds up
    profile = heart_rate_profile(40, "cpt7", vt1=140, vt2_test_hr=170)
    assert (profile.vt1, profile.vt2, profile.estimated) == (140, 162, False)
    assert profile.notes == ("VT2 162 bpm from the 20-minute test (mean 170 bpm x 0.95)",)


def test_cpt6_profile() -> None:
    profile = heart_rate_profile(40, "cpt6", formula="traditional")
    assert (profile.hr_max, profile.formula, profile.method) == (
        180,
        "traditional",
        "percent_hr_max",
    )
    assert _bounds(profile.zones) == [(1, 117, 135), (2, 136, 153), (3, 154, 171)]


@pytest.mark.parametrize("ruleset", ["cpt7", "cpt6"])
def test_beta_blockers_use_rpe_and_talk_test(ruleset: str) -> None:
    profile = heart_rate_profile(60, ruleset, vt1=120, vt2=140, beta_blockers=True)  # type: ignore[arg-type]
    assert profile.use_rpe is True
    assert profile.hr_max is None
    assert all(z.low is None and z.high is None for z in profile.zones)
    assert profile.zones[0].talk_test == "talks in full sentences comfortably"
    assert len(profile.zones) == (4 if ruleset == "cpt7" else 3)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: hr_max(0), "age must be positive"),
        (lambda: percent_hr_max_target(180, 0), r"percent must be in \(0, 100\]"),
        (lambda: karvonen_target(180, 190, 70), "resting_hr 190 must be positive and below"),
        (lambda: cpt7_zones(160, 150, None), "vt1 160 must be positive and at least 2 bpm below"),
        (lambda: ymca_rating("male", 30, 0), "ymca_step_hr must be positive"),
    ],
)
def test_bad_inputs(call: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()  # type: ignore[operator]


def test_ymca_gap_rules() -> None:
    # men 26-35: excellent 51-76, good 79-85
    assert ymca_rating("male", 30, 77) == "excellent"
    assert ymca_rating("male", 30, 78) == "good"
    # men 18-25: good 79-84, above average 88-93; 86 is half-way -> lower fitness
    assert ymca_rating("male", 20, 86) == "above_average"
    assert ymca_rating("male", 20, 85) == "good"
    assert ymca_rating("male", 20, 40) == "excellent"
    assert ymca_rating("female", 70, 200) == "very_poor"


def test_ymca_under_18_warns() -> None:
    result = assess_ymca("female", 16, 100)
    assert result.rating == "above_average"
    assert result.warnings == (
        "ymca_step_test: norms start at age 18; rated on the youngest column",
    )
    assert assess_ymca("female", 30, 100).warnings == ()


def test_rockport() -> None:
    # 132.853 - 0.0769*170 - 0.3877*40 + 6.315 - 3.2649*15.5 - 0.1565*130 = 39.636...
    assert rockport_vo2max(170, 40, "male", 15.5, 130) == 39.6
    # female: no 6.315; 132.853 - 0.0769*140 - 0.3877*35 - 3.2649*16.25 - 0.1565*140
    expected = 132.853 - 0.0769 * 140 - 0.3877 * 35 - 3.2649 * 16.25 - 0.1565 * 140
    assert rockport_vo2max(140, 35, "female", 16.25, 140) == round(expected, 1)


@pytest.mark.parametrize(
    ("kwargs", "stage", "reasons"),
    [
        (
            {"ruleset": "cpt7", "experience": "beginner", "goal": "general_fitness"},
            1,
            ("beginner client: stage 1",),
        ),
        (
            {
                "ruleset": "cpt7",
                "experience": "advanced",
                "goal": "sports_performance",
                "thresholds_measured": True,
            },
            3,
            ("advanced client: stage 3",),
        ),
        (
            {"ruleset": "cpt7", "experience": "advanced", "goal": "sports_performance"},
            2,
            ("advanced client: stage 3", "VT1 and VT2 not both measured: stage 2 at most"),
        ),
        (
            {
                "ruleset": "cpt7",
                "experience": "advanced",
                "goal": "fat_loss",
                "thresholds_measured": True,
            },
            2,
            (
                "advanced client: stage 3",
                "fat-loss goal (stages 1-2 suit weight loss): stage 2 at most",
            ),
        ),
        (
            {
                "ruleset": "cpt6",
                "experience": "intermediate",
                "goal": "muscle_gain",
                "ymca": "poor",
            },
            1,
            ("intermediate client: stage 2", "YMCA step test rated poor: stage 1 at most"),
        ),
        (
            {
                "ruleset": "cpt6",
                "experience": "advanced",
                "goal": "max_strength",
                "populations": ("hypertension",),
            },
            1,
            ("advanced client: stage 3", "special population (hypertension): stage 1 at most"),
        ),
        (
            {"ruleset": "cpt6", "experience": "advanced", "goal": "max_strength"},
            3,
            ("advanced client: stage 3",),
        ),
    ],
)
def test_cardio_stage(kwargs: dict[str, object], stage: int, reasons: tuple[str, ...]) -> None:
    ruleset = kwargs.pop("ruleset")
    experience = kwargs.pop("experience")
    goal = kwargs.pop("goal")
    result = recommend_cardio_stage(ruleset, experience, goal, **kwargs)  # type: ignore[arg-type]
    assert (result.stage, result.reasons) == (stage, reasons)
