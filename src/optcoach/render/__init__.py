"""Renderers: a Program as JSON, Markdown, a terminal table, PDF or iCalendar.

Rendering decides no content: each format shows what the Program holds, in the client's units.
``render_program`` picks the renderer by format name; each renderer is also importable on its own
(``render_table`` takes a width and a colour switch for terminals).
"""

from __future__ import annotations

from typing import Literal, get_args

from optcoach.model.program import Program
from optcoach.render.ics import render_ics
from optcoach.render.json import render_json
from optcoach.render.markdown import render_markdown
from optcoach.render.pdf import render_pdf
from optcoach.render.table import render_table

ProgramFormat = Literal["json", "md", "table", "pdf", "ics"]
PROGRAM_FORMATS: tuple[ProgramFormat, ...] = get_args(ProgramFormat)


def render_program(program: Program, fmt: ProgramFormat) -> str | bytes:
    """Return ``program`` rendered as ``fmt``: bytes for "pdf", text for the others.

    Raise ValueError naming the accepted formats when ``fmt`` is unknown.
    """
    if fmt == "json":
        return render_json(program)
    if fmt == "md":
        return render_markdown(program)
    if fmt == "table":
        return render_table(program)
    if fmt == "pdf":
        return render_pdf(program)
    if fmt == "ics":
        return render_ics(program)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(PROGRAM_FORMATS)}")


__all__ = [
    "PROGRAM_FORMATS",
    "ProgramFormat",
    "render_ics",
    "render_json",
    "render_markdown",
    "render_pdf",
    "render_program",
    "render_table",
]
