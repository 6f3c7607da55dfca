"""``optcoach progress``: apply session logs to a program and print the decisions and reasons.

The CLIENT file is the client as of now: when its assessment is dated after the one the program
was built on, it counts as a reassessment and re-plans the future. Without ``--program`` the
program is first built from the client. Exit 2 (no traceback) when a file is unreadable or a log
entry is wrong, naming the entry and field; exit 1 when a re-plan is impossible (e.g. clearance).
"""

from __future__ import annotations

import datetime as dt
import io
import json
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from optcoach.assessment import AssessmentReport, assess
from optcoach.cli.app import app
from optcoach.cli.input import InputError, fail, load_client, parse_model, read_document
from optcoach.model.client import Client
from optcoach.model.program import Program
from optcoach.model.session_log import LogError, parse_log
from optcoach.model.vocab import DEFAULT_RULESET
from optcoach.planning import PlanningError
from optcoach.planning.progression import ProgressResult, progress
from optcoach.planning.progression.replan import default_planner
from optcoach.safety import ClearanceRequired

ENGINE_ERROR_EXIT = 1
TABLE_WIDTH = 120


class ProgressFormat(StrEnum):
    json = "json"
    md = "md"
    table = "table"


def _reports(client: Client, program: Program) -> list[AssessmentReport]:
    """Return the client's assessment as a report when it is dated (a possible reassessment)."""
    if client.assessment is None or client.assessment.date is None:
        return []
    return [assess(client, program.ruleset)]


def render_markdown(result: ProgressResult) -> str:
    """Return the decisions, adherence and due reassessments as Markdown."""
    lines = [f"# Progress (changes from {result.cut})", "", "## Decisions", ""]
    if not result.decisions:
        lines.append("No changes: the plan stands.")
    for d in result.decisions:
        what = d.exercise_id or d.kind.replace("_", " ")
        change = f" {d.before} -> {d.after}" if d.before or d.after else ""
        by = f" (by {d.by})" if d.by != "optcoach" else ""
        lines.append(f"- **{d.date}** {d.kind} `{what}`{change}{by}: {d.reason} [{d.rule}]")
    lines += ["", "## Adherence", "", "| week | sessions | sets | volume kg |", "|---|---|---|---|"]
    for w in result.adherence.weeks:
        lines.append(
            f"| {w.index} ({w.start}) | {w.completed_sessions}/{w.planned_sessions} | "
            f"{w.completed_sets}/{w.planned_sets} | "
            f"{w.completed_volume_kg:g}/{w.planned_volume_kg:g} |"
        )
    rate = result.adherence.session_rate
    lines += ["", f"Sessions completed: {'n/a' if rate is None else f'{rate:g}%'}"]
    due = ", ".join(str(d) for d in result.reassessment_due) or "none"
    lines += ["", f"Reassessment due: {due}", ""]
    return "\n".join(lines)


def render_table(result: ProgressResult) -> str:
    """Return the decisions and adherence as terminal tables."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=TABLE_WIDTH, force_terminal=False, color_system=None)
    decisions = Table(title=f"Decisions (changes from {result.cut})")
    for column in ("date", "decision", "exercise", "change", "reason"):
        decisions.add_column(column)
    for d in result.decisions:
        change = f"{d.before or ''} -> {d.after or ''}" if d.before or d.after else ""
        decisions.add_row(str(d.date), d.kind, d.exercise_id or "", change, d.reason)
    console.print(decisions)
    adherence = Table(title="Adherence")
    for column in ("week", "start", "sessions", "sets", "volume kg"):
        adherence.add_column(column)
    for w in result.adherence.weeks:
        adherence.add_row(
            str(w.index),
            str(w.start),
            f"{w.completed_sessions}/{w.planned_sessions}",
            f"{w.completed_sets}/{w.planned_sets}",
            f"{w.completed_volume_kg:g}/{w.planned_volume_kg:g}",
        )
    console.print(adherence)
    due = ", ".join(str(d) for d in result.reassessment_due) or "none"
    console.print(f"Reassessment due: {due}")
    return buffer.getvalue()


@app.command("progress")
def progress_command(
    client_file: Path = typer.Argument(..., metavar="CLIENT", help="client file (YAML or JSON)"),
    logs_file: Path = typer.Argument(..., metavar="LOGS", help="session log (YAML or JSON)"),
    program_file: Path | None = typer.Option(
        None, "--program", help="the program JSON to update (default: build it from CLIENT)"
    ),
    today: str | None = typer.Option(
        None, "--today", help="YYYY-MM-DD; sessions before it never change (default: after the log)"
    ),
    fmt: ProgressFormat = typer.Option(ProgressFormat.table, "--format", help="json, md or table"),
    out: Path | None = typer.Option(None, "--out", help="also write the updated program JSON here"),
) -> None:
    """Apply session logs: the updated future program and every decision with its reason."""
    try:
        client = load_client(client_file)
        entries = parse_log(read_document(logs_file), str(logs_file))
        program = (
            parse_model(Program, read_document(program_file), str(program_file))
            if program_file is not None
            else None
        )
    except (InputError, LogError) as exc:
        fail(str(exc))
    day: dt.date | None = None
    if today is not None:
        try:
            day = dt.date.fromisoformat(today)
        except ValueError:
            fail(f"--today: {today!r} is not a date (YYYY-MM-DD)")
    try:
        if program is None:
            program = default_planner()(client, ruleset=client.ruleset or DEFAULT_RULESET)
        result = progress(program, entries, _reports(client, program), today=day, client=client)
    except (ClearanceRequired, PlanningError) as exc:
        fail(str(exc), ENGINE_ERROR_EXIT)
    if out is not None:
        out.write_text(
            result.program.model_dump_json(by_alias=True, indent=2) + "\n", encoding="utf-8"
        )
    if fmt is ProgressFormat.json:
        document = json.loads(result.model_dump_json(by_alias=True))
        typer.echo(json.dumps(document, indent=2))
    elif fmt is ProgressFormat.md:
        typer.echo(render_markdown(result), nl=False)
    else:
        typer.echo(render_table(result), nl=False)
