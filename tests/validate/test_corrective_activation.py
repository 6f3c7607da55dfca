"""Corrective exercises in activation are judged by corrective.toml's activation dose."""

from __future__ import annotations

from typing import Any

import pytest

from optcoach.model.program import Program
from optcoach.validate import check_program
from tests.planning.programs import sample_program
from tests.validate.editing import get_at, set_at


def _first_activation_item(program: Program, phase: int, exercise_id: str) -> str:
    """Return the JSON path of the first ``exercise_id`` item in a ``phase`` activation section."""
    for w, week in enumerate(program.weeks):
        for s, session in enumerate(week.sessions):
            if session.phases != (phase,):
                continue
            for k, section in enumerate(session.sections):
                for i, item in enumerate(section.items):
                    if section.id == "activation" and item.exercise_id == exercise_id:
                        return f"weeks[{w}].sessions[{s}].sections[{k}].items[{i}]"
    raise AssertionError(f"no {exercise_id} in a phase {phase} activation section")


def _codes(document: dict[str, Any]) -> list[tuple[str, str]]:
    program = Program.model_validate(document)
    return [(i.code, i.path) for i in check_program(program)]


@pytest.fixture(scope="module")
def sports() -> tuple[dict[str, Any], str]:
    program = sample_program("sports_performance")
    path = _first_activation_item(program, 5, "heel_walk")
    return program.model_dump(mode="json"), path


def test_a_phase_5_corrective_activation_item_is_accepted(
    sports: tuple[dict[str, Any], str],
) -> None:
    document, path = sports
    assert get_at(document, f"{path}.sets") == 1
    assert _codes(document) == []
    # Anywhere in the dose's ranges is accepted: 2 sets, 15 reps, 90 s rest.
    edited = set_at(
        set_at(set_at(document, f"{path}.sets", 2), f"{path}.reps", 15), f"{path}.rest_s", 90
    )
    assert _codes(edited) == []


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("sets", 3, "corrective.E001"),
        ("reps", 20, "corrective.E002"),
        ("reps", 8, "corrective.E002"),
        ("tempo", "2-0-2-0", "corrective.E003"),
        ("rest_s", 120, "corrective.E004"),
    ],
)
def test_a_corrective_activation_item_outside_the_dose_is_rejected(
    sports: tuple[dict[str, Any], str], field: str, value: object, code: str
) -> None:
    document, path = sports
    assert _codes(set_at(document, f"{path}.{field}", value)) == [(code, f"{path}.{field}")]


def test_outside_activation_or_not_corrective_the_phase_table_judges() -> None:
    program = sample_program("fat_loss")
    document = program.model_dump(mode="json")
    activation = "weeks[0].sessions[0].sections[1].items"
    resistance = "weeks[0].sessions[0].sections[2].items"
    assert _first_activation_item(program, 1, "heel_walk") == f"{activation}[4]"
    # 10 reps are inside the corrective dose but outside phase 1's 12-20.
    corrective = {**get_at(document, f"{activation}[4]"), "reps": 10}
    moved = set_at(document, resistance, [*get_at(document, resistance), corrective])
    assert _codes(moved) == [("phase1.E001", f"{resistance}[4].reps")]
    squat = {**get_at(document, f"{resistance}[0]"), "reps": 10}
    assert squat["exercise_id"] == "body_weight_squat"
    added = set_at(document, activation, [*get_at(document, activation), squat])
    assert _codes(added) == [("phase1.E001", f"{activation}[6].reps")]
