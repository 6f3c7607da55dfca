"""Cardio stage advancement and weekly volume growth; adherence with missed sessions."""

from __future__ import annotations

import datetime as dt

from optcoach.model.program import Program
from optcoach.planning.progression import progress
from optcoach.validate import check_program
from tests.planning.progression.conftest import load_log
from tests.planning.progression.programs import build_test_program

D = dt.date


def fridays_cardio(program: Program) -> list[tuple[int, int, int]]:
    """Return (week index, main cardio seconds, session minutes estimated) per Friday."""
    found = []
    for week in program.weeks:
        friday = week.sessions[2]
        bout = next(s for s in friday.sections if s.id == "clients_choice").items[0]
        found.append((week.index, bout.duration_s or 0, friday.minutes_estimated))
    return found


def test_stage_one_advances_after_two_weeks_of_30_minutes_three_times(phase1: Program) -> None:
    result = progress(phase1, load_log("cardio_stage"))
    assert [(d.kind, d.before, d.after) for d in result.decisions] == [
        ("cardio_stage", "stage 1", "stage 2")
    ]
    assert result.decisions[0].reason == (
        "30 min in zone 1 at least 3 times a week in week 1, week 2 (criterion: 30 minutes in "
        "zone 1, three times a week, held for consecutive weeks)"
    )
    assert result.program.latest_inputs.cardio_stage == 2
    assert check_program(result.program) == []


def test_one_week_of_the_criterion_is_not_enough(phase1: Program) -> None:
    logs = [e for e in load_log("cardio_stage") if e.date < D(2027, 1, 11) or e.duration_s is None]
    result = progress(phase1, logs)
    assert [d.kind for d in result.decisions] == []
    assert result.program.latest_inputs.cardio_stage == 1


def test_weekly_cardio_grows_less_than_ten_percent_from_what_was_logged(phase1: Program) -> None:
    result = progress(phase1, load_log("cardio_volume"))
    assert [(d.kind, d.date, d.after) for d in result.decisions] == [
        ("cardio_volume", D(2027, 1, 22), "week 3 20->15 min (the stage's minimum bout)")
    ]
    assert result.decisions[0].reason == (
        "weekly cardio may grow less than 10% a week, counted from the 12 min logged in week 2: "
        "week 3 20->15 min (the stage's minimum bout); week 4 20->16 min; week 5 20->17 min; "
        "week 6 20->18 min; week 7 20->19 min"
    )
    before = fridays_cardio(phase1)
    after = fridays_cardio(result.program)
    assert [seconds // 60 for _, seconds, _ in after] == [20, 20, 15, 16, 17, 18, 19] + [20] * 5
    # Session estimates follow the cut minutes.
    assert [m for _, _, m in after][2:7] == [
        m - cut for (_, _, m), cut in zip(before[2:7], [5, 4, 3, 2, 1], strict=True)
    ]
    assert check_program(result.program) == []


def test_adherence_counts_missed_sessions_sets_and_volume(phase1: Program) -> None:
    result = progress(phase1, load_log("missed"), planner=build_test_program)
    weeks = [
        (
            w.index,
            w.planned_sessions,
            w.completed_sessions,
            w.planned_sets,
            w.completed_sets,
            w.planned_volume_kg,
            w.completed_volume_kg,
        )
        for w in result.adherence.weeks
    ]
    assert weeks == [(index, 3, 2, 24, 16, 5256.0, 3504.0) for index in (1, 2, 3, 4)]
    adherence = result.adherence
    assert (adherence.planned_sessions, adherence.completed_sessions) == (12, 8)
    assert (adherence.session_rate, adherence.set_rate) == (66.7, 66.7)


def test_a_set_logged_as_skipped_is_not_completed(phase1: Program) -> None:
    logs = [
        e.model_copy(update={"completed": False}) if e.set == 2 else e for e in load_log("steady")
    ]
    result = progress(phase1, logs)
    assert result.adherence.completed_sets == 24
    assert result.adherence.set_rate == 50.0
