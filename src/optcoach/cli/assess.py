"""``optcoach assess``: the assessment findings for a client file."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from optcoach.assessment import assess
from optcoach.cli.app import app
from optcoach.cli.input import InputError, fail, load_client
from optcoach.model.vocab import DEFAULT_RULESET
from optcoach.render.assessment import render_assessment


class AssessFormat(StrEnum):
    json = "json"
    md = "md"
    table = "table"


class RulesetChoice(StrEnum):
    cpt7 = "cpt7"
    cpt6 = "cpt6"


@app.command("assess")
def assess_command(
    client_file: Path = typer.Argument(..., metavar="CLIENT", help="client file (YAML or JSON)"),
    fmt: AssessFormat = typer.Option(AssessFormat.table, "--format", help="json, md or table"),
    ruleset: RulesetChoice | None = typer.Option(
        None, "--ruleset", help="cpt7 (default) or cpt6; overrides the client file"
    ),
) -> None:
    """Print the assessment findings for a client file.

    A hypertensive-crisis reading opens the report and is repeated on stderr.
    """
    try:
        client = load_client(client_file)
    except InputError as exc:
        fail(str(exc))
    chosen = ruleset.value if ruleset is not None else client.ruleset or DEFAULT_RULESET
    report = assess(client, chosen)
    typer.echo(render_assessment(report, fmt.value), nl=False)
    if report.stop_training:
        typer.echo(f"warning: {report.warnings[0]}", err=True)
