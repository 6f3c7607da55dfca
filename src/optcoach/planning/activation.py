"""Build the activation section: core and balance at the phase's level.

Counts, sets, reps, tempo and rest come from forms.toml by level. With an assessment on file,
exercises whose prime movers include an underactive muscle go first, so activation works on what
the screen found weak. At power level both forms are optional; the section still keeps one item,
because the template requires it.
"""

from __future__ import annotations

from typing import Literal

from optcoach.catalog import Exercise
from optcoach.model.vocab import PHASE_LEVELS, Level
from optcoach.planning.plan_context import PlanContext
from optcoach.planning.prescription import SessionSpec, form_item, muscle_list
from optcoach.planning.selection import rotate
from optcoach.planning.time_budget import Planned

ActivationForm = Literal["core", "balance"]


def choose_for_underactive(
    ctx: PlanContext, pool: tuple[Exercise, ...], count: int, turn: int
) -> list[Exercise]:
    """Return ``count`` exercises: those working underactive muscles first, then the rest."""
    weak = set(ctx.underactive)
    targeting = [e for e in pool if weak & set(e.muscles.primary)]
    others = [e for e in pool if not weak & set(e.muscles.primary)]
    chosen: list[Exercise] = []
    for group in (targeting, others):
        while len(chosen) < count:
            exercise = rotate(group, turn + len(chosen), taken=[e.id for e in chosen])
            if exercise is None:
                break
            chosen.append(exercise)
    return chosen


def _rationale(ctx: PlanContext, exercise: Exercise, form: str, level: Level) -> str:
    hit = tuple(m for m in exercise.muscles.primary if m in ctx.underactive)
    if hit:
        return f"activation: {form} at {level} level; works underactive {muscle_list(hit)}"
    return f"activation: {form} at {level} level"


FormChoice = tuple[Exercise, ActivationForm, str, bool]


def build_activation(ctx: PlanContext, spec: SessionSpec) -> list[Planned]:
    """Return the core and balance items of the session (exercises chosen once per block)."""
    level = PHASE_LEVELS[spec.phase]
    key = ("activation", spec.phase, spec.block_index)
    chosen = ctx.selections.get(key)
    if chosen is None:
        chosen = ctx.selections[key] = choose_activation(ctx, spec)
    return [
        form_item(ctx, exercise, form, level, spec, droppable=droppable, rationale=rationale)
        for exercise, form, rationale, droppable in chosen
    ]


def choose_activation(ctx: PlanContext, spec: SessionSpec) -> tuple[FormChoice, ...]:
    """Return the block's core and balance exercises with their rationale and droppability."""
    level = PHASE_LEVELS[spec.phase]
    items: list[FormChoice] = []
    forms: tuple[ActivationForm, ...] = ("core", "balance")
    for form in forms:
        dose = ctx.tables.forms.dose(form, level)
        count = dose.exercises.clamp(ctx.choices.form_counts[form][level])
        pool = ctx.selector.pool(form=form, level=level)
        chosen = choose_for_underactive(ctx, pool, count, spec.block_index)
        if len(chosen) < dose.exercises.low:
            if not dose.optional:
                ctx.warn(
                    f"plan.no_{form}.{level}",
                    f"no {form} exercise at {level} level fits the client's equipment and "
                    "safety limits; the form is left out",
                )
            continue
        minimum = 0 if dose.optional else dose.exercises.low
        for k, exercise in enumerate(chosen):
            keep = not items or k < minimum  # the section always keeps its first item
            items.append((exercise, form, _rationale(ctx, exercise, form, level), not keep))
    return tuple(items)
