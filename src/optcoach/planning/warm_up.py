"""Build the warm-up: SMR, the level's stretching technique, and optional cardio.

Level decides the stretching (forms.toml flexibility.levels): static at stabilization, active at
strength, dynamic at power. With an assessment on file, static stretches go only to the muscles it
found overactive; when it found none, the stabilization warm-up uses dynamic stretching instead
(allowed at every level). At power level overactive muscles also get static stretches.
"""

from __future__ import annotations

from optcoach.catalog import Exercise
from optcoach.model.tables import load_goals
from optcoach.model.vocab import PHASE_LEVELS, FlexibilityTechnique, Level, Muscle
from optcoach.planning.flexibility import (
    count_for,
    default_targets,
    smr_allowed,
    targeted,
    untargeted,
)
from optcoach.planning.plan_context import PlanContext
from optcoach.planning.prescription import (
    SessionSpec,
    cardio_exercise,
    cardio_item,
    flexibility_item,
    muscle_list,
)
from optcoach.planning.time_budget import Planned


def release_targets(ctx: PlanContext, spec: SessionSpec) -> tuple[tuple[Muscle, ...], str]:
    """Return the muscles SMR and stretching work on, and why."""
    if ctx.overactive:
        return ctx.overactive, "overactive in the assessment"
    return default_targets(ctx, spec), f"loaded by a {spec.kind.replace('_', ' ')} session"


def build_smr(ctx: PlanContext, spec: SessionSpec, section: str) -> list[Planned]:
    """Return SMR items (warm-up or cool-down): 1-3 muscles, minimum hold."""
    if not smr_allowed(ctx):
        return []
    level = PHASE_LEVELS[spec.phase]
    muscles, why = release_targets(ctx, spec)
    wanted = len(muscles) if ctx.overactive else ctx.choices.flexibility_counts["smr"]
    count = count_for(ctx, "smr", wanted)
    pairs = targeted(ctx, "smr", level, muscles, count.high, spec.block_index)
    if not pairs:
        ctx.warn(
            "plan.no_smr.equipment",
            "no SMR exercise fits the client's equipment (a foam roller opens most of them); "
            "SMR is left out",
        )
    return [
        flexibility_item(
            ctx,
            exercise,
            "smr",
            level,
            targets=(muscle,),
            droppable=k >= count.low,
            rationale=f"{section}: SMR inhibits {muscle_list((muscle,))} ({why})",
        )
        for k, (exercise, muscle) in enumerate(pairs)
    ]


def build_stretches(
    ctx: PlanContext,
    spec: SessionSpec,
    technique: FlexibilityTechnique,
    muscles: tuple[Muscle, ...],
    rationale: str,
) -> list[Planned]:
    """Return 1-3 stretches of ``technique`` for ``muscles`` (warm-up or cool-down).

    ``rationale`` is a template whose ``{muscle}`` becomes the stretched muscle's name.
    """
    level = PHASE_LEVELS[spec.phase]
    wanted = len(muscles) if ctx.overactive else ctx.choices.flexibility_counts[technique]
    count = count_for(ctx, technique, wanted)
    pairs = targeted(ctx, technique, level, muscles, count.high, spec.block_index)
    return [
        flexibility_item(
            ctx,
            exercise,
            technique,
            level,
            targets=(muscle,),
            droppable=k >= count.low,
            rationale=rationale.format(muscle=muscle_list((muscle,))),
        )
        for k, (exercise, muscle) in enumerate(pairs)
    ]


def _lengthens(spec: SessionSpec, ctx: PlanContext, technique: str, why: str) -> str:
    level = PHASE_LEVELS[spec.phase]
    uses = ctx.tables.forms.flexibility.levels[level]
    return (
        f"warm-up: {technique} stretch lengthens {{muscle}} ({why}; {level} level uses {uses} "
        "stretching)"
    )


def _dynamic(ctx: PlanContext, spec: SessionSpec, why: str) -> list[Planned]:
    level = PHASE_LEVELS[spec.phase]
    count = count_for(ctx, "dynamic", ctx.choices.flexibility_counts["dynamic"])
    chosen: list[Exercise] = untargeted(ctx, "dynamic", level, count.high, spec.block_index)
    if len(chosen) < count.low:
        return []
    return [
        flexibility_item(
            ctx,
            exercise,
            "dynamic",
            level,
            droppable=k >= count.low,
            rationale=f"warm-up: dynamic stretching prepares the whole body ({why})",
        )
        for k, exercise in enumerate(chosen)
    ]


def build_warm_up(ctx: PlanContext, spec: SessionSpec) -> list[Planned]:
    """Return the warm-up items: SMR, stretching by level, then optional cardio."""
    level: Level = PHASE_LEVELS[spec.phase]
    items = build_smr(ctx, spec, "warm-up")
    technique = ctx.tables.forms.flexibility.levels[level]
    muscles, why = release_targets(ctx, spec)
    if technique == "static" and ctx.assessed and not ctx.overactive:
        items += _dynamic(ctx, spec, "the assessment found no overactive muscle to stretch")
    elif technique == "dynamic":
        items += _dynamic(ctx, spec, f"{level} level")
        if ctx.overactive:
            why = "overactive in the assessment"
            items += build_stretches(
                ctx, spec, "static", ctx.overactive, _lengthens(spec, ctx, "static", why)
            )
    else:
        items += build_stretches(
            ctx, spec, technique, muscles, _lengthens(spec, ctx, technique, why)
        )
    if level in ctx.choices.optional_cardio.warm_up:
        items += _warm_up_cardio(ctx, level)
    return items


def _warm_up_cardio(ctx: PlanContext, level: Level) -> list[Planned]:
    """Return the warm-up's zone-1 cardio bout: required when the goal trains cardio every block."""
    exercise = cardio_exercise(ctx, level)
    if exercise is None:
        return []
    minutes = ctx.tables.cardio.warm_up_minutes.low
    required = (
        ctx.choices.cardio_every_block.warm_up_required
        and load_goals().routes[ctx.client.goal].cardio_every_block
    )
    if required:
        goal = ctx.client.goal.replace("_", " ")
        why = f"{minutes} min of zone-1 cardio raises body temperature; kept in every session "
        why += f"because a {goal} program trains cardio in every block"
    else:
        why = f"optional {minutes} min of zone-1 cardio raises body temperature"
    return [
        cardio_item(
            ctx,
            exercise,
            level,
            minutes,
            zone=1,
            optional=not required,
            rationale=f"warm-up: {why}",
        )
    ]
