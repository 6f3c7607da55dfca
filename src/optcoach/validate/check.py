"""Run every check over a program: the validator's single entry point."""

from __future__ import annotations

from collections.abc import Callable

from optcoach.catalog import load_catalog
from optcoach.model.client import Client
from optcoach.model.program import Program
from optcoach.validate.acute_variables import check_acute_variables
from optcoach.validate.assessment_inputs import check_assessment_inputs
from optcoach.validate.cardio import check_cardio
from optcoach.validate.context import CheckContext, ExerciseSource
from optcoach.validate.equipment import check_equipment
from optcoach.validate.exercises import check_exercises
from optcoach.validate.flexibility import check_flexibility
from optcoach.validate.goals import check_goals
from optcoach.validate.issue import Issue
from optcoach.validate.loads import check_loads
from optcoach.validate.safety import check_safety
from optcoach.validate.spacing import check_spacing
from optcoach.validate.structure import check_structure
from optcoach.validate.supersets import check_supersets
from optcoach.validate.time_budget import check_time_budget

Check = Callable[[CheckContext], list[Issue]]

# The order issues are reported in: the document's shape first, then its content.
CHECKS: tuple[Check, ...] = (
    check_structure,
    check_goals,
    check_exercises,
    check_equipment,
    check_acute_variables,
    check_flexibility,
    check_cardio,
    check_supersets,
    check_loads,
    check_assessment_inputs,
    check_time_budget,
    check_spacing,
    check_safety,
)


def check_program(
    program: Program, *, client: Client | None = None, catalog: ExerciseSource | None = None
) -> list[Issue]:
    """Return every way ``program`` departs from the OPT model; [] when it conforms.

    ``client`` defaults to the client stored in the program, ``catalog`` to the bundled catalog.
    Never raises for a program that parsed as ``Program``.
    """
    ctx = CheckContext(
        program=program,
        client=client if client is not None else program.client,
        catalog=catalog if catalog is not None else _bundled_catalog(),
    )
    issues: list[Issue] = []
    for check in CHECKS:
        issues.extend(check(ctx))
    return issues


def _bundled_catalog() -> ExerciseSource:
    catalog: ExerciseSource = load_catalog()
    return catalog
