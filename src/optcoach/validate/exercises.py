"""Check that every item names a catalog exercise and uses it as the catalog describes it."""

from __future__ import annotations

from optcoach.validate.context import CheckContext, LocatedItem
from optcoach.validate.issue import Issue, make_issue


def check_exercises(ctx: CheckContext) -> list[Issue]:
    """Return issues for unknown exercises and for forms, levels, roles or techniques they lack."""
    return ctx.check_each_item(_check_item)


def _check_item(ctx: CheckContext, located: LocatedItem) -> list[Issue]:
    item = located.item
    path = located.path
    issues: list[Issue] = []
    exercise = ctx.exercise(item.exercise_id)
    if exercise is None:
        return [
            make_issue(
                "exercise.E001",
                f"{path}.exercise_id",
                f"{item.exercise_id!r} is not in the catalog",
            )
        ]
    if item.form not in exercise.forms:
        issues.append(
            make_issue(
                "exercise.E002",
                f"{path}.form",
                f"{exercise.id} is {', '.join(exercise.forms)}, not {item.form}",
            )
        )
    # The catalog grades resistance exercises by the role they play (docs/catalog.md): a
    # phase-5 superset opens with a strength-level exercise although the session is power
    # level. So a resistance item fits when either its level or its role is listed.
    fits_level = item.level in exercise.levels or (
        item.form == "resistance" and item.role is not None and item.role in exercise.levels
    )
    if not fits_level:
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
                f"{exercise.id} plays {', '.join(exercise.roles) or 'no role'}, not {item.role}",
            )
        )
    if item.technique is not None and item.technique != exercise.technique:
        issues.append(
            make_issue(
                "exercise.E005",
                f"{path}.technique",
                f"{exercise.id} is {exercise.technique or 'no'} flexibility, not {item.technique}",
            )
        )
    return issues
