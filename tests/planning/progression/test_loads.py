"""Load rules in isolation: increments, real load steps, 1RM refresh, high RPE, imperial clients."""

from __future__ import annotations

import datetime as dt

import pytest

from optcoach.catalog import load_catalog
from optcoach.model.client import Client
from optcoach.model.program import Program
from optcoach.model.progression_rules import load_progression_rules
from optcoach.model.session_log import LogEntry
from optcoach.model.tables import load_ruleset
from optcoach.planning.progression import future_part, progress
from optcoach.planning.progression.loads import LoadContext, day_list, increment_kg, step_load
from optcoach.safety import constraints_for
from optcoach.validate import check_program
from tests.planning.progression.conftest import client_document, load_log
from tests.planning.progression.programs import build_test_program

D = dt.date


def context(client: Client) -> LoadContext:
    return LoadContext(
        rules=load_progression_rules(),
        tables=load_ruleset("cpt7"),
        client=client,
        catalog=load_catalog(),
        constraints=constraints_for(client, None, "cpt7"),
    )


@pytest.mark.parametrize(
    ("experience", "exercise_id", "base", "expected"),
    [
        ("beginner", "dumbbell_chest_press", 20.0, 1.0),  # 5% of 20 = 1.0, inside 1.0-2.5
        ("beginner", "dumbbell_chest_press", 60.0, 2.5),  # 5% of 60 = 3.0, capped at 2.5
        ("beginner", "goblet_squat", 20.0, 2.5),  # 10% of 20 = 2.0, raised to 2.5
        ("beginner", "goblet_squat", 80.0, 5.0),  # 10% of 80 = 8.0, capped at 5.0
        ("advanced", "goblet_squat", 80.0, 4.0),  # 5% of 80
        ("intermediate", "goblet_squat", 40.0, 3.0),  # 7.5% of 40
    ],
)
def test_increment_by_experience_and_region(
    client: Client, experience: str, exercise_id: str, base: float, expected: float
) -> None:
    who = client.model_copy(update={"experience": experience})
    exercise = load_catalog().get(exercise_id)
    assert increment_kg(context(who), exercise, base) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("exercise_id", "base", "change", "expected"),
    [
        ("dumbbell_chest_press", 20.0, 1.0, 22.0),  # 21 is half-way: rounds up to the 2 kg step
        ("dumbbell_chest_press", 20.0, 0.4, 22.0),  # at least one step up
        ("seated_cable_row", 35.0, 1.75, 37.5),  # 2.5 kg cable pins
        ("seated_cable_row", 25.0, -2.5, 22.5),
        ("dumbbell_chest_press", 20.0, -0.2, 18.0),  # at least one step down
    ],
)
def test_loads_move_in_real_steps(
    client: Client, exercise_id: str, base: float, change: float, expected: float
) -> None:
    exercise = load_catalog().get(exercise_id)
    load = step_load(context(client), exercise, base, change)
    assert load is not None
    assert (load.kg, load.lb) == (expected, None)


def test_a_reduction_below_one_step_is_refused(client: Client) -> None:
    exercise = load_catalog().get("dumbbell_chest_press")
    assert step_load(context(client), exercise, 2.0, -1.0) is None


def test_imperial_clients_get_pound_steps(client: Client) -> None:
    who = client.model_copy(update={"units": "imperial"})
    exercise = load_catalog().get("seated_cable_row")
    load = step_load(context(who), exercise, 35.0, 1.75)  # 77.2 lb + 3.9 lb -> 80 lb (5 lb pins)
    assert load is not None
    assert (load.kg, load.lb) == (36.29, 80.0)


def _sets(day: dt.date, exercise_id: str, load_kg: float, reps: tuple[int, ...], **extra: object):  # type: ignore[no-untyped-def]
    return [
        LogEntry(date=day, exercise_id=exercise_id, set=n + 1, reps=r, load_kg=load_kg, **extra)  # type: ignore[arg-type]
        for n, r in enumerate(reps)
    ]


def test_1rm_refreshes_from_sets_of_ten_reps_or_fewer(phase2: Program) -> None:
    # 26 kg x 8 -> Epley 32.9 kg, above the plan's 26.7 kg
    logs = _sets(D(2027, 1, 4), "dumbbell_chest_press", 26.0, (8, 8))
    result = progress(phase2, logs)
    assert [(d.kind, d.exercise_id, d.before, d.after) for d in result.decisions] == [
        ("one_rep_max", "dumbbell_chest_press", "26.7 kg", "32.9 kg")
    ]
    assert result.decisions[0].reason == (
        "8 reps at 26 kg on 2027-01-04 estimates a 1RM of 32.9 kg (epley), above the 26.7 kg "
        "the plan used; future loads follow their %1RM of the new estimate"
    )
    assert result.program.latest_inputs.one_rep_max_kg["dumbbell_chest_press"] == 32.9
    later = result.program.weeks[1].sessions[0].sections[2].items[0]
    assert (later.exercise_id, later.load_kg, later.intensity.percent_1rm) == (
        "dumbbell_chest_press",
        24.0,  # 75% of 32.9 = 24.7 -> the nearest 2 kg dumbbell step
        75,
    )
    # The session already done keeps the estimate it was prescribed from; the new one is a
    # revision from the cut on, so the whole program conforms.
    assert result.program.inputs == phase2.inputs
    [revision] = result.program.revisions
    assert (revision.start, revision.reason) == (
        D(2027, 1, 5),
        "progression from 2027-01-05: 1RM dumbbell_chest_press 26.7 -> 32.9 kg",
    )
    assert revision.inputs == phase2.inputs.model_copy(
        update={"one_rep_max_kg": {**phase2.inputs.one_rep_max_kg, "dumbbell_chest_press": 32.9}}
    )
    assert check_program(result.program) == []
    assert check_program(future_part(result.program, D(2027, 1, 11))) == []
    assert progress(result.program, logs).program == result.program


