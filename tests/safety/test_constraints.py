"""constraints_for: each population alone gives exactly what the rules data says; pairs combine to
the strictest of each kind; phases that cannot meet the ranges are left out with a reason."""

from __future__ import annotations

from typing import Any

import pytest

from optcoach.model.tables import IntRange
from optcoach.safety import Constraints, Membership, build_constraints, constraints_for
from optcoach.safety.constraints import combine_ranges
from optcoach.safety.rules import POPULATIONS, Rule
from tests.safety.clients import CLEARANCE, client_in, make_client


def view(c: Constraints) -> dict[str, Any]:
    """Return the numeric and set-valued part of a Constraints in a compact, comparable form."""

    def rng(value: IntRange | None) -> str | None:
        return None if value is None else str(value)

    return {
        "tags": sorted(c.excluded_tags),
        "1rm": (c.percent_1rm_min, c.percent_1rm_max),
        "reps": rng(c.reps),
        "sets": rng(c.sets),
        "freq": c.frequency_max,
        "tempo": (c.max_isometric_s, c.max_concentric_s),
        "phases": c.allowed_phases,
        "start": c.start_phase,
        "hr": rng(c.hr_percent_max),
        "rpe": c.use_rpe,
        "smr": c.smr_allowed,
        "cardio_min": rng(c.cardio_minutes),
        "stage": c.cardio_stage_max,
    }


def expect(
    tags: list[str] = [],  # noqa: B006 - read only
    one_rm: tuple[float | None, float | None] = (None, None),
    reps: str | None = None,
    sets: str | None = None,
    freq: int | None = None,
    tempo: tuple[int | None, int | None] = (None, None),
    phases: tuple[int, ...] = (1, 2),
    start: int | None = 1,
    hr: str | None = None,
    rpe: bool = False,
    smr: bool = True,
    cardio_min: str | None = None,
    stage: int | None = None,
) -> dict[str, Any]:
    return {
        "tags": sorted(tags),
        "1rm": one_rm,
        "reps": reps,
        "sets": sets,
        "freq": freq,
        "tempo": tempo,
        "phases": phases,
        "start": start,
        "hr": hr,
        "rpe": rpe,
        "smr": smr,
        "cardio_min": cardio_min,
        "stage": stage,
    }


# Without a recorded clearance; conditions as stated (pregnancy weeks unknown, controlled).
EXPECTED: dict[str, dict[str, Any]] = {
    "pregnancy": expect(
        tags=["hip_ab_adduction_machine", "plyometric_impact", "prone", "supine", "twisting"],
        one_rm=(None, 70.0),
        reps="12-15",
        sets="1-3",
        freq=3,
        hr="40-70",
        cardio_min="15-30",
        stage=2,
    ),
    "postpartum": expect(
        tags=["loaded_spinal_flexion", "plyometric_impact"],
        one_rm=(None, 70.0),
        reps="12-15",
        sets="1-3",
        freq=3,
        hr="40-70",
        cardio_min="15-30",
        stage=2,
    ),
    "hypertension": expect(
        tags=["head_below_heart", "prone", "supine"],
        one_rm=(None, 75.0),
        reps="10-20",
        sets="1-3",
        freq=3,
        tempo=(1, 1),
        hr="40-85",
        cardio_min="30-60",
        stage=2,
    ),
    "coronary_heart_disease": expect(
        tags=["head_below_heart", "plyometric_impact", "prone", "supine"],
        one_rm=(None, 75.0),
        reps="10-20",
        sets="1-3",
        freq=3,
        tempo=(1, 1),
        hr="40-75",
        cardio_min="20-40",
        stage=2,
    ),
    "diabetes": expect(reps="10-20", sets="1-3", freq=3, hr="40-90", cardio_min="20-60", stage=2),
    "obesity": expect(
        tags=["floor_transition"],
        reps="10-20",
        sets="1-3",
        freq=3,
        hr="40-80",
        cardio_min="20-60",
        stage=2,
    ),
    "osteoporosis": expect(
        tags=[
            "balance_equipment",
            "heavy_spinal_load",
            "loaded_spinal_flexion",
            "plyometric_impact",
            "smr",
            "twisting",
        ],
        one_rm=(None, 85.0),
        reps="8-20",
        sets="1-3",
        freq=3,
        hr="40-65",
        smr=False,
        cardio_min="20-60",
        stage=2,
    ),
    "osteopenia": expect(),
    "arthritis": expect(
        tags=["plyometric_impact"],
        one_rm=(None, 75.0),
        reps="10-12",
        sets="1-3",
        freq=3,
        hr="40-65",
        cardio_min="5-30",
        stage=2,
    ),
    "cancer": expect(
        one_rm=(None, 75.0),
        reps="10-15",
        sets="1-3",
        freq=3,
        hr="40-70",
        cardio_min="5-30",
        stage=2,
    ),
    "chronic_lung_disease": expect(
        reps="8-15", sets="1", freq=3, phases=(1,), hr="40-60", cardio_min="20-45", stage=2
    ),
    "intermittent_claudication": expect(
        tags=["smr"], reps="8-20", sets="1-3", hr="50-85", smr=False, cardio_min="5-30", stage=2
    ),
    "youth": expect(one_rm=(40.0, 70.0), reps="8-12", sets="1-2", freq=3),
    "older_adult": expect(
        tags=["balance_equipment"],
        one_rm=(40.0, 80.0),
        reps="8-20",
        sets="1-3",
        freq=5,
        cardio_min="8-60",
    ),
    "beta_blockers": expect(phases=(1, 2, 3, 4, 5), start=None, rpe=True),
}

