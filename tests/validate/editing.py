"""Edit a program document by JSON path, the way a trainer hand-edits a file, and re-check it."""

from __future__ import annotations

import copy
import re
from typing import Any

from optcoach.model.program import Program
from optcoach.validate import ExerciseSource, check_program
from optcoach.validate.time_budget import estimate_minutes

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


def _copied_path(document: dict[str, Any], steps: list[str | int]) -> tuple[Any, Any]:
    """Return (copy of document, copy of the container at ``steps``), copying only that path.

    Documents are never changed in place, so untouched branches are shared with the original.
    """
    edited: Any = copy.copy(document)
    target = edited
    for step in steps:
        child = copy.copy(target[step])
        target[step] = child
        target = child
    return edited, target


def set_at(document: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """Return a copy of ``document`` with the value at ``path`` replaced."""
    *parents, last = _steps(path)
    edited, target = _copied_path(document, parents)
    target[last] = copy.deepcopy(value)
    result: dict[str, Any] = edited
    return result


def delete_at(document: dict[str, Any], path: str) -> dict[str, Any]:
    """Return a copy of ``document`` without the list entry or key at ``path``."""
    *parents, last = _steps(path)
    edited, target = _copied_path(document, parents)
    del target[last]
    result: dict[str, Any] = edited
    return result


def with_fresh_estimates(document: dict[str, Any]) -> dict[str, Any]:
    """Return a copy whose minutes_estimated match the items after an edit added or removed some."""
    program = Program.model_validate(document)
    edited = document
    for w, week in enumerate(program.weeks):
        for s, session in enumerate(week.sessions):
            path = f"weeks[{w}].sessions[{s}].minutes_estimated"
            edited = set_at(edited, path, round(estimate_minutes(session)))
    return edited


def found(
    document: dict[str, Any], catalog: ExerciseSource, *, refresh: bool = True
) -> list[tuple[str, str]]:
    """Return (code, path) of every issue the validator finds in ``document``.

    Unless ``refresh`` is False, session estimates are first brought in line with the edited items
    so a test sees only the issue it provoked.
    """
    program = Program.model_validate(with_fresh_estimates(document) if refresh else document)
    return [(issue.code, issue.path) for issue in check_program(program, catalog=catalog)]
