"""``optcoach validate``: check a program file against the OPT model.

Exit 0 and print "valid" when it conforms; exit 1 listing each violation (code, path, message);
exit 2 when a file cannot be read or is not a program (the message names the field).
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer

from optcoach.cli.app import app
from optcoach.cli.input import InputError, fail, load_client, parse_model, read_document
from optcoach.model.program import Program
from optcoach.validate import check_program

VIOLATIONS_EXIT = 1


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"


@app.command()
def validate(
    program_path: Path = typer.Argument(..., metavar="PROGRAM.json", help="Program to check."),
    client_path: Path | None = typer.Option(
        None, "--client", help="Client file to check against (default: the program's own client)."
    ),
    output: ValidateFormat = typer.Option(ValidateFormat.text, "--format", help="text or json."),
) -> None:
    """Check a program against the OPT model; exit 1 listing the violations."""
    try:
        program = parse_model(Program, read_document(program_path), str(program_path))
        client = load_client(client_path) if client_path is not None else None
    except InputError as exc:
        fail(str(exc))
    issues = check_program(program, client=client)
    if output is ValidateFormat.json:
        document = {"valid": not issues, "issues": [issue.model_dump() for issue in issues]}
        typer.echo(json.dumps(document, indent=2))
    elif not issues:
        typer.echo("valid")
    else:
        for issue in issues:
            typer.echo(f"{issue.code} {issue.path}: {issue.message}")
        noun = "violation" if len(issues) == 1 else "violations"
        typer.echo(f"{len(issues)} {noun}", err=True)
    if issues:
        raise typer.Exit(VIOLATIONS_EXIT)
