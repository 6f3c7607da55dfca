"""Property test: any valid client gets a program, and the validator finds nothing wrong with it.

Clients vary in goal, experience, equipment, days and weekdays, minutes, units, ruleset, age,
assessment findings and lifts. The run is derandomized so CI sees the same examples every time.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optcoach.model.client import Client
from optcoach.model.vocab import (
    CONDITIONS,
    EQUIPMENT,
    EXPERIENCES,
    GOALS,
    OHSA_COMPENSATIONS,
    RULESETS,
    WEEKDAYS,
)
from optcoach.planning import build_program
from optcoach.validate import check_program

LIFTS = ("barbell_back_squat", "barbell_bench_press", "dumbbell_chest_press", "seated_cable_row")
NO = {f"q{n}": False for n in range(1, 8)}


@st.composite
def clients(draw: st.DrawFn) -> Client:
    days = draw(st.integers(1, 7))
    weekdays = draw(
        st.none() | st.lists(st.sampled_from(WEEKDAYS), min_size=days, max_size=7, unique=True)
    )
    imperial = draw(st.booleans())
    weight = draw(st.floats(45, 140)).__round__(1)
    document: dict[str, Any] = {
        "name": "Property Client",
        "sex": draw(st.sampled_from(["female", "male"])),
        "age": draw(st.integers(6, 90)),
        "height_cm": 170,
        "goal": draw(st.sampled_from(GOALS)),
        "experience": draw(st.sampled_from(EXPERIENCES)),
        "days_per_week": days,
        "weekdays": weekdays,
        "session_minutes": draw(st.integers(30, 120)),
        "start_date": dt.date(2027, 1, 4) + dt.timedelta(days=draw(st.integers(0, 6))),
        "ruleset": draw(st.sampled_from(RULESETS)),
        "equipment": draw(st.lists(st.sampled_from(EQUIPMENT), unique=True)),
        "parq": NO,
    }
    document["weight_lb" if imperial else "weight_kg"] = (
        round(weight / 0.45359237, 1) if imperial else weight
    )
    conditions = draw(st.lists(st.sampled_from(CONDITIONS), unique=True, max_size=2))
    if conditions:
        document["conditions"] = [
            {"id": c, "weeks": 20} if c in ("pregnancy", "postpartum") else c for c in conditions
        ]
        document["medical_clearance"] = {"date": "2026-12-01", "by": "Dr. Property"}
    if draw(st.booleans()):
        document["assessment"] = {
            "ohsa": draw(st.lists(st.sampled_from(OHSA_COMPENSATIONS), unique=True, max_size=3)),
            "lifts": [
                {
                    "exercise_id": lift,
                    "weight_kg": draw(st.integers(10, 120)),
                    "reps": draw(st.integers(2, 10)),
                }
                for lift in draw(st.lists(st.sampled_from(LIFTS), unique=True, max_size=3))
            ],
        }
    return Client.model_validate(document)


@settings(
    derandomize=True,
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(client=clients(), weeks=st.sampled_from([8, 16, 26]))
def test_any_valid_client_gets_a_program_the_validator_accepts(client: Client, weeks: int) -> None:
    program = build_program(client, weeks=weeks)
    assert sum(b.weeks for b in program.blocks) == weeks
    issues = check_program(program, client=client)
    codes = {w.code for w in program.warnings}
    expected: set[str] = set()
    if any(code.startswith("plan.frequency.") for code in codes):
        expected.add("spacing.E002")  # fewer days than any phase's minimum frequency: warned
    if any(code.startswith("plan.over_budget.") for code in codes):
        expected.add("time.E001")  # even the minimum dose overruns the minutes: warned
    assert {i.code for i in issues} <= expected, issues[:5]
