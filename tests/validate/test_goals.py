"""Goal routes: only the goal's phases; the program's goal is the client's."""

from __future__ import annotations

from typing import Any

from optcoach.model.client import Client
from optcoach.model.program import Program
from optcoach.validate import check_program
from tests.validate.conftest import CLIENT, FixtureCatalog
from tests.validate.editing import found, set_at


def test_it_reports_a_phase_off_the_route(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, "blocks[1].phase", 4)
    edited = set_at(edited, "blocks[1].phases", [4])
    program = Program.model_validate(edited)
    issues = check_program(program, catalog=catalog)
    assert [(i.code, i.path) for i in issues] == [
        ("structure.E012", "weeks[2].phases"),
        ("structure.E012", "weeks[3].phases"),
        ("goal.E001", "blocks[1].phases"),
    ]
    assert issues[2].message == (
        "phase 4 in a sports_performance program; the route allows phases [1, 2, 5]"
    )


def test_fat_loss_never_uses_phase_5(document: dict[str, Any], catalog: FixtureCatalog) -> None:
    edited = set_at(document, "goal", "fat_loss")
    edited = set_at(edited, "client.goal", "fat_loss")
    assert found(edited, catalog) == [("goal.E001", "blocks[2].phases")]


def test_it_reports_a_program_built_for_another_goal(
    program: Program, catalog: FixtureCatalog
) -> None:
    client = Client.model_validate({**CLIENT, "goal": "general_fitness"})
    issues = check_program(program, client=client, catalog=catalog)
    assert [(i.code, i.path, i.message) for i in issues] == [
        ("goal.E002", "goal", "program goal sports_performance; client goal general_fitness")
    ]
