"""Which populations a client belongs to: stated conditions, age, medication, measured pressure."""

from __future__ import annotations

import datetime as dt

import pytest

from optcoach.safety import Membership, constraints_for, memberships_for
from optcoach.safety.populations import heart_rate_drug
from tests.safety.clients import make_client


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        (6, ("youth",)),
        (17, ("youth",)),
        (18, ()),
        (64, ()),
        (65, ("older_adult",)),
        (90, ("older_adult",)),
    ],
)
def test_age_bands(age: int, expected: tuple[str, ...]) -> None:
    assert tuple(m.population for m in memberships_for(make_client(age=age))) == expected


def test_age_from_birth_date_is_taken_on_the_start_date() -> None:
    client = make_client(age=None, birth_date="2009-06-01", start_date="2027-05-31")
    assert memberships_for(client) == (Membership(population="youth", reason="age 17"),)
    assert memberships_for(client, on=dt.date(2027, 6, 1)) == ()


@pytest.mark.parametrize(
    ("medication", "drug"),
    [
        ("Metoprolol succinate 50 mg", "beta-blocker"),
        ("beta_blockers", "beta-blocker"),
        ("a beta-blocker for migraines", "beta-blocker"),
        ("verapamil SR", "verapamil"),
        ("Diltiazem", "diltiazem"),
        ("lisinopril", None),
        ("metformin", None),
    ],
)
def test_heart_rate_drugs(medication: str, drug: str | None) -> None:
    assert heart_rate_drug(medication) == drug


def test_medication_places_client_in_beta_blockers_with_the_reason() -> None:
    client = make_client(medications=["aspirin", "Propranolol 40 mg"])
    assert memberships_for(client) == (
        Membership(
            population="beta_blockers", reason="medication 'Propranolol 40 mg' (beta-blocker)"
        ),
    )


def test_stated_conditions_keep_their_facts() -> None:
    client = make_client(
        conditions=[{"id": "pregnancy", "weeks": 20}, {"id": "hypertension", "controlled": False}]
    )
    assert memberships_for(client) == (
        Membership(population="pregnancy", reason="stated condition", weeks=20),
        Membership(population="hypertension", reason="stated condition", controlled=False),
    )


def test_a_condition_listed_twice_with_different_weeks_gets_unknown_weeks() -> None:
    client = make_client(
        conditions=[{"id": "pregnancy", "weeks": 10}, {"id": "pregnancy", "weeks": 20}]
    )
    assert memberships_for(client) == (
        Membership(population="pregnancy", reason="stated condition", weeks=None),
    )


@pytest.mark.parametrize(
    ("reading", "expected"),
    [
        ("125/79", ()),
        (
            "135/85",
            (Membership(population="hypertension", reason="blood pressure 135/85 (stage_1)"),),
        ),
        (
            "150/95",
            (
                Membership(
                    population="hypertension",
                    reason="blood pressure 150/95 (stage_2)",
                    controlled=False,
                ),
            ),
        ),
    ],
)
def test_measured_pressure_adds_hypertension(
    reading: str, expected: tuple[Membership, ...]
) -> None:
    assert memberships_for(make_client(assessment={"blood_pressure": reading})) == expected


def test_stage_two_reading_marks_stated_hypertension_uncontrolled() -> None:
    client = make_client(conditions=["hypertension"], assessment={"blood_pressure": "152/96"})
    assert memberships_for(client) == (
        Membership(
            population="hypertension",
            reason="stated condition; blood pressure 152/96 (stage_2) shows it is not controlled",
            controlled=False,
        ),
    )
    assert constraints_for(client).smr_allowed is False


class _HeartRate:
    use_rpe = True


class _Report:
    blood_pressure = None
    heart_rate = _HeartRate()


def test_report_saying_use_rpe_adds_beta_blockers() -> None:
    members = memberships_for(make_client(), _Report())
    assert members == (
        Membership(
            population="beta_blockers", reason="assessment: heart-rate targets do not apply"
        ),
    )
    assert constraints_for(make_client(), _Report()).use_rpe is True


def test_an_obese_bmi_adds_obesity_from_the_latest_measurements() -> None:
    assert memberships_for(make_client(weight_kg=82)) == (
        Membership(population="obesity", reason="BMI 30.1 (obese class 1)"),
    )
    assert memberships_for(make_client(weight_kg=78)) == ()
    # the assessment's newer weight wins over the intake's
    lighter = make_client(weight_kg=82, assessment={"weight_kg": 74})
    assert memberships_for(lighter) == ()
    stated = make_client(weight_kg=82, conditions=["obesity"])
    assert [m.reason for m in memberships_for(stated)] == ["stated condition"]
