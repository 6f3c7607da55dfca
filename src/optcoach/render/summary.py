"""The client summary and annual-plan rows every format opens with.

Each function returns plain strings; the formats only lay them out. Body measurements are shown as
the client file gave them (cm or in, kg or lb). 1RM estimates are stored in kg; imperial readers
also get the pound equivalent, converted for display only.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from optcoach.model.client import KG_PER_LB, Client
from optcoach.model.program import Block, HeartRateZone, Program, Session
from optcoach.model.vocab import WEEKDAYS
from optcoach.render.labels import (
    block_title,
    experience_name,
    format_date,
    goal_name,
    humanize,
    load_labels,
    phase_numbers,
)
from optcoach.render.prescription import format_number

WEEKS_PER_TIMELINE_ROW = 52
UNDULATING = "U"
UNPLANNED = "·"
_DAYS_PER_WEEK = 7


class PlanRow(NamedTuple):
    """One block of the annual plan, as text."""

    number: str
    phases: str
    name: str
    start: str
    end: str
    weeks: str
    rationale: str


def exercise_names(program: Program) -> dict[str, str]:
    """Return exercise id -> display name for every exercise the program prescribes."""
    return {
        item.exercise_id: item.name
        for week in program.weeks
        for session in week.sessions
        for section in session.sections
        for item in section.items
    }


def _body(client: Client) -> str:
    height = (
        f"{format_number(client.height_cm)} cm"
        if client.height_cm is not None
        else f"{format_number(client.height_in or 0.0)} in"
    )
    weight = (
        f"{format_number(client.weight_kg)} kg"
        if client.weight_kg is not None
        else f"{format_number(client.weight_lb or 0.0)} lb"
    )
    return f"{height}, {weight}"


def _schedule(client: Client) -> str:
    calendar = load_labels().calendar
    days = ""
    if client.weekdays is not None:
        chosen = sorted(WEEKDAYS.index(day) for day in client.weekdays)
        days = f" ({', '.join(calendar.weekdays[day] for day in chosen)})"
    count = client.days_per_week
    per_week = "1 day a week" if count == 1 else f"{count} days a week"
    return f"{per_week}{days}, {client.session_minutes} min per session"


def _conditions(client: Client) -> str:
    parts = []
    for condition in client.conditions:
        text = humanize(condition.id)
        if condition.weeks is not None:
            text += f" ({condition.weeks} weeks)"
        elif condition.id == "hypertension" and not condition.controlled:
            text += " (not controlled)"
        parts.append(text)
    return ", ".join(parts)


def _injuries(client: Client) -> str:
    parts = []
    for injury in client.injuries:
        details: list[str] = [injury.side] if injury.side is not None else []
        details.append("current" if injury.current else "past")
        parts.append(f"{humanize(injury.region)} ({', '.join(details)})")
    return ", ".join(parts)


def format_zone(zone: HeartRateZone) -> str:
    """Return "zone 2 136–152", "zone 3 ≥ 153" or "zone 1 ≤ 135" (bpm)."""
    if zone.low is not None and zone.high is not None:
        return f"zone {zone.zone} {zone.low}–{zone.high}"
    if zone.low is not None:
        return f"zone {zone.zone} ≥ {zone.low}"
    if zone.high is not None:
        return f"zone {zone.zone} ≤ {zone.high}"
    return f"zone {zone.zone}"


def _heart_rate(program: Program) -> str:
    inputs = program.latest_inputs
    parts = []
    if inputs.hr_max is not None:
        estimated = " (estimated)" if inputs.zones_estimated else ""
        parts.append(f"HR max {inputs.hr_max} bpm{estimated}")
    if inputs.hr_zones:
        parts.append(", ".join(format_zone(zone) for zone in inputs.hr_zones) + " bpm")
    return "; ".join(parts)


def _one_rep_max(program: Program) -> str:
    names = exercise_names(program)
    imperial = program.client.display_units == "imperial"
    parts = []
    for exercise_id, kg in sorted(program.latest_inputs.one_rep_max_kg.items()):
        name = names.get(exercise_id) or humanize(exercise_id).capitalize()
        text = f"{name} {format_number(kg)} kg"
        if imperial:
            text += f" (≈ {kg / KG_PER_LB:.0f} lb)"
        parts.append(text)
    return ", ".join(parts)


def _revisions(program: Program) -> str:
    return "; ".join(
        f"{format_date(revision.start)}: {revision.reason}" for revision in program.revisions
    )


def client_summary(program: Program) -> tuple[tuple[str, str], ...]:
    """Return (label, value) rows describing the client and the plan; empty values are left out."""
    client = program.client
    inputs = program.inputs
    # findings, zones and 1RMs as progression last revised them; the start is the plan's own
    current = program.latest_inputs
    rows = (
        ("Client", client.name),
        ("Goal", goal_name(program.goal)),
        (
            "Plan",
            f"{program.horizon_weeks} weeks from {format_date(program.start, weekday=True)}, "
            f"ruleset {program.ruleset}",
        ),
        ("Age, sex", f"{client.age_on(program.start)}, {client.sex}"),
        ("Height, weight", _body(client)),
        ("Experience", experience_name(client.experience)),
        ("Schedule", _schedule(client)),
        ("Equipment", ", ".join(humanize(e) for e in client.equipment) or "body weight only"),
        ("Conditions", _conditions(client)),
        ("Injuries", _injuries(client)),
        ("Medications", ", ".join(client.medications)),
        ("Start", f"phase {inputs.start_phase}, cardio stage {inputs.cardio_stage}"),
        ("Overactive", ", ".join(humanize(m) for m in current.overactive)),
        ("Underactive", ", ".join(humanize(m) for m in current.underactive)),
        ("Revised", _revisions(program)),
        ("Heart rate", _heart_rate(program)),
        ("1RM estimates", _one_rep_max(program)),
    )
    return tuple((label, value) for label, value in rows if value)


def plan_rows(program: Program) -> tuple[PlanRow, ...]:
    """Return one row per block of the annual plan, in order."""
    return tuple(
        _plan_row(number, block, program) for number, block in enumerate(program.blocks, 1)
    )


def _plan_row(number: int, block: Block, program: Program) -> PlanRow:
    return PlanRow(
        number=str(number),
        phases=phase_numbers(block.phases or (block.phase,)),
        name=block_title(block, program.ruleset),
        start=format_date(block.start),
        end=format_date(block.end),
        weeks=str(block.weeks),
        rationale=block.rationale,
    )


def week_marks(program: Program) -> tuple[tuple[dt.date, str], ...]:
    """Return (week start, mark) for each week of the horizon: the block's phase, "U" for an
    undulating block and "·" for a week no block covers."""
    marks = []
    for offset in range(program.horizon_weeks):
        start = program.start + dt.timedelta(days=_DAYS_PER_WEEK * offset)
        block = _block_on(program.blocks, start)
        marks.append((start, UNPLANNED if block is None else _block_mark(block)))
    return tuple(marks)


def _block_on(blocks: tuple[Block, ...], day: dt.date) -> Block | None:
    return next((block for block in blocks if block.start <= day <= block.end), None)


def _block_mark(block: Block) -> str:
    if block.undulating or len(block.phases) > 1:
        return UNDULATING
    return str(block.phase)


def group_sessions(
    sessions: tuple[Session, ...],
) -> tuple[tuple[tuple[dt.date, ...], Session], ...]:
    """Return each distinct session once with every date it falls on, in order of first date.

    Sessions that differ only in their date are shown once: a week of three identical phase 1
    days reads as one table, not three.
    """
    groups: list[tuple[list[dt.date], Session, dict[str, object]]] = []
    for session in sessions:
        content = session.model_dump(exclude={"date", "weekday"})
        match = next((group for group in groups if group[2] == content), None)
        if match is None:
            groups.append(([session.date], session, content))
        else:
            match[0].append(session.date)
    return tuple((tuple(dates), session) for dates, session, _ in groups)
