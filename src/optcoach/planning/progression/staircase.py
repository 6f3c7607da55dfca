"""Block-end verdicts on the OPT staircase: advance, repeat, step down, or back to phase 1.

The evidence is the finished block's sessions (completed share, sessions with a pain flag), the
compensations at a reassessment inside the block, and the time since the client last trained.
Thresholds are ``progression.toml`` [block_end]. A block is judged once: while the next block has
no logged session yet. A trainer's ``Override`` for that block replaces the computed verdict and
is recorded as the decision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from optcoach.assessment import AssessmentReport
from optcoach.assessment.reassessment import Reassessment
from optcoach.model.program import Program
from optcoach.model.progression_rules import ProgressionRules
from optcoach.model.session_log import LogEntry
from optcoach.model.tables import load_goals
from optcoach.model.vocab import PhaseNumber
from optcoach.planning.progression.adherence import completed_sessions
from optcoach.planning.progression.decisions import BlockAction, Decision, Override
from optcoach.planning.progression.history import locate, session_refs

PERCENT = 100.0
DAYS_PER_WEEK = 7


@dataclass(frozen=True)
class Verdict:
    """A staircase decision and the phase the future restarts from (None: keep the plan)."""

    decision: Decision
    start_phase: PhaseNumber | None


def is_finished(program: Program, index: int, cut: dt.date) -> bool:
    """Return True when every session of block ``index`` is dated before ``cut``."""
    block = program.blocks[index]
    if block.end < cut:
        return True
    return all(
        ref.session_date < cut
        for ref, _ in session_refs(program)
        if block.start <= ref.session_date <= block.end
    )


def step_down(program: Program, phase: PhaseNumber) -> PhaseNumber:
    """Return the goal's highest allowed phase below ``phase`` (phase 1 at the bottom)."""
    allowed = load_goals().routes[program.goal].allowed
    lower = [p for p in sorted(allowed) if p < phase]
    return lower[-1] if lower else 1


def next_phase(program: Program, phase: PhaseNumber) -> PhaseNumber:
    """Return the phase the goal's route moves to after ``phase``.

    That is the goal's lowest allowed phase above ``phase``; past the route's top phase it is the
    first phase of the route's repeating cycle (the return to phase 1 between intense blocks).
    """
    route = load_goals().routes[program.goal]
    higher = [p for p in sorted(route.allowed) if p > phase]
    if higher:
        return higher[0]
    return route.cycle[0][0] if route.cycle else 1


def layoff(
    program: Program, entries: Sequence[LogEntry], cut: dt.date, rules: ProgressionRules
) -> Verdict | None:
    """Return a back-to-phase-1 verdict when the client has not trained for the layoff weeks.

    The gap runs from the last completed entry (or the program start, if nothing is logged) to
    the cut, and must hold at least one planned session.
    """
    done = [e.date for e in entries if e.completed]
    last = max(done) if done else None
    since = last + dt.timedelta(days=1) if last else program.start
    gap_days = (cut - since).days
    limit = rules.block_end.layoff_weeks * DAYS_PER_WEEK
    missed = [ref for ref, _ in session_refs(program) if since <= ref.session_date < cut]
    if gap_days < limit or not missed:
        return None
    what = f"last session logged on {last}" if last else "no session logged since the start"
    decision = Decision(
        kind="layoff",
        date=cut,
        rule="block_end.layoff_weeks",
        action="phase_1",
        before=None,
        after="phase 1",
        reason=(
            f"{what}: {gap_days // DAYS_PER_WEEK} weeks without training "
            f"({len(missed)} planned sessions missed), at least {rules.block_end.layoff_weeks}; "
            "a layoff restarts the staircase at phase 1"
        ),
    )
    return Verdict(decision, 1)


def _verdict(
    action: BlockAction, program: Program, index: int, overridden: bool
) -> tuple[PhaseNumber | None, str]:
    """Return the phase the future restarts from (None: keep the plan) and the verdict in words.

    A computed ``advance`` keeps the planned next block (the planner already laid out the route,
    including its substitutions). A trainer's ``advance`` is explicit: the future restarts at the
    route's next phase after the block's, so it also undoes an earlier repeat's re-plan.
    """
    phase = program.blocks[index].phase
    if action == "advance":
        if overridden:
            after = next_phase(program, phase)
            return after, f"advance to phase {after}, the goal's next phase after phase {phase}"
        return None, "continue to the planned next block"
    if action == "repeat":
        return phase, f"repeat phase {phase}"
    if action == "step_down":
        lower = step_down(program, phase)
        return lower, f"step down to phase {lower}"
    return 1, "go back to phase 1"