# Phases allowed once a medical clearance is recorded: what the reps, sets and loads permit.
CLEARED_PHASES: dict[str, tuple[int, ...]] = {
    "pregnancy": (1, 2),
    "postpartum": (1, 2),
    "hypertension": (1, 2, 3),
    "coronary_heart_disease": (1, 2, 3),
    "diabetes": (1, 2, 3),
    "obesity": (1, 2, 3),
    "osteoporosis": (1, 2, 3),
    "osteopenia": (1, 2, 3, 4, 5),
    "arthritis": (1, 2, 3),
    "cancer": (1, 2, 3),
    "chronic_lung_disease": (1,),
    "intermittent_claudication": (1, 2, 3),
    "youth": (1, 2),
    "older_adult": (1, 2, 3),
    "beta_blockers": (1, 2, 3, 4, 5),
}


def test_every_population_has_an_expectation() -> None:
    assert sorted(EXPECTED) == sorted(POPULATIONS) == sorted(CLEARED_PHASES)


@pytest.mark.parametrize("population", POPULATIONS)
def test_each_population_alone_gives_what_its_rules_say(population: str) -> None:
    constraints = constraints_for(client_in(population))
    assert constraints.populations == (population,)
    assert view(constraints) == EXPECTED[population]
    assert {rule.population for rule in constraints.rules} == {population}


@pytest.mark.parametrize("population", POPULATIONS)
def test_clearance_lifts_only_the_phase_cap(population: str) -> None:
    cleared = constraints_for(client_in(population, medical_clearance=CLEARANCE))
    expected = dict(EXPECTED[population], phases=CLEARED_PHASES[population])
    if population == "intermittent_claudication":  # SMR becomes a precaution with approval
        expected.update(tags=[], smr=True)
    assert view(cleared) == expected
    assert cleared.max_phase == max(CLEARED_PHASES[population])


def test_no_population_means_no_constraint() -> None:
    constraints = constraints_for(make_client())
    assert constraints == Constraints()
    assert constraints.max_phase == 5
    assert constraints.warnings() == ()


def test_hypertension_rules_applied_are_listed_in_file_order() -> None:
    ids = [rule.id for rule in constraints_for(client_in("hypertension")).rules]
    assert ids == [
        "hypertension.start_phase",
        "hypertension.max_phase",
        "hypertension.positions",
        "hypertension.reps",
        "hypertension.sets",
        "hypertension.frequency",
        "hypertension.percent_1rm",
        "hypertension.isometric",
        "hypertension.concentric",
        "hypertension.breathing",
        "hypertension.plyometrics",
        "hypertension.heart_rate",
        "hypertension.cardio_minutes",
        "hypertension.cardio_stage",
        "hypertension.cardio_modes",
        "hypertension.smr_controlled",
    ]


def test_uncontrolled_hypertension_contraindicates_smr() -> None:
    client = make_client(conditions=[{"id": "hypertension", "controlled": False}])
    constraints = constraints_for(client)
    assert constraints.smr_allowed is False
    assert "smr" in constraints.excluded_tags
    assert constraints.smr_precautions == ()
    assert [r.id for r in constraints.rules_of("smr_contraindication")] == [
        "hypertension.smr_uncontrolled"
    ]


