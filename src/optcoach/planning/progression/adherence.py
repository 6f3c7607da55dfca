"""Adherence: planned versus completed sessions, sets and volume, week by week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from optcoach.model.program import Program
from optcoach.model.session_log import LogEntry
from optcoach.planning.progression.decisions import Adherence, WeekAdherence
from optcoach.planning.progression.history import find_item, locate

PERCENT = 100.0
RATE_DECIMALS = 1
VOLUME_DECIMALS = 1
# The forms whose sets count toward set and volume adherence: the resistance block, the part of
# a session a client logs set by set.
COUNTED_FORMS = frozenset({"resistance"})


def _rate(done: int, planned: int) -> float | None:
    return round(done / planned * PERCENT, RATE_DECIMALS) if planned else None


def _is_counted(program: Program, entry: LogEntry) -> bool:
    """Return True when ``entry`` is a set of a planned item of a counted form."""
    ref = locate(program, entry)
    if ref is None or entry.reps is None:
        return False
    item = find_item(program.weeks[ref.week].sessions[ref.session], entry.exercise_id)
    return item is not None and item.form in COUNTED_FORMS


def completed_sessions(program: Program, entries: Sequence[LogEntry]) -> set[tuple[int, int]]:
    """Return the (week, session) positions with at least one completed logged entry."""
    found: set[tuple[int, int]] = set()
    for entry in entries:
        if entry.completed:
            ref = locate(program, entry)
            if ref is not None:
                found.add((ref.week, ref.session))
    return found


def measure_adherence(program: Program, entries: Sequence[LogEntry], cut: dt.date) -> Adherence:
    """Return adherence for every week that started before ``cut``, counting sessions before it.

    Planned sets count the items of the counted forms; volume is sets x reps x load for planned
    loaded items and reps x load over completed logged sets.
    """
    done_sessions = completed_sessions(program, entries)
    weeks: list[WeekAdherence] = []
    for w, week in enumerate(program.weeks):
        if week.start >= cut:
            break
        end = week.start + dt.timedelta(days=7)
        planned_sessions = completed = planned_sets = 0
        planned_volume = 0.0
        for s, session in enumerate(week.sessions):
            if session.date >= cut:
                continue
            planned_sessions += 1
            completed += (w, s) in done_sessions
            for section in session.sections:
                for item in section.items:
                    if item.form not in COUNTED_FORMS:
                        continue
                    planned_sets += item.sets
                    if item.load_kg is not None and item.reps is not None:
                        planned_volume += item.sets * item.reps * item.load_kg
        logged = [e for e in entries if week.start <= e.date < min(end, cut) and e.completed]
        counted = [e for e in logged if _is_counted(program, e)]
        volume = sum((e.reps or 0) * (e.kg or 0.0) for e in counted)
        weeks.append(
            WeekAdherence(
                index=week.index,
                start=week.start,
                planned_sessions=planned_sessions,
                completed_sessions=completed,
                planned_sets=planned_sets,
                completed_sets=len(counted),
                planned_volume_kg=round(planned_volume, VOLUME_DECIMALS),
                completed_volume_kg=round(volume, VOLUME_DECIMALS),
            )
        )
    planned = sum(w.planned_sessions for w in weeks)
    completed_total = sum(w.completed_sessions for w in weeks)
    sets = sum(w.planned_sets for w in weeks)
    sets_done = sum(w.completed_sets for w in weeks)
    return Adherence(
        weeks=tuple(weeks),
        planned_sessions=planned,
        completed_sessions=completed_total,
        planned_sets=sets,
        completed_sets=sets_done,
        session_rate=_rate(completed_total, planned),
        set_rate=_rate(sets_done, sets),
    )


__all__ = ["completed_sessions", "measure_adherence"]
