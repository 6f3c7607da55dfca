"""Check that every item names a catalog exercise and uses it as the catalog describes it."""

from __future__ import annotations

from optcoach.validate.context import CheckContext
from optcoach.validate.issue import Issue, make_issue


def check_exercises(ctx: CheckContext) -> list[Issue]:
    """Return issues for unknown exercises and for forms, levels, roles or techniques they lack."""
    issues: list[Issue] = []
    for located in ctx.items():
        item = located.item
        path = located.path
        exercise = ctx.exercise(item.exercise_id)
        if exercise is None:
            issues.append(
                make_issue(
                    "exercise.E001",
                    f"{path}.exercise_id",
                    f"{item.exercise_id!r} is not in the catalog",
                )
            )
            continue
        if item.form not in exercise.forms:
            issues.append(
                make_issue(
                    "exercise.E002",
                    f"{path}.form",
                    f"{exercise.id} is {', '.join(exercise.forms)}, not {item.form}",
                )
            )
        if item.level not in exercise.levels:
            issues.append(
                make_issue(
                    "exercise.E003",
                    f"{path}.level",
                    f"{exercise.id} is for {', '.join(exercise.levels)} level, not {item.level}",
                )
            )
        if item.role is not None and item.role not in exercise.roles:
            issues.append(
                make_issue(
                    "exercise.E004",
                    f"{path}.role",
                    f"{exercise.id} plays {', '.join(exercise.roles) or 'no role'}, "
                    f"not {item.role}",
                )
            )
        if item.technique is not None and item.technique != exercise.technique:
            issues.append(
                make_issue(
                    "exercise.E005",
                    f"{path}.technique",
                    f"{exercise.id} is {exercise.technique or 'no'} flexibility, "
                    f"not {item.technique}",
                )
            )
    return issues
