"""Render a program as a Markdown document a trainer can read, print or paste.

Layout: title, client summary, warnings, the annual plan as a table, then every week with its
sessions; each session lists its six sections in order and each item on one line (superset label,
name, dose, tempo, rest, intensity, load in the client's units) with its targets and rationale
below. Text from the program is escaped so a name such as "Push-up *wide*" stays literal.
"""

from __future__ import annotations

import re

from optcoach.model.client import Units
from optcoach.model.program import Item, Program, Section, Session, Week
from optcoach.render.labels import (
    format_date,
    humanize,
    phase_numbers,
    phase_title,
    section_title,
    split_name,
)
from optcoach.render.prescription import format_minutes, item_details
from optcoach.render.summary import client_summary, plan_rows

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def escape(text: str) -> str:
    """Return ``text`` with Markdown's inline markup characters backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", text)


def _cell(text: str) -> str:
    return escape(text).replace("\n", " ") if text else " "


def render_markdown(program: Program) -> str:
    """Return the whole program as Markdown (no trailing newline)."""
    lines = [f"# OPT program: {escape(program.client.name)}", ""]
    lines += _summary(program)
    lines += _warnings(program)
    lines += _annual_plan(program)
    units = program.client.display_units
    for week in program.weeks:
        lines += _week(week, program, units)
    return "\n".join(lines).rstrip("\n")


def _summary(program: Program) -> list[str]:
    lines = ["## Client", "", "| | |", "|---|---|"]
    lines += [f"| {label} | {_cell(value)} |" for label, value in client_summary(program)]
    return [*lines, ""]


def _warnings(program: Program) -> list[str]:
    lines = ["## Warnings", ""]
    if not program.warnings:
        return [*lines, "None.", ""]
    lines += [f"- **{escape(w.code)}**: {escape(w.message)}" for w in program.warnings]
    return [*lines, ""]


def _annual_plan(program: Program) -> list[str]:
    lines = [
        "## Annual plan",
        "",
        "| Block | Phase | Name | Start | End | Weeks | Why |",
        "|---:|---|---|---|---|---:|---|",
    ]
    lines += [
        f"| {row.number} | {row.phases} | {_cell(row.name)} | {row.start} | {row.end} | "
        f"{row.weeks} | {_cell(row.rationale)} |"
        for row in plan_rows(program)
    ]
    if not program.blocks:
        lines.append("| | | No blocks. | | | | |")
    return [*lines, ""]


def _week(week: Week, program: Program, units: Units) -> list[str]:
    phases = (
        f"phase {phase_numbers(week.phases)}"
        if len(week.phases) == 1
        else (f"phases {phase_numbers(week.phases)}")
    )
    lines = [f"## Week {week.index}: from {format_date(week.start, weekday=True)}, {phases}", ""]
    if not week.sessions:
        lines += ["No sessions this week.", ""]
    for session in week.sessions:
        lines += _session(session, program, units)
    return lines


def _session(session: Session, program: Program, units: Units) -> list[str]:
    title = (
        f"### {format_date(session.date, weekday=True)}: "
        f"{phase_title(session.phases, program.ruleset)}, {split_name(session.split)}"
    )
    lines = [title, "", f"{format_minutes(session).capitalize()}.", ""]
    if session.trimmed:
        lines += ["Trimmed to fit the time budget:", ""]
        lines += [f"- {escape(part)}" for part in session.trimmed]
        lines.append("")
    for section in session.sections:
        lines += _section(section, units)
    return lines


def _section(section: Section, units: Units) -> list[str]:
    lines = [f"#### {section_title(section.id)}", ""]
    if section.note:
        lines += [f"_{escape(section.note)}_", ""]
    if not section.items:
        return [*lines, "No exercises.", ""]
    for item in section.items:
        lines += _item(item, units)
    return [*lines, ""]


def _item(item: Item, units: Units) -> list[str]:
    label = f"{escape(item.superset)} · " if item.superset is not None else ""
    optional = " (optional)" if item.optional else ""
    details = escape(", ".join(item_details(item, units)))
    lines = [f"- {label}**{escape(item.name)}**{optional}: {details}"]
    if item.targets:
        lines.append(f"  - Targets: {', '.join(humanize(m) for m in item.targets)}")
    lines.append(f"  - Why: {escape(item.rationale)}")
    return lines
