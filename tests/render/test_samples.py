"""Render the planner's program for every bundled sample client in every format."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from importlib import resources
from pathlib import Path

import pytest
from icalendar import Calendar
from typer.testing import CliRunner

from optcoach.cli import app
from optcoach.cli.input import load_client
from optcoach.model.program import Program
from optcoach.planning import build_program
from optcoach.render import render_program

SAMPLES = tuple(
    sorted(
        Path(str(entry))
        for entry in resources.files("optcoach").joinpath("samples").iterdir()
        if entry.name.endswith(".yaml")
    )
)
PDF_WEEKS = 4  # a full year is ~200 pages and several seconds; four weeks show every page kind
JSON_WEEKS = 12  # a year is ~4 MB of JSON; twelve weeks cover several phases


@cache
def _program(path: Path, weeks: int = 52) -> Program:
    return build_program(load_client(path), weeks=weeks)


def test_samples_are_found() -> None:
    assert "fat_loss.yaml" in [path.name for path in SAMPLES]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.stem)
def test_json_round_trips(path: Path) -> None:
    program = _program(path, JSON_WEEKS)
    text = render_program(program, "json")
    assert isinstance(text, str)
    assert Program.model_validate_json(text) == program
    assert json.loads(text)["schema"] == "optcoach.program/v1"


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.stem)
def test_markdown_lists_every_session(path: Path) -> None:
    program = _program(path)
    text = render_program(program, "md")
    assert isinstance(text, str)
    lines = text.split("\n")
    assert lines[0] == f"# OPT program: {program.client.name}"
    sessions = sum(len(week.sessions) for week in program.weeks)
    assert sum(line.startswith("### ") for line in lines) == sessions
    assert sum(line.startswith("## Week ") for line in lines) == len(program.weeks)
    items = sum(
        len(section.items)
        for week in program.weeks
        for session in week.sessions
        for section in session.sections
    )
    assert sum(line.startswith("  - Why: ") for line in lines) == items


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.stem)
def test_table_fits_and_shows_plan_and_first_week(path: Path) -> None:
    program = _program(path)
    text = render_program(program, "table")
    assert isinstance(text, str)
    lines = text.split("\n")
    assert max(len(line) for line in lines) <= 100
    assert "\x1b" not in text
    plan = text.split("Annual plan\n")[1].split("\n\n")[0].split("\n")
    assert [line.split()[0] for line in plan[2:]] == [
        str(n) for n in range(1, len(program.blocks) + 1)
    ]
    assert "\nWeek 1, from " in text
    assert "\nWeek 2, from " not in text


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.stem)
def test_calendar_has_one_event_per_session(path: Path) -> None:
    program = _program(path)
    text = render_program(program, "ics")
    assert isinstance(text, str)
    events = Calendar.from_ical(text).walk("VEVENT")
    dates = [session.date for week in program.weeks for session in week.sessions]
    assert [event.decoded("dtstart").date() for event in events] == dates
    assert len({str(event["uid"]) for event in events}) == len(dates)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.stem)
def test_pdf_renders_and_is_stable(path: Path) -> None:
    program = _program(path, PDF_WEEKS)
    first = render_program(program, "pdf")
    assert isinstance(first, bytes)
    assert first[:5] == b"%PDF-"
    assert render_program(program, "pdf") == first


def test_plan_command_prints_the_table_for_a_terminal_of_100_columns() -> None:
    """What a trainer sees: ``optcoach plan <sample> --format table``, output to a pipe."""
    worktree = Path(__file__).resolve().parents[2]
    sample = next(path for path in SAMPLES if path.name == "fat_loss.yaml")
    result = subprocess.run(
        [sys.executable, "-m", "optcoach", "plan", str(sample), "--format", "table"],
        env={**os.environ, "PYTHONPATH": str(worktree / "src"), "COLUMNS": "60"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout == render_program(_program(sample), "table") + "\n"


def test_plan_command_writes_pdf_and_calendar_files(tmp_path: Path) -> None:
    sample = str(next(path for path in SAMPLES if path.name == "busy_home.yaml"))
    for fmt in ("pdf", "ics"):
        out = tmp_path / f"program.{fmt}"
        args = ["plan", sample, "--weeks", "2", "--format", fmt, "--out", str(out)]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        expected = render_program(_program(Path(sample), 2), fmt)  # type: ignore[arg-type]
        # The calendar keeps its CRLF line ends (RFC 5545) through the file.
        assert out.read_bytes() == (expected if isinstance(expected, bytes) else expected.encode())
