"""Properties: any valid client assesses without error, round-trips as JSON, and renders."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optcoach.assessment import AssessmentReport, assess
from optcoach.model.client import Client
from optcoach.model.vocab import (
    EXPERIENCES,
    GOALS,
    OHSA_COMPENSATIONS,
    PUSH_PULL_COMPENSATIONS,
    SINGLE_LEG_SQUAT_COMPENSATIONS,
    STATIC_POSTURES,
)
from optcoach.render.assessment import ASSESSMENT_FORMATS, render_assessment
from tests.assessment.catalog_fixture import make_catalog

CATALOG = make_catalog()
fold = st.one_of(st.none(), st.floats(min_value=1, max_value=80))
hr = st.integers(min_value=25, max_value=250)


@st.composite
def clients(draw: st.DrawFn) -> Client:
    systolic = draw(st.integers(min_value=80, max_value=260))
    diastolic = draw(st.integers(min_value=40, max_value=min(systolic - 1, 200)))
    vt1 = draw(st.one_of(st.none(), st.integers(min_value=90, max_value=190)))
    assessment = {
        "resting_hr": draw(st.one_of(st.none(), hr)),
        "blood_pressure": draw(st.one_of(st.none(), st.just(f"{systolic}/{diastolic}"))),
        "waist_cm": draw(st.one_of(st.none(), st.floats(min_value=50, max_value=200))),
        "hip_cm": draw(st.one_of(st.none(), st.floats(min_value=60, max_value=200))),
        "skinfolds_mm": {
            site: draw(fold)
            for site in ("biceps", "triceps", "subscapular", "suprailiac", "chest", "thigh")
        },
        "ymca_step_hr": draw(st.one_of(st.none(), hr)),
        "vt1_hr": vt1,
        "vt2_hr": draw(st.one_of(st.none(), st.integers(min_value=(vt1 or 90) + 2, max_value=220))),
        "ohsa": draw(st.lists(st.sampled_from(OHSA_COMPENSATIONS), max_size=4)),
        "ohsa_shift_side": draw(st.one_of(st.none(), st.sampled_from(["left", "right"]))),
        "static_posture": draw(st.lists(st.sampled_from(STATIC_POSTURES), max_size=2)),
        "single_leg_squat": {
            "left": draw(st.lists(st.sampled_from(SINGLE_LEG_SQUAT_COMPENSATIONS), max_size=2)),
            "right": draw(st.lists(st.sampled_from(SINGLE_LEG_SQUAT_COMPENSATIONS), max_size=2)),
        },
        "pushing": draw(st.lists(st.sampled_from(PUSH_PULL_COMPENSATIONS), max_size=2)),
        "lifts": [
            {"exercise_id": "bench", "weight_kg": w, "reps": r}
            for w, r in draw(
                st.lists(
                    st.tuples(st.floats(min_value=1, max_value=300), st.integers(1, 30)),
                    max_size=2,
                )
            )
        ],
        "shark_skill_s": draw(st.one_of(st.none(), st.floats(min_value=5, max_value=30))),
        "shark_skill_faults": draw(st.integers(0, 10)),
    }
    return Client.model_validate(
        {
            "name": "P",
            "sex": draw(st.sampled_from(["female", "male"])),
            "age": draw(st.integers(min_value=6, max_value=100)),
            "height_cm": draw(st.floats(min_value=120, max_value=210)),
            "weight_kg": draw(st.floats(min_value=30, max_value=200)),
            "goal": draw(st.sampled_from(GOALS)),
            "experience": draw(st.sampled_from(EXPERIENCES)),
            "days_per_week": 3,
            "medications": draw(st.lists(st.sampled_from(["atenolol", "metformin"]), max_size=1)),
            "parq": {f"q{i}": draw(st.booleans()) for i in range(1, 8)},
            "equipment": ["foam_roller", "stability_ball", "dumbbells", "box"],
            "assessment": assessment,
        }
    )


@settings(
    derandomize=True,
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(client=clients(), ruleset=st.sampled_from(["cpt7", "cpt6"]))
def test_any_valid_client_assesses_round_trips_and_renders(client: Client, ruleset: str) -> None:
    report = assess(client, ruleset, catalog=CATALOG)  # type: ignore[arg-type]
    assert AssessmentReport.model_validate(json.loads(json.dumps(report.to_json_dict()))) == report
    for fmt in ASSESSMENT_FORMATS:
        assert render_assessment(report, fmt)
    assert report.recommended_start_phase in (1, 2)
    zones = [z for z in report.heart_rate.zones if z.low is not None and z.high is not None]
    assert all(z.low <= z.high for z in zones)  # type: ignore[operator]
