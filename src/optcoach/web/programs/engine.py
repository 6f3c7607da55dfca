"""The program screens' calls into the engine: build, validate, suggest swaps, apply an edit.

Nothing here decides training content. An edit replaces fields of one item and the validator
says whether the result still conforms; the trainer sees its findings before saving.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from optcoach.catalog import load_catalog
from optcoach.model.client import Client as EngineClient
from optcoach.model.program import Item
from optcoach.model.program import Program as EngineProgram
from optcoach.model.vocab import Ruleset
from optcoach.planning import PlanningError, build_program
from optcoach.safety import ClearanceRequired
from optcoach.validate import Issue, check_program
from optcoach.web.assessments.models import Assessment
from optcoach.web.clients.models import Client
from optcoach.web.programs.schedule import week_position


class ProgramError(ValueError):
    """The engine refused: the message says why (it names the field or the clearance)."""


def engine_client_for(client: Client) -> tuple[EngineClient, Assessment | None]:
    """Return the engine client (intake + latest assessment) and that assessment."""
    latest = client.assessments.first()
    try:
        engine_client = client.engine_client(latest.engine_input() if latest else None)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ())) or "client"
        raise ProgramError(f"{where}: {first.get('msg', 'invalid')}") from None
    return engine_client, latest


def build(
    client: Client, *, ruleset: Ruleset | None, start: dt.date | None, weeks: int
) -> tuple[EngineProgram, Assessment | None]:
    """Build a program for the stored client; raise ProgramError with the engine's reason."""
    engine_client, latest = engine_client_for(client)
    try:
        program = build_program(
            engine_client, ruleset=ruleset, start=start, weeks=weeks, catalog=load_catalog()
        )
    except ClearanceRequired as error:
        raise ProgramError(str(error)) from None
    except PlanningError as error:
        raise ProgramError(str(error)) from None
    return program, latest


def check(program: EngineProgram) -> list[Issue]:
    return check_program(program, client=program.client, catalog=load_catalog())


@dataclass(frozen=True)
class ItemAddress:
    week_index: int
    session_index: int
    section_index: int
    item_index: int

    def path(self, program: EngineProgram) -> str:
        position = week_position(program, self.week_index)
        return (
            f"weeks[{position}].sessions[{self.session_index}]"
            f".sections[{self.section_index}].items[{self.item_index}]"
        )


@dataclass(frozen=True)
class ItemChange:
    exercise_id: str
    sets: int
    reps: int | None
    duration_s: int | None
    tempo: str | None
    load_kg: float | None
    load_lb: float | None


def swap_choices(program: EngineProgram, item: Item) -> list[tuple[str, str]]:
    """Return (exercise id, label) for the item's exercise and the catalog's suggestions."""
    catalog = load_catalog()
    choices = [(item.exercise_id, f"{item.name} (current)")]
    if item.exercise_id not in catalog:
        return choices
    suggestions = catalog.swap(item.exercise_id, equipment=program.client.equipment_set, limit=8)
    choices.extend((s.exercise.id, f"{s.exercise.name} — {s.reason}") for s in suggestions)
    return choices


def apply_change(
    program: EngineProgram, address: ItemAddress, change: ItemChange, editor: str
) -> tuple[EngineProgram, dict[str, Any], dict[str, Any]]:
    """Return the edited program and the item's JSON before and after.

    Raise ProgramError naming the field when the edited document fails the program model.
    """
    document = program.model_dump(mode="json", by_alias=True)
    position = week_position(program, address.week_index)
    if position is None:
        raise ProgramError(f"week {address.week_index} is not in this program")
    item = document["weeks"][position]["sessions"][address.session_index]["sections"][
        address.section_index
    ]["items"][address.item_index]
    before = dict(item)
    if change.exercise_id != item["exercise_id"]:
        exercise = load_catalog().get(change.exercise_id)
        item["rationale"] = (
            f"{item['rationale']} Swapped by {editor} from {item['name']} to {exercise.name}."
        ).strip()
        item["exercise_id"] = exercise.id
        item["name"] = exercise.name
    item["sets"] = change.sets
    item["reps"] = change.reps
    item["duration_s"] = change.duration_s
    item["tempo"] = change.tempo
    item["load_kg"] = change.load_kg
    item["load_lb"] = change.load_lb
    try:
        edited = EngineProgram.model_validate(document)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ()))
        raise ProgramError(f"{where}: {first.get('msg', 'invalid')}") from None
    return edited, before, dict(item)


def new_issues(before: list[Issue], after: list[Issue]) -> list[Issue]:
    """Return the issues in ``after`` that ``before`` did not have (by code and path)."""
    known = {(issue.code, issue.path) for issue in before}
    return [issue for issue in after if (issue.code, issue.path) not in known]


# Validator codes a trainer may never accept: contraindications, population limits, clearance.
SAFETY_PREFIX = "safety."


def safety_issues(issues: list[Issue]) -> list[Issue]:
    """Return the issues that block saving whatever the trainer ticks (codes ``safety.*``)."""
    return [issue for issue in issues if issue.code.startswith(SAFETY_PREFIX)]


def summarize_change(before: dict[str, Any], after: dict[str, Any]) -> str:
    """Return "sets 3 → 2; exercise a → b" for the fields that changed, in a fixed order."""
    parts = []
    for key in ("exercise_id", "sets", "reps", "duration_s", "tempo", "load_kg", "load_lb"):
        if before.get(key) != after.get(key):
            parts.append(f"{key} {before.get(key)} → {after.get(key)}")
    return "; ".join(parts) or "no change"
