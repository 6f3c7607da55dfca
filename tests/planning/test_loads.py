"""Loads: real increments for each implement and unit system, progression inside a block."""

import pytest

from optcoach.model.tables import IntRange, load_ruleset
from optcoach.planning.loads import Load, WeekDose, medicine_ball_load, progression, round_load


@pytest.mark.parametrize(
    ("target", "implement", "units", "within", "expected"),
    [
        (61.2, "barbell", "metric", None, Load(load_kg=60.0, load_lb=None)),
        (61.3, "barbell", "metric", None, Load(load_kg=62.5, load_lb=None)),
        (12.0, "barbell", "metric", None, Load(load_kg=20.0, load_lb=None)),
        (33.7, "machine", "metric", None, Load(load_kg=32.5, load_lb=None)),
        (11.0, "dumbbells", "metric", None, Load(load_kg=10.0, load_lb=None)),
        (11.0, "dumbbells", "metric", (10.5, 12.5), Load(load_kg=12.0, load_lb=None)),
        (21.0, "dumbbells", "metric", None, Load(load_kg=20.0, load_lb=None)),
        (15.0, "kettlebells", "metric", None, Load(load_kg=14.0, load_lb=None)),
        # 61.2 kg = 134.9 lb -> 135 lb on the bar
        (61.2, "barbell", "imperial", None, Load(load_kg=61.2, load_lb=135.0)),
        # 11 kg = 24.3 lb -> the 25 lb dumbbell
        (11.0, "dumbbells", "imperial", None, Load(load_kg=11.3, load_lb=25.0)),
    ],
)
def test_round_load_picks_a_weight_the_gym_has(
    target: float, implement: str, units: str, within: tuple[float, float] | None, expected: Load
) -> None:
    assert round_load(target, implement, units, within_kg=within) == expected  # type: ignore[arg-type]


def test_medicine_ball_is_the_heaviest_at_or_below_ten_percent_of_body_weight() -> None:
    assert medicine_ball_load(82.0, 10, "metric") == Load(load_kg=8.0, load_lb=None)
    assert medicine_ball_load(82.0, 10, "imperial") == Load(load_kg=8.2, load_lb=18.0)
    assert medicine_ball_load(15.0, 10, "metric") == Load(load_kg=1.0, load_lb=None)


def test_progression_climbs_the_phase_range_while_reps_fall() -> None:
    role = load_ruleset("cpt7").phase(1).roles["stabilization"]
    weeks = [progression(role.percent_1rm, role.reps, w, 4) for w in range(4)]
    assert weeks == [
        WeekDose(percent=50, reps=20),
        WeekDose(percent=57, reps=17),
        WeekDose(percent=63, reps=15),
        WeekDose(percent=70, reps=12),
    ]
    assert progression(IntRange(low=85, high=100), IntRange(low=1, high=5), 0, 1) == WeekDose(
        percent=85, reps=5
    )


def test_progression_rejects_a_week_outside_the_block() -> None:
    with pytest.raises(ValueError, match="outside a 4-week block"):
        progression(IntRange(low=50, high=70), IntRange(low=12, high=20), 4, 4)
