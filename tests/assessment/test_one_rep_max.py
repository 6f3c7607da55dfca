import pytest

from optcoach.assessment.one_rep_max import (
    brzycki,
    chart,
    epley,
    estimate_lift,
    estimate_one_rep_max,
    estimate_strength_test,
    one_rep_max_map,
)
from optcoach.model.assessment_input import Lift, StrengthTest


@pytest.mark.parametrize(
    ("reps", "epley_kg", "brzycki_kg"),
    [
        (1, 100.0, 100.0),
        (2, 106.67, 102.86),
        (5, 116.67, 112.5),
        (10, 133.33, 133.33),
        (12, 140.0, 144.0),
    ],
)
def test_epley_and_brzycki(reps: int, epley_kg: float, brzycki_kg: float) -> None:
    assert round(epley(100, reps), 2) == epley_kg
    assert round(brzycki(100, reps), 2) == brzycki_kg


CHART = {1: 100, 2: 95, 3: 90, 4: 88, 5: 86, 6: 83, 7: 80, 8: 78, 9: 76, 10: 75, 11: 72, 12: 70}


@pytest.mark.parametrize(("reps", "percent"), sorted(CHART.items()))
def test_chart_divides_by_the_percentage(reps: int, percent: int) -> None:
    assert chart(percent, reps) == pytest.approx(100.0)


def test_chart_stops_at_12_and_falls_back_to_epley() -> None:
    with pytest.raises(KeyError, match="the %1RM chart stops at 12 reps, not 13"):
        chart(50, 13)
    fallback = estimate_one_rep_max("squat", 60, 13, "chart")
    assert (fallback.one_rep_max_kg, fallback.method) == (86.0, "epley")
    assert fallback.warning == (
        "squat: 13 reps is above 10; the 1RM estimate is unreliable - retest with a heavier "
        "load for fewer reps; squat: the %1RM chart stops at 12 reps; used Epley"
    )
    estimate = estimate_one_rep_max("squat", 60, 8, "chart")
    assert (estimate.one_rep_max_kg, estimate.method, estimate.warning) == (76.9, "chart", None)


def test_estimate_warns_above_10_reps() -> None:
    ten = estimate_one_rep_max("leg_press", 100, 10)
    assert (ten.one_rep_max_kg, ten.reliable, ten.warning) == (133.3, True, None)
    twelve = estimate_one_rep_max("leg_press", 100, 12)
    assert (twelve.one_rep_max_kg, twelve.reliable) == (140.0, False)
    assert twelve.warning == (
        "leg_press: 12 reps is above 10; the 1RM estimate is unreliable - retest with a heavier "
        "load for fewer reps"
    )


def test_brzycki_undefined_at_37() -> None:
    with pytest.raises(ValueError, match="Brzycki is undefined at 37 reps"):
        brzycki(50, 37)
    with pytest.raises(ValueError, match="weight must be positive"):
        epley(0, 5)


def test_lifts_in_pounds_and_strength_tests() -> None:
    lift = estimate_lift(Lift(exercise_id="barbell_bench_press", weight_lb=135, reps=5))
    assert lift.weight_kg == 61.23
    assert lift.one_rep_max_kg == 71.4
    bench = estimate_strength_test(StrengthTest(test="bench_press", weight_kg=80))
    assert (bench.exercise_id, bench.reps, bench.one_rep_max_kg) == ("barbell_bench_press", 3, 88.0)
    squat = estimate_strength_test(
        StrengthTest(test="squat", weight_kg=100, exercise_id="front_squat", reps=2)
    )
    assert (squat.exercise_id, squat.one_rep_max_kg) == ("front_squat", 106.7)


def test_map_keeps_one_value_per_exercise_preferring_reliable() -> None:
    estimates = [
        estimate_one_rep_max("row", 50, 15),  # 75.0 but unreliable
        estimate_one_rep_max("row", 60, 5),  # 70.0 reliable
        estimate_one_rep_max("bench", 60, 5),
        estimate_one_rep_max("bench", 62, 5),
    ]
    assert one_rep_max_map(estimates) == {"bench": 72.3, "row": 70.0}
    assert list(one_rep_max_map(estimates)) == ["bench", "row"]
