"""Edit a program document by JSON path, the way a trainer hand-edits a file, and re-check it."""

from __future__ import annotations

import copy
import re
from typing import Any

from optcoach.model.program import Program
from optcoach.validate import ExerciseSource, check_program

_STEP = re.compile(r"([a-z_0-9]+)|\[(\d+)\]")


def _steps(path: str) -> list[str | int]:
    steps: list[str | int] = []
    for part in path.split("."):
        for name, index in _STEP.findall(part):
            steps.append(name if name else int(index))
    return steps


def get_at(document: Any, path: str) -> Any:
    for step in _steps(path):
        document = document[step]
    return document


def set_at(document: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """Return a copy of ``document`` with the value at ``path`` replaced."""
    edited = copy.deepcopy(document)
    *parents, last = _steps(path)
    target: Any = edited
    for step in parents:
        target = target[step]
    target[last] = value
    return edited


def delete_at(document: dict[str, Any], path: str) -> dict[str, Any]:
    """Return a copy of ``document`` without the list entry or key at ``path``."""
    edited = copy.deepcopy(document)
    *parents, last = _steps(path)
    target: Any = edited
    for step in parents:
        target = target[step]
    del target[last]
    return edited


def found(document: dict[str, Any], catalog: ExerciseSource) -> list[tuple[str, str]]:
    """Return (code, path) of every issue the validator finds in ``document``."""
    program = Program.model_validate(document)
    return [(issue.code, issue.path) for issue in check_program(program, catalog=catalog)]
