"""Re-plan the future: build new weeks with the planner and splice them after the kept ones.

The kept part is every week that starts before the cut, untouched. The new part comes from
``build_program`` for an updated client (start phase from the staircase, 1RMs refreshed from the
log as one-rep lifts, the newest assessment when the caller passes it) starting on the first week
boundary on or after the cut, for the rest of the horizon.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Protocol

from optcoach.catalog import Catalog
from optcoach.model.assessment_input import AssessmentInput, Lift
from optcoach.model.client import Client
from optcoach.model.program import Block, Program, Revision
from optcoach.model.vocab import PhaseNumber, Ruleset


class Planner(Protocol):
    def __call__(
        self,
        client: Client,
        *,
        ruleset: Ruleset | None = None,
        start: dt.date | None = None,
        weeks: int = 52,
        catalog: Catalog | None = None,
    ) -> Program: ...


def default_planner() -> Planner:
    """Return ``optcoach.planning.build_program`` (imported late: planning may import us)."""
    from optcoach.planning import build_program

    planner: Planner = build_program
    return planner


def splice_week(program: Program, cut: dt.date) -> int | None:
    """Return the index of the first week starting on or after ``cut``, or None."""
    for index, week in enumerate(program.weeks):
        if week.start >= cut:
            return index
    return None


def replan_client(
    client: Client,
    start: dt.date,
    start_phase: PhaseNumber,
    one_rep_max: Mapping[str, float],
    earlier: AssessmentInput | None = None,
) -> Client:
    """Return ``client`` starting on ``start`` at ``start_phase``, its lifts carrying new 1RMs.

    A refreshed 1RM is written as a one-rep lift (its own estimate), replacing any earlier lift of
    that exercise. When the client's assessment is newer than ``earlier`` (the one the program
    was built on) and records no ``previous``, ``earlier`` becomes its ``previous``, so the
    program keeps what the new assessment is compared with.
    """
    measured = client.assessment or AssessmentInput()
    lifts = [lift for lift in measured.lifts if lift.exercise_id not in one_rep_max]
    lifts += [Lift(exercise_id=k, weight_kg=v, reps=1) for k, v in sorted(one_rep_max.items())]
    update: dict[str, object] = {"lifts": tuple(lifts)}
    if (
        earlier is not None
        and measured.previous is None
        and earlier.date is not None
        and measured.date is not None
        and earlier.date < measured.date
    ):
        update["previous"] = earlier.model_copy(update={"previous": None})
    assessment = measured.model_copy(update=update)
    return client.model_copy(
        update={"start_date": start, "start_phase": start_phase, "assessment": assessment}
    )


def splice(program: Program, fresh: Program, at: int, reason: str) -> Program:
    """Return ``program``'s weeks before ``at`` followed by ``fresh``'s weeks (re-indexed).

    The block running across the splice date is cut there and marked ``ended_early`` with
    ``reason``. The kept weeks keep the inputs they were planned from; the fresh plan's inputs
    become a revision starting on the splice date (keeping the earlier 1RMs of exercises the
    fresh plan does not estimate). Revisions of the replaced weeks are dropped. Spliced at the
    first week, nothing is kept: the fresh inputs replace ``inputs``.
    """
    day = dt.timedelta(days=1)
    boundary = program.weeks[at].start
    blocks: list[Block] = []
    for block in program.blocks:
        if block.start >= boundary:
            break
        if block.end >= boundary:
            kept = sum(1 for w in program.weeks[:at] if block.start <= w.start <= block.end)
            block = block.model_copy(
                update={"end": boundary - day, "weeks": max(1, kept), "ended_early": reason}
            )
        blocks.append(block)
    weeks = list(program.weeks[:at])
    weeks += [w.model_copy(update={"index": at + i + 1}) for i, w in enumerate(fresh.weeks)]
    before = program.inputs_on(boundary - day)
    one_rep_max = {**before.one_rep_max_kg, **fresh.inputs.one_rep_max_kg}
    inputs = fresh.inputs.model_copy(
        update={"one_rep_max_kg": {k: one_rep_max[k] for k in sorted(one_rep_max)}}
    )
    revisions: tuple[Revision, ...] = ()
    if at == 0:
        base = inputs
    else:
        kept_revisions = tuple(r for r in program.revisions if r.start < boundary)
        revision = Revision(start=boundary, inputs=inputs, reason=reason)
        base, revisions = program.inputs, (*kept_revisions, revision)
    seen = {(w.code, w.message) for w in program.warnings}
    warnings = program.warnings + tuple(
        w for w in fresh.warnings if (w.code, w.message) not in seen
    )
    return program.model_copy(
        update={
            "client": fresh.client,
            "inputs": base,
            "revisions": revisions,
            "warnings": warnings,
            "blocks": (*blocks, *fresh.blocks),
            "weeks": tuple(weeks),
            "horizon_weeks": len(weeks),
        }
    )


def future_part(program: Program, start: dt.date) -> Program:
    """Return the weeks starting on or after ``start`` as a program of their own.

    The inputs are those in force on the first kept week; later revisions stay. A block
    running across ``start`` keeps its part from the first kept week on. (The whole program
    validates too: each session is judged by the inputs in force on its date.)
    """
    weeks = [w for w in program.weeks if w.start >= start]
    first = weeks[0].start if weeks else start
    blocks = []
    for block in program.blocks:
        if block.end < first:
            continue
        if block.start < first:
            inside = sum(1 for w in weeks if w.start <= block.end)
            block = block.model_copy(update={"start": first, "weeks": inside})
        blocks.append(block)
    return program.model_copy(
        update={
            "start": first,
            "inputs": program.inputs_on(first),
            "revisions": tuple(r for r in program.revisions if r.start > first),
            "horizon_weeks": len(weeks),
            "blocks": tuple(blocks),
            "weeks": tuple(w.model_copy(update={"index": i + 1}) for i, w in enumerate(weeks)),
        }
    )


def replan(
    program: Program,
    client: Client,
    cut: dt.date,
    start_phase: PhaseNumber,
    one_rep_max: Mapping[str, float],
    planner: Planner | Callable[..., Program],
    catalog: Catalog | None,
    reason: str,
) -> tuple[Program, int] | None:
    """Return the re-planned program and the splice week index, or None past the horizon.

    ``reason`` (the decision that asked for the re-plan) is recorded with the new inputs'
    revision and on the block the splice cuts short.
    """
    at = splice_week(program, cut)
    if at is None:
        return None
    start = program.weeks[at].start
    updated = replan_client(client, start, start_phase, one_rep_max, program.client.assessment)
    remaining = len(program.weeks) - at
    if catalog is None:
        fresh = planner(updated, ruleset=program.ruleset, start=start, weeks=remaining)
    else:
        fresh = planner(
            updated, ruleset=program.ruleset, start=start, weeks=remaining, catalog=catalog
        )
    return splice(program, fresh, at, reason), at


__all__ = [
    "Planner",
    "default_planner",
    "future_part",
    "replan",
    "replan_client",
    "splice",
    "splice_week",
]
