"""Check session time: the estimate fits the budget, and it matches an independent recomputation.

The validator times every item itself from the template's timing table (model/data/template.toml):
each set takes reps x tempo seconds (drills and dynamic stretches a fixed time per rep; holds and
cardio their duration), followed by its rest, and each item adds one transition. Conventions
differ slightly between estimators, so only a mismatch beyond the tolerances (validate/data/
tolerances.toml) is reported.
"""

from __future__ import annotations

from functools import cache

from optcoach.model.program import Item, Session
from optcoach.model.tables import Timing, load_template, parse_tempo
from optcoach.validate.context import CheckContext
from optcoach.validate.issue import Issue, make_issue
from optcoach.validate.tolerances import load_tolerances

SECONDS_PER_MINUTE = 60.0
PERCENT = 100.0
SIDES = 2


@cache
def _tempo_seconds(tempo: str, explosive_component_s: float) -> float:
    return parse_tempo(tempo, explosive_component_s)


def item_seconds(item: Item, timing: Timing) -> float:
    """Return the seconds an item takes, sets, rests and one transition included."""
    rep_seconds: float
    try:
        rep_seconds = (
            _tempo_seconds(item.tempo, timing.explosive_component_s)
            if item.tempo
            else float(timing.drill_rep_s if item.form == "saq" else timing.dynamic_rep_s)
        )
    except ValueError:
        rep_seconds = float(timing.dynamic_rep_s)  # a malformed tempo is reported elsewhere
    if item.reps is not None:
        work = item.reps * (rep_seconds + (item.duration_s or 0))
    else:
        work = float(item.duration_s or 0)
    if item.per_side:
        work *= SIDES
    return item.sets * (work + item.rest_s) + timing.transition_s


def estimate_minutes(session: Session) -> float:
    """Return the validator's own estimate of a session's minutes."""
    timing = load_template().timing
    seconds = sum(
        item_seconds(item, timing) for section in session.sections for item in section.items
    )
    return seconds / SECONDS_PER_MINUTE


def check_time_budget(ctx: CheckContext) -> list[Issue]:
    """Return issues for sessions over budget, off the client's minutes, or misestimated."""
    tolerance = load_tolerances()
    timing = load_template().timing
    by_key: dict[int, float] = {}
    seconds: dict[str, float] = {}
    for item in ctx.items():
        spent = by_key.get(item.key)
        if spent is None:
            spent = by_key[item.key] = item_seconds(item.item, timing)
        seconds[item.located.path] = seconds.get(item.located.path, 0.0) + spent
    issues: list[Issue] = []
    for located in ctx.sessions():
        session = located.session
        path = located.path
        if session.minutes_estimated > session.minutes_budget:
            issues.append(
                make_issue(
                    "time.E001",
                    f"{path}.minutes_estimated",
                    f"{session.minutes_estimated} minutes estimated; budget "
                    f"{session.minutes_budget}",
                )
            )
        if session.minutes_budget != ctx.client.session_minutes:
            issues.append(
                make_issue(
                    "time.E002",
                    f"{path}.minutes_budget",
                    f"budget {session.minutes_budget} minutes; the client has "
                    f"{ctx.client.session_minutes}",
                )
            )
        recomputed = seconds.get(path, 0.0) / SECONDS_PER_MINUTE
        gap = abs(session.minutes_estimated - recomputed)
        if (
            gap > tolerance.minutes_absolute
            and gap > tolerance.minutes_relative_percent / PERCENT * recomputed
        ):
            issues.append(
                make_issue(
                    "time.E003",
                    f"{path}.minutes_estimated",
                    f"{session.minutes_estimated} minutes estimated; the items add up to "
                    f"{recomputed:.0f} minutes",
                )
            )
    return issues
