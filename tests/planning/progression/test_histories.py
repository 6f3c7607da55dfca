"""Scripted client histories (tests/fixtures/logs/*.yaml) produce the expected decisions.

Each history is applied to a program the validator accepts; the result must name the exact
decisions with their reasons, change only the future, stay conformant, and be a fixed point
(applying the same log to the updated program changes nothing).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from optcoach.model.program import Item, Program
from optcoach.model.session_log import LogEntry
from optcoach.planning.progression import ProgressResult, progress
from optcoach.validate import check_program
from tests.planning.progression.conftest import LOGS, load_log
from tests.planning.progression.programs import build_test_program

D = dt.date
CUT = D(2027, 1, 16)  # the day after Friday of week 2


def run(program: Program, name: str, **options: object) -> ProgressResult:
    return progress(program, load_log(name), planner=build_test_program, **options)  # type: ignore[arg-type]


def summary(result: ProgressResult) -> list[tuple[object, ...]]:
    return [(d.kind, d.date, d.exercise_id, d.action, d.before, d.after) for d in result.decisions]


def items_of(program: Program, exercise_id: str, since: dt.date) -> list[tuple[dt.date, Item]]:
    return [
        (session.date, item)
        for week in program.weeks
        for session in week.sessions
        if session.date >= since
        for section in session.sections
        for item in section.items
        if item.exercise_id == exercise_id
    ]


def assert_past_kept(before: Program, after: Program, cut: dt.date) -> None:
    kept_before = [s for w in before.weeks for s in w.sessions if s.date < cut]
    kept_after = [s for w in after.weeks for s in w.sessions if s.date < cut]
    assert kept_after == kept_before


def assert_fixed_point(result: ProgressResult, name: str, **options: object) -> None:
    again = run(result.program, name, **options)
    assert again.program == result.program


def changed_exercises(before: Program, after: Program) -> set[str]:
    changed = set()
    for week_b, week_a in zip(before.weeks, after.weeks, strict=True):
        for s_b, s_a in zip(week_b.sessions, week_a.sessions, strict=True):
            for sec_b, sec_a in zip(s_b.sections, s_a.sections, strict=True):
                for i_b, i_a in zip(sec_b.items, sec_a.items, strict=True):
                    if i_b != i_a:
                        changed.add(i_b.exercise_id)
    return changed


def test_steady_adherence_changes_nothing(phase1: Program) -> None:
    result = run(phase1, "steady")
    assert result.cut == CUT
    assert result.decisions == ()
    assert result.program == phase1
    weeks = [
        (w.index, w.planned_sessions, w.completed_sessions, w.planned_sets, w.completed_sets)
        for w in result.adherence.weeks
    ]
    assert weeks == [(1, 3, 3, 24, 24), (2, 3, 3, 24, 24)]
    volumes = [(w.planned_volume_kg, w.completed_volume_kg) for w in result.adherence.weeks]
    assert volumes == [(5256.0, 5256.0), (5256.0, 5256.0)]
    assert (result.adherence.session_rate, result.adherence.set_rate) == (100.0, 100.0)
    assert result.reassessment_due == (D(2027, 2, 1), D(2027, 3, 1))


def test_exceeding_targets_in_phase1_progresses_stability_first(phase1: Program) -> None:
    result = run(phase1, "exceeding")
    assert summary(result) == [
        (
            "stability_progression",
            D(2027, 1, 18),
            "stability_ball_dumbbell_chest_press",
            "progress",
            "stability_ball_dumbbell_chest_press",
            "stability_ball_alternating_dumbbell_chest_press",
        ),
        ("load_up", D(2027, 1, 18), "dumbbell_step_up_to_balance", "increase", "12 kg", "14 kg"),
    ]
    assert result.decisions[0].reason == (
        "last set 2+ reps over the 12-rep target on 13 Jan and 15 Jan 2027 (2-for-2 rule): "
        "phase 1 progresses by proprioception first, so stability_ball_dumbbell_chest_press "
        "moves one step up its stability continuum to "
        "stability_ball_alternating_dumbbell_chest_press at the same load (12 kg)"
    )
    assert result.decisions[1].reason == (
        "last set 2+ reps over the 12-rep target on 13 Jan and 15 Jan 2027 (2-for-2 rule); "
        "no harder stability variation fits the client, so the load goes up: 12 -> 14 kg (+2 kg, "
        "beginner, lower body, rounded to the equipment's steps) for the next 6 session(s)"
    )
    harder = items_of(result.program, "stability_ball_alternating_dumbbell_chest_press", CUT)
    assert [(day, i.load_kg, i.intensity.percent_1rm) for day, i in harder] == [
        (D(2027, 1, 18), 12.0, 60.0),
        (D(2027, 1, 20), 12.0, 60.0),
        (D(2027, 1, 22), 12.0, 60.0),
        (D(2027, 1, 25), 12.0, 60.0),
        (D(2027, 1, 27), 12.0, 60.0),
        (D(2027, 1, 29), 12.0, 60.0),
    ]
    assert (
        result.program.latest_inputs.one_rep_max_kg[
            "stability_ball_alternating_dumbbell_chest_press"
        ]
        == 21.3
    )
    step_up = items_of(result.program, "dumbbell_step_up_to_balance", CUT)
    assert {(i.load_kg, i.intensity.percent_1rm) for _, i in step_up} == {(14.0, 65.7)}
    assert len(step_up) == 6
    assert_past_kept(phase1, result.program, CUT)
    assert check_program(result.program) == []
    assert_fixed_point(result, "exceeding")


def test_exceeding_targets_in_phase2_raises_load_and_the_1rm_behind_it(phase2: Program) -> None:
    result = run(phase2, "exceeding_phase2")
    assert summary(result) == [
        ("one_rep_max", D(2027, 1, 16), "dumbbell_chest_press", None, "26.7 kg", "27.5 kg"),
        ("one_rep_max", D(2027, 1, 16), "seated_cable_row", None, "46.7 kg", "46.9 kg"),
        ("load_up", D(2027, 1, 18), "dumbbell_chest_press", "increase", "20 kg", "22 kg"),
        ("load_up", D(2027, 1, 18), "seated_cable_row", "increase", "35 kg", "37.5 kg"),
    ]
    assert result.decisions[0].reason == (
        "the 2-for-2 load is above 80% of the 26.7 kg estimate, so the 1RM is at least 27.5 kg; "
        "future loads follow their %1RM of it"
    )
    press = items_of(result.program, "dumbbell_chest_press", CUT)
    # Weeks 3-4 (phase 2) at the new load; weeks 5-8 (phase 3, 80%) from the new 1RM.
    assert [(i.load_kg, i.intensity.percent_1rm) for _, i in press] == [(22.0, 80.0)] * 6 + [
        (22.0, 80.0)
    ] * 12
    row = items_of(result.program, "seated_cable_row", CUT)
    assert {(i.load_kg, i.intensity.percent_1rm) for _, i in row[:6]} == {(37.5, 80.0)}
    assert {(i.load_kg, i.intensity.percent_1rm) for _, i in row[6:]} == {(37.5, 80)}
    assert result.program.latest_inputs.one_rep_max_kg["dumbbell_chest_press"] == 27.5
    assert_past_kept(phase2, result.program, CUT)
    assert check_program(result.program) == []
    assert_fixed_point(result, "exceeding_phase2")


def test_a_stall_reduces_that_exercise(phase1: Program) -> None:
    result = run(phase1, "stall")
    assert summary(result) == [
        ("load_down", D(2027, 1, 18), "standing_cable_row", "reduce", "25 kg", "22.5 kg")
    ]
    assert result.decisions[0].reason == (
        "last set short of the 12-rep target on 13 Jan and 15 Jan 2027 (10 and 10 reps) at 25 kg "
        "(missed-reps rule): -10% to 22.5 kg for the next 6 session(s)"
    )
    rows = items_of(result.program, "standing_cable_row", CUT)
    assert {(i.load_kg, i.intensity.percent_1rm) for _, i in rows} == {(22.5, 56.2)}
    assert changed_exercises(phase1, result.program) == {"standing_cable_row"}
    assert check_program(result.program) == []
    assert_fixed_point(result, "stall")


def test_pain_regresses_and_reduces_only_that_exercise(phase1: Program) -> None:
    result = run(phase1, "pain")
    assert summary(result) == [
        (
            "regression",
            D(2027, 1, 18),
            "single_leg_dumbbell_row",
            "regress",
            "single_leg_dumbbell_row",
            "alternating_dumbbell_row",
        )
    ]
    assert result.decisions[0].reason == (
        "pain flagged on single_leg_dumbbell_row on 15 Jan 2027 (low back twinge): regress to "
        "alternating_dumbbell_row (one step down its continuum) and reduce the load from 24 kg "
        "to 20 kg (-20%, not below the phase's %1RM floor)"
    )
    assert items_of(result.program, "single_leg_dumbbell_row", CUT) == []
    regressed = items_of(result.program, "alternating_dumbbell_row", CUT)
    assert {(i.load_kg, i.intensity.percent_1rm, i.name) for _, i in regressed} == {
        (20.0, 50.0, "Bent-over alternating dumbbell row")
    }
    assert len(regressed) == 6
    assert changed_exercises(phase1, result.program) == {"single_leg_dumbbell_row"}
    assert check_program(result.program) == []
    assert_fixed_point(result, "pain")


LAYOFF_REPLAN = (
    "re-planned from phase 1 after layoff (block_end.layoff_weeks): last session logged on "
    "2027-01-15: 3 weeks without training (9 planned sessions missed), at least 3; a layoff "
    "restarts the staircase at phase 1"
)


def test_a_three_week_layoff_goes_back_to_phase1(phase1: Program) -> None:
    today = D(2027, 2, 8)
    result = run(phase1, "layoff", today=today)
    assert summary(result) == [
        ("layoff", today, None, "phase_1", None, "phase 1"),
        ("replan", today, None, "replan", None, "phase 1"),
    ]
    assert result.decisions[0].reason == (
        "last session logged on 2027-01-15: 3 weeks without training (9 planned sessions "
        "missed), at least 3; a layoff restarts the staircase at phase 1"
    )
    blocks = [(b.phase, b.start, b.weeks) for b in result.program.blocks]
    assert blocks == [
        (1, D(2027, 1, 4), 4),
        (2, D(2027, 2, 1), 1),
        (1, D(2027, 2, 8), 4),
        (2, D(2027, 3, 8), 3),
    ]
    assert [w.phases for w in result.program.weeks] == [(1,)] * 4 + [(2,)] + [(1,)] * 4 + [(2,)] * 3
    assert [w.index for w in result.program.weeks] == list(range(1, 13))
    assert_past_kept(phase1, result.program, today)
    # The phase-2 block the layoff cut short records why, and the new inputs start with the
    # fresh weeks: the whole program conforms.
    assert result.program.blocks[1].ended_early == LAYOFF_REPLAN
    assert [b.ended_early for b in result.program.blocks] == [None, LAYOFF_REPLAN, None, None]
    assert [(r.start, r.reason) for r in result.program.revisions] == [(today, LAYOFF_REPLAN)]
    assert result.program.inputs == phase1.inputs
    assert check_program(result.program) == []
    assert result.adherence.session_rate == 40.0
    assert_fixed_point(result, "layoff", today=today)


def test_missed_sessions_repeat_the_phase(phase1: Program) -> None:
    result = run(phase1, "missed")
    assert summary(result) == [
        ("block_end", D(2027, 2, 1), None, "repeat", "phase 1", "phase 1"),
        ("replan", D(2027, 2, 1), None, "replan", None, "phase 1"),
    ]
    assert result.decisions[0].reason == (
        "block 1 (phase 1, 2027-01-04 to 2027-01-31): 8/12 sessions (67%), 0 with pain; "
        "completed 67% of sessions, below 75%: repeat phase 1"
    )
    assert [(b.phase, b.start) for b in result.program.blocks] == [
        (1, D(2027, 1, 4)),
        (1, D(2027, 2, 1)),
        (2, D(2027, 3, 1)),
    ]
    assert check_program(result.program) == []
    assert_fixed_point(result, "missed")


HISTORIES = sorted(path.stem for path in LOGS.glob("*.yaml"))
TODAY = {"layoff": D(2027, 2, 8)}  # the layoff is only seen from a later day


@pytest.mark.parametrize("start", ["phase1", "phase2"])
@pytest.mark.parametrize("name", HISTORIES)
def test_every_history_keeps_the_past_and_the_whole_program_conforms(
    request: pytest.FixtureRequest, name: str, start: str
) -> None:
    program: Program = request.getfixturevalue(start)
    options = {"today": TODAY[name]} if name in TODAY else {}
    result = run(program, name, **options)
    assert_past_kept(program, result.program, result.cut)
    assert check_program(result.program) == []
    assert_fixed_point(result, name, **options)
    # Every input change is a revision from the cut on; the inputs before it never change.
    assert all(r.start >= result.cut for r in result.program.revisions)
    assert result.program.inputs_on(result.cut - dt.timedelta(days=1)) == program.inputs


def test_the_histories_cover_each_kind_of_inputs_change(phase1: Program, phase2: Program) -> None:
    """The parametrized test above sees a re-plan, a 1RM refresh and a cut block."""
    reasons = []
    for program in (phase1, phase2):
        for name in HISTORIES:
            options = {"today": TODAY[name]} if name in TODAY else {}
            updated = run(program, name, **options).program
            reasons += [r.reason.split(" ")[0] for r in updated.revisions]
            reasons += ["ended_early" for b in updated.blocks if b.ended_early]
    assert sorted(set(reasons)) == ["ended_early", "progression", "re-planned"]


def test_revisions_pile_up_across_runs_and_the_program_stays_conformant(phase2: Program) -> None:
    """A 1RM refresh, then a layoff re-plan on the updated program: two revisions."""
    refresh = [
        LogEntry(date=D(2027, 1, 4), exercise_id="dumbbell_chest_press", set=n, reps=8, load_kg=26)
        for n in (1, 2)
    ]
    first = progress(phase2, refresh, planner=build_test_program)
    assert [r.start for r in first.program.revisions] == [D(2027, 1, 5)]
    second = progress(first.program, refresh, today=D(2027, 2, 8), planner=build_test_program)
    assert [(d.kind, d.after) for d in second.decisions] == [
        ("layoff", "phase 1"),
        ("replan", "phase 1"),
    ]
    revisions = second.program.revisions
    assert [r.start for r in revisions] == [D(2027, 1, 5), D(2027, 2, 8)]
    assert revisions[0] == first.program.revisions[0]
    assert revisions[1].inputs.one_rep_max_kg["dumbbell_chest_press"] == 32.9
    assert [b.ended_early is not None for b in second.program.blocks[:2]] == [False, True]
    assert check_program(second.program) == []
    assert progress(second.program, refresh, today=D(2027, 2, 8)).program == second.program


def test_decisions_are_sorted_and_deterministic(phase1: Program) -> None:
    first = run(phase1, "exceeding")
    second = run(phase1, "exceeding")
    assert first == second
    keys: Sequence[object] = [d.sort_key() for d in first.decisions]
    assert keys == sorted(keys)  # type: ignore[type-var]


def test_a_replan_carries_1rms_refreshed_from_the_log(phase1: Program) -> None:
    heavy = LogEntry(
        date=D(2027, 1, 29), exercise_id="standing_cable_row", set=3, reps=8, load_kg=35
    )
    result = progress(phase1, [*load_log("missed"), heavy], planner=build_test_program)
    assert summary(result) == [
        ("block_end", D(2027, 2, 1), None, "repeat", "phase 1", "phase 1"),
        ("replan", D(2027, 2, 1), None, "replan", None, "phase 1"),
    ]
    assert result.decisions[1].reason == (
        "weeks 5-12 re-planned from phase 1 starting 2027-02-01 with 1RMs refreshed from the "
        "log: standing_cable_row 44.3 kg"
    )
    assert result.program.latest_inputs.one_rep_max_kg["standing_cable_row"] == 44.3
    rows = items_of(result.program, "standing_cable_row", D(2027, 2, 1))
    assert {(i.load_kg, i.intensity.percent_1rm) for _, i in rows[:12]} == {(27.5, 60)}
