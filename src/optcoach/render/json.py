"""Render a program as its canonical JSON document (``optcoach.program/v1``).

The output is what ``Program.model_validate_json`` reads back into an equal model, with the
public keys of DESIGN.md (``schema``, not the Python name ``schema_``). Pydantic writes fields in
declaration order and dict keys in insertion order, so the same program always gives the same
bytes. No trailing newline: the caller adds one when writing a file or a terminal.
"""

from __future__ import annotations

from optcoach.model.program import Program


def render_json(program: Program) -> str:
    """Return the program as indented JSON with its public (aliased) keys."""
    return program.model_dump_json(by_alias=True, indent=2)
