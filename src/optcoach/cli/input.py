"""Read user-supplied files into engine models, turning every failure into a clear message.

Bad input never shows a traceback: the command prints what is wrong, naming the field, and exits
with status 2 (DESIGN.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import typer
import yaml
from pydantic import BaseModel, ValidationError

from optcoach.model.client import Client

INPUT_ERROR_EXIT = 2

_M = TypeVar("_M", bound=BaseModel)


class InputError(ValueError):
    """A user file cannot be used; the message says which field and why."""


def fail(message: str, code: int = INPUT_ERROR_EXIT) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def describe_validation_error(exc: ValidationError, limit: int = 10) -> str:
    """Return one line per problem, each starting with the dotted path of the field."""
    lines = []
    for error in exc.errors()[:limit]:
        path = ".".join(str(part) for part in error["loc"])
        message = error["msg"].removeprefix("Value error, ")
        lines.append(f"{path}: {message}" if path else message)
    if len(exc.errors()) > limit:
        lines.append(f"... and {len(exc.errors()) - limit} more")
    return "\n".join(lines)


def read_document(path: Path) -> Any:
    """Return the parsed YAML or JSON content of ``path``; raise InputError if unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read ({exc})") from None
    try:
        if path.suffix.lower() == ".json":
            return json.loads(text)
        return yaml.safe_load(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: malformed JSON at line {exc.lineno}: {exc.msg}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"{path}: malformed YAML{where}: {problem}") from None


def parse_model(model: type[_M], data: Any, source: str) -> _M:
    """Validate ``data`` as ``model``; raise InputError naming each bad field."""
    if not isinstance(data, dict):
        raise InputError(f"{source}: expected a mapping of keys to values at the top level")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InputError(f"{source}:\n{describe_validation_error(exc)}") from None


def load_client(path: Path) -> Client:
    """Return the client in ``path`` (YAML or JSON); raise InputError naming the bad field."""
    return parse_model(Client, read_document(path), str(path))
