"""Close the loop: pass a stored program, the client's set logs and assessments to the engine's
``optcoach.planning.progression.progress`` and store what it returns as a new version.

Nothing here decides training content. This module converts stored rows to the engine's types
(``LogEntry``, ``AssessmentReport``, ``Override``), stores the returned program with the
engine's decisions, and lines each changed item up with the decision that changed it so the
session card can say why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from pydantic import ValidationError

from optcoach.assessment import AssessmentReport
from optcoach.model.program import Item
from optcoach.model.program import Program as EngineProgram
from optcoach.model.session_log import LogEntry
from optcoach.planning import PlanningError
from optcoach.planning.progression import (
    Decision,
    Override,
    ProgressResult,
    progress,
    reassessment_due,
)
from optcoach.safety import ClearanceRequired
from optcoach.web.assessments.findings import FindingsError, findings_for
from optcoach.web.clients.models import Client
from optcoach.web.portal.models import SetLog
from optcoach.web.programs.engine import ProgramError, engine_client_for
from optcoach.web.programs.models import Program, ProgramEdit
from optcoach.web.units import format_load

AUTHOR = "optcoach progression"
SUMMARY_LENGTH = 300
# Decision kinds that change one exercise's items, by the field they change.
EXERCISE_KINDS = ("stability_progression", "regression")
LOAD_KINDS = ("load_up", "load_down", "one_rep_max")


def log_entries(stored: Program, program: EngineProgram) -> tuple[LogEntry, ...]:
    """Return the stored program's logged sets as the engine's log entries.

    Each entry carries the session's prescribed date and its week and session position, so the
    engine places it in the session it was prescribed in. A set with neither reps nor seconds
    counts as not completed. A row the engine's model refuses is left out (the portal's forms
    keep stored rows inside the model's bounds).
    """
    positions = {week.index: position for position, week in enumerate(program.weeks)}
    entries = []
    rows = SetLog.objects.filter(session_log__program=stored).select_related("session_log")
    for row in rows.order_by("session_log__prescribed_date", "pk"):
        log = row.session_log
        position = positions.get(log.week_index)
        duration = row.duration_s or None
        try:
            entries.append(
                LogEntry(
                    date=log.prescribed_date,
                    exercise_id=row.exercise_id,
                    set=row.set_number,
                    reps=row.reps,
                    load_kg=row.load_kg,
                    rpe=float(row.rpe) if row.rpe is not None else None,
                    pain=row.pain,
                    notes=row.note,
                    week=position + 1 if position is not None else None,
                    session=log.session_index + 1 if position is not None else None,
                    completed=row.reps is not None or duration is not None,
                    duration_s=duration,
                )
            )
        except ValidationError:
            continue
    return tuple(entries)


def assessment_reports(client: Client) -> list[AssessmentReport]:
    """Return the client's assessment reports, oldest first.

    A stored report that no longer fits the engine's model is computed again from its stored
    measurements; one that cannot be computed either is left out.
    """
    reports = []
    for assessment in client.assessments.order_by("date", "created", "id"):
        try:
            reports.append(AssessmentReport.model_validate(assessment.report))
            continue
        except ValidationError:
            pass
        try:
            report = findings_for(client, assessment.engine_input())
            reports.append(AssessmentReport.model_validate(report))
        except (ValidationError, FindingsError):
            continue
    return reports


def engine_overrides(stored: Program) -> list[Override]:
    """Return the trainer's overrides for the engine, the latest one per block."""
    latest = {o.block_start: o for o in stored.overrides.select_related("made_by")}
    return [
        Override(
            date=o.block_start,
            decision=o.decision,  # type: ignore[arg-type]
            reason=o.reason,
            by=o.made_by.get_username() if o.made_by else "trainer",
        )
        for _, o in sorted(latest.items())
    ]


