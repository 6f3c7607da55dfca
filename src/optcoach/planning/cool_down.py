"""Build the cool-down: optional cardio, then SMR, then static stretches of the same muscles."""

from __future__ import annotations

from optcoach.model.vocab import PHASE_LEVELS
from optcoach.planning.plan_context import PlanContext
from optcoach.planning.prescription import (
    SessionSpec,
    cardio_exercise,
    cardio_item,
)
from optcoach.planning.time_budget import Planned
from optcoach.planning.warm_up import build_smr, build_stretches, release_targets


def build_cool_down(ctx: PlanContext, spec: SessionSpec) -> list[Planned]:
    """Return the cool-down items in the template's order."""
    level = PHASE_LEVELS[spec.phase]
    items: list[Planned] = []
    if level in ctx.choices.optional_cardio.cool_down:
        exercise = cardio_exercise(ctx, level)
        if exercise is not None:
            minutes = ctx.tables.cardio.cool_down_minutes.low
            items.append(
                cardio_item(
                    ctx,
                    exercise,
                    level,
                    minutes,
                    zone=1,
                    optional=True,
                    rationale=f"cool-down: optional {minutes} min of easy zone-1 cardio",
                )
            )
    smr = build_smr(ctx, spec, "cool-down")
    items += smr
    muscles, why = release_targets(ctx, spec)
    if smr:  # stretch what was released, in the same order
        released = tuple(m for p in smr for m in p.item.targets)
        muscles = released + tuple(m for m in muscles if m not in released)
    items += build_stretches(
        ctx, spec, "static", muscles, f"cool-down: static stretch of {{muscle}} ({why})"
    )
    return items