@pytest.mark.parametrize(
    ("weeks", "tags"),
    [
        (8, ["hip_ab_adduction_machine", "twisting"]),
        (12, ["hip_ab_adduction_machine", "twisting"]),
        (13, ["hip_ab_adduction_machine", "prone", "supine", "twisting"]),
        (14, ["hip_ab_adduction_machine", "plyometric_impact", "prone", "supine", "twisting"]),
        (30, ["hip_ab_adduction_machine", "plyometric_impact", "prone", "supine", "twisting"]),
    ],
)
def test_pregnancy_exclusions_follow_the_week(weeks: int, tags: list[str]) -> None:
    client = make_client(conditions=[{"id": "pregnancy", "weeks": weeks}])
    assert sorted(constraints_for(client).excluded_tags) == tags


def test_postpartum_doses_end_after_six_weeks() -> None:
    early = constraints_for(make_client(conditions=[{"id": "postpartum", "weeks": 6}]))
    later = constraints_for(make_client(conditions=[{"id": "postpartum", "weeks": 7}]))
    assert view(early) == EXPECTED["postpartum"]
    assert view(later) == expect()
    assert [r.id for r in later.rules] == [
        "postpartum.start_phase",
        "postpartum.max_phase",
        "postpartum.return",
    ]


# ---------------------------------------------------------------- combinations


def test_pregnancy_with_hypertension() -> None:
    client = make_client(conditions=[{"id": "pregnancy", "weeks": 20}, "hypertension"])
    c = constraints_for(client)
    assert c.populations == ("pregnancy", "hypertension")
    assert view(c) == expect(
        tags=[
            "head_below_heart",
            "hip_ab_adduction_machine",
            "plyometric_impact",
            "prone",
            "supine",
            "twisting",
        ],
        one_rm=(None, 70.0),
        reps="12-15",
        sets="1-3",
        freq=3,
        tempo=(1, 1),
        hr="40-70",
        cardio_min="30",
        stage=2,
    )
    assert c.smr_precautions == (
        "SMR with care; never over varicose veins or swollen areas.",
        "Controlled hypertension: SMR with care, no positions with the head below the heart.",
    )
    assert c.cardio_modes == ("low_impact", "walking", "cycling", "aquatic", "treadmill", "rowing")


def test_osteoporosis_with_older_adult() -> None:
    c = constraints_for(make_client(age=72, conditions=["osteoporosis"]))
    assert c.populations == ("osteoporosis", "older_adult")
    assert view(c) == expect(
        tags=[
            "balance_equipment",
            "heavy_spinal_load",
            "loaded_spinal_flexion",
            "plyometric_impact",
            "smr",
            "twisting",
        ],
        one_rm=(40.0, 80.0),
        reps="8-20",
        sets="1-3",
        freq=3,
        hr="40-65",
        smr=False,
        cardio_min="20-60",
        stage=2,
    )
    # frequency: older adults 3-5 and osteoporosis 2-3 meet at 3
    assert c.frequency == IntRange(low=3, high=3)


def test_obesity_with_diabetes() -> None:
    c = constraints_for(make_client(conditions=["obesity", "diabetes"]))
    assert view(c) == expect(
        tags=["floor_transition"],
        reps="10-20",
        sets="1-3",
        freq=3,
        hr="40-80",
        cardio_min="20-60",
        stage=2,
    )
    assert c.smr_precautions == (
        "SMR with care; skip it over areas with neuropathy (lost sensation).",
        "SMR only when the client is comfortable with it.",
    )


def test_coronary_heart_disease_with_beta_blockers() -> None:
    client = make_client(conditions=["coronary_heart_disease"], medications=["atenolol"])
    c = constraints_for(client)
    assert c.populations == ("coronary_heart_disease", "beta_blockers")
    assert view(c) == dict(EXPECTED["coronary_heart_disease"], rpe=True)
    assert [r.id for r in c.rules_of("use_rpe")] == ["beta_blockers.rpe"]


def test_youth_with_arthritis() -> None:
    c = constraints_for(make_client(age=15, conditions=["arthritis"]))
    assert view(c) == expect(
        tags=["plyometric_impact"],
        one_rm=(40.0, 70.0),
        reps="10-12",
        sets="1-2",
        freq=3,
        hr="40-65",
        cardio_min="5-30",
        stage=2,
    )
    assert c.saq is not None and str(c.saq.drills) == "4-8"


