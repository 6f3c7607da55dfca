"""Render a program for a terminal: the annual plan and the first week in detail.

The view is meant to be read at a glance in a 100-column terminal: a client summary, warnings, the
annual plan as a table plus a timeline with one character per week (the phase number, "U" for an
undulating week), then each session of the first week as a table of its six sections. Rationales
and later weeks are left to the Markdown and PDF formats; the view is the same whatever ``--weeks``
was, as long as the program has a first week.

Output is plain text unless ``color`` is set (the CLI sets it when stdout is a terminal).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from rich import box
from rich.console import Group, JustifyMethod, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from optcoach.model.client import Units
from optcoach.model.program import Item, Program, Session, Week
from optcoach.render.console import render_text
from optcoach.render.labels import (
    format_date,
    format_dates,
    month_name,
    phase_title,
    section_title,
    split_name,
)
from optcoach.render.prescription import (
    format_dose,
    format_intensity,
    format_load,
    format_minutes,
    format_rest,
)
from optcoach.render.summary import (
    UNDULATING,
    WEEKS_PER_TIMELINE_ROW,
    client_summary,
    group_sessions,
    plan_rows,
    week_marks,
)

DEFAULT_WIDTH = 100
_MONTH_LABEL_GAP = 1
_ITEM_INDENT = 2
_WARNING_MARK = "!"
_PHASE_STYLES = {
    "1": "black on green",
    "2": "black on yellow",
    "3": "black on cyan",
    "4": "white on magenta",
    "5": "white on red",
    UNDULATING: "white on blue",
}


def render_table(program: Program, *, width: int = DEFAULT_WIDTH, color: bool = False) -> str:
    """Return the terminal view of ``program``, at most ``width`` columns wide.

    Without ``color`` the text has no escape codes (for files, pipes and tests).
    """
    return render_text(_view(program, width), width=width, color=color)


def _view(program: Program, width: int) -> list[RenderableType]:
    parts: list[RenderableType] = [
        Text(f"OPT program: {program.client.name}", style="bold"),
        _summary(program),
        Text(""),
    ]
    parts += _warnings(program, width)
    parts += [Text("Annual plan", style="bold"), _plan(program), Text(""), _timeline(program)]
    parts.append(Text(""))
    if program.weeks:
        parts += _first_week(program.weeks[0], program)
    else:
        parts.append(Text("The program has no weeks."))
    return parts


def _summary(program: Program) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for label, value in client_summary(program):
        grid.add_row(label, value)
    return grid


def _warnings(program: Program, width: int) -> list[RenderableType]:
    """Return the warnings, one line each so the plan stays in view; say so when one is cut."""
    if not program.warnings:
        return [Text("Warnings: none."), Text("")]
    parts: list[RenderableType] = [Text("Warnings", style="bold yellow")]
    cut = False
    for warning in program.warnings:
        line = Text.assemble(
            f"{_WARNING_MARK} ",
            (warning.code, "bold"),
            f": {warning.message}",
            no_wrap=True,
            overflow="ellipsis",
        )
        cut = cut or len(line) > width
        parts.append(line)
    if cut:
        parts.append(
            Text("Long warnings are cut to one line; --format md shows them in full.", style="dim")
        )
    return [*parts, Text("")]


def _plan(program: Program) -> Table:
    """Return the annual plan, one line per block. Block rationales are left to the Markdown and
    PDF formats: at terminal width they either wrap into paragraphs or are cut off."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Phase", no_wrap=True)
    table.add_column("Name")
    table.add_column("Start", no_wrap=True)
    table.add_column("End", no_wrap=True)
    table.add_column("Weeks", justify="right", no_wrap=True)
    for row in plan_rows(program):
        table.add_row(row.number, row.phases, row.name, row.start, row.end, row.weeks)
    return table


