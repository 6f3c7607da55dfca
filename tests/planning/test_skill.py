"""Skill development: youth clients get safety's SAQ dose (Constraints.saq) inside the level's."""

from __future__ import annotations

from functools import cache

from optcoach.model.client import Client
from optcoach.model.program import Program
from optcoach.planning import build_program
from optcoach.safety import constraints_for
from optcoach.validate import check_program
from tests.planning.programs import sample_client


@cache
def _client(age: int) -> Client:
    # A long session, so the time budget keeps skill development.
    base = sample_client("sports_performance")
    return base.model_copy(update={"age": age, "session_minutes": 120})


@cache
def _program(age: int) -> Program:
    return build_program(_client(age))


def _saq_doses(program: Program) -> dict[int, set[tuple[int, int | None, int]]]:
    """Return per phase the distinct (sets, reps, rest) of SAQ items."""
    doses: dict[int, set[tuple[int, int | None, int]]] = {}
    for week in program.weeks:
        for session in week.sessions:
            for section in session.sections:
                for item in section.items:
                    if item.form == "saq":
                        doses.setdefault(session.phases[0], set()).add(
                            (item.sets, item.reps, item.rest_s)
                        )
    return doses


def _drill_counts(program: Program) -> set[tuple[int, int]]:
    return {
        (s.phases[0], sum(1 for i in sec.items if i.form == "saq"))
        for w in program.weeks
        for s in w.sessions
        for sec in s.sections
        if sec.id == "skill_development"
    }


def test_youth_saq_dose_meets_the_level_and_the_youth_table() -> None:
    client = _client(15)
    saq = constraints_for(client, None, "cpt7").saq
    assert saq is not None
    assert (saq.drills.low, saq.drills.high, saq.reps.low, saq.reps.high) == (4, 8, 3, 5)
    program = _program(15)
    # Stabilization: reps 2-3 meet youth 3-5 at 3; rest 15-60 (intermediate: middle, 37 s).
    # Strength: sets 3-4 (youth 1-4), reps 3-5, rest 0-60 meets youth 15-60.
    assert _saq_doses(program) == {1: {(1, 3, 37)}, 2: {(3, 3, 37), (3, 4, 37), (3, 5, 37)}}
    assert _drill_counts(program) == {(1, 4), (2, 6)}
    rationale = next(
        i.rationale
        for w in program.weeks
        for s in w.sessions
        for sec in s.sections
        for i in sec.items
        if i.form == "saq"
    )
    assert rationale == (
        "skill development: saq at stabilization level (chosen for sports_performance; "
        "youth SAQ dose from safety)"
    )
    assert check_program(program, client=client) == []


def test_adults_keep_the_level_dose() -> None:
    assert constraints_for(_client(19), None, "cpt7").saq is None
    doses = _saq_doses(_program(19))
    assert doses[1] == {(1, 2, 37), (1, 3, 37)}
    assert {d[2] for d in doses[2]} == {30}
