"""Line the session log up with the program: which planned session each logged set belongs to.

An entry that names its ``week`` and ``session`` (1-based) goes there; otherwise it goes to the
session planned on its date, else to the nearest session of the same program week (a client who
trains on Thursday instead of Wednesday). Entries outside every program week only count as
activity (for the layoff rule).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from optcoach.model.program import Item, Program, Session
from optcoach.model.session_log import LogEntry
from optcoach.model.vocab import PHASE_LEVELS, PhaseNumber


@dataclass(frozen=True)
class SessionRef:
    """Where a session sits in the program: week and session positions (0-based)."""

    week: int
    session: int
    session_date: dt.date
    week_start: dt.date


@dataclass(frozen=True)
class Exposure:
    """One session's logged sets of one exercise, beside what was planned for it."""

    exercise_id: str
    date: dt.date
    ref: SessionRef | None
    item: Item | None
    phase: PhaseNumber | None
    entries: tuple[LogEntry, ...]

    @property
    def done(self) -> tuple[LogEntry, ...]:
        return tuple(e for e in self.entries if e.completed)

    @property
    def last_set(self) -> LogEntry | None:
        done = [e for e in self.done if e.reps is not None]
        return max(done, key=lambda e: e.set) if done else None

    @property
    def load_kg(self) -> float | None:
        """Return the load of the last set (the working load), else the planned load."""
        last = self.last_set
        if last is not None and last.kg is not None:
            return last.kg
        return self.item.load_kg if self.item is not None else None

    @property
    def pain(self) -> bool:
        return any(e.pain for e in self.entries)

    @property
    def max_rpe(self) -> float | None:
        values = [e.rpe for e in self.entries if e.rpe is not None]
        return max(values) if values else None


def _session_refs(program: Program) -> tuple[tuple[SessionRef, Session], ...]:
    found = [
        (SessionRef(w, s, session.date, week.start), session)
        for w, week in enumerate(program.weeks)
        for s, session in enumerate(week.sessions)
    ]
    return tuple(sorted(found, key=lambda pair: (pair[0].session_date, pair[0].session)))


class Timeline:
    """The program's sessions indexed by date, position and week, built once per program."""

    def __init__(self, program: Program) -> None:
        self.refs = _session_refs(program)
        self.by_position = {(ref.week, ref.session): ref for ref, _ in self.refs}
        self.by_date: dict[dt.date, SessionRef] = {}
        self.by_week: dict[int, list[SessionRef]] = {}
        for ref, _ in self.refs:
            self.by_date.setdefault(ref.session_date, ref)
            self.by_week.setdefault(ref.week, []).append(ref)
        self.week_starts = [week.start for week in program.weeks]


_TIMELINES: dict[int, tuple[Program, Timeline]] = {}
_TIMELINES_KEPT = 8


def timeline(program: Program) -> Timeline:
    """Return the (cached) timeline of ``program``; the cache holds the program it indexes."""
    cached = _TIMELINES.get(id(program))
    if cached is not None and cached[0] is program:
        return cached[1]
    if len(_TIMELINES) >= _TIMELINES_KEPT:
        _TIMELINES.pop(next(iter(_TIMELINES)))
    built = Timeline(program)
    _TIMELINES[id(program)] = (program, built)
    return built


def session_refs(program: Program) -> tuple[tuple[SessionRef, Session], ...]:
    """Return every planned session with its position, in date order."""
    return timeline(program).refs


def week_of(program: Program, day: dt.date) -> int | None:
    """Return the 0-based index of the program week holding ``day``, or None."""
    for index, start in enumerate(timeline(program).week_starts):
        if start <= day < start + dt.timedelta(days=7):
            return index
    return None


def locate(program: Program, entry: LogEntry) -> SessionRef | None:
    """Return the planned session ``entry`` belongs to, or None when it is outside the program."""
    index = timeline(program)
    if entry.week is not None and entry.session is not None:
        named = index.by_position.get((entry.week - 1, entry.session - 1))
        if named is not None:
            return named
    if entry.date in index.by_date:
        return index.by_date[entry.date]
    week = week_of(program, entry.date)
    same_week = index.by_week.get(week, []) if week is not None else []
    if not same_week:
        return None
    return min(same_week, key=lambda r: (abs((r.session_date - entry.date).days), r.session_date))


def phase_of(item: Item, session: Session) -> PhaseNumber:
    """Return the phase an item trains: the session's phase whose level matches the item's."""
    for phase in session.phases:
        if PHASE_LEVELS[phase] == item.level:
            return phase
    return session.phases[0]


def find_item(session: Session, exercise_id: str) -> Item | None:
    for section in session.sections:
        for item in section.items:
            if item.exercise_id == exercise_id:
                return item
    return None


def exposures(program: Program, entries: Sequence[LogEntry]) -> dict[str, tuple[Exposure, ...]]:
    """Return each exercise's exposures in date order (one per session it was logged in)."""
    sessions = {(ref.week, ref.session): (ref, s) for ref, s in session_refs(program)}
    grouped: dict[tuple[str, dt.date, int, int], list[LogEntry]] = {}
    for entry in entries:
        ref = locate(program, entry)
        key = (entry.exercise_id, entry.date, ref.week if ref else -1, ref.session if ref else -1)
        grouped.setdefault(key, []).append(entry)
    result: dict[str, list[Exposure]] = {}
    for (exercise_id, day, week, position), logged in sorted(grouped.items()):
        found = sessions.get((week, position))
        item = find_item(found[1], exercise_id) if found else None
        phase = phase_of(item, found[1]) if found and item else None
        exposure = Exposure(
            exercise_id=exercise_id,
            date=day,
            ref=found[0] if found else None,
            item=item,
            phase=phase,
            entries=tuple(logged),
        )
        result.setdefault(exercise_id, []).append(exposure)
    return {key: tuple(value) for key, value in sorted(result.items())}


__all__ = [
    "Exposure",
    "SessionRef",
    "exposures",
    "find_item",
    "locate",
    "phase_of",
    "session_refs",
    "week_of",
]
