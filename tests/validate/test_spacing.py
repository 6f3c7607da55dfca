"""Spacing: same body parts never on consecutive days; weekly frequency; the client's days."""

from __future__ import annotations

from typing import Any

from optcoach.model.client import Client
from optcoach.model.program import Program
from optcoach.validate import check_program
from optcoach.validate.context import CheckContext
from optcoach.validate.spacing import trained_body_parts
from tests.validate.conftest import CLIENT, FixtureCatalog
from tests.validate.editing import delete_at, found, set_at


def test_a_session_trains_its_resistance_body_parts(
    program: Program, catalog: FixtureCatalog
) -> None:
    ctx = CheckContext(program=program, client=program.client, catalog=catalog)
    [monday, *_] = ctx.sessions()
    assert trained_body_parts(ctx, monday) == {"chest", "back", "legs"}


def test_it_reports_same_body_parts_on_consecutive_days(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, "weeks[0].sessions[1].date", "2027-01-05")
    edited = set_at(edited, "weeks[0].sessions[1].weekday", "tue")
    program = Program.model_validate(edited)
    assert [(i.code, i.path, i.message) for i in check_program(program, catalog=catalog)] == [
        (
            "spacing.E001",
            "weeks[0].sessions[1].date",
            "2027-01-05 trains back, chest, legs, also trained the day before "
            "(weeks[0].sessions[0])",
        ),
        (
            "spacing.E004",
            "weeks[0].sessions[1].weekday",
            "session on tue; the client trains on mon, wed, fri",
        ),
    ]


def test_different_body_parts_may_train_on_consecutive_days(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    # Tuesday's session keeps only the arm exercise (client's choice) in its resistance block.
    edited = set_at(document, "weeks[0].sessions[1].date", "2027-01-05")
    edited = set_at(edited, "weeks[0].sessions[1].weekday", "tue")
    edited = set_at(
        edited,
        "weeks[0].sessions[1].sections[2].items",
        [{**edited["weeks"][0]["sessions"][1]["sections"][3]["items"][0]}],
    )
    edited = set_at(edited, "client.weekdays", ["mon", "tue", "wed", "fri"])
    assert found(edited, catalog) == []


def test_it_reports_too_few_sessions_for_the_phase(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = delete_at(delete_at(document, "weeks[0].sessions[2]"), "weeks[0].sessions[1]")
    assert found(edited, catalog) == [("spacing.E002", "weeks[0].sessions")]


def test_it_reports_more_sessions_than_the_client_trains(
    program: Program, catalog: FixtureCatalog
) -> None:
    client = Client.model_validate({**CLIENT, "days_per_week": 2})
    assert [(i.code, i.path) for i in check_program(program, client=client, catalog=catalog)] == [
        ("spacing.E003", f"weeks[{w}].sessions") for w in range(6)
    ]
