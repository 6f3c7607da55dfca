"""Check that every exercise uses only equipment the client has (body weight needs none)."""

from __future__ import annotations

from optcoach.validate.context import CheckContext
from optcoach.validate.issue import Issue, make_issue


def check_equipment(ctx: CheckContext) -> list[Issue]:
    """Return one issue per item whose exercise needs equipment missing from the client's list."""
    available = ctx.client.equipment_set
    issues: list[Issue] = []
    for located in ctx.items():
        exercise = ctx.exercise(located.item.exercise_id)
        if exercise is None:
            continue  # exercise.E001
        missing = sorted(set(exercise.equipment) - available)
        if missing:
            issues.append(
                make_issue(
                    "equipment.E001",
                    f"{located.path}.exercise_id",
                    f"{exercise.id} needs {', '.join(missing)}, which the client does not have",
                )
            )
    return issues
