import json
from importlib import resources

import pytest
import yaml

from optcoach.assessment import AssessmentReport, assess
from optcoach.model.client import Client
from tests.assessment.catalog_fixture import make_catalog
from tests.assessment.clients import NO, make_client

DESIGN_KEYS = {
    "parq": {"cleared", "requires_clearance", "reasons"},
    "bmi": {"value", "category"},
    "waist": {"risk"},
    "waist_to_hip": {"value", "risk"},
    "body_fat": {"percent", "method"},
    "blood_pressure": {"category"},
    "resting_hr": {"category"},
    "heart_rate": {"hr_max", "formula", "zones"},
    "ymca_step_test": {"rating"},
    "vo2max": {"value", "method"},
    "imbalances": {"overactive", "underactive", "findings"},
    "corrective_plan": {"inhibit", "lengthen", "activate", "integrate"},
}

FULL = {
    "date": "2026-11-02",
    "resting_hr": 64,
    "blood_pressure": "118/76",
    "waist_cm": 84,
    "hip_cm": 98,
    "skinfolds_mm": {"biceps": 6, "triceps": 14, "subscapular": 12, "suprailiac": 8},
    "ymca_step_hr": 98,
    "rockport": {"time_min": 15.5, "hr": 130},
    "vt1_hr": 145,
    "vt2_hr": 165,
    "ohsa": ["knees_move_inward"],
    "push_up_reps": 18,
    "lifts": [{"exercise_id": "dumbbell_chest_press", "weight_kg": 12, "reps": 10}],
}


def _sample() -> Client:
    text = resources.files("optcoach.samples").joinpath("fat_loss.yaml").read_text("utf-8")
    return Client.model_validate(yaml.safe_load(text))


def test_json_has_every_design_key() -> None:
    report = assess(make_client(assessment=FULL), catalog=make_catalog())
    data = report.to_json_dict()
    assert data["schema"] == "optcoach.assessment/v1"
    for key, inner in DESIGN_KEYS.items():
        assert inner <= set(data[key]), key  # type: ignore[arg-type]
    assert data["one_rep_max"] == {"dumbbell_chest_press": 16.0}
    assert data["recommended_start_phase"] == 1
    finding = data["imbalances"]["findings"][0]  # type: ignore[index]
    assert {"test", "compensation", "overactive", "underactive"} <= set(finding)
    assert set(data["heart_rate"]["zones"][0]) >= {"zone", "low", "high"}  # type: ignore[index]
    assert AssessmentReport.model_validate(json.loads(json.dumps(data))) == report


def test_full_assessment_values() -> None:
    client = make_client(assessment=FULL, equipment=["foam_roller", "stability_ball", "dumbbells"])
    report = assess(client, catalog=make_catalog())
    assert (report.age, report.sex, report.weight_kg, report.height_cm) == (40, "female", 70, 165)
    assert report.blood_pressure is not None and report.blood_pressure.category == "normal"
    assert report.resting_hr is not None and report.resting_hr.category == "normal"
    assert report.bmi.model_dump() == {"value": 25.7, "category": "overweight"}
    assert report.waist is not None and report.waist.risk == "low"
    assert report.waist_to_hip is not None
    assert report.waist_to_hip.model_dump() == {"value": 0.86, "risk": "high"}
    assert report.body_fat is not None and report.body_fat.percent == 28.1
    assert report.ymca_step_test is not None and report.ymca_step_test.rating == "above_average"
    # 70 kg = 154.32 lb; female, 40, 15.5 min, 130 bpm
    expected = 132.853 - 0.0769 * (70 / 0.45359237) - 0.3877 * 40 - 3.2649 * 15.5 - 0.1565 * 130
    assert report.vo2max is not None
    assert report.vo2max.model_dump() == {"value": round(expected, 1), "method": "rockport"}
    assert [(z.zone, z.low, z.high) for z in report.heart_rate.zones] == [
        (1, None, 144),
        (2, 145, 154),
        (3, 155, 164),
        (4, 165, 180),
    ]
    assert report.heart_rate.estimated is False
    assert report.imbalances.overactive == ("adductor_complex", "tensor_fasciae_latae")
    assert [i.exercise_id for i in report.corrective_plan.inhibit] == [
        "foam_roll_adductors",
        "foam_roll_tfl",
    ]
    assert report.recommended_start_phase == 1
    assert report.start_phase_reasons == (
        "phase 1 (stabilization endurance)",
        "beginner client: build stabilization endurance first",
        "1 compensation(s) on the movement screens (knees move inward)",
    )
    assert report.recommended_cardio_stage == 1
    assert report.populations == ()
    assert report.stop_training is False
    assert report.warnings == ()


