import datetime as dt

from optcoach.assessment.intake import (
    beta_blocker_names,
    health_history,
    parq_result,
    takes_beta_blockers,
)
from tests.assessment.clients import NO, make_client


def test_all_no_is_cleared() -> None:
    result = parq_result(make_client())
    assert result.model_dump() == {
        "cleared": True,
        "requires_clearance": False,
        "reasons": (),
        "yes_answers": (),
        "clearance_date": None,
        "clearance_by": None,
    }


def test_each_yes_is_named_and_blocks() -> None:
    result = parq_result(make_client(parq={**NO, "q1": True, "q6": True}))
    assert result.cleared is False
    assert result.requires_clearance is True
    assert result.yes_answers == ("q1", "q6")
    assert result.reasons == (
        "PAR-Q+ q1 answered yes: doctor-diagnosed heart condition or high blood pressure",
        "PAR-Q+ q6 answered yes: bone, joint or soft-tissue problem that more activity could "
        "worsen",
        "medical clearance is required before training",
    )


def test_recorded_clearance_lifts_the_block() -> None:
    client = make_client(
        parq={**NO, "q5": True},
        medical_clearance={"date": "2026-10-01", "by": "Dr. Okafor"},
    )
    result = parq_result(client)
    assert result.cleared is True
    assert result.requires_clearance is True
    assert result.clearance_date == dt.date(2026, 10, 1)
    assert result.clearance_by == "Dr. Okafor"
    assert result.reasons == (
        "PAR-Q+ q5 answered yes: prescribed medication for a chronic medical condition",
        "medical clearance recorded on 2026-10-01 by Dr. Okafor",
    )


def test_every_question_has_a_reason() -> None:
    for number in range(1, 8):
        result = parq_result(make_client(parq={**NO, f"q{number}": True}))
        assert result.yes_answers == (f"q{number}",)
        assert result.reasons[0].startswith(f"PAR-Q+ q{number} answered yes: ")


def test_beta_blockers_by_flag_or_name() -> None:
    meds = ("Metoprolol 50 mg", "beta_blockers", "atorvastatin", "metformin", "Propranolol")
    assert beta_blocker_names(meds) == ("Metoprolol 50 mg", "beta_blockers", "Propranolol")
    assert takes_beta_blockers(make_client(medications=["lisinopril"])) is False
    assert takes_beta_blockers(make_client(medications=["ATENOLOL"])) is True


def test_history_collects_the_subjective_record() -> None:
    client = make_client(
        history={"occupation": "accountant", "lifestyle": "sedentary", "surgeries": ["ACL 2019"]},
        injuries=["knee"],
        medications=["bisoprolol"],
    )
    history = health_history(client)
    assert history.occupation == "accountant"
    assert history.lifestyle == "sedentary"
    assert history.surgeries == ("ACL 2019",)
    assert [i.region for i in history.injuries] == ["knee"]
    assert history.beta_blockers is True
