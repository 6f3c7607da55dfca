"""Corrective activation: isolated strengthening of the muscles the assessment found underactive.

The session template lets the activation section hold resistance work for this (reference §7:
corrective isolated strengthening is allowed there), so the exercises sit after core and balance.
Which exercises: the assessment's corrective plan (``activate``) first, then catalog exercises
marked ``corrective`` for each underactive muscle, at most choices.toml ``corrective`` many, each
serving an underactive muscle that neither core nor balance nor an earlier pick already works.
The dose is the corrective continuum's activation step (model/data/corrective.toml ``activate``:
sets, reps, tempo, rest), the same in every phase; the validator judges these items by the same
table (``optcoach.validate.acute_variables``), not by the phase's resistance roles.
"""

from __future__ import annotations

from dataclasses import dataclass

from optcoach.catalog import Exercise
from optcoach.model.corrective import load_corrective
from optcoach.model.program import Intensity, Item
from optcoach.model.vocab import PHASE_LEVELS, ExerciseRole, Muscle
from optcoach.planning.plan_context import PlanContext
from optcoach.planning.prescription import SessionSpec, muscle_list
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
    if not ctx.underactive or limit == 0:
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
            or not exercise.corrective
            or "resistance" not in exercise.forms
            or ROLE not in exercise.roles
            or not ctx.selector.allows(exercise)
        ):
            continue
        served.update(targets)
        note = why or f"isolated strengthening of underactive {muscle_list(targets)}"
        chosen.append(CorrectiveChoice(exercise, targets, note))
    return tuple(chosen)


def corrective_item(ctx: PlanContext, choice: CorrectiveChoice, spec: SessionSpec) -> Planned:
    """Return ``choice`` dosed as the continuum's isolated strengthening (corrective.toml).

    The effort is the stabilization level's (choices.toml ``body_weight_rpe``): slow reps with a
    light load, no %1RM, whatever the phase.
    """
    dose = load_corrective().activation(ctx.tables.name)
    key = ("corrective", choice.exercise.id, spec.phase)
    item = ctx.items.get(key)
    if item is None:
        item = ctx.items[key] = Item(
            exercise_id=choice.exercise.id,
            name=choice.exercise.name,
            form="resistance",
            level=PHASE_LEVELS[spec.phase],
            role=ROLE,
            sets=ctx.sets(dose.sets, resistance=True),
            reps=ctx.reps(dose.reps, dose.prescribed_reps),
            per_side=choice.exercise.per_side,
            tempo=ctx.limit_tempo(dose.tempo),
            rest_s=ctx.rest(dose.rest_s),
            intensity=Intensity(rpe=ctx.body_weight_rpe(ROLE)),
            targets=tuple(choice.exercise.muscles.primary),
            rationale=(
                f"activation (corrective): {choice.why}; the continuum's isolated strengthening "
                f"dose ({dose.sets} sets x {dose.reps} reps, tempo {dose.tempo}), a light load"
            ),
        )
    return Planned(
        item=item,
        min_sets=ctx.resistance_sets_floor(dose.sets),
        min_rest_s=dose.rest_s.low,
        droppable=True,
    )
