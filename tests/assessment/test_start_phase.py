from optcoach.assessment.intake import parq_result
from optcoach.assessment.movement import build_finding
from optcoach.assessment.start_phase import recommend_start_phase
from optcoach.assessment.vitals import assess_blood_pressure
from tests.assessment.clients import NO, make_client

CLEARED = parq_result(make_client())


def test_experienced_client_without_compensations_starts_in_phase_2() -> None:
    result = recommend_start_phase(experience="intermediate", findings=(), parq=CLEARED)
    assert result.phase == 2
    assert result.reasons == (
        "phase 2 (strength endurance)",
        "intermediate client with no compensations on the movement screens and no population "
        "or vitals reason to stay in stabilization",
    )


def test_every_reason_to_stay_in_phase_1_is_listed() -> None:
    parq = parq_result(
        make_client(parq={**NO, "q1": True}, medical_clearance={"date": "2026-01-05", "by": "GP"})
    )
    result = recommend_start_phase(
        experience="beginner",
        findings=(
            build_finding("cpt7", "ohsa", "knees_move_inward"),
            build_finding("cpt7", "single_leg_squat", "hip_drop", "left"),
        ),
        parq=parq,
        populations=("hypertension", "older_adult"),
        blood_pressure=assess_blood_pressure(150, 85),
        screened=False,
    )
    assert result.phase == 1
    assert result.reasons == (
        "phase 1 (stabilization endurance)",
        "beginner client: build stabilization endurance first",
        "no movement assessment on record: screen before progressing",
        "2 compensation(s) on the movement screens (knees move inward, hip drop (left))",
        "PAR-Q+ answered yes: progress only as the medical clearance allows",
        "special population (hypertension, older_adult): stabilization first",
        "blood pressure stage 2",
    )


def test_one_compensation_keeps_an_advanced_client_in_phase_1() -> None:
    result = recommend_start_phase(
        experience="advanced",
        findings=(build_finding("cpt6", "pushing", "head_protrudes"),),
        parq=CLEARED,
        blood_pressure=assess_blood_pressure(135, 85),
    )
    assert (result.phase, result.reasons) == (
        1,
        (
            "phase 1 (stabilization endurance)",
            "1 compensation(s) on the movement screens (head protrudes)",
        ),
    )
