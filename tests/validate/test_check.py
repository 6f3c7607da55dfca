"""check_program: the entry point runs every check, deterministically, with the program's client."""

from __future__ import annotations

from typing import Any

from optcoach.model.program import Program
from optcoach.validate import CHECKS, check_program
from tests.validate.conftest import FixtureCatalog
from tests.validate.editing import set_at


def test_the_checks_run_in_document_order() -> None:
    assert [check.__name__ for check in CHECKS] == [
        "check_structure",
        "check_goals",
        "check_exercises",
        "check_equipment",
        "check_acute_variables",
        "check_flexibility",
        "check_cardio",
        "check_supersets",
        "check_loads",
        "check_assessment_inputs",
        "check_time_budget",
        "check_spacing",
        "check_safety",
    ]


def test_issues_from_several_checks_come_in_check_order(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, "weeks[2].sessions[0].sections[3].items[0].load_kg", 90)
    edited = set_at(edited, "weeks[0].sessions[0].sections[2].items[0].reps", 30)
    edited = set_at(edited, "blocks[0].undulating", True)
    program = Program.model_validate(edited)
    assert [i.code for i in check_program(program, catalog=catalog)] == [
        "structure.E009",
        "phase1.E001",
        "load.E001",
    ]


def test_the_same_program_gives_the_same_issues(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, "weeks[0].sessions[0].sections[2].items[0].reps", 30)
    first = check_program(Program.model_validate(edited), catalog=catalog)
    second = check_program(Program.model_validate(edited), catalog=catalog)
    assert first == second


def test_a_program_survives_a_json_round_trip_unchanged(
    program: Program, catalog: FixtureCatalog
) -> None:
    again = Program.model_validate_json(program.model_dump_json(by_alias=True))
    assert check_program(again, catalog=catalog) == []


def test_item_checks_see_every_field_but_the_descriptive_ones() -> None:
    # Item checks run once per distinct item; this guards the content key when Item grows.
    from optcoach.model.program import Item
    from optcoach.validate.context import _checked_fields

    item = Item(exercise_id="x", name="n", form="core", level="strength", sets=1, rationale="r")
    assert len(_checked_fields(item)) == len(Item.model_fields) - len(
        {"name", "rationale", "side", "optional"}
    )
