"""Find things in a stored program by date: the block in force, the next session, a session.

These are look-ups over the engine's document, not planning: which phase a date falls in is
whatever block the engine put there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from optcoach.model.program import Block, Item, Session, Week
from optcoach.model.program import Program as EngineProgram


@dataclass(frozen=True)
class SessionRef:
    """Where a session sits in the document: its week (1-based index) and position in it."""

    week_index: int
    session_index: int
    date: dt.date


def session_refs(document: dict[str, Any]) -> list[SessionRef]:
    """Return every session of a program document in date order (raw JSON, no validation)."""
    refs = [
        SessionRef(int(week["index"]), position, dt.date.fromisoformat(session["date"]))
        for week in document.get("weeks", ())
        for position, session in enumerate(week.get("sessions", ()))
    ]
    return sorted(refs, key=lambda ref: (ref.date, ref.week_index, ref.session_index))


def next_session(document: dict[str, Any], today: dt.date) -> SessionRef | None:
    """Return the first session on or after ``today``, or None when the program is over."""
    return next((ref for ref in session_refs(document) if ref.date >= today), None)


def block_on(program: EngineProgram, day: dt.date) -> Block | None:
    """Return the block whose dates contain ``day``."""
    return next((b for b in program.blocks if b.start <= day <= b.end), None)


def block_on_document(document: dict[str, Any], day: dt.date) -> dict[str, Any] | None:
    """Return the raw block whose dates contain ``day`` (for lists that skip validation)."""
    for block in document.get("blocks", ()):
        if dt.date.fromisoformat(block["start"]) <= day <= dt.date.fromisoformat(block["end"]):
            return dict(block)
    return None


def find_week(program: EngineProgram, week_index: int) -> Week | None:
    return next((w for w in program.weeks if w.index == week_index), None)


def find_session(program: EngineProgram, week_index: int, session_index: int) -> Session | None:
    week = find_week(program, week_index)
    if week is None or not 0 <= session_index < len(week.sessions):
        return None
    return week.sessions[session_index]


def find_item(
    program: EngineProgram,
    week_index: int,
    session_index: int,
    section_index: int,
    item_index: int,
) -> Item | None:
    session = find_session(program, week_index, session_index)
    if session is None or not 0 <= section_index < len(session.sections):
        return None
    items = session.sections[section_index].items
    return items[item_index] if 0 <= item_index < len(items) else None


def week_position(program: EngineProgram, week_index: int) -> int | None:
    """Return the position of week ``week_index`` in ``program.weeks`` (for document paths)."""
    return next((pos for pos, w in enumerate(program.weeks) if w.index == week_index), None)


@dataclass(frozen=True)
class MonthSpan:
    label: str
    start: dt.date
    days: int


def months_between(start: dt.date, end: dt.date) -> list[MonthSpan]:
    """Return the calendar months covering [start, end], each with its days inside the range."""
    spans: list[MonthSpan] = []
    cursor = start
    while cursor <= end:
        following = (cursor.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        last = min(end, following - dt.timedelta(days=1))
        spans.append(MonthSpan(cursor.strftime("%b %Y"), cursor, (last - cursor).days + 1))
        cursor = following
    return spans
