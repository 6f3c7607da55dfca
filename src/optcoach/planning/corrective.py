"""Corrective activation: isolated strengthening of the muscles the assessment found underactive.

The session template lets the activation section hold resistance work for this (reference §7:
corrective isolated strengthening is allowed there), so the exercises sit after core and balance.
Which exercises: the assessment's corrective plan (``activate``) first, then catalog exercises
marked ``corrective`` for each underactive muscle, at most choices.toml ``corrective`` many, each
serving an underactive muscle that neither core nor balance nor an earlier pick already works.
The dose is the continuum's isolated strengthening (choices.toml ``corrective.sets``/``reps``)
inside the phase's stabilization-role variables (phases.toml), so it is only prescribed in
phases whose table has a stabilization role (1 and 2); phases 3-5 have no table for a
stabilization-tempo exercise and leave it out.
"""

from __future__ import annotations

from dataclasses import dataclass

from optcoach.catalog import Exercise
from optcoach.model.program import Item
from optcoach.model.vocab import PHASE_LEVELS, ExerciseRole, Muscle
from optcoach.planning.loads import progression
from optcoach.planning.plan_context import PlanContext, overlap
from optcoach.planning.prescription import SessionSpec, muscle_list
from optcoach.planning.resistance import percent_range, prescribe_load
from optcoach.planning.time_budget import Planned

ROLE: ExerciseRole = "stabilization"


@dataclass(frozen=True, slots=True)
class CorrectiveChoice:
    exercise: Exercise
    targets: tuple[Muscle, ...]
    why: str


def choose_corrective(
    ctx: PlanContext, spec: SessionSpec, worked: frozenset[Muscle] = frozenset()
) -> tuple[CorrectiveChoice, ...]:
    """Return the block's corrective exercises (empty without underactive muscles).

    ``worked`` are the muscles the section's core and balance exercises already train; an
    exercise is chosen only for an underactive muscle nothing else serves yet.
    """
    limit = ctx.choices.corrective.max_exercises
    table = ctx.tables.phase(spec.phase)
    if not ctx.underactive or limit == 0 or ROLE not in table.roles:
        return ()
    candidates: list[tuple[Exercise, tuple[Muscle, ...], str]] = [
        (ctx.catalog.get(step.exercise_id), tuple(step.targets), step.rationale)
        for step in ctx.report.corrective_plan.activate
        if step.exercise_id in ctx.catalog
    ]
    for muscle in ctx.underactive:
        for exercise in ctx.selector.pool(
            form="resistance", role=ROLE, level=ROLE, targets=muscle, corrective=True
        ):
            candidates.append((exercise, (muscle,), ""))
    chosen: list[CorrectiveChoice] = []
    served: set[str] = set(worked)
    for exercise, targets, why in candidates:
        if len(chosen) == limit:
            break
        if (
            any(c.exercise.id == exercise.id for c in chosen)
            or served.issuperset(targets)
            or ROLE not in exercise.roles
            or not ctx.selector.allows(exercise)
        ):
            continue
        served.update(targets)
        note = why or f"isolated strengthening of underactive {muscle_list(targets)}"
        chosen.append(CorrectiveChoice(exercise, targets, note))
    return tuple(chosen)


def corrective_item(ctx: PlanContext, choice: CorrectiveChoice, spec: SessionSpec) -> Planned:
    """Return ``choice`` dosed as isolated strengthening inside the phase's stabilization role."""
    table = ctx.tables.phase(spec.phase)
    variables = table.roles[ROLE]
    dose = ctx.choices.corrective
    sets = overlap(table.sets, dose.sets)
    key = ("corrective", choice.exercise.id, spec.phase, spec.week_in_block, spec.block_weeks)
    item = ctx.items.get(key)
    if item is None:
        reps_range = overlap(variables.reps, dose.reps)
        week = progression(
            percent_range(ctx, table, ROLE), reps_range, spec.week_in_block, spec.block_weeks
        )
        reps = ctx.reps(reps_range, week.reps)
        level = PHASE_LEVELS[spec.phase]
        intensity, load, load_note = prescribe_load(
            ctx, choice.exercise, table, ROLE, level, week.percent, reps
        )
        item = ctx.items[key] = Item(
            exercise_id=choice.exercise.id,
            name=choice.exercise.name,
            form="resistance",
            level=level,
            role=ROLE,
            sets=ctx.sets(sets, resistance=True),
            reps=reps,
            per_side=choice.exercise.per_side,
            tempo=ctx.limit_tempo(variables.tempo),
            rest_s=ctx.rest(variables.rest_s),
            intensity=intensity,
            load_kg=load.load_kg if load else None,
            load_lb=load.load_lb if load else None,
            targets=tuple(choice.exercise.muscles.primary),
            rationale=(
                f"activation (corrective): {choice.why}; phase {spec.phase} stabilization-role "
                f"dose; {load_note}"
            ),
        )
    return Planned(
        item=item,
        min_sets=ctx.resistance_sets_floor(sets),
        min_rest_s=variables.rest_s.low,
        droppable=True,
    )
