"""Read the engine's TOML data files, failing with the file and entry named.

Every layer keeps its tables under ``<package>/data/``; this is the one reader they share, so a
malformed table always fails the same way: a ``TableError`` that starts with the file's path.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

_M = TypeVar("_M", bound=BaseModel)


class TableError(ValueError):
    """A data table is malformed; the message names the file and the entry."""


def parse_toml(text: str, source: str) -> dict[str, Any]:
    """Return the TOML document in ``text``; raise TableError naming ``source`` if malformed."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TableError(f"{source}: {exc}") from exc


def read_toml(package: str, name: str) -> dict[str, Any]:
    """Return the parsed file ``data/<name>`` of ``package`` (e.g. "optcoach.safety")."""
    text = resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
    return parse_toml(text, f"{package.removeprefix('optcoach.')}/data/{name}")


def build_table(model: type[_M], data: Any, where: str) -> _M:
    """Validate ``data`` as ``model``; raise TableError "<where>.<field>: <problem>"."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(part) for part in first["loc"])
        raise TableError(f"{where}{'.' + loc if loc else ''}: {first['msg']}") from exc
