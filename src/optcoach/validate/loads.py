"""Check loads: load_kg from %1RM x the program's 1RM estimates, medicine balls from body weight.

The 1RM estimates the plan used are part of the program (``inputs.one_rep_max_kg``, or the
revision in force on the session's date), so anyone can recompute a load. Loads are rounded to
real increments; the tolerance is data (validate/data/tolerances.toml). Pounds, when shown, are
the same load converted.
"""

from __future__ import annotations

from optcoach.model.client import KG_PER_LB
from optcoach.validate.acute_variables import role_of
from optcoach.validate.context import CheckContext, LocatedItem
from optcoach.validate.issue import Issue, make_issue
from optcoach.validate.tolerances import load_tolerances

PERCENT = 100.0


def check_loads(ctx: CheckContext) -> list[Issue]:
    """Return issues for loads that disagree with their intensity, or balls that are too heavy."""
    return ctx.check_each_item(_check_item)


def _check_item(ctx: CheckContext, located: LocatedItem) -> list[Issue]:
    tolerance = load_tolerances()
    item = located.item
    path = located.path
    intensity = item.intensity
    body_weight = ctx.client.body_weight_kg
    one_rep_max = located.inputs.one_rep_max_kg.get(item.exercise_id)
    issues: list[Issue] = []
    has_1rm_basis = intensity.percent_1rm is not None and one_rep_max is not None
    if has_1rm_basis and intensity.percent_1rm is not None and one_rep_max is not None:
        expected = intensity.percent_1rm / PERCENT * one_rep_max
        if item.load_kg is None:
            issues.append(
                make_issue(
                    "load.E003",
                    f"{path}.load_kg",
                    f"no load for {intensity.percent_1rm:g}% of a {one_rep_max:g} kg 1RM "
                    f"({expected:.1f} kg)",
                )
            )
        elif abs(item.load_kg - expected) > tolerance.load_kg:
            issues.append(
                make_issue(
                    "load.E001",
                    f"{path}.load_kg",
                    f"{item.load_kg:g} kg; {intensity.percent_1rm:g}% of a {one_rep_max:g} kg "
                    f"1RM is {expected:.1f} kg (tolerance {tolerance.load_kg:g} kg)",
                )
            )
    percent_body_weight = intensity.percent_body_weight
    if percent_body_weight is not None and item.load_kg is not None:
        expected = percent_body_weight / PERCENT * body_weight
        if abs(item.load_kg - expected) > tolerance.load_kg:
            issues.append(
                make_issue(
                    "load.E005",
                    f"{path}.load_kg",
                    f"{item.load_kg:g} kg; {percent_body_weight:g}% of {body_weight:g} kg body "
                    f"weight is {expected:.1f} kg (tolerance {tolerance.load_kg:g} kg)",
                )
            )
    if item.load_kg is not None and not has_1rm_basis and percent_body_weight is None:
        issues.append(
            make_issue(
                "load.E002",
                f"{path}.load_kg",
                f"{item.load_kg:g} kg for {item.exercise_id} with no 1RM estimate and no "
                "% body weight behind it",
            )
        )
    issues += _check_ball(ctx, located, body_weight)
    if item.load_lb is not None:
        if item.load_kg is None:
            issues.append(
                make_issue("load.E006", f"{path}.load_lb", f"{item.load_lb:g} lb with no load_kg")
            )
        else:
            expected_lb = item.load_kg / KG_PER_LB
            if abs(item.load_lb - expected_lb) > tolerance.load_lb:
                issues.append(
                    make_issue(
                        "load.E006",
                        f"{path}.load_lb",
                        f"{item.load_lb:g} lb; {item.load_kg:g} kg is {expected_lb:.1f} lb "
                        f"(tolerance {tolerance.load_lb:g} lb)",
                    )
                )
    return issues


def _check_ball(ctx: CheckContext, located: LocatedItem, body_weight: float) -> list[Issue]:
    """Check a medicine ball against its role's % body weight ceiling, where the phase sets one."""
    item = located.item
    if item.form != "resistance" or located.phase is None:
        return []
    table = ctx.tables.phase(located.phase)
    role = role_of(item, table)
    variables = table.roles.get(role) if role is not None else None
    if variables is None or variables.percent_body_weight_max is None:
        return []
    percent = item.intensity.percent_body_weight
    exercise = ctx.exercise(item.exercise_id)
    if (
        percent is None
        and item.load_kg is not None
        and exercise
        and exercise.loading == "medicine_ball"
    ):
        percent = item.load_kg / body_weight * PERCENT
    if percent is None or percent <= variables.percent_body_weight_max:
        return []
    return [
        make_issue(
            "load.E004",
            f"{located.path}.intensity.percent_body_weight",
            f"medicine ball at {percent:.1f}% of body weight; phase {table.number} ({role}) "
            f"allows at most {variables.percent_body_weight_max}%",
        )
    ]