def compute(stored: Program, today: dt.date, *, with_client: bool = True) -> ProgressResult:
    """Return the engine's progression of ``stored`` as of ``today`` (nothing is saved).

    ``with_client`` passes the stored client with their latest assessment, so a newer
    assessment re-plans the future; without it (a read-only look at adherence) it does not.
    Raise ProgramError with the engine's message when re-planning needs a clearance or the
    stored client does not make a valid engine client.
    """
    engine_client = engine_client_for(stored.client)[0] if with_client else None
    try:
        program = stored.engine_program()
        return progress(
            program,
            log_entries(stored, program),
            assessment_reports(stored.client),
            today=today,
            overrides=engine_overrides(stored),
            client=engine_client,
        )
    except (ClearanceRequired, PlanningError) as error:
        raise ProgramError(str(error)) from None
    except ValueError as error:  # a stored document or log the engine's models refuse
        raise ProgramError(f"progression refused the stored program: {error}") from None


def decision_json(decision: Decision, program: EngineProgram) -> dict[str, Any]:
    """Return a decision as JSON plus the start of the block it names (for overrides)."""
    data: dict[str, Any] = decision.model_dump(mode="json")
    index = decision.block_index
    if index is not None and 0 <= index < len(program.blocks):
        data["block_start"] = program.blocks[index].start.isoformat()
    return data


def _recorded(stored: Program) -> set[tuple[Any, ...]]:
    keys = set()
    for edit in stored.edits.exclude(kind=ProgramEdit.Kind.EDIT).only("decisions"):
        keys.update(_key(d) for d in edit.decisions)
    return keys


def _key(data: dict[str, Any]) -> tuple[Any, ...]:
    fields = ("kind", "date", "rule", "exercise_id", "action", "before", "after", "by")
    return tuple(data.get(field) for field in fields)


def describe_change(before: Item, after: Item, units: str) -> str:
    """Return "load 40 → 42.5 kg", "exercise A → B", ... for the fields that changed."""
    parts = []
    if before.exercise_id != after.exercise_id:
        parts.append(f"exercise {before.name} → {after.name}")
    old_load = format_load(before.load_kg, units, before.load_lb)
    new_load = format_load(after.load_kg, units, after.load_lb)
    if old_load != new_load:
        number = old_load.rsplit(" ", 1)[0] if old_load else "none"
        parts.append(f"load {number} → {new_load or 'none'}")
    for field in ("sets", "reps", "duration_s"):
        if getattr(before, field) != getattr(after, field):
            parts.append(f"{field} {getattr(before, field)} → {getattr(after, field)}")
    return "; ".join(parts)


def _decision_for(
    before: Item, after: Item, day: dt.date, decisions: Sequence[Decision]
) -> Decision | None:
    """Return the decision that explains an item's change, or None (e.g. a re-planned week)."""
    ids = {before.exercise_id, after.exercise_id}
    kinds = EXERCISE_KINDS if before.exercise_id != after.exercise_id else LOAD_KINDS
    found = [
        d
        for d in decisions
        if d.kind in kinds and d.date <= day and (d.exercise_id in ids or d.after in ids)
    ]
    return min(found, key=lambda d: kinds.index(d.kind)) if found else None


def item_changes(
    before: EngineProgram,
    after: EngineProgram,
    decisions: Sequence[Decision],
    cut: dt.date,
    units: str,
) -> list[dict[str, Any]]:
    """Return every future item whose prescription changed, with the decision behind it.

    Items are compared at the same address (week index, session, section, item) in sessions
    on or after the cut that kept their date; a change no item decision explains (a re-planned
    week) is left to the re-plan decision.
    """
    old_weeks = {week.index: week for week in before.weeks}
    changes = []
    for week in after.weeks:
        old_week = old_weeks.get(week.index)
        if old_week is None:
            continue
        for s, session in enumerate(week.sessions):
            if session.date < cut or s >= len(old_week.sessions):
                continue
            old_session = old_week.sessions[s]
            if old_session.date != session.date:
                continue
            for x, section in enumerate(session.sections):
                if x >= len(old_session.sections) or old_session.sections[x].id != section.id:
                    continue
                old_items = old_session.sections[x].items
                for i, item in enumerate(section.items[: len(old_items)]):
                    text = describe_change(old_items[i], item, units)
                    decision = _decision_for(old_items[i], item, session.date, decisions)
                    if not text or decision is None:
                        continue
                    changes.append(
                        {
                            "week_index": week.index,
                            "session_index": s,
                            "section_index": x,
                            "item_index": i,
                            "date": session.date.isoformat(),
                            "exercise_id": item.exercise_id,
                            "change": text,
                            "kind": decision.kind,
                            "rule": decision.rule,
                            "reason": decision.reason,
                        }
                    )
    return changes


