"""Render a program as an iCalendar file: one event per session.

Each event starts on the session's date at a fixed local ("floating") time, lasts the planner's
estimated minutes, is titled "OPT phase N — <split>" and lists the session's sections and items in
its description. The program holds no time of day, so the start time is a display setting
(``DEFAULT_START``, 07:00) that the trainer moves in their calendar.

The file is byte-stable: each event's UID is derived from the client's name (hashed, so the name
does not travel in UIDs) and the date, and every DTSTAMP is the program's start date at midnight
UTC instead of the moment of rendering.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from icalendar import Calendar, Event

from optcoach.model.client import Units
from optcoach.model.program import Program, Session
from optcoach.render.labels import phase_numbers, phase_title, section_title, split_name
from optcoach.render.prescription import format_item_line, format_minutes

DEFAULT_START = dt.time(7, 0)
PRODID = "-//optcoach//OPT program//EN"
_UID_DIGEST_CHARS = 16


def render_ics(program: Program, *, start_time: dt.time = DEFAULT_START) -> str:
    """Return the program's sessions as an iCalendar (RFC 5545) document with CRLF line ends."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"OPT program: {program.client.name}")
    stamp = dt.datetime.combine(program.start, dt.time(0, 0), tzinfo=dt.UTC)
    units = program.client.display_units
    client_key = hashlib.sha256(program.client.name.encode("utf-8")).hexdigest()
    seen: dict[dt.date, int] = {}
    for week in program.weeks:
        for session in week.sessions:
            seen[session.date] = seen.get(session.date, 0) + 1
            event = Event()
            event.add("uid", session_uid(client_key, session.date, seen[session.date]))
            event.add("dtstamp", stamp)
            event.add("dtstart", dt.datetime.combine(session.date, start_time))
            event.add("duration", dt.timedelta(minutes=session.minutes_estimated))
            event.add("summary", event_summary(session))
            event.add("description", event_description(session, program, units))
            calendar.add_component(event)
    document: bytes = calendar.to_ical()
    return document.decode("utf-8")


def session_uid(client_key: str, day: dt.date, ordinal: int = 1) -> str:
    """Return "<hash>-20270104@optcoach"; a second session on the same day ends in "-2"."""
    suffix = "" if ordinal == 1 else f"-{ordinal}"
    return f"{client_key[:_UID_DIGEST_CHARS]}-{day:%Y%m%d}{suffix}@optcoach"


def event_summary(session: Session) -> str:
    """Return "OPT phase 1 — total body" (or "OPT phase 1/2/5 — ..." for a mixed session)."""
    return f"OPT phase {phase_numbers(session.phases)} — {split_name(session.split)}"


def event_description(session: Session, program: Program, units: Units) -> str:
    """Return the session as plain text: title, time estimate, trimmed parts, then each section."""
    lines = [
        f"{phase_title(session.phases, program.ruleset)}, {split_name(session.split)}.",
        f"{format_minutes(session).capitalize()}.",
    ]
    if session.trimmed:
        lines.append(f"Trimmed to fit: {'; '.join(session.trimmed)}.")
    for section in session.sections:
        lines += ["", section_title(section.id)]
        if section.note:
            lines.append(section.note)
        lines += [f"- {format_item_line(item, units)}" for item in section.items]
        if not section.items:
            lines.append("- no exercises")
    return "\n".join(lines)
