"""Render a program as a printable PDF: a cover page, then one or more pages per week.

The cover holds the client summary, the warnings, the annual plan and a timeline with one coloured
cell per week. Each week starts on a new page; each session is a table of its six sections with
every item's dose, tempo, rest, intensity, load (client's units) and its rationale in small type.

Choices: the page is US Letter for clients who read imperial units and A4 otherwise; the text face
is Bitstream Vera, which ships with ReportLab, because the PDF core fonts lack signs such as "≥".
The bytes are reproducible: ReportLab's invariant mode fixes the creation date and document id.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from optcoach.model.client import Units
from optcoach.model.program import Item, Program, Section, Session, Week
from optcoach.render.labels import (
    format_date,
    format_dates,
    month_name,
    phase_numbers,
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
    WEEKS_PER_TIMELINE_ROW,
    client_summary,
    group_sessions,
    plan_rows,
    week_marks,
)

FONT = "OptcoachVera"
FONT_BOLD = "OptcoachVera-Bold"
FONT_ITALIC = "OptcoachVera-Italic"
FONT_BOLD_ITALIC = "OptcoachVera-BoldItalic"
_FONT_FILES = {
    FONT: "Vera.ttf",
    FONT_BOLD: "VeraBd.ttf",
    FONT_ITALIC: "VeraIt.ttf",
    FONT_BOLD_ITALIC: "VeraBI.ttf",
}
MARGIN = 15 * mm
_PHASE_COLOURS = {
    "1": colors.HexColor("#b7e1b0"),
    "2": colors.HexColor("#f6e08a"),
    "3": colors.HexColor("#a9d8e8"),
    "4": colors.HexColor("#d9b3e6"),
    "5": colors.HexColor("#f2a6a0"),
    "U": colors.HexColor("#b3c1ee"),
}
Cell = str | Paragraph
StyleCommand = tuple[Any, ...]
# ReportLab's default left and right padding of a table cell, in points.
_CELL_PADDING = 6
_SECTION_FILL = colors.HexColor("#e8e8e8")
_RULE = colors.HexColor("#999999")
# Column shares of the session table: exercise, sets × reps, tempo, rest, intensity, load.
_SESSION_COLUMNS = (0.40, 0.17, 0.09, 0.08, 0.16, 0.10)


@cache
def _register_fonts() -> None:
    folder = Path(reportlab.__file__).parent / "fonts"
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


class _Styles:
    """The paragraph styles of the document, built once per render."""

    def __init__(self) -> None:
        base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5)
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=7, leading=8.5, textColor=_RULE)
        self.bullet = ParagraphStyle("bullet", base, leftIndent=10, bulletIndent=0, spaceAfter=2)
        self.cell = ParagraphStyle("cell", base, fontSize=8, leading=10)
        self.cell_bold = ParagraphStyle("cell_bold", self.cell, fontName=FONT_BOLD)
        self.title = ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=20, leading=24)
        self.h1 = ParagraphStyle(
            "h1", base, fontName=FONT_BOLD, fontSize=14, leading=18, spaceBefore=6, spaceAfter=6
        )
        self.h2 = ParagraphStyle(
            "h2", base, fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=3
        )


def render_pdf(program: Program) -> bytes:
    """Return the program as PDF bytes, identical for identical programs."""
    _register_fonts()
    units = program.client.display_units
    page = LETTER if units == "imperial" else A4
    buffer = BytesIO()
    title = f"OPT program: {program.client.name}"
    document = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 5 * mm,
        title=title,
        author="optcoach",
        creator=f"{program.generator.name} {program.generator.version}",
        subject=f"{program.horizon_weeks}-week OPT program from {program.start.isoformat()}",
        invariant=1,
    )
    styles = _Styles()
    width = page[0] - 2 * MARGIN
    story = _cover(program, styles, width)
    for week in program.weeks:
        story.append(PageBreak())
        story += _week(week, program, units, styles, width)

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(_RULE)
        canvas.drawString(MARGIN, MARGIN / 2, title)
        canvas.drawRightString(page[0] - MARGIN, MARGIN / 2, f"page {doc.page}")
        canvas.restoreState()

    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _bullet(markup: str, styles: _Styles) -> Paragraph:
    return Paragraph(markup, styles.bullet, bulletText="•")


def _cover(program: Program, styles: _Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        _p(f"OPT program: {program.client.name}", styles.title),
        Spacer(1, 4 * mm),
    ]
    summary = Table(
        [
            [_p(label, styles.cell_bold), _p(value, styles.cell)]
            for label, value in client_summary(program)
        ],
        colWidths=(0.2 * width, 0.8 * width),
        hAlign="LEFT",
    )
    summary.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, _SECTION_FILL),
            ]
        )
    )
    story += [summary, _p("Warnings", styles.h1)]
    if program.warnings:
        story += [
            _bullet(f"<b>{escape(w.code)}</b>: {escape(w.message)}", styles)
            for w in program.warnings
        ]
    else:
        story.append(_p("None.", styles.body))
    story += [_p("Annual plan", styles.h1), _plan(program, styles, width), Spacer(1, 4 * mm)]
    story += _timeline(program, styles, width)
    return story


def _plan(program: Program, styles: _Styles, width: float) -> Table:
    header: list[Cell] = ["#", "Phase", "Name", "Start", "End", "Weeks", "Why"]
    rows: list[list[Cell]] = [header]
    for row in plan_rows(program):
        rows.append(
            [
                row.number,
                row.phases,
                _p(row.name, styles.cell),
                row.start,
                row.end,
                row.weeks,
                _p(row.rationale, styles.cell),
            ]
        )
    shares = (0.04, 0.07, 0.22, 0.13, 0.13, 0.07, 0.34)
    table = Table(rows, colWidths=[share * width for share in shares], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
                ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, _RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (5, 0), (5, -1), "RIGHT"),
            ]
        )
    )
    return table


def _timeline(program: Program, styles: _Styles, width: float) -> list[Flowable]:
    """Return one coloured cell per week (phase number inside), month names above."""
    marks = week_marks(program)
    if not marks:
        return []
    story: list[Flowable] = [
        _p("Timeline: one cell per week, the phase number inside (U = undulating).", styles.small),
        Spacer(1, 1 * mm),
    ]
    cell = width / (WEEKS_PER_TIMELINE_ROW + 4)
    for first in range(0, len(marks), WEEKS_PER_TIMELINE_ROW):
        row = marks[first : first + WEEKS_PER_TIMELINE_ROW]
        months = [f"wk {first + 1}", *_month_cells(tuple(day for day, _ in row))]
        weeks = ["", *(mark for _, mark in row)]
        table = Table([months, weeks], colWidths=[4 * cell] + [cell] * len(row), rowHeights=(9, 11))
        style: list[StyleCommand] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 6),
            ("ALIGN", (1, 1), (-1, 1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0.5),
            ("GRID", (1, 1), (-1, 1), 0.25, colors.white),
        ]
        style += [
            ("BACKGROUND", (column, 1), (column, 1), _PHASE_COLOURS[mark])
            for column, (_, mark) in enumerate(row, 1)
            if mark in _PHASE_COLOURS
        ]
        table.setStyle(TableStyle(style))
        table.hAlign = "LEFT"
        story += [table, Spacer(1, 2 * mm)]
    return story


def _month_cells(starts: tuple[dt.date, ...]) -> list[str]:
    cells = []
    previous: int | None = None
    for start in starts:
        cells.append(month_name(start.month) if start.month != previous else "")
        previous = start.month
    return cells


def _week(
    week: Week, program: Program, units: Units, styles: _Styles, width: float
) -> list[Flowable]:
    label = "phase" if len(week.phases) == 1 else "phases"
    story: list[Flowable] = [
        _p(
            f"Week {week.index}: from {format_date(week.start, weekday=True)}, "
            f"{label} {phase_numbers(week.phases)}",
            styles.h1,
        )
    ]
    if not week.sessions:
        story.append(_p("No sessions this week.", styles.body))
    for dates, session in group_sessions(week.sessions):
        story += _session(dates, session, program, units, styles, width)
    return story


def _session(
    dates: tuple[dt.date, ...],
    session: Session,
    program: Program,
    units: Units,
    styles: _Styles,
    width: float,
) -> list[Flowable]:
    heading: list[Flowable] = [
        _p(
            f"{format_dates(dates)}: "
            f"{phase_title(session.phases, program.ruleset)}, {split_name(session.split)}",
            styles.h2,
        ),
        _p(f"{format_minutes(session).capitalize()}.", styles.body),
    ]
    if session.trimmed:
        heading.append(_p(f"Trimmed to fit: {'; '.join(session.trimmed)}.", styles.small))
    heading.append(Spacer(1, 2 * mm))
    header: list[Cell] = ["Exercise", "Sets × reps", "Tempo", "Rest", "Intensity", "Load"]
    rows: list[list[Cell]] = [header]
    style: list[StyleCommand] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (5, 0), (5, -1), "RIGHT"),
    ]
    widths = tuple(share * width for share in _SESSION_COLUMNS)
    for section in session.sections:
        row = len(rows)
        rows.append(_wide_row(section_title(section.id)))
        style += [
            ("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), _SECTION_FILL),
            ("FONTNAME", (0, row), (-1, row), FONT_BOLD),
        ]
        rows += _section_rows(section, units, styles, widths)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    # Keep a session's title with the start of its table; long sessions still split across pages.
    return [CondPageBreak(60 * mm), KeepTogether(heading), table]


def _section_rows(
    section: Section, units: Units, styles: _Styles, widths: tuple[float, ...]
) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    if section.note:
        rows.append(_wide_row(Paragraph(f"<i>{escape(section.note)}</i>", styles.cell)))
    if not section.items:
        rows.append(_wide_row("No exercises."))
    rows += [_item_row(item, units, styles, widths) for item in section.items]
    return rows


def _wide_row(first: Cell) -> list[Cell]:
    """Return a session-table row whose only content is its first cell."""
    return [first, *([""] * (len(_SESSION_COLUMNS) - 1))]


def _fitted(text: str, style: ParagraphStyle, width: float) -> Cell:
    """Return ``text`` as a plain cell when it fits on one line, else as a wrapping paragraph.

    Plain cells cost a fraction of a paragraph to lay out, which matters over a year of sessions.
    """
    room = width - 2 * _CELL_PADDING
    if pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= room:
        return text
    return _p(text, style)


def _item_row(item: Item, units: Units, styles: _Styles, widths: tuple[float, ...]) -> list[Cell]:
    label = f"<b>{escape(item.superset)}</b> " if item.superset is not None else ""
    optional = " <i>(optional)</i>" if item.optional else ""
    name = (
        f"{label}{escape(item.name)}{optional}<br/>"
        f'<font size="6.5" color="#666666">{escape(item.rationale)}</font>'
    )
    return [
        Paragraph(name, styles.cell),
        _fitted(format_dose(item), styles.cell, widths[1]),
        item.tempo or "",
        format_rest(item) or "",
        _fitted(format_intensity(item.intensity) or "", styles.cell, widths[4]),
        format_load(item, units) or "",
    ]
