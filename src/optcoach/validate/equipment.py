"""Check that every exercise uses only equipment the client has (body weight needs none)."""

from __future__ import annotations

from optcoach.validate.context import CheckContext, LocatedItem
from optcoach.validate.issue import Issue, make_issue


def check_equipment(ctx: CheckContext) -> list[Issue]:
    """Return one issue per item whose exercise needs equipment missing from the client's list."""
    return ctx.check_each_item(_check_item)


def _check_item(ctx: CheckContext, located: LocatedItem) -> list[Issue]:
    exercise = ctx.exercise(located.item.exercise_id)
    if exercise is None:
        return []  # exercise.E001
    missing = sorted(set(exercise.equipment) - ctx.client.equipment_set)
    if not missing:
        return []
    return [
        make_issue(
            "equipment.E001",
            f"{located.path}.exercise_id",
            f"{exercise.id} needs {', '.join(missing)}, which the client does not have",
        )
    ]
