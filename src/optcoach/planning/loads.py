"""Turn %1RM prescriptions into loads a client can pick up, and progress them through a block.

A load is 1RM x %1RM, rounded to the equipment's real increments (planning/data/loads.toml):
barbell totals in plate steps and never below the bar, machine stacks in their step, dumbbells,
kettlebells and medicine balls to the nearest item of a standard set. Among the candidates the
planner prefers one whose %1RM stays inside the phase's range. Imperial clients get a load from
the imperial set, shown in lb, with the exact kg of that same weight. A 1RM measured with
dumbbells or kettlebells is a per-hand load, so the prescribed load is per hand too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from optcoach.catalog.exercise import Exercise
from optcoach.model.client import KG_PER_LB, Units
from optcoach.model.tables import IntRange
from optcoach.planning.choices import LoadSteps, load_load_table

Implement = Literal["barbell", "dumbbells", "kettlebells", "machine", "medicine_ball"]


@dataclass(frozen=True, slots=True)
class Load:
    load_kg: float
    load_lb: float | None


@dataclass(frozen=True, slots=True)
class WeekDose:
    """One week's point on a block's progression: %1RM (whole percent) and reps."""

    percent: int
    reps: int


def implement_for(exercise: Exercise) -> Implement | None:
    """Return what carries the load of ``exercise``, or None when nothing external is loaded."""
    if exercise.loading == "medicine_ball":
        return "medicine_ball"
    if exercise.loading != "external":
        return None
    equipment = set(exercise.equipment)
    if "barbell" in equipment:
        return "barbell"
    if "dumbbells" in equipment:
        return "dumbbells"
    if "kettlebells" in equipment:
        return "kettlebells"
    if equipment & {"cable_machine", "selectorized_machines"}:
        return "machine"
    return None


def _half_up(value: float) -> int:
    return math.floor(value + 0.5)


def progression(
    percent_range: IntRange, reps_range: IntRange, week: int, block_weeks: int
) -> WeekDose:
    """Return week ``week`` (0-based) of a ``block_weeks``-week block's linear progression.

    The %1RM climbs from the low to the high end of its range while the reps fall from the high
    to the low end, so load rises as reps drop, as the %1RM-by-reps chart expects. A one-week
    block sits at the low end. Raise ValueError when ``week`` is outside the block.
    """
    if not 0 <= week < block_weeks:
        raise ValueError(f"week {week} is outside a {block_weeks}-week block")
    share = week / (block_weeks - 1) if block_weeks > 1 else 0.0
    percent = _half_up(percent_range.low + (percent_range.high - percent_range.low) * share)
    reps = _half_up(reps_range.high - (reps_range.high - reps_range.low) * share)
    return WeekDose(percent=percent, reps=reps)


def _candidates(steps: LoadSteps, implement: Implement, target: float) -> tuple[float, ...]:
    """Return the loads (in the set's unit) next to ``target`` that the equipment offers."""
    if implement in ("barbell", "machine"):
        step = steps.barbell_step if implement == "barbell" else steps.machine_step
        floor = steps.barbell_min if implement == "barbell" else steps.machine_min
        k = math.floor(max(target - floor, 0.0) / step)
        return tuple(floor + step * i for i in range(max(k - 1, 0), k + 3))
    items = {
        "dumbbells": steps.dumbbells,
        "kettlebells": steps.kettlebells,
        "medicine_ball": steps.medicine_balls,
    }[implement]
    return items


def round_load(
    target_kg: float,
    implement: Implement,
    units: Units,
    *,
    within_kg: tuple[float, float] | None = None,
) -> Load:
    """Return the real load nearest ``target_kg``, preferring one inside ``within_kg``.

    Ties go to the lighter load. Imperial clients get the lb value of the imperial set and its
    exact kg (0.1 kg).
    """
    table = load_load_table()
    steps = table.imperial if units == "imperial" else table.metric
    to_kg = KG_PER_LB if units == "imperial" else 1.0
    target = target_kg / to_kg
    options = _candidates(steps, implement, target)

    def inside(value: float) -> bool:
        if within_kg is None:
            return True
        kg = value * to_kg
        return within_kg[0] - 1e-9 <= kg <= within_kg[1] + 1e-9

    pool = [v for v in options if inside(v)] or list(options)
    best = min(pool, key=lambda v: (abs(v - target), v))
    if units == "imperial":
        return Load(load_kg=round(best * KG_PER_LB, 1), load_lb=float(best))
    return Load(load_kg=float(best), load_lb=None)


def medicine_ball_load(body_weight_kg: float, max_percent: int, units: Units) -> Load:
    """Return the heaviest medicine ball at or below ``max_percent`` of body weight.

    When even the lightest ball is heavier, return the lightest ball.
    """
    table = load_load_table()
    steps = table.imperial if units == "imperial" else table.metric
    to_kg = KG_PER_LB if units == "imperial" else 1.0
    limit = body_weight_kg * max_percent / 100 / to_kg
    fitting = [ball for ball in steps.medicine_balls if ball <= limit + 1e-9]
    ball = max(fitting) if fitting else min(steps.medicine_balls)
    if units == "imperial":
        return Load(load_kg=round(ball * KG_PER_LB, 1), load_lb=float(ball))
    return Load(load_kg=float(ball), load_lb=None)
