"""The session log model and parser, and the progression rules table."""

from __future__ import annotations

import pytest

from optcoach.model.progression_rules import load_progression_rules
from optcoach.model.session_log import LogEntry, LogError, parse_log
from optcoach.model.tables import load_ruleset
from tests.planning.progression.conftest import LOGS, load_log

ENTRY = {"date": "2027-01-04", "exercise_id": "goblet_squat", "set": 1, "reps": 10, "load_kg": 20}


def test_every_fixture_parses_sorted() -> None:
    for path in sorted(LOGS.glob("*.yaml")):
        entries = load_log(path.stem)
        keys = [(e.date, e.exercise_id, e.set) for e in entries]
        assert keys == sorted(keys), path.name


def test_pounds_convert_and_units_are_exclusive() -> None:
    entry = LogEntry.model_validate({**ENTRY, "load_kg": None, "load_lb": 45})
    assert entry.kg == 20.41
    with pytest.raises(ValueError, match="give load_kg or load_lb, not both"):
        LogEntry.model_validate({**ENTRY, "load_lb": 45})


def test_the_wrapped_form_is_accepted() -> None:
    entries = parse_log({"schema": "optcoach.log/v1", "entries": [ENTRY]})
    assert [(e.exercise_id, e.kg, e.completed, e.pain) for e in entries] == [
        ("goblet_squat", 20.0, True, False)
    ]


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            [{**ENTRY, "reps": -1}],
            "log: entries[0] (2027-01-04 goblet_squat).reps: Input should be "
            "greater than or equal to 0",
        ),
        (
            [ENTRY, {**ENTRY, "rpe": 11}],
            "log: entries[1] (2027-01-04 goblet_squat).rpe: Input "
            "should be less than or equal to 10",
        ),
        (
            [{**ENTRY, "date": "soon"}],
            "log: entries[0] (soon goblet_squat).date: Input should be "
            "a valid date or datetime, input is too short",
        ),
        (
            [{**ENTRY, "weight": 3}],
            "log: entries[0] (2027-01-04 goblet_squat).weight: Extra inputs are not permitted",
        ),
        (
            [{**ENTRY, "reps": None}],
            "log: entries[0] (2027-01-04 goblet_squat): a completed entry needs reps or duration_s",
        ),
        ([3], "log: entries[0]: expected a mapping of keys to values"),
        ({"entries": ENTRY}, "log: expected a list of log entries"),
        (
            {"schema": "other/v1", "entries": []},
            "log: schema must be 'optcoach.log/v1', not 'other/v1'",
        ),
        ({"entries": [], "rows": []}, "log: unknown keys ['rows']; expected schema and entries"),
    ],
)
def test_bad_logs_name_the_entry_and_field(document: object, message: str) -> None:
    with pytest.raises(LogError) as raised:
        parse_log(document)
    assert str(raised.value) == message


def test_rules_are_consistent_with_the_tables() -> None:
    rules = load_progression_rules()
    for bounds in (rules.increments.kg.upper, rules.increments.kg.lower):
        assert bounds.min <= bounds.max
    assert rules.increments.kg.upper.max <= rules.increments.kg.lower.max
    for experience in ("beginner", "intermediate", "advanced"):
        percent = rules.increments.percent[experience]  # type: ignore[index]
        assert percent.upper <= percent.lower
    assert rules.region(("chest",)) == "upper"
    assert rules.region(("legs", "hips")) == "lower"
    assert rules.load_steps.step(("dumbbells", "bench"), "kg") == 2.0
    assert rules.load_steps.step(("barbell", "dumbbells"), "kg") == 2.5
    assert rules.load_steps.step((), "lb") == 5.0
    for name in ("cpt7", "cpt6"):
        stages = load_ruleset(name).cardio.stages  # type: ignore[arg-type]
        assert stages[0].sessions_per_week is not None
    assert rules.block_end.step_down_below_percent <= rules.block_end.repeat_below_percent
