"""Progression over the real planner's program (``optcoach.planning.build_program``).

The planner's choices may change, so these tests pick the exercises from the program itself and
check relations: which exercise a decision names, what kind it is, and that the validator still
accepts the result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

import pytest

from optcoach.model.client import Client
from optcoach.model.program import Program
from optcoach.model.session_log import LogEntry
from optcoach.planning import build_program
from optcoach.planning.progression import progress
from optcoach.validate import check_program

D = dt.date


@pytest.fixture(scope="module")
def planned(client: Client) -> Program:
    return build_program(client, weeks=16)


def loaded_exercises(program: Program) -> list[str]:
    session = program.weeks[0].sessions[0]
    return [
        item.exercise_id
        for section in session.sections
        if section.id == "resistance"
        for item in section.items
        if item.load_kg is not None
    ]


def logs(
    program: Program, weeks: int, over: Collection[str] = (), pain: Collection[str] = ()
) -> list[LogEntry]:
    """Log every resistance set of the first ``weeks`` weeks as planned; tweak the last week."""
    entries = []
    for w in range(weeks):
        last = w == weeks - 1
        for session in program.weeks[w].sessions:
            for section in session.sections:
                if section.id != "resistance":
                    continue
                for item in section.items:
                    for n in range(item.sets):
                        reps = (item.reps or 1) + (3 if last and item.exercise_id in over else 0)
                        entries.append(
                            LogEntry(
                                date=session.date,
                                exercise_id=item.exercise_id,
                                set=n + 1,
                                reps=reps,
                                load_kg=item.load_kg,
                                pain=last and item.exercise_id in pain,
                            )
                        )
    return entries


def test_the_planner_program_takes_logs_on_target_unchanged(planned: Program) -> None:
    result = progress(planned, logs(planned, 2))
    assert result.decisions == ()
    assert result.program == planned


def test_beating_targets_changes_only_that_exercise(planned: Program) -> None:
    target = loaded_exercises(planned)[0]
    result = progress(planned, logs(planned, 2, over={target}))
    assert [
        (d.kind in ("stability_progression", "load_up"), d.exercise_id) for d in result.decisions
    ] == [(True, target)]
    assert check_program(result.program) == []


def test_pain_changes_only_that_exercise(planned: Program) -> None:
    target = loaded_exercises(planned)[-1]
    result = progress(planned, logs(planned, 2, pain={target}))
    assert [(d.kind in ("regression", "load_down"), d.exercise_id) for d in result.decisions] == [
        (True, target)
    ]
    assert check_program(result.program) == []


def test_a_layoff_replans_from_phase1_with_the_planner(planned: Program) -> None:
    today = D(2027, 2, 8)
    result = progress(planned, logs(planned, 2), today=today)
    assert [(d.kind, d.after) for d in result.decisions] == [
        ("layoff", "phase 1"),
        ("replan", "phase 1"),
    ]
    kept = [b for b in result.program.blocks if b.start < today]
    fresh = [b for b in result.program.blocks if b.start >= today]
    reason = result.program.blocks[1].ended_early
    assert reason is not None and reason.startswith("re-planned from phase 1 after layoff")
    assert kept == [
        planned.blocks[0],
        planned.blocks[1].model_copy(
            update={"end": D(2027, 2, 7), "weeks": 1, "ended_early": reason}
        ),
    ]
    assert (fresh[0].phase, fresh[0].start) == (1, today)
    assert len(result.program.weeks) == len(planned.weeks)
    assert [(r.start, r.reason) for r in result.program.revisions] == [(today, reason)]
    assert check_program(result.program) == []
