"""Prescribe one exercise at its form's dose: the item builders every section shares.

Doses come from the tables (forms.toml for core, balance, plyometric and SAQ by level; the
flexibility techniques; cardio.toml for warm-up and cool-down minutes). Within a range the planner
picks by training status (choices.toml) and grows repetitions through the block.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from optcoach.catalog import Exercise
from optcoach.model.program import Intensity, Item, Split
from optcoach.model.tables import IntRange
from optcoach.model.vocab import FlexibilityTechnique, Form, Level, Muscle, PhaseNumber
from optcoach.planning.loads import Load, medicine_ball_load
from optcoach.planning.plan_context import PlanContext
from optcoach.planning.time_budget import Planned

SECONDS_PER_MINUTE = 60
LevelledForm = Form  # core, balance, plyometric or saq


@dataclass(frozen=True, slots=True)
class SessionSpec:
    """What one session is: its phase, the kind of split day, and where it sits in its block."""

    phase: PhaseNumber
    kind: Split
    block_index: int
    week_in_block: int
    block_weeks: int

    @property
    def share(self) -> float:
        """Return how far through the block the week is: 0.0 first week, 1.0 last."""
        return self.week_in_block / (self.block_weeks - 1) if self.block_weeks > 1 else 0.0


def grow(value_range: IntRange, share: float) -> int:
    """Return the value ``share`` of the way from the low to the high end (rounded half up)."""
    return math.floor(value_range.low + (value_range.high - value_range.low) * share + 0.5)


def ball_ceiling_percent(ctx: PlanContext) -> int:
    """Return the medicine-ball ceiling in % body weight (the power role's table value)."""
    for phase in ctx.tables.phases.values():
        for role in phase.roles.values():
            if role.percent_body_weight_max is not None:
                return role.percent_body_weight_max
    raise ValueError("no phase gives a medicine-ball ceiling (percent_body_weight_max)")


def ball_intensity(ctx: PlanContext, ceiling_percent: int) -> tuple[Intensity, Load]:
    load = medicine_ball_load(ctx.body_weight_kg, ceiling_percent, ctx.units)
    percent = round(load.load_kg / ctx.body_weight_kg * 100, 1)
    return Intensity(percent_body_weight=percent), load


def form_item(
    ctx: PlanContext,
    exercise: Exercise,
    form: LevelledForm,
    level: Level,
    spec: SessionSpec,
    *,
    rationale: str,
    optional: bool = False,
    droppable: bool = False,
    targets: tuple[Muscle, ...] = (),
) -> Planned:
    """Return ``exercise`` prescribed at ``form``'s dose for ``level`` (forms.toml).

    Items are immutable, so equal prescriptions are built once per program and shared.
    """
    dose = ctx.tables.forms.dose(form, level)
    key = (exercise.id, form, level, grow(dose.reps, spec.share), rationale, optional, targets)
    item = ctx.items.get(key)
    if item is None:
        item = ctx.items[key] = _form_item(
            ctx,
            exercise,
            form,
            level,
            spec,
            rationale=rationale,
            optional=optional,
            targets=targets,
        )
    return Planned(
        item=item, min_sets=dose.sets.low, min_rest_s=dose.rest_s.low, droppable=droppable
    )


def _form_item(
    ctx: PlanContext,
    exercise: Exercise,
    form: LevelledForm,
    level: Level,
    spec: SessionSpec,
    *,
    rationale: str,
    optional: bool,
    targets: tuple[Muscle, ...],
) -> Item:
    dose = ctx.tables.forms.dose(form, level)
    reps: int | None = None
    duration_s: int | None = None
    tempo: str | None = None
    if exercise.dose == "reps":
        reps = grow(dose.reps, spec.share)
        tempo = ctx.limit_tempo(dose.tempo)
        if dose.hold_s is not None:
            duration_s = dose.hold_s.low  # the stick at the end of each rep
    elif dose.hold_s is not None:
        duration_s = dose.hold_s.high
    else:
        duration_s = ctx.choices.holds[form]  # type: ignore[index]
    intensity = Intensity()
    load: Load | None = None
    if exercise.loading == "medicine_ball":
        intensity, load = ball_intensity(ctx, ball_ceiling_percent(ctx))
    return Item(
        exercise_id=exercise.id,
        name=exercise.name,
        form=form,
        level=level,
        sets=ctx.sets(dose.sets),
        reps=reps,
        duration_s=duration_s,
        per_side=exercise.per_side,
        tempo=tempo,
        rest_s=ctx.rest(dose.rest_s),
        intensity=intensity,
        load_kg=load.load_kg if load else None,
        load_lb=load.load_lb if load else None,
        targets=targets or tuple(exercise.muscles.primary),
        optional=optional,
        rationale=rationale,
    )


def flexibility_item(
    ctx: PlanContext,
    exercise: Exercise,
    technique: FlexibilityTechnique,
    level: Level,
    *,
    rationale: str,
    droppable: bool = False,
    targets: tuple[Muscle, ...] = (),
) -> Planned:
    """Return ``exercise`` at the minimum dose of its stretching ``technique``."""
    dose = ctx.tables.forms.flexibility.technique(technique)
    reps = dose.reps.low if dose.reps is not None else None
    duration_s = dose.hold_s.low if dose.hold_s is not None and reps is None else None
    item = Item(
        exercise_id=exercise.id,
        name=exercise.name,
        form="flexibility",
        level=level,
        technique=technique,
        sets=dose.sets.low,
        reps=reps,
        duration_s=duration_s,
        per_side=exercise.per_side,
        targets=targets or tuple(exercise.muscles.primary),
        rationale=rationale,
    )
    return Planned(item=item, min_sets=dose.sets.low, min_rest_s=0, droppable=droppable)


def cardio_item(
    ctx: PlanContext,
    exercise: Exercise,
    level: Level,
    minutes: int,
    zone: int,
    *,
    rationale: str,
    optional: bool,
) -> Planned:
    """Return a steady cardio bout of ``minutes`` in heart-rate ``zone``."""
    item = Item(
        exercise_id=exercise.id,
        name=exercise.name,
        form="cardiorespiratory",
        level=level,
        sets=1,
        duration_s=minutes * SECONDS_PER_MINUTE,
        intensity=ctx.zone_intensity(zone),
        optional=optional,
        rationale=rationale,
    )
    return Planned(item=item, min_sets=1, min_rest_s=0, droppable=optional)


def cardio_exercise(ctx: PlanContext, level: Level) -> Exercise | None:
    """Return the first cardio option (choices.toml order) the client can do at ``level``."""
    for exercise_id in ctx.choices.cardio.exercises:
        if exercise_id not in ctx.catalog:
            continue
        exercise = ctx.catalog.get(exercise_id)
        if level in exercise.levels and ctx.selector.allows(exercise):
            return exercise
    return None


def muscle_list(muscles: tuple[Muscle, ...]) -> str:
    return ", ".join(m.replace("_", " ") for m in muscles)
