"""Build the client's-choice section from the client's favourite exercises, when they are safe.

A favourite qualifies when the catalog holds it, the client's equipment and safety limits allow
it, it is not already in the session, and it can be done at the phase's level in a form the
section takes (template.toml). Resistance favourites take the phase's acute variables for a role
the exercise plays; other forms take their level's dose. Favourites rotate by block so each gets
its turn; with none, the section is left out (it is optional).
"""

from __future__ import annotations

from optcoach.catalog import Exercise
from optcoach.model.tables import load_template
from optcoach.model.vocab import PHASE_LEVELS, Level
from optcoach.planning.plan_context import PlanContext
from optcoach.planning.prescription import SessionSpec, cardio_item, form_item
from optcoach.planning.resistance import resistance_item
from optcoach.planning.time_budget import Planned

LEVELLED = ("core", "balance", "plyometric", "saq")


def _usable(ctx: PlanContext, exercise: Exercise, level: Level, taken: set[str]) -> bool:
    return (
        exercise.id not in taken
        and level in exercise.levels
        and ctx.selector.allows(exercise)
        and not exercise.corrective
    )


def _prescribe(ctx: PlanContext, exercise: Exercise, spec: SessionSpec) -> Planned | None:
    table = ctx.tables.phase(spec.phase)
    level = table.level
    forms = next(s.forms for s in load_template().sections if s.id == "clients_choice")
    why = "client's choice: a favourite from the client's preferences"
    for form in exercise.forms:
        if form not in forms:
            continue
        if form == "resistance":
            role = next((r for r in table.roles if r in exercise.roles), None)
            if role is None:
                continue
            return resistance_item(ctx, exercise, table, role, spec, why=why, droppable=True)
        if form in LEVELLED:
            return form_item(ctx, exercise, form, level, spec, rationale=why, droppable=True)
        if form == "cardiorespiratory":
            stage = next(s for s in ctx.tables.cardio.stages if s.stage == ctx.cardio_stage)
            return cardio_item(
                ctx,
                exercise,
                level,
                stage.minutes.low,
                zone=stage.zones[0],
                optional=False,
                rationale=f"{why}; cardio stage {stage.stage}",
            )
    return None


def build_clients_choice(ctx: PlanContext, spec: SessionSpec, taken: set[str]) -> list[Planned]:
    """Return up to the allowed number of favourites for this session."""
    level = PHASE_LEVELS[spec.phase]
    allowed = ctx.tables.forms.clients_choice.exercises
    favourites = [
        ctx.catalog.get(exercise_id)
        for exercise_id in ctx.client.preferences.favorites
        if exercise_id in ctx.catalog
    ]
    usable = [e for e in favourites if _usable(ctx, e, level, taken)]
    if not usable:
        return []
    turn = spec.block_index % len(usable)
    items: list[Planned] = []
    for exercise in usable[turn:] + usable[:turn]:
        if len(items) == allowed.high:
            break
        planned = _prescribe(ctx, exercise, spec)
        if planned is not None:
            items.append(planned)
            ctx.favourites_prescribed.add(exercise.id)
    return items
