"""The clearance gate: PAR-Q+ "yes" and stage-2 blood pressure need a recorded clearance; a
hypertensive crisis is never cleared."""

from __future__ import annotations

import pytest

from optcoach.safety import Clearance, ClearanceRequired, check_clearance, require_clearance
from tests.safety.clients import CLEARANCE, NO, make_client


def test_all_no_and_normal_pressure_is_cleared() -> None:
    client = make_client(assessment={"blood_pressure": "118/76"})
    assert check_clearance(client) == Clearance(cleared=True, reasons=(), never=False)


def test_parq_yes_without_clearance_is_blocked_naming_the_question() -> None:
    client = make_client(parq=dict(NO, q1=True, q6=True))
    assert check_clearance(client) == Clearance(
        cleared=False,
        reasons=(
            "PAR-Q+ q1 answered yes (doctor-diagnosed heart condition or high blood pressure): "
            "a medical clearance is needed",
            "PAR-Q+ q6 answered yes (bone, joint or soft-tissue problem that more activity "
            "could worsen): a medical clearance is needed",
        ),
        never=False,
    )


def test_parq_yes_raises_with_clearance_in_the_message() -> None:
    client = make_client(parq=dict(NO, q5=True))
    with pytest.raises(ClearanceRequired, match="clearance") as info:
        require_clearance(client)
    message = str(info.value)
    assert "medical_clearance: {date: YYYY-MM-DD, by: <name of the clearing physician>}" in message
    assert "PAR-Q+ q5 answered yes" in message
    assert info.value.clearance.cleared is False


def test_parq_yes_with_recorded_clearance_is_cleared() -> None:
    client = make_client(parq=dict(NO, q1=True), medical_clearance=CLEARANCE)
    clearance = require_clearance(client)
    assert clearance == Clearance(
        cleared=True,
        reasons=(
            "PAR-Q+ q1 answered yes (doctor-diagnosed heart condition or high blood pressure); "
            "medical clearance recorded on 2027-01-03 by Dr. Okafor",
        ),
        never=False,
    )


@pytest.mark.parametrize("reading", ["150/85", "128/95", "178/118"])
def test_stage_two_pressure_needs_clearance(reading: str) -> None:
    client = make_client(assessment={"blood_pressure": reading})
    clearance = check_clearance(client)
    assert clearance.cleared is False
    assert clearance.never is False
    assert clearance.reasons == (
        f"blood pressure {reading} mmHg is stage_2: a medical clearance is needed",
    )
    cleared = make_client(assessment={"blood_pressure": reading}, medical_clearance=CLEARANCE)
    assert check_clearance(cleared).cleared is True


@pytest.mark.parametrize("reading", ["135/85", "125/79"])
def test_stage_one_and_elevated_pressure_do_not_block(reading: str) -> None:
    assert check_clearance(make_client(assessment={"blood_pressure": reading})).cleared is True


@pytest.mark.parametrize("reading", ["181/100", "150/121", "200/130"])
def test_crisis_is_never_cleared_even_with_clearance(reading: str) -> None:
    for clearance_record in (None, CLEARANCE):
        client = make_client(
            assessment={"blood_pressure": reading}, medical_clearance=clearance_record
        )
        clearance = check_clearance(client)
        assert clearance.cleared is False
        assert clearance.never is True
        assert clearance.reasons == (
            f"blood pressure {reading} mmHg is a hypertensive crisis: do not train, refer the "
            "client for immediate medical care and re-measure before any program",
        )
        with pytest.raises(ClearanceRequired, match="no medical clearance overrides"):
            require_clearance(client)


def test_crisis_and_parq_yes_list_both() -> None:
    client = make_client(parq=dict(NO, q2=True), assessment={"blood_pressure": "190/110"})
    clearance = check_clearance(client)
    assert clearance.never is True
    assert clearance.reasons == (
        "blood pressure 190/110 mmHg is a hypertensive crisis: do not train, refer the client "
        "for immediate medical care and re-measure before any program",
        "PAR-Q+ q2 answered yes (chest pain at rest, in daily activities or during activity): "
        "a medical clearance is needed",
    )


class _Reading:
    systolic, diastolic, category, crisis = 182, 90, "crisis", True


class _Report:
    blood_pressure = _Reading()
    heart_rate = None


def test_the_reports_reading_is_used_when_given() -> None:
    client = make_client(assessment={"blood_pressure": "118/76"})
    assert check_clearance(client, _Report()).never is True


def test_clearance_required_refuses_a_cleared_answer() -> None:
    with pytest.raises(ValueError, match="did not clear"):
        ClearanceRequired(Clearance(cleared=True))
