"""``optcoach schema``: print the JSON Schema of the client file or the program document."""

from __future__ import annotations

import json
from enum import StrEnum

import typer

from optcoach.cli.app import app
from optcoach.model.client import Client
from optcoach.model.program import Program


class SchemaName(StrEnum):
    client = "client"
    program = "program"


@app.command()
def schema(name: SchemaName = typer.Argument(..., help="client or program")) -> None:
    """Print the JSON Schema of a client file or of a program document."""
    model = Client if name is SchemaName.client else Program
    document = model.model_json_schema(by_alias=True, mode="validation")
    document["$id"] = f"https://optcoach.dev/schema/{name.value}/v1"
    typer.echo(json.dumps(document, indent=2, sort_keys=True))