@dataclass(frozen=True)
class Outcome:
    """What a run stored: the new version (None when nothing changed) and its new decisions."""

    version: int | None
    decisions: tuple[dict[str, Any], ...]
    changes: tuple[dict[str, Any], ...]


def run(
    stored: Program,
    *,
    today: dt.date,
    trigger: str,
    user: AbstractBaseUser | None,
    kind: str = ProgramEdit.Kind.PROGRESSION,
) -> Outcome:
    """Run progression on the current version and store the result as a new version.

    A new version is stored when the document changed or the engine made a decision not
    recorded before (a block-end verdict is repeated on every run until the next block
    starts; it is recorded once). Raise ProgramError with the engine's message.
    """
    with transaction.atomic():
        locked = Program.objects.select_for_update().select_related("client").get(pk=stored.pk)
        before = locked.engine_program()
        result = compute(locked, today)
        recorded = _recorded(locked)
        fresh = [d for d in result.decisions if _key(d.model_dump(mode="json")) not in recorded]
        # Compare models, not JSON: the stored document may omit defaults the engine writes.
        if result.program == before and not fresh:
            refresh_reassessment(locked, result.program)
            return Outcome(None, (), ())
        units = locked.client.display_units
        changes = item_changes(before, result.program, fresh, result.cut, units)
        locked.version += 1
        locked.document = result.program.model_dump(mode="json", by_alias=True)
        locked.reassessment_due = result.reassessment_due[0] if result.reassessment_due else None
        locked.save()
        decisions = tuple(decision_json(d, before) for d in fresh)
        summary = f"{trigger}: " + (
            "; ".join(
                f"{d['kind'].replace('_', ' ')} {d.get('after') or ''}".strip() for d in decisions
            )
            or "no decision"
        )
        ProgramEdit.objects.create(
            program=locked,
            version=locked.version,
            path="weeks (from " + result.cut.isoformat() + ")",
            summary=summary[:SUMMARY_LENGTH],
            before={},
            after={},
            kind=kind,
            author=AUTHOR,
            decisions=list(decisions),
            changes=changes,
            edited_by=user,
        )
    stored.refresh_from_db()
    return Outcome(locked.version, decisions, tuple(changes))


def refresh_reassessment(stored: Program, program: EngineProgram | None = None) -> None:
    """Store the earliest open reassessment date of ``stored`` (the engine's rule)."""
    program = program or stored.engine_program()
    due = reassessment_due(program, assessment_reports(stored.client))
    value = due[0] if due else None
    if stored.reassessment_due != value:
        stored.reassessment_due = value
        Program.objects.filter(pk=stored.pk).update(reassessment_due=value)


def recorded_decisions(stored: Program) -> list[dict[str, Any]]:
    """Return every recorded decision with its version and who ran it, newest version first."""
    rows = []
    edits = stored.edits.exclude(kind=ProgramEdit.Kind.EDIT).select_related("edited_by")
    for edit in edits:
        for decision in edit.decisions:
            rows.append({**decision, "version": edit.version, "edited": edit.edited})
    return rows


def notes_by_item(
    stored: Program, week_index: int, session_index: int
) -> dict[tuple[int, int], list[dict[str, Any]]]:
    """Return the recorded changes of one session's items, by (section, item), oldest first."""
    notes: dict[tuple[int, int], list[dict[str, Any]]] = {}
    edits: Iterable[ProgramEdit] = stored.edits.exclude(kind=ProgramEdit.Kind.EDIT).order_by(
        "version"
    )
    for edit in edits:
        for change in edit.changes:
            if change["week_index"] == week_index and change["session_index"] == session_index:
                key = (change["section_index"], change["item_index"])
                notes.setdefault(key, []).append({**change, "version": edit.version})
    return notes
