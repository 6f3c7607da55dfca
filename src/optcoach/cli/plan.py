"""``optcoach plan``: build a client's OPT program and print or write it in a chosen format."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path

import typer

from optcoach.cli.app import app
from optcoach.cli.input import InputError, fail, load_client
from optcoach.planning import PlanningError, build_program
from optcoach.render import render_program
from optcoach.safety import ClearanceRequired

CLEARANCE_EXIT = 3


class PlanFormat(StrEnum):
    json = "json"
    md = "md"
    table = "table"
    pdf = "pdf"
    ics = "ics"


class PlanRuleset(StrEnum):
    cpt7 = "cpt7"
    cpt6 = "cpt6"


def _parse_start(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"--start: {value!r} is not a date; write it as YYYY-MM-DD")


@app.command("plan")
def plan_command(
    client_file: Path = typer.Argument(..., metavar="CLIENT", help="client file (YAML or JSON)"),
    weeks: int = typer.Option(52, "--weeks", help="horizon in weeks"),
    start: str | None = typer.Option(None, "--start", help="first day, YYYY-MM-DD"),
    ruleset: PlanRuleset | None = typer.Option(
        None, "--ruleset", help="cpt7 (default) or cpt6; overrides the client file"
    ),
    fmt: PlanFormat = typer.Option(PlanFormat.json, "--format", help="json, md, table, pdf, ics"),
    out: Path | None = typer.Option(None, "--out", help="write to this file instead of stdout"),
) -> None:
    """Build the client's periodized OPT program (default 52 weeks)."""
    try:
        client = load_client(client_file)
    except InputError as exc:
        fail(str(exc))
    first_day = _parse_start(start)
    try:
        program = build_program(
            client,
            ruleset=ruleset.value if ruleset is not None else None,
            start=first_day,
            weeks=weeks,
        )
    except ClearanceRequired as exc:
        fail(str(exc), CLEARANCE_EXIT)
    except PlanningError as exc:
        fail(str(exc))
    rendered = render_program(program, fmt.value)
    if out is not None:
        if isinstance(rendered, bytes):
            out.write_bytes(rendered)
        else:
            out.write_text(rendered + ("" if rendered.endswith("\n") else "\n"), encoding="utf-8")
        typer.echo(f"wrote {out}", err=True)
        return
    if isinstance(rendered, bytes):
        typer.echo(rendered, nl=False)  # pdf to stdout: raw bytes
        return
    typer.echo(rendered, nl=not rendered.endswith("\n"))