def test_crisis_is_reported_first_and_stops_training() -> None:
    report = assess(make_client(assessment={"blood_pressure": "185/100"}), catalog=make_catalog())
    assert report.stop_training is True
    assert report.blood_pressure is not None and report.blood_pressure.crisis is True
    assert report.warnings[0].startswith("HYPERTENSIVE CRISIS: blood pressure 185/100 mmHg")


def test_parq_block_is_a_warning() -> None:
    report = assess(make_client(parq={**NO, "q2": True}), catalog=make_catalog())
    assert report.parq.cleared is False
    assert report.warnings == ("PAR-Q+: medical clearance required before training",)
    assert "no movement assessment on record: screen before progressing" in (
        report.start_phase_reasons
    )


def test_beta_blockers_switch_to_rpe() -> None:
    client = make_client(medications=["Metoprolol 25 mg"], assessment={"vt1_hr": 130})
    report = assess(client, catalog=make_catalog())
    assert report.heart_rate.use_rpe is True
    assert report.heart_rate.hr_max is None
    assert report.populations == ("beta_blockers",)
    assert report.recommended_cardio_stage == 1
    assert report.warnings == (
        "beta-blockers: predicted heart rates do not apply; guide intensity by RPE and the talk "
        "test",
    )


def test_cpt6_ruleset() -> None:
    report = assess(make_client(assessment=FULL), "cpt6", catalog=make_catalog())
    assert report.ruleset == "cpt6"
    assert report.heart_rate.method == "percent_hr_max"
    assert [(z.zone, z.low, z.high) for z in report.heart_rate.zones] == [
        (1, 117, 135),
        (2, 136, 153),
        (3, 154, 171),
    ]
    assert "vastus_lateralis" in report.imbalances.overactive


def test_populations_from_age_conditions_and_bmi() -> None:
    older = assess(
        make_client(age=70, weight_kg=95, conditions=["osteoporosis"]), catalog=make_catalog()
    )
    assert older.populations == ("obesity", "older_adult", "osteoporosis")
    youth = assess(
        make_client(
            age=15,
            assessment={"lifts": [{"exercise_id": "goblet_squat", "weight_kg": 10, "reps": 8}]},
        ),
        catalog=make_catalog(),
    )
    assert youth.populations == ("youth",)
    assert youth.warnings == ("youth: no 1RM testing; loads come from submaximal sets only",)


def test_assessment_weight_and_imperial_units_override_the_client() -> None:
    report = assess(
        make_client(assessment={"weight_lb": 176, "height_in": 65}), catalog=make_catalog()
    )
    assert (report.weight_kg, report.height_cm) == (79.83, 165.1)


def test_incomplete_skinfolds_warn() -> None:
    report = assess(make_client(assessment={"skinfolds_mm": {"biceps": 5}}), catalog=make_catalog())
    assert report.body_fat is None
    assert report.warnings[0].startswith("skinfolds: no complete site set")


def test_sample_client_with_the_packaged_catalog() -> None:
    report = assess(_sample())
    assert (report.bmi.value, report.bmi.category) == (28.7, "overweight")
    assert report.body_fat is not None and report.body_fat.percent == 28.1
    assert report.one_rep_max == {"dumbbell_chest_press": 16.0}
    assert report.imbalances.overactive == (
        "adductor_complex",
        "external_obliques",
        "gastrocnemius",
        "hip_flexor_complex",
        "rectus_abdominis",
        "soleus",
        "tensor_fasciae_latae",
    )
    assert assess(_sample()) == report  # deterministic


@pytest.mark.parametrize("ruleset", ["cpt7", "cpt6"])
def test_empty_assessment(ruleset: str) -> None:
    report = assess(make_client(), ruleset, catalog=make_catalog())  # type: ignore[arg-type]
    assert report.blood_pressure is None
    assert report.body_fat is None
    assert report.one_rep_max == {}
    assert report.corrective_plan.is_empty is True
    assert report.heart_rate.hr_max == 180
