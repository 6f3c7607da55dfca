"""Catalog consistency and equipment: known exercises, used as the catalog describes them."""

from __future__ import annotations

from typing import Any

from optcoach.model.client import Client
from optcoach.model.program import Program
from optcoach.validate import check_program
from tests.validate.conftest import CLIENT, FixtureCatalog
from tests.validate.editing import found, set_at

CHEST_P1 = "weeks[0].sessions[0].sections[2].items[0]"


def test_it_reports_an_unknown_exercise(document: dict[str, Any], catalog: FixtureCatalog) -> None:
    edited = set_at(document, f"{CHEST_P1}.exercise_id", "no_such_exercise")
    program = Program.model_validate(edited)
    assert [(i.code, i.path, i.message) for i in check_program(program, catalog=catalog)] == [
        ("exercise.E001", f"{CHEST_P1}.exercise_id", "'no_such_exercise' is not in the catalog")
    ]


def test_it_reports_a_form_the_exercise_lacks(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    path = "weeks[0].sessions[0].sections[1].items[0].form"
    assert found(set_at(document, path, "balance"), catalog) == [("exercise.E002", path)]


def test_it_reports_a_technique_the_exercise_lacks(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    path = "weeks[0].sessions[0].sections[4].items[0].technique"
    assert found(set_at(document, path, "static"), catalog) == [("exercise.E005", path)]


def test_it_reports_equipment_the_client_lacks(program: Program, catalog: FixtureCatalog) -> None:
    equipment = [e for e in CLIENT["equipment"] if e != "stability_ball"]
    client = Client.model_validate({**CLIENT, "equipment": equipment})
    phase1_sessions = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (4, 0), (5, 0)]
    assert [(i.code, i.path) for i in check_program(program, client=client, catalog=catalog)] == [
        ("equipment.E001", f"weeks[{w}].sessions[{s}].sections[2].items[0].exercise_id")
        for w, s in phase1_sessions
    ]
    [first, *_] = check_program(program, client=client, catalog=catalog)
    assert first.message == (
        "ball_dumbbell_chest_press needs stability_ball, which the client does not have"
    )
