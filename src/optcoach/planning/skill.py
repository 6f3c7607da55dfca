"""Build skill development: plyometric and SAQ drills where the phase and goal call for them.

A form whose forms.toml dose is not optional at the level (plyometrics at strength level) is
always included; optional forms are included for the goals and levels choices.toml lists (e.g.
sports performance). Safety exclusions (plyometric impact) leave only no-impact options or none.
"""

from __future__ import annotations

from typing import Literal

from optcoach.catalog import Exercise
from optcoach.model.vocab import PHASE_LEVELS, Goal
from optcoach.planning.plan_context import PlanContext
from optcoach.planning.prescription import SessionSpec, form_item
from optcoach.planning.selection import rotate
from optcoach.planning.time_budget import Planned

SkillForm = Literal["plyometric", "saq"]


SkillChoice = tuple[Exercise, SkillForm, str, bool]


def build_skill(ctx: PlanContext, spec: SessionSpec, goal: Goal) -> list[Planned]:
    """Return the plyometric and SAQ items of the session (exercises chosen once per block)."""
    level = PHASE_LEVELS[spec.phase]
    key = ("skill", spec.phase, spec.block_index)
    chosen = ctx.selections.get(key)
    if chosen is None:
        chosen = ctx.selections[key] = choose_skill(ctx, spec, goal)
    return [
        form_item(ctx, exercise, form, level, spec, droppable=droppable, rationale=rationale)
        for exercise, form, rationale, droppable in chosen
    ]


def choose_skill(ctx: PlanContext, spec: SessionSpec, goal: Goal) -> tuple[SkillChoice, ...]:
    """Return the block's plyometric and SAQ exercises (possibly none)."""
    level = PHASE_LEVELS[spec.phase]
    wanted = ctx.choices.skill_forms[goal]
    items: list[SkillChoice] = []
    forms: tuple[SkillForm, ...] = ("plyometric", "saq")
    for form in forms:
        dose = ctx.tables.forms.dose(form, level)
        if dose.optional and level not in getattr(wanted, form):
            continue
        count = dose.exercises.clamp(ctx.choices.form_counts[form][level])
        pool = ctx.selector.pool(form=form, level=level)
        chosen: list[Exercise] = []
        for k in range(count):
            exercise = rotate(pool, spec.block_index * count + k, taken=[e.id for e in chosen])
            if exercise is None:
                break
            chosen.append(exercise)
        if len(chosen) < dose.exercises.low:
            if not dose.optional:
                ctx.warn(
                    f"plan.no_{form}.{level}",
                    f"no {form} exercise at {level} level fits the client's equipment and safety "
                    "limits; skill development leaves it out",
                )
            continue
        why = "required at this level" if not dose.optional else f"chosen for {goal}"
        rationale = f"skill development: {form} at {level} level ({why})"
        items += [
            (exercise, form, rationale, k >= dose.exercises.low)
            for k, exercise in enumerate(chosen)
        ]
    return tuple(items)
