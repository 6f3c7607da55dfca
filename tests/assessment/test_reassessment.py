import pytest

from optcoach.assessment import assess
from optcoach.assessment.reassessment import MeasureChange, compare, measures
from tests.assessment.catalog_fixture import make_catalog
from tests.assessment.clients import make_client

BEFORE = {
    "date": "2026-09-01",
    "resting_hr": 78,
    "blood_pressure": "132/84",
    "weight_kg": 84,
    "waist_cm": 96,
    "hip_cm": 108,
    "skinfolds_mm": {"biceps": 10, "triceps": 18, "subscapular": 16, "suprailiac": 14},
    "ohsa": ["knees_move_inward", "excessive_forward_lean"],
    "push_up_reps": 8,
    "shark_skill_s": 12.0,
    "shark_skill_faults": 4,
    "lifts": [{"exercise_id": "goblet_squat", "weight_kg": 16, "reps": 10}],
}
AFTER = {
    "date": "2026-12-01",
    "resting_hr": 72,
    "blood_pressure": "128/78",
    "weight_kg": 80,
    "waist_cm": 91,
    "hip_cm": 106,
    "skinfolds_mm": {"biceps": 8, "triceps": 15, "subscapular": 14, "suprailiac": 12},
    "ohsa": ["excessive_forward_lean", "arms_fall_forward"],
    "push_up_reps": 14,
    "shark_skill_s": 11.0,
    "shark_skill_faults": 6,
    "lifts": [{"exercise_id": "goblet_squat", "weight_kg": 20, "reps": 10}],
    "previous": BEFORE,
}


def test_reassessment_through_assess() -> None:
    client = make_client(assessment=AFTER, experience="intermediate")
    report = assess(client, catalog=make_catalog())
    result = report.reassessment
    assert result is not None
    assert (str(result.before_date), str(result.after_date)) == ("2026-09-01", "2026-12-01")
    by_measure = {c.measure: c for c in result.changes}
    assert by_measure["resting_hr"] == MeasureChange(
        measure="resting_hr", before=78, after=72, change=-6, verdict="better"
    )
    assert by_measure["push_up_reps"].verdict == "better"
    assert by_measure["one_rep_max.goblet_squat"] == MeasureChange(
        measure="one_rep_max.goblet_squat", before=21.3, after=26.7, change=5.4, verdict="better"
    )
    # shark: 12.0 + 0.4 = 12.4 before; 11.0 + 0.6 = 11.6 after
    assert by_measure["shark_skill_s"].change == -0.8
    assert by_measure["shark_skill_s"].verdict == "better"
    assert by_measure["weight_kg"].verdict == "no_verdict"
    assert by_measure["lean_mass_kg"].verdict == "no_verdict"
    assert by_measure["systolic"].verdict == "better"
    assert sorted(result.improved) == sorted(
        [
            "bmi",
            "body_fat_percent",
            "diastolic",
            "fat_mass_kg",
            "one_rep_max.goblet_squat",
            "push_up_reps",
            "resting_hr",
            "shark_skill_s",
            "systolic",
            "waist_cm",
            "waist_to_hip",
        ]
    )
    assert result.worsened == ()
    assert result.compensations_resolved == ("ohsa:knees_move_inward",)
    assert result.compensations_new == ("ohsa:arms_fall_forward",)
    assert result.compensations_persisting == ("ohsa:excessive_forward_lean",)
    assert (result.start_phase_before, result.start_phase_after) == (1, 1)


def test_worse_and_same_and_missing_measures() -> None:
    catalog = make_catalog()
    before = assess(make_client(assessment={"resting_hr": 60, "push_up_reps": 20}), catalog=catalog)
    after = assess(
        make_client(assessment={"resting_hr": 60, "push_up_reps": 15, "davies_touches": 20}),
        catalog=catalog,
    )
    result = compare(before, after)
    assert [(c.measure, c.change, c.verdict) for c in result.changes] == [
        ("bmi", 0.0, "same"),
        ("push_up_reps", -5.0, "worse"),
        ("resting_hr", 0.0, "same"),
        ("weight_kg", 0.0, "no_verdict"),
    ]
    assert result.worsened == ("push_up_reps",)
    assert "davies_touches" in measures(after)
    assert "davies_touches" not in measures(before)


def test_previous_must_be_earlier() -> None:
    with pytest.raises(ValueError, match=r"previous\.date must be before date"):
        make_client(assessment={"date": "2026-01-01", "previous": {"date": "2026-02-01"}})
    with pytest.raises(ValueError, match="previous holds one earlier assessment"):
        make_client(assessment={"previous": {"previous": {}}})