def block_end(
    program: Program,
    entries: Sequence[LogEntry],
    changes: Reassessment | None,
    cut: dt.date,
    rules: ProgressionRules,
    overrides: Sequence[Override],
) -> Verdict | None:
    """Return the verdict on the latest finished block, or None when no block is at its end.

    ``changes`` compares the assessment the plan was built on with the latest one inside the
    block (None when there was no reassessment in it).
    """
    finished = [i for i in range(len(program.blocks)) if is_finished(program, i, cut)]
    if not finished or finished[-1] == len(program.blocks) - 1:
        return None
    index = finished[-1]
    block = program.blocks[index]
    if any(e.completed and e.date > block.end for e in entries):
        return None
    table = rules.block_end
    done = completed_sessions(program, entries)
    planned = [
        (ref.week, ref.session)
        for ref, _ in session_refs(program)
        if block.start <= ref.session_date <= block.end
    ]
    completed = sum(key in done for key in planned)
    rate = completed / len(planned) * PERCENT if planned else PERCENT
    pain_sessions = {
        (ref.week, ref.session)
        for e in entries
        if e.pain and block.start <= e.date <= block.end and (ref := locate(program, e))
    }
    pains = len(pain_sessions)
    evidence = f"{completed}/{len(planned)} sessions ({rate:.0f}%), {pains} with pain"
    persisting = changes.compensations_persisting if changes else ()
    new = changes.compensations_new if changes else ()
    resolved = changes.compensations_resolved if changes else ()
    action: BlockAction
    if pains >= table.pain_sessions_step_down:
        action, rule = "step_down", "block_end.pain_sessions_step_down"
        why = f"pain in {pains} sessions (step down at {table.pain_sessions_step_down})"
    elif rate < table.step_down_below_percent:
        action, rule = "step_down", "block_end.step_down_below_percent"
        why = f"completed {rate:.0f}% of sessions, below {table.step_down_below_percent:g}%"
    elif new and table.compensations_new_to_phase1:
        action, rule = "phase_1", "block_end.compensations_new_to_phase1"
        why = f"new compensations at reassessment: {', '.join(new)}"
    elif pains >= table.pain_sessions_repeat:
        action, rule = "repeat", "block_end.pain_sessions_repeat"
        why = f"pain in {pains} session(s); do not progress while pain is present"
    elif rate < table.repeat_below_percent:
        action, rule = "repeat", "block_end.repeat_below_percent"
        why = f"completed {rate:.0f}% of sessions, below {table.repeat_below_percent:g}%"
    elif persisting and not resolved and table.compensations_repeat:
        action, rule = "repeat", "block_end.compensations_repeat"
        why = (
            f"compensations still present at reassessment and none cleared: {', '.join(persisting)}"
        )
    else:
        action, rule = "advance", "block_end"
        why = "sessions completed, no pain"
        if resolved:
            why += f", compensations clearing ({', '.join(resolved)} cleared)"
    by = "optcoach"
    chosen = next((o for o in overrides if o.targets(program, index)), None)
    if chosen is not None:
        computed = action
        action, rule, by = chosen.decision, "override", chosen.by
        when = f" on {chosen.decided_on}" if chosen.decided_on is not None else ""
        why = (
            f"trainer override by {chosen.by}{when} ({chosen.reason}); computed verdict was "
            f"{computed}: {why}"
        )
    start_phase, what = _verdict(action, program, index, chosen is not None)
    decision = Decision(
        kind="block_end",
        date=block.end + dt.timedelta(days=1),
        rule=rule,
        action=action,
        block_index=index,
        before=f"phase {block.phase}",
        after=f"phase {start_phase}" if start_phase is not None else None,
        by=by,
        reason=f"block {index + 1} (phase {block.phase}, {block.start} to {block.end}): "
        f"{evidence}; {why}: {what}",
    )
    return Verdict(decision, start_phase)


def latest_report_in(
    reports: Sequence[AssessmentReport], start: dt.date, end: dt.date
) -> AssessmentReport | None:
    """Return the latest dated report with ``start <= date <= end``, or None."""
    inside = [r for r in reports if r.date is not None and start <= r.date <= end]
    return max(inside, key=lambda r: r.date or start) if inside else None


__all__ = [
    "Verdict",
    "block_end",
    "is_finished",
    "latest_report_in",
    "layoff",
    "next_phase",
    "step_down",
]