def test_sets_above_ten_reps_never_refresh_the_1rm(phase2: Program) -> None:
    logs = _sets(D(2027, 1, 4), "dumbbell_chest_press", 26.0, (11, 11))
    result = progress(phase2, logs)
    assert [d.kind for d in result.decisions] == []
    assert result.program.latest_inputs.one_rep_max_kg["dumbbell_chest_press"] == 26.7


def test_high_rpe_in_a_submaximal_phase_reduces(phase1: Program) -> None:
    logs = [
        *_sets(D(2027, 1, 4), "standing_cable_row", 25.0, (12,), rpe=8),
        *[
            e.model_copy(update={"set": 2})
            for e in _sets(D(2027, 1, 4), "standing_cable_row", 25.0, (12,), rpe=9.5)
        ],
    ]
    result = progress(phase1, logs)
    assert [(d.kind, d.rule, d.before, d.after) for d in result.decisions] == [
        ("load_down", "high_rpe", "25 kg", "22.5 kg")
    ]
    assert result.decisions[0].reason == (
        "RPE 9.5 on 4 Jan 2027 at 25 kg in phase 1, whose sets are meant to stay submaximal "
        "(limit 9.5): -5% to 22.5 kg for the next 11 session(s)"
    )


def test_a_load_at_the_phase_floor_holds(phase2: Program) -> None:
    # 20 kg is 75% of 26.7; one 2 kg step down (18 kg) would fall below phase 2's 70% floor.
    logs = [
        *_sets(D(2027, 1, 4), "dumbbell_chest_press", 20.0, (10, 8)),
        *_sets(D(2027, 1, 6), "dumbbell_chest_press", 20.0, (10, 8)),
    ]
    result = progress(phase2, logs)
    assert [(d.kind, d.action, d.before, d.after) for d in result.decisions] == [
        ("load_down", "hold", "20 kg", "20 kg")
    ]
    assert result.program == phase2


def test_unlogged_exercises_keep_their_loads(phase1: Program) -> None:
    result = progress(phase1, load_log("stall"))
    press = [
        item
        for week in result.program.weeks
        for session in week.sessions
        for section in session.sections
        for item in section.items
        if item.exercise_id == "stability_ball_dumbbell_chest_press"
    ]
    assert {item.load_kg for item in press} == {12.0}


def test_the_test_programs_conform(phase1: Program, phase2: Program) -> None:
    assert check_program(phase1) == []
    assert check_program(phase2) == []
    client = Client.model_validate(client_document())
    assert build_test_program(client) == phase1


def test_pain_with_nothing_to_swap_or_reduce_asks_for_review(phase1: Program) -> None:
    logs = [LogEntry(date=D(2027, 1, 15), exercise_id="marching", reps=12, pain=True)]
    result = progress(phase1, logs)
    assert [(d.kind, d.action, d.date, d.exercise_id) for d in result.decisions] == [
        ("regression", "review", D(2027, 1, 18), "marching")
    ]
    assert result.decisions[0].reason == (
        "pain flagged on marching on 15 Jan 2027; no easier variation fits the client and it "
        "carries no load to reduce: review it with the client before the next session"
    )
    assert result.program == phase1


def test_a_body_weight_exercise_progresses_without_naming_a_load(phase1: Program) -> None:
    logs = [
        LogEntry(date=D(2027, 1, 4), exercise_id="marching", reps=14),
        LogEntry(date=D(2027, 1, 6), exercise_id="marching", reps=14),
    ]
    result = progress(phase1, logs)
    assert [(d.kind, d.date, d.before, d.after) for d in result.decisions] == [
        ("stability_progression", D(2027, 1, 8), "marching", "dead_bug")
    ]
    assert result.decisions[0].reason == (
        "last set 2+ reps over the 12-rep target on 4 Jan and 6 Jan 2027 (2-for-2 rule): phase 1 "
        "progresses by proprioception first, so marching moves one step up its stability "
        "continuum to dead_bug with body weight, at the planned reps (no load to change)"
    )
    assert check_program(result.program) == []


def test_dates_in_reasons_name_the_year_once_when_shared() -> None:
    assert day_list([D(2027, 1, 14), D(2027, 1, 12)]) == "12 Jan and 14 Jan 2027"
    assert day_list([D(2027, 1, 4)]) == "4 Jan 2027"
    assert day_list([D(2026, 12, 30), D(2027, 1, 1), D(2027, 1, 3)]) == (
        "30 Dec 2026, 1 Jan 2027 and 3 Jan 2027"
    )