def _timeline(program: Program) -> RenderableType:
    marks = week_marks(program)
    lines: list[Text] = [
        Text(
            f"Timeline, one character per week: the phase number, {UNDULATING} = undulating.",
            style="dim",
        )
    ]
    for first in range(0, len(marks), WEEKS_PER_TIMELINE_ROW):
        row = marks[first : first + WEEKS_PER_TIMELINE_ROW]
        prefix = f"wk {first + 1:>3}  "
        year = f"{row[0][0].year}".ljust(len(prefix))
        lines.append(Text(year + _month_ruler(row)))
        bar = Text(prefix)
        for _, mark in row:
            bar.append(mark, style=_PHASE_STYLES.get(mark, ""))
        lines.append(bar)
    return Group(*lines)


def _month_ruler(row: tuple[tuple[dt.date, str], ...]) -> str:
    """Return month names placed above the first week that starts in each month."""
    ruler = ""
    previous_month: int | None = None
    for column, (start, _) in enumerate(row):
        if start.month != previous_month and column >= len(ruler):
            ruler = ruler.ljust(column) + month_name(start.month) + " " * _MONTH_LABEL_GAP
        previous_month = start.month
    return ruler.rstrip()


def _first_week(week: Week, program: Program) -> list[RenderableType]:
    parts: list[RenderableType] = [
        Text(f"Week {week.index}, from {format_date(week.start, weekday=True)}", style="bold")
    ]
    if not week.sessions:
        return [*parts, Text("No sessions this week.")]
    units = program.client.display_units
    for dates, session in group_sessions(week.sessions):
        parts += _session(dates, session, program, units)
    return parts


def _session(
    dates: tuple[dt.date, ...], session: Session, program: Program, units: Units
) -> list[RenderableType]:
    title = Text(format_dates(dates), style="bold")
    details = Text(
        f"{phase_title(session.phases, program.ruleset)}, {split_name(session.split)}, "
        f"{format_minutes(session)}"
    )
    items = [item for section in session.sections for item in section.items]
    # Columns no item of the session uses (often Load, sometimes Intensity) are left out so the
    # exercise names get the room.
    shown = [
        column
        for column in _ITEM_COLUMNS
        if column.always or any(column.value(item, units) for item in items)
    ]
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("Exercise", ratio=1, min_width=24)
    for column in shown:
        table.add_column(
            column.header,
            max_width=column.max_width,
            no_wrap=column.max_width is None,
            justify=column.justify,
        )
    for section in session.sections:
        table.add_row(Text(section_title(section.id), style="bold"))
        for item in section.items:
            table.add_row(_item_name(item), *(column.value(item, units) for column in shown))
        if section.note:
            table.add_row(Padding(Text(section.note, style="italic"), (0, 0, 0, _ITEM_INDENT)))
        if not section.items and not section.note:
            table.add_row(Padding(Text("no exercises", style="dim"), (0, 0, 0, _ITEM_INDENT)))
        table.rows[-1].end_section = True
    parts: list[RenderableType] = [Text(""), title, details, table]
    if session.trimmed:
        parts.append(Text(f"Trimmed to fit: {'; '.join(session.trimmed)}", style="dim"))
    return parts


class _ItemColumn(NamedTuple):
    header: str
    value: Callable[[Item, Units], str]
    always: bool = False
    max_width: int | None = None
    justify: JustifyMethod = "left"


_ITEM_COLUMNS = (
    _ItemColumn("Sets × reps", lambda item, _: format_dose(item), always=True, max_width=18),
    _ItemColumn("Tempo", lambda item, _: item.tempo or ""),
    _ItemColumn("Rest", lambda item, _: format_rest(item) or ""),
    _ItemColumn("Intensity", lambda item, _: format_intensity(item.intensity) or "", max_width=20),
    _ItemColumn("Load", lambda item, units: format_load(item, units) or "", justify="right"),
)


def _item_name(item: Item) -> Padding:
    name = Text()
    if item.superset is not None:
        name.append(f"{item.superset} ", style="bold")
    name.append(item.name)
    if item.optional:
        name.append(" (optional)", style="dim")
    return Padding(name, (0, 0, 0, _ITEM_INDENT))
