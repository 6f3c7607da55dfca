"""Reassessment: when the next one is due, and whether a new one should re-plan the future."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from optcoach.assessment import AssessmentReport
from optcoach.model.program import Program
from optcoach.model.progression_rules import ProgressionRules, load_progression_rules

DAYS_PER_WEEK = 7


def basis_date(program: Program) -> dt.date:
    """Return the date of the assessment the plan was built on (the program start without one)."""
    measured = program.client.assessment
    if measured is not None and measured.date is not None:
        return measured.date
    return program.start


def reassessment_due(
    program: Program,
    assessments: Sequence[AssessmentReport] = (),
    *,
    rules: ProgressionRules | None = None,
) -> tuple[dt.date, ...]:
    """Return the reassessment dates still open, earliest first.

    One is due at every block boundary and every ``interval_weeks`` inside a longer block. A date
    is covered by any assessment on record within ``grace_days`` before it or later.
    """
    rules = rules or load_progression_rules()
    interval = dt.timedelta(days=rules.reassessment.interval_weeks * DAYS_PER_WEEK)
    grace = dt.timedelta(days=rules.block_end.grace_days)
    candidates: set[dt.date] = set()
    for index, block in enumerate(program.blocks):
        if index > 0:
            candidates.add(block.start)
        day = block.start + interval
        while day <= block.end:
            candidates.add(day)
            day += interval
    dates = [basis_date(program), *(r.date for r in assessments if r.date is not None)]
    latest = max(dates)
    return tuple(sorted(d for d in candidates if d - grace > latest))


def new_assessment(
    program: Program, assessments: Sequence[AssessmentReport], cut: dt.date
) -> AssessmentReport | None:
    """Return the latest dated report after the plan's basis, up to the cut day, or None."""
    basis = basis_date(program)
    # an assessment on the cut day was taken before that day's session: it counts
    newer = [r for r in assessments if r.date is not None and basis < r.date <= cut]
    return max(newer, key=lambda r: r.date or basis) if newer else None


__all__ = ["basis_date", "new_assessment", "reassessment_due"]