def test_diabetes_with_beta_blockers_warns_about_masked_hypoglycemia() -> None:
    with_drug = constraints_for(make_client(conditions=["diabetes"], medications=["bisoprolol"]))
    without = constraints_for(make_client(conditions=["diabetes"]))
    masked = (
        "Beta-blockers can hide the warning signs of low blood sugar: check glucose, not symptoms."
    )
    assert masked in with_drug.precautions
    assert masked not in without.precautions


def test_chronic_lung_disease_with_youth_keeps_only_phase_one() -> None:
    c = constraints_for(make_client(age=12, conditions=["chronic_lung_disease"]))
    assert c.allowed_phases == (1,)
    assert c.max_phase == 1
    assert c.resolutions == ("phase 2 (strength_endurance) left out: its sets 2-4 do not meet 1",)


def test_phase_left_out_names_the_range_it_misses() -> None:
    c = constraints_for(client_in("hypertension", medical_clearance=CLEARANCE))
    assert c.resolutions == (
        "phase 4 (maximal_strength) left out: its sets 4-6 do not meet 1-3",
        "phase 5 (power) left out: its strength reps 1-5 do not meet 10-20",
    )
    pregnant = constraints_for(client_in("pregnancy", medical_clearance=CLEARANCE))
    assert pregnant.resolutions[0] == (
        "phase 3 (muscular_development) left out: its strength %1RM 75-85 do not meet at most 70"
    )


def test_cpt6_ruleset_is_used_for_phase_feasibility() -> None:
    client = client_in("hypertension", medical_clearance=CLEARANCE)
    assert constraints_for(client, ruleset="cpt6").allowed_phases == (1, 2, 3)


# ---------------------------------------------------------------- range policy


def _rule(population: str, kind: str, low: int, high: int) -> tuple[Rule, IntRange]:
    rule = Rule.model_validate(
        {
            "id": f"{population}.{kind}",
            "population": population,
            "kind": kind,
            "range": [low, high],
            "text": "test rule",
            "source": "test",
        }
    )
    assert rule.range is not None
    return rule, rule.range


def test_ranges_that_do_not_meet_keep_the_lower_one() -> None:
    combined, notes = combine_ranges(
        "cardio_minutes",
        [_rule("obesity", "cardio_minutes", 40, 60), _rule("cancer", "cardio_minutes", 5, 30)],
        "lower",
    )
    assert combined == IntRange(low=5, high=30)
    assert notes == [
        "cardio_minutes: obesity asks 40-60 but cancer allow 5-30; the stricter 5-30 is kept "
        "(rule obesity.cardio_minutes yields)"
    ]


def test_reps_that_do_not_meet_keep_the_lighter_range() -> None:
    combined, notes = combine_ranges(
        "reps", [_rule("youth", "reps", 6, 8), _rule("pregnancy", "reps", 12, 15)], "lighter"
    )
    assert combined == IntRange(low=12, high=15)
    assert notes == [
        "reps: youth asks 6-8 but pregnancy allow 12-15; the stricter 12-15 is kept "
        "(rule youth.reps yields)"
    ]


def test_meeting_ranges_intersect() -> None:
    combined, notes = combine_ranges(
        "hr_percent_max",
        [_rule("diabetes", "hr_percent_max", 40, 90), _rule("arthritis", "hr_percent_max", 50, 65)],
        "lower",
    )
    assert (combined, notes) == (IntRange(low=50, high=65), [])


def test_build_constraints_orders_populations_canonically() -> None:
    members = [
        Membership(population="older_adult", reason="age 70"),
        Membership(population="hypertension", reason="stated condition"),
    ]
    c = build_constraints(members, cleared=False)
    assert c.populations == ("hypertension", "older_adult")
    assert c.rules[0].id == "hypertension.start_phase"


def test_constraints_survive_a_json_round_trip_with_sorted_sets() -> None:
    client = make_client(age=70, conditions=["osteoporosis", "hypertension"], injuries=["knee"])
    c = constraints_for(client)
    text = c.model_dump_json()
    assert Constraints.model_validate_json(text) == c
    assert c.model_dump(mode="json")["excluded_tags"] == [
        "balance_equipment",
        "head_below_heart",
        "heavy_spinal_load",
        "loaded_spinal_flexion",
        "plyometric_impact",
        "prone",
        "smr",
        "supine",
        "twisting",
    ]
    assert constraints_for(client).model_dump_json() == text
