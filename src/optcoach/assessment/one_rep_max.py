"""One-rep max estimation from a submaximal set, and the per-exercise 1RM map for the planner.

Three estimators: Epley, Brzycki and the %1RM-by-reps chart. A single rep is its own 1RM. Sets of
more than ``reliable_reps_max`` reps (10) give unreliable estimates, and the result says so.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from optcoach.assessment.rounding import round_half_up
from optcoach.model.assessment_input import Lift, StrengthTest
from optcoach.model.client import KG_PER_LB
from optcoach.model.norms import OneRepMaxMethod, load_norms

KG_DECIMALS = 1


class OneRepMaxEstimate(BaseModel):
    """A one-rep max estimated from ``weight_kg`` lifted ``reps`` times."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    exercise_id: str
    weight_kg: float
    reps: int
    one_rep_max_kg: float
    method: OneRepMaxMethod
    reliable: bool
    warning: str | None = None


def _check(weight: float, reps: int) -> None:
    if weight <= 0:
        raise ValueError(f"weight must be positive, not {weight}")
    if reps < 1:
        raise ValueError(f"reps must be at least 1, not {reps}")


def epley(weight: float, reps: int) -> float:
    """Return weight x (1 + reps / 30); a single rep is its own max. Unrounded."""
    _check(weight, reps)
    if reps == 1:
        return weight
    return weight * (1 + reps / load_norms().one_rep_max.epley_divisor)


def brzycki(weight: float, reps: int) -> float:
    """Return weight x 36 / (37 - reps). Unrounded; raise ValueError at 37 reps or more."""
    _check(weight, reps)
    norms = load_norms().one_rep_max
    if reps >= norms.brzycki_denominator:
        raise ValueError(f"Brzycki is undefined at {reps} reps")
    return weight * norms.brzycki_numerator / (norms.brzycki_denominator - reps)


def chart(weight: float, reps: int) -> float:
    """Return weight / (chart % for ``reps``). Unrounded; raise KeyError beyond the chart."""
    _check(weight, reps)
    table = load_norms().one_rep_max.chart
    if reps not in table:
        raise KeyError(f"the %1RM chart stops at {max(table)} reps, not {reps}")
    return weight * 100 / table[reps]


ESTIMATORS = {"epley": epley, "brzycki": brzycki, "chart": chart}


def estimate_one_rep_max(
    exercise_id: str, weight_kg: float, reps: int, method: OneRepMaxMethod | None = None
) -> OneRepMaxEstimate:
    """Return the estimated 1RM (kg, one decimal) with a warning when reps make it unreliable.

    Past the end of the chart the estimate falls back to Epley and says so. Raise ValueError for
    a non-positive weight or fewer than one rep.
    """
    norms = load_norms().one_rep_max
    chosen: OneRepMaxMethod = method or norms.default
    warnings = []
    reliable = reps <= norms.reliable_reps_max
    if not reliable:
        warnings.append(
            f"{exercise_id}: {reps} reps is above {norms.reliable_reps_max}; the 1RM estimate is "
            "unreliable - retest with a heavier load for fewer reps"
        )
    if chosen == "chart" and reps not in norms.chart:
        chosen = "epley"
        warnings.append(
            f"{exercise_id}: the %1RM chart stops at {max(norms.chart)} reps; used Epley"
        )
    value = ESTIMATORS[chosen](weight_kg, reps)
    return OneRepMaxEstimate(
        exercise_id=exercise_id,
        weight_kg=weight_kg,
        reps=reps,
        one_rep_max_kg=round_half_up(value, KG_DECIMALS),
        method=chosen,
        reliable=reliable,
        warning="; ".join(warnings) or None,
    )


def lift_weight_kg(weight_kg: float | None, weight_lb: float | None) -> float:
    """Return a set's load in kg, converting pounds (two decimals)."""
    if weight_kg is not None:
        return weight_kg
    if weight_lb is None:
        raise ValueError("a lift needs weight_kg or weight_lb")
    return round_half_up(weight_lb * KG_PER_LB, 2)


def estimate_lift(lift: Lift, method: OneRepMaxMethod | None = None) -> OneRepMaxEstimate:
    return estimate_one_rep_max(
        lift.exercise_id, lift_weight_kg(lift.weight_kg, lift.weight_lb), lift.reps, method
    )


def estimate_strength_test(
    test: StrengthTest, method: OneRepMaxMethod | None = None
) -> OneRepMaxEstimate:
    """Return the 1RM implied by a bench or squat strength test's last completed set."""
    exercise_id = test.exercise_id or load_norms().strength_test.exercise_ids[test.test]
    weight = lift_weight_kg(test.weight_kg, test.weight_lb)
    return estimate_one_rep_max(exercise_id, weight, test.reps, method)


def one_rep_max_map(estimates: Iterable[OneRepMaxEstimate]) -> dict[str, float]:
    """Return {exercise_id: kg}, sorted by id, one value per exercise.

    Reliable estimates win over unreliable ones; among equals the highest estimate wins.
    """
    best: dict[str, OneRepMaxEstimate] = {}
    for estimate in estimates:
        current = best.get(estimate.exercise_id)
        rank = (estimate.reliable, estimate.one_rep_max_kg)
        if current is None or rank > (current.reliable, current.one_rep_max_kg):
            best[estimate.exercise_id] = estimate
    return {key: best[key].one_rep_max_kg for key in sorted(best)}
