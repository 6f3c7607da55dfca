"""Check the week: same body parts never on consecutive days, frequency within the phase's range.

A session trains the body parts of its resistance exercises (catalog ``body_parts``; a total-body
exercise trains all of them). The core is trained in every session's activation section, as the
OPT template intends, so it never counts toward spacing.
"""

from __future__ import annotations

import datetime as dt
import itertools

from optcoach.model.tables import IntRange
from optcoach.model.vocab import BODY_PARTS, BodyPart
from optcoach.validate.context import CheckContext, LocatedSession
from optcoach.validate.issue import Issue, make_issue

EVERY_DAY: frozenset[BodyPart] = frozenset({"core"})
TOTAL_BODY: BodyPart = "total_body"
ALL_PARTS: frozenset[BodyPart] = frozenset(BODY_PARTS) - EVERY_DAY - {TOTAL_BODY}
ONE_DAY = dt.timedelta(days=1)


def trained_body_parts(ctx: CheckContext, located: LocatedSession) -> frozenset[BodyPart]:
    """Return the body parts a session's resistance section trains."""
    parts: set[BodyPart] = set()
    for section in located.session.sections:
        if section.id != "resistance":
            continue
        for item in section.items:
            exercise = ctx.exercise(item.exercise_id)
            if exercise is None or item.form != "resistance":
                continue
            for part in exercise.body_parts:
                parts |= ALL_PARTS if part == TOTAL_BODY else {part}
    return frozenset(parts - EVERY_DAY)


def check_spacing(ctx: CheckContext) -> list[Issue]:
    """Return spacing and weekly frequency issues."""
    return [*_check_consecutive_days(ctx), *_check_frequency(ctx)]


def _check_consecutive_days(ctx: CheckContext) -> list[Issue]:
    sessions = sorted(ctx.sessions(), key=lambda located: located.session.date)
    issues: list[Issue] = []
    for before, after in itertools.pairwise(sessions):
        if after.session.date - before.session.date != ONE_DAY:
            continue
        shared = trained_body_parts(ctx, before) & trained_body_parts(ctx, after)
        if shared:
            issues.append(
                make_issue(
                    "spacing.E001",
                    f"{after.path}.date",
                    f"{after.session.date} trains {', '.join(sorted(shared))}, also trained "
                    f"the day before ({before.path})",
                )
            )
    return issues


def _frequency(ctx: CheckContext, phases: tuple[int, ...]) -> IntRange | None:
    """Return the weekly frequency every phase of the week allows (the ranges' intersection)."""
    ranges = [ctx.tables.phase(phase).frequency for phase in sorted(set(phases))]
    if not ranges:
        return None
    low, high = max(r.low for r in ranges), min(r.high for r in ranges)
    return IntRange(low=low, high=high) if low <= high else None


def _check_frequency(ctx: CheckContext) -> list[Issue]:
    client = ctx.client
    issues: list[Issue] = []
    for w, week in enumerate(ctx.program.weeks):
        count = len(week.sessions)
        allowed = _frequency(ctx, week.phases)
        if allowed is not None and count not in allowed:
            issues.append(
                make_issue(
                    "spacing.E002",
                    f"weeks[{w}].sessions",
                    f"{count} sessions in week {week.index}; phases {list(week.phases)} "
                    f"allow {allowed} a week",
                )
            )
        if count > client.days_per_week:
            issues.append(
                make_issue(
                    "spacing.E003",
                    f"weeks[{w}].sessions",
                    f"{count} sessions in week {week.index}; the client trains "
                    f"{client.days_per_week} days a week",
                )
            )
        if client.weekdays is None:
            continue
        for s, session in enumerate(week.sessions):
            if session.weekday not in client.weekdays:
                issues.append(
                    make_issue(
                        "spacing.E004",
                        f"weeks[{w}].sessions[{s}].weekday",
                        f"session on {session.weekday}; the client trains on "
                        f"{', '.join(client.weekdays)}",
                    )
                )
    return issues
