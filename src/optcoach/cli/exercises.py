"""``optcoach exercises``: list the exercise catalog, filtered, as a table or JSON, or count it."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from optcoach.catalog import CatalogError, Exercise, load_catalog
from optcoach.cli.app import app
from optcoach.cli.input import fail
from optcoach.model.vocab import (
    BODY_PARTS,
    EQUIPMENT,
    FLEXIBILITY_TECHNIQUES,
    FORMS,
    LEVELS,
    MOVEMENT_PATTERNS,
    SAFETY_TAGS,
)

# `--equipment none` asks for body-weight exercises only (an empty equipment set).
NO_EQUIPMENT = "none"
BODY_WEIGHT = "body_weight"


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


def _one(option: str, value: str | None, allowed: Sequence[str]) -> str | None:
    """Return ``value`` if it is in ``allowed``; exit 2 naming ``option`` otherwise."""
    if value is not None and value not in allowed:
        fail(f"{option}: unknown value '{value}' (choose from {', '.join(allowed)})")
    return value


def _many(option: str, values: Iterable[str], allowed: Sequence[str]) -> frozenset[str]:
    """Split comma-separated repeats of ``option`` and check each value like ``_one``."""
    items = {item.strip() for value in values for item in value.split(",") if item.strip()}
    for item in sorted(items):
        _one(option, item, allowed)
    return frozenset(items)


def _join(values: Iterable[str]) -> str:
    return ", ".join(values) or "-"


def _render_table(exercises: Sequence[Exercise]) -> Table:
    table = Table(title=f"{len(exercises)} exercises")
    for column in ("id", "name", "forms", "levels", "body parts", "equipment", "safety tags"):
        table.add_column(column, overflow="fold")
    for exercise in exercises:
        table.add_row(
            exercise.id,
            exercise.name,
            _join(exercise.forms),
            _join(exercise.levels),
            _join(exercise.body_parts),
            _join(exercise.equipment) if exercise.equipment else BODY_WEIGHT,
            _join(exercise.safety_tags),
        )
    return table


def count_exercises(exercises: Sequence[Exercise]) -> dict[str, Any]:
    """Return the total and the counts by form, level, body part and equipment item.

    An exercise counts once under each form, level, body part and item it lists; exercises that
    need no equipment count under ``body_weight``. Keys are sorted for stable output.
    """
    by_form: Counter[str] = Counter()
    by_level: Counter[str] = Counter()
    by_body_part: Counter[str] = Counter()
    by_equipment: Counter[str] = Counter()
    for exercise in exercises:
        by_form.update(exercise.forms)
        by_level.update(exercise.levels)
        by_body_part.update(exercise.body_parts)
        by_equipment.update(exercise.equipment or (BODY_WEIGHT,))
    return {
        "total": len(exercises),
        "by_form": dict(sorted(by_form.items())),
        "by_level": dict(sorted(by_level.items())),
        "by_body_part": dict(sorted(by_body_part.items())),
        "by_equipment": dict(sorted(by_equipment.items())),
    }


def _render_stats(stats: dict[str, Any]) -> list[Table]:
    tables = []
    for key, title in (
        ("by_form", "form"),
        ("by_level", "level"),
        ("by_body_part", "body part"),
        ("by_equipment", "equipment"),
    ):
        table = Table(title=f"by {title}")
        table.add_column(title)
        table.add_column("exercises", justify="right")
        for name, count in stats[key].items():
            table.add_row(name, str(count))
        tables.append(table)
    return tables


@app.command()
def exercises(
    form: str | None = typer.Option(None, "--form", help="training form, e.g. core"),
    level: str | None = typer.Option(None, "--level", help="stabilization, strength or power"),
    technique: str | None = typer.Option(
        None, "--technique", help="flexibility technique: smr, static, active, dynamic"
    ),
    equipment: list[str] = typer.Option(
        [],
        "--equipment",
        help="equipment available (repeat or comma-separate); 'none' = body weight only",
    ),
    body_part: str | None = typer.Option(None, "--body-part", help="e.g. chest, legs, core"),
    pattern: str | None = typer.Option(None, "--pattern", help="movement pattern, e.g. squat"),
    tag_excluded: list[str] = typer.Option(
        [], "--tag-excluded", help="drop exercises with this safety tag (repeatable)"
    ),
    output_format: OutputFormat = typer.Option(
        OutputFormat.table, "--format", help="table or json"
    ),
    stats: bool = typer.Option(
        False, "--stats", help="count by form, level, body part and equipment"
    ),
) -> None:
    """List the exercise catalog, filtered; --stats counts it instead."""
    filters: dict[str, Any] = {
        "form": _one("--form", form, FORMS),
        "level": _one("--level", level, LEVELS),
        "technique": _one("--technique", technique, FLEXIBILITY_TECHNIQUES),
        "body_part": _one("--body-part", body_part, BODY_PARTS),
        "pattern": _one("--pattern", pattern, MOVEMENT_PATTERNS),
        "exclude_tags": _many("--tag-excluded", tag_excluded, SAFETY_TAGS),
    }
    if equipment:
        available = _many("--equipment", equipment, (*EQUIPMENT, NO_EQUIPMENT))
        filters["equipment"] = available - {NO_EQUIPMENT}
    try:
        selected = load_catalog().select(**filters)
    except CatalogError as exc:
        fail(f"exercise catalog: {exc}", code=1)
    if output_format is OutputFormat.json:
        document: Any = (
            count_exercises(selected)
            if stats
            else [exercise.model_dump(mode="json") for exercise in selected]
        )
        typer.echo(json.dumps(document, indent=2))
        return
    console = Console(width=160)
    if stats:
        console.print(f"{len(selected)} exercises")
    for table in _render_stats(count_exercises(selected)) if stats else [_render_table(selected)]:
        console.print(table)
