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


def with_fresh_estimates(document: dict[str, Any]) -> dict[str, Any]:
    """Return a copy whose minutes_estimated match the items after an edit added or removed some."""
    program = Program.model_validate(document)
    edited = copy.deepcopy(document)
    for w, week in enumerate(program.weeks):
        for s, session in enumerate(week.sessions):
            edited["weeks"][w]["sessions"][s]["minutes_estimated"] = round(
                estimate_minutes(session)
            )
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
