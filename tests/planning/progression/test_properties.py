"""Property: any plausible log leaves the past alone and is a fixed point of ``progress``."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optcoach.model.client import Client
from optcoach.model.program import Program
from optcoach.model.session_log import LogEntry
from optcoach.planning.progression import progress
from tests.planning.progression.conftest import client_document
from tests.planning.progression.programs import build_test_program

PROGRAM: Program = build_test_program(Client.model_validate(client_document()))
SESSIONS = [
    (session, item)
    for week in PROGRAM.weeks[:6]
    for session in week.sessions
    for section in session.sections
    if section.id == "resistance"
    for item in section.items
]


@st.composite
def histories(draw: st.DrawFn) -> list[LogEntry]:
    chosen = draw(st.lists(st.sampled_from(range(len(SESSIONS))), max_size=40, unique=True))
    entries = []
    for index in sorted(chosen):
        session, item = SESSIONS[index]
        for n in range(item.sets):
            entries.append(
                LogEntry(
                    date=session.date,
                    exercise_id=item.exercise_id,
                    set=n + 1,
                    reps=(item.reps or 1) + draw(st.integers(-4, 4)),
                    load_kg=item.load_kg,
                    rpe=draw(st.sampled_from([None, 6.0, 8.0, 9.5])),
                    pain=draw(st.sampled_from([False, False, False, True])),
                )
            )
    return entries


@settings(
    max_examples=15, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(histories(), st.sampled_from([None, dt.date(2027, 2, 1), dt.date(2027, 3, 1)]))
def test_past_is_kept_and_the_result_is_a_fixed_point(
    entries: list[LogEntry], today: dt.date | None
) -> None:
    result = progress(PROGRAM, entries, today=today, planner=build_test_program)
    past_before = [s for w in PROGRAM.weeks for s in w.sessions if s.date < result.cut]
    past_after = [s for w in result.program.weeks for s in w.sessions if s.date < result.cut]
    assert past_after == past_before
    keys = [d.sort_key() for d in result.decisions]
    assert keys == sorted(keys)
    again = progress(result.program, entries, today=today, planner=build_test_program)
    assert again.program == result.program
