"""The dispatcher, and properties every renderer shares."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optcoach.model.program import Program, Section, Session, Week
from optcoach.render import PROGRAM_FORMATS, render_program
from optcoach.render.ics import render_ics
from optcoach.render.json import render_json
from optcoach.render.markdown import render_markdown
from optcoach.render.pdf import render_pdf
from optcoach.render.table import render_table
from tests.render.sample_programs import dana_program, marcus_program

BASES = (dana_program(), marcus_program())


def test_dispatch_returns_each_format(metric_program: Program) -> None:
    assert PROGRAM_FORMATS == ("json", "md", "table", "pdf", "ics")
    assert render_program(metric_program, "json") == render_json(metric_program)
    assert render_program(metric_program, "md") == render_markdown(metric_program)
    assert render_program(metric_program, "table") == render_table(metric_program)
    assert render_program(metric_program, "pdf") == render_pdf(metric_program)
    assert render_program(metric_program, "ics") == render_ics(metric_program)


def test_unknown_format_is_refused(metric_program: Program) -> None:
    with pytest.raises(ValueError, match="unknown format 'docx'; use one of json, md, table"):
        render_program(metric_program, "docx")  # type: ignore[arg-type]


def _subset(draw: st.DrawFn, values: tuple, *, min_size: int = 0) -> tuple:  # type: ignore[type-arg]
    """Draw an order-preserving subset of ``values``."""
    keep = draw(st.lists(st.booleans(), min_size=len(values), max_size=len(values)))
    chosen = tuple(value for value, flag in zip(values, keep, strict=True) if flag)
    return chosen if len(chosen) >= min_size else values[:min_size]


@st.composite
def programs(draw: st.DrawFn) -> Program:
    """Draw a fixture program with random weeks, sessions, items, blocks and warnings removed."""
    base = draw(st.sampled_from(BASES))
    weeks: list[Week] = []
    for week in _subset(draw, base.weeks):
        sessions: list[Session] = []
        for session in _subset(draw, week.sessions):
            sections = tuple(
                Section(id=section.id, items=_subset(draw, section.items), note=section.note)
                for section in _subset(draw, session.sections)
            )
            trimmed = _subset(draw, session.trimmed)
            sessions.append(session.model_copy(update={"sections": sections, "trimmed": trimmed}))
        weeks.append(week.model_copy(update={"sessions": tuple(sessions)}))
    horizon = draw(st.integers(min_value=0, max_value=110))
    return base.model_copy(
        update={
            "weeks": tuple(weeks),
            "blocks": _subset(draw, base.blocks),
            "warnings": _subset(draw, base.warnings),
            "horizon_weeks": horizon,
        }
    )


@settings(
    derandomize=True,
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(programs())
def test_renderers_never_raise(program: Program) -> None:
    for fmt in PROGRAM_FORMATS:
        output = render_program(program, fmt)
        assert isinstance(output, bytes if fmt == "pdf" else str)
    lines = render_table(program).split("\n")
    assert max(len(line) for line in lines) <= 100
    assert Program.model_validate_json(render_json(program)) == program


@pytest.mark.parametrize("fmt", PROGRAM_FORMATS)
def test_program_without_warnings_weeks_or_blocks(fmt: str, metric_program: Program) -> None:
    bare = metric_program.model_copy(update={"warnings": (), "weeks": (), "blocks": ()})
    output = render_program(bare, fmt)  # type: ignore[arg-type]
    assert output == render_program(bare, fmt)  # type: ignore[arg-type]
