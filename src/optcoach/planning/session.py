"""Assemble one session: the six sections in template order, trimmed to the client's minutes.

Sections come from their builders (warm-up, activation, skill development, resistance, client's
choice, cool-down); the time budget then trims by the template's priorities. Optional sections
left empty are omitted; a required section left empty is reported as a warning.
"""

from __future__ import annotations

from dataclasses import dataclass

from optcoach.model.program import Section
from optcoach.model.tables import load_template
from optcoach.model.vocab import Goal, SectionId
from optcoach.planning.activation import build_activation
from optcoach.planning.clients_choice import build_clients_choice
from optcoach.planning.cool_down import build_cool_down
from optcoach.planning.plan_context import PlanContext
from optcoach.planning.prescription import SessionSpec
from optcoach.planning.resistance import build_resistance
from optcoach.planning.skill import build_skill
from optcoach.planning.time_budget import Planned, fit_to_budget
from optcoach.planning.warm_up import build_warm_up


@dataclass(frozen=True, slots=True)
class SessionContent:
    sections: tuple[Section, ...]
    minutes: int
    trimmed: tuple[str, ...]


def plan_sections(
    ctx: PlanContext, spec: SessionSpec, goal: Goal
) -> list[tuple[SectionId, list[Planned]]]:
    """Return every section's planned items, untrimmed, in template order."""
    # Warm-up and cool-down doses do not change week to week: build them once per block.
    steady = (spec.phase, spec.kind, spec.block_index)
    cached = ctx.steady_sections.get(steady)
    if cached is None:
        cached = ctx.steady_sections[steady] = (
            build_warm_up(ctx, spec),
            build_cool_down(ctx, spec),
        )
    warm_up, cool_down = cached
    activation = build_activation(ctx, spec)
    skill = build_skill(ctx, spec, goal)
    resistance = build_resistance(ctx, spec)
    taken = {p.item.exercise_id for p in (*warm_up, *activation, *skill, *resistance)}
    choice = build_clients_choice(ctx, spec, taken)
    return [
        ("warm_up", warm_up),
        ("activation", activation),
        ("skill_development", skill),
        ("resistance", resistance),
        ("clients_choice", choice),
        ("cool_down", cool_down),
    ]


def build_session_content(
    ctx: PlanContext, spec: SessionSpec, goal: Goal, budget_minutes: int
) -> SessionContent:
    """Return the session's sections fitted to ``budget_minutes``, warning when they cannot fit."""
    fitted = fit_to_budget(plan_sections(ctx, spec, goal), budget_minutes, ctx.budget_cache)
    required = {s.id for s in load_template().sections if s.required}
    sections: list[Section] = []
    for section_id, items in fitted.sections:
        if not items:
            if section_id in required:
                ctx.warn(
                    f"plan.empty_section.{section_id}.{spec.phase}",
                    f"{section_id} has no exercise the client can do in phase {spec.phase}",
                )
            continue
        sections.append(Section(id=section_id, items=items))
    if fitted.minutes > budget_minutes:
        ctx.warn(
            f"plan.over_budget.{spec.phase}.{spec.kind}",
            f"phase {spec.phase} {spec.kind.replace('_', ' ')} sessions need {fitted.minutes} "
            f"minutes at the phase's minimum dose, above the client's {budget_minutes}",
        )
    if fitted.trimmed:
        ctx.warn(
            f"plan.trimmed.{spec.phase}.{spec.kind}",
            f"phase {spec.phase} {spec.kind.replace('_', ' ')} sessions were trimmed to fit "
            f"{budget_minutes} minutes: {'; '.join(fitted.trimmed)}",
        )
    return SessionContent(sections=tuple(sections), minutes=fitted.minutes, trimmed=fitted.trimmed)
