"""Pick the muscles to release and stretch, and the exercises that do it.

With an assessment on file the warm-up and cool-down work on the overactive muscles it found;
without one they work on the muscles the session's split loads most (choices.toml). Exercises are
chosen per muscle from the catalog's flexibility exercises of the technique, one per muscle,
never twice in a section.
"""

from __future__ import annotations

from optcoach.catalog import Exercise
from optcoach.model.tables import IntRange
from optcoach.model.vocab import FlexibilityTechnique, Level, Muscle
from optcoach.planning.plan_context import PlanContext
from optcoach.planning.prescription import SessionSpec
from optcoach.planning.selection import rotate


def default_targets(ctx: PlanContext, spec: SessionSpec) -> tuple[Muscle, ...]:
    """Return the split's default muscles, rotated by block so each block varies the order."""
    muscles = ctx.choices.default_flexibility_targets[spec.kind]
    turn = spec.block_index % len(muscles)
    return muscles[turn:] + muscles[:turn]


def count_for(ctx: PlanContext, technique: FlexibilityTechnique, wanted: int) -> IntRange:
    """Return (as a range) how many exercises of ``technique`` to aim for and the minimum."""
    allowed = ctx.tables.forms.flexibility.technique(technique).exercises
    return IntRange(low=allowed.low, high=allowed.clamp(wanted))


def targeted(
    ctx: PlanContext,
    technique: FlexibilityTechnique,
    level: Level,
    muscles: tuple[Muscle, ...],
    count: int,
    turn: int,
) -> list[tuple[Exercise, Muscle]]:
    """Return up to ``count`` (exercise, muscle) pairs, one exercise per muscle in order."""
    chosen: list[tuple[Exercise, Muscle]] = []
    taken: set[str] = set()
    for muscle in muscles:
        if len(chosen) == count:
            break
        pool = ctx.selector.pool(
            form="flexibility", technique=technique, level=level, targets=muscle
        )
        exercise = rotate(pool, turn, taken=taken)
        if exercise is None:
            continue
        chosen.append((exercise, muscle))
        taken.add(exercise.id)
    return chosen


def untargeted(
    ctx: PlanContext, technique: FlexibilityTechnique, level: Level, count: int, turn: int
) -> list[Exercise]:
    """Return ``count`` exercises of ``technique`` in rotation (dynamic stretching)."""
    pool = ctx.selector.pool(form="flexibility", technique=technique, level=level)
    chosen: list[Exercise] = []
    for k in range(count):
        exercise = rotate(pool, turn * count + k, taken=[e.id for e in chosen])
        if exercise is None:
            break
        chosen.append(exercise)
    return chosen


def smr_allowed(ctx: PlanContext) -> bool:
    """Return whether safety allows SMR; warn once naming the rules when it does not."""
    if ctx.constraints.smr_allowed and "smr" not in ctx.constraints.excluded_tags:
        return True
    rules = "; ".join(r.label for r in ctx.constraints.rules_of("smr_contraindication"))
    ctx.warn("plan.no_smr.safety", f"SMR left out of warm-ups and cool-downs: {rules or 'safety'}")
    return False
