"""Acute variables: resistance items per phase and role, other forms per level and technique."""

from __future__ import annotations

from typing import Any

import pytest

from optcoach.model.program import Program
from optcoach.validate import check_program
from tests.validate.conftest import FixtureCatalog
from tests.validate.editing import delete_at, found, get_at, set_at

P1_RES = "weeks[0].sessions[0].sections[2].items"
P2_RES = "weeks[2].sessions[0].sections[3].items"
P5_RES = "weeks[4].sessions[2].sections[2].items"
P1_ACT = "weeks[0].sessions[0].sections[1].items"


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (f"{P1_RES}[0].reps", 25, ("phase1.E001", f"{P1_RES}[0].reps")),
        (f"{P1_RES}[0].sets", 4, ("phase1.E002", f"{P1_RES}[0].sets")),
        (f"{P1_RES}[0].tempo", "2-0-2-0", ("phase1.E003", f"{P1_RES}[0].tempo")),
        (f"{P1_RES}[0].rest_s", 120, ("phase1.E004", f"{P1_RES}[0].rest_s")),
        (
            f"{P1_RES}[1].intensity",
            {"percent_1rm": 80},
            ("phase1.E005", f"{P1_RES}[1].intensity.percent_1rm"),
        ),
        (f"{P1_RES}[0].reps", None, ("phase1.E008", f"{P1_RES}[0].reps")),
        (f"{P2_RES}[0].reps", 15, ("phase2.E001", f"{P2_RES}[0].reps")),
        (f"{P2_RES}[1].sets", 1, ("phase2.E002", f"{P2_RES}[1].sets")),
        (f"{P2_RES}[1].tempo", "2-0-2-0", ("phase2.E003", f"{P2_RES}[1].tempo")),
        (f"{P2_RES}[0].rest_s", 60, ("phase2.E004", f"{P2_RES}[0].rest_s")),
        (f"{P5_RES}[1].reps", 12, ("phase5.E001", f"{P5_RES}[1].reps")),
        (
            f"{P5_RES}[3].intensity",
            {"percent_1rm": 60},
            ("phase5.E005", f"{P5_RES}[3].intensity.percent_1rm"),
        ),
        (f"{P5_RES}[0].tempo", "2-0-2-0", ("phase5.E003", f"{P5_RES}[0].tempo")),
    ],
)
def test_it_reports_resistance_variables_outside_the_phase(
    document: dict[str, Any],
    catalog: FixtureCatalog,
    path: str,
    value: object,
    expected: tuple[str, str],
) -> None:
    assert found(set_at(document, path, value), catalog) == [expected]


def test_the_message_names_the_value_and_the_range(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    program = Program.model_validate(set_at(document, f"{P1_RES}[0].sets", 4))
    [issue] = check_program(program, catalog=catalog)
    assert issue.message == "sets 4; phase 1 allows 1-3"


def test_it_reports_a_role_the_phase_does_not_use(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    assert found(set_at(document, f"{P1_RES}[1].role", "power"), catalog) == [
        ("exercise.E004", f"{P1_RES}[1].role"),
        ("phase1.E006", f"{P1_RES}[1].role"),
    ]


def test_a_two_role_phase_needs_the_role_spelled_out(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    assert found(set_at(document, f"{P2_RES}[1].role", None), catalog) == [
        ("phase2.E006", f"{P2_RES}[1].role"),
        ("superset.E004", f"{P2_RES}[0].superset"),
    ]


def test_it_reports_an_item_at_another_level(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    assert found(set_at(document, f"{P1_ACT}[0].level", "strength"), catalog) == [
        ("exercise.E003", f"{P1_ACT}[0].level"),
        ("phase1.E007", f"{P1_ACT}[0].level"),
    ]


def test_a_resistance_exercise_is_graded_by_its_role(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    # The catalog lists a resistance exercise's role as its level, so only the phase objects.
    assert found(set_at(document, f"{P1_RES}[0].level", "strength"), catalog) == [
        ("phase1.E007", f"{P1_RES}[0].level"),
    ]


def test_it_reports_a_medicine_ball_load_in_phase_5_percent_terms(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, f"{P5_RES}[3].intensity", {"percent_1rm": 50})
    assert found(edited, catalog) == [("phase5.E005", f"{P5_RES}[3].intensity.percent_1rm")]


def test_it_reports_two_supersets_for_one_body_part_in_phase_5(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    items = get_at(document, P5_RES)
    extra = [{**items[2], "superset": "C1"}, {**items[3], "superset": "C2"}]
    edited = set_at(document, P5_RES, [*items, *extra])
    assert found(edited, catalog) == [("phase5.E009", P5_RES)]


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (f"{P1_ACT}[0].sets", 4, ("form.E001", f"{P1_ACT}[0].sets")),
        (f"{P1_ACT}[0].reps", 25, ("form.E002", f"{P1_ACT}[0].reps")),
        (f"{P1_ACT}[0].tempo", "2-0-2-0", ("form.E003", f"{P1_ACT}[0].tempo")),
        (f"{P1_ACT}[1].rest_s", 120, ("form.E004", f"{P1_ACT}[1].rest_s")),
        # SMR holds 30-60 s in cpt7
        (
            "weeks[0].sessions[0].sections[0].items[0].duration_s",
            10,
            ("form.E005", "weeks[0].sessions[0].sections[0].items[0].duration_s"),
        ),
        # active stretching: 5-10 reps
        (
            "weeks[2].sessions[0].sections[0].items[2].reps",
            3,
            ("form.E002", "weeks[2].sessions[0].sections[0].items[2].reps"),
        ),
        # dynamic stretching: one set
        (
            "weeks[4].sessions[2].sections[0].items[2].sets",
            2,
            ("form.E001", "weeks[4].sessions[2].sections[0].items[2].sets"),
        ),
        # phase 2 plyometrics: 8-12 reps
        (
            "weeks[2].sessions[0].sections[2].items[0].reps",
            5,
            ("form.E002", "weeks[2].sessions[0].sections[2].items[0].reps"),
        ),
    ],
)
def test_it_reports_other_forms_outside_their_level(
    document: dict[str, Any],
    catalog: FixtureCatalog,
    path: str,
    value: object,
    expected: tuple[str, str],
) -> None:
    assert found(set_at(document, path, value), catalog) == [expected]


def test_it_reports_an_item_without_reps_or_duration(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    assert found(set_at(document, f"{P1_ACT}[0].reps", None), catalog) == [
        ("form.E007", f"{P1_ACT}[0]")
    ]


def test_it_reports_too_few_dynamic_stretches(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = delete_at(document, "weeks[4].sessions[2].sections[0].items[4]")
    assert found(edited, catalog) == [("form.E006", "weeks[4].sessions[2].sections[0].items")]


def test_it_reports_too_many_smr_areas(document: dict[str, Any], catalog: FixtureCatalog) -> None:
    warm_up = "weeks[0].sessions[0].sections[0].items"
    items = get_at(document, warm_up)
    extra = [
        {**items[0], "exercise_id": "smr_adductors_2"},
        {**items[0], "exercise_id": "smr_adductors_3"},
    ]
    extended = FixtureCatalog(
        [
            *catalog,
            catalog.get("smr_adductors").model_copy(update={"id": "smr_adductors_2"}),
            catalog.get("smr_adductors").model_copy(update={"id": "smr_adductors_3"}),
        ]
    )
    edited = set_at(document, warm_up, [*items[:2], *extra, *items[2:]])
    assert found(edited, extended) == [("form.E006", warm_up)]
