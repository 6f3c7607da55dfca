"""Load progression from logged sets: 2-for-2, missed reps, high RPE, pain, refreshed 1RMs.

Every rule reads its numbers from ``progression.toml``. A rule looks at an exercise's latest
exposures at one load and changes the exercise's next planned occurrences (the same phase, the
first block it appears in from the cut on); later blocks follow from the 1RM and their own %1RM.
New loads are computed from the last load actually lifted, so applying the same log twice gives
the same program. Loads stay inside the phase's %1RM range: an increase stops at the ceiling, a
reduction at the floor.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from optcoach.assessment.one_rep_max import estimate_one_rep_max
from optcoach.catalog import Catalog, Exercise, progression_graph
from optcoach.model.client import KG_PER_LB, Client
from optcoach.model.norms import load_norms
from optcoach.model.program import Item
from optcoach.model.progression_rules import ProgressionRules
from optcoach.model.session_log import LogEntry
from optcoach.model.tables import IntRange, RulesetTables
from optcoach.model.vocab import PhaseNumber
from optcoach.planning.progression.decisions import Decision
from optcoach.planning.progression.draft import FutureItem, ProgramDraft
from optcoach.planning.progression.history import Exposure
from optcoach.safety import Constraints

PERCENT = 100.0
SAME_LOAD_KG = 0.01
KG_DECIMALS = 2
PERCENT_DECIMALS = 1
Direction = Literal["harder", "easier"]
# How a set without an external load is described in a reason.
NO_LOAD_WORDS: dict[str, str] = {
    "external": "without a logged load",
    "body_weight": "with body weight",
    "band": "with a band",
    "medicine_ball": "with a medicine ball",
    "none": "without external load",
}


@dataclass(frozen=True)
class LoadContext:
    rules: ProgressionRules
    tables: RulesetTables
    client: Client
    catalog: Catalog
    constraints: Constraints


@dataclass(frozen=True)
class Load:
    kg: float
    lb: float | None


def _fmt(kg: float | None) -> str:
    return "none" if kg is None else f"{kg:g} kg"


def day_list(days: Sequence[dt.date]) -> str:
    """Return dates in words, the year once when they share it: "12 Jan and 14 Jan 2027"."""
    ordered = sorted(set(days))
    same_year = len({d.year for d in ordered}) == 1
    words = [f"{d.day} {d:%b}" if same_year else f"{d.day} {d:%b %Y}" for d in ordered]
    joined = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"
    return f"{joined} {ordered[0].year}" if same_year else joined


def load_words(base: float | None, exercise: Exercise) -> str:
    """Return how the exercise was loaded: "at 40 kg", or its no-load kind ("with body weight")."""
    if base is not None and exercise.loading == "external":
        return f"at {base:g} kg"
    return NO_LOAD_WORDS[exercise.loading]


def _unit(ctx: LoadContext) -> tuple[Literal["kg", "lb"], float]:
    return ("lb", KG_PER_LB) if ctx.client.display_units == "imperial" else ("kg", 1.0)


def _load(ctx: LoadContext, value_in_unit: float) -> Load:
    unit, factor = _unit(ctx)
    return Load(
        kg=round(value_in_unit * factor, KG_DECIMALS),
        lb=round(value_in_unit, KG_DECIMALS) if unit == "lb" else None,
    )


def _half_up(steps: float) -> int:
    """Return ``steps`` rounded to a whole number, halves upward (not to even)."""
    return math.floor(steps + 0.5)


def nearest_load(ctx: LoadContext, exercise: Exercise, kg: float) -> Load:
    """Return the real load (a whole number of steps of the exercise's equipment) nearest ``kg``."""
    unit, factor = _unit(ctx)
    step = ctx.rules.load_steps.step(exercise.equipment, unit)
    return _load(ctx, max(step, _half_up(kg / factor / step) * step))


def step_load(
    ctx: LoadContext, exercise: Exercise, base_kg: float, change_kg: float
) -> Load | None:
    """Return the real load nearest ``base_kg + change_kg``, at least one step away from base.

    Return None when a reduction would leave less than one step.
    """
    unit, factor = _unit(ctx)
    step = ctx.rules.load_steps.step(exercise.equipment, unit)
    base = base_kg / factor
    target = _half_up((base_kg + change_kg) / factor / step) * step
    if change_kg > 0 and target <= base:
        target = math.floor(base / step + 1e-9) * step + step
    if change_kg < 0 and target >= base:
        target = math.ceil(base / step - 1e-9) * step - step
    if target < step:
        return None
    return _load(ctx, target)


def increment_kg(ctx: LoadContext, exercise: Exercise, base_kg: float) -> float:
    """Return the increment for ``exercise``: % of the load by experience, bounded by region."""
    region = ctx.rules.region(exercise.body_parts)
    percent = getattr(ctx.rules.increments.percent[ctx.client.experience], region)
    bounds = getattr(ctx.rules.increments.kg, region)
    raw: float = base_kg * percent / PERCENT
    return float(min(bounds.max, max(bounds.min, raw)))


def percent_range(ctx: LoadContext, item: Item, phase: PhaseNumber) -> IntRange:
    table = ctx.tables.phase(phase)
    if item.role is not None and item.role in table.roles:
        return table.roles[item.role].percent_1rm
    return next(iter(table.roles.values())).percent_1rm


def with_load(item: Item, load: Load | None, one_rep_max: float | None) -> Item:
    """Return ``item`` at ``load``, its %1RM restated against ``one_rep_max`` when it has one."""
    intensity = item.intensity
    if load is not None and one_rep_max and intensity.percent_1rm is not None:
        percent = round(load.kg / one_rep_max * PERCENT, PERCENT_DECIMALS)
        intensity = intensity.model_copy(update={"percent_1rm": percent})
    return item.model_copy(
        update={
            "load_kg": load.kg if load else None,
            "load_lb": load.lb if load else None,
            "intensity": intensity,
        }
    )


def clamp_to_range(
    ctx: LoadContext, exercise: Exercise, item: Item, phase: PhaseNumber, load: Load, rm: float
) -> Load:
    """Return ``load`` moved inside the phase's %1RM range (whole steps, inside the range)."""
    band = percent_range(ctx, item, phase)
    unit, factor = _unit(ctx)
    step = ctx.rules.load_steps.step(exercise.equipment, unit)
    high = math.floor(band.high / PERCENT * rm / factor / step + 1e-9) * step
    low = math.ceil(band.low / PERCENT * rm / factor / step - 1e-9) * step
    value = load.kg / factor
    if value > high and high >= step:
        return _load(ctx, high)
    if value < low:
        return _load(ctx, low)
    return load


def is_allowed(ctx: LoadContext, candidate: Exercise, item: Item) -> bool:
    """Return True when ``candidate`` can take ``item``'s place for this client."""
    c = ctx.constraints
    return (
        item.form in candidate.forms
        and item.level in candidate.levels
        and (item.role is None or item.role in candidate.roles)
        and candidate.is_available_with(ctx.client.equipment_set)
        and not candidate.has_any_tag(c.excluded_tags)
        and candidate.id not in c.excluded_exercises
        and candidate.movement_pattern not in c.excluded_patterns
        and candidate.id not in ctx.client.preferences.dislikes
    )


def nearest_step(
    ctx: LoadContext, exercise_id: str, item: Item, direction: Direction
) -> Exercise | None:
    """Return the closest allowed exercise harder or easier on the catalog's continuum.

    Walk the progression graph breadth first (the catalog's own order within a step); skip
    candidates the client's equipment, safety exclusions or the item's form/level/role rule out.
    """
    graph = progression_graph(ctx.catalog)
    edges = graph.harder if direction == "harder" else graph.easier
    seen = {exercise_id}
    frontier = list(edges.get(exercise_id, ()))
    while frontier:
        following: list[str] = []
        for candidate_id in frontier:
            if candidate_id in seen:
                continue
            seen.add(candidate_id)
            candidate = ctx.catalog.get(candidate_id)
            if is_allowed(ctx, candidate, item):
                return candidate
            following.extend(edges.get(candidate_id, ()))
        frontier = following
    return None


def swapped(item: Item, exercise: Exercise, reason: str) -> Item:
    """Return ``item`` naming ``exercise`` instead, with the reason as its rationale."""
    return item.model_copy(
        update={
            "exercise_id": exercise.id,
            "name": exercise.name,
            "per_side": exercise.per_side,
            "side": item.side if exercise.per_side else None,
            "rationale": reason,
        }
    )


def _trailing(exposures: Sequence[Exposure], test: Callable[[Exposure], bool]) -> int:
    """Return how many of the latest exposures, at the latest load and target, pass ``test``."""
    last = exposures[-1]
    count = 0
    for exposure in reversed(exposures):
        same_load = (exposure.load_kg is None and last.load_kg is None) or (
            exposure.load_kg is not None
            and last.load_kg is not None
            and abs(exposure.load_kg - last.load_kg) < SAME_LOAD_KG
        )
        same_target = exposure.item is not None and last.item is not None
        same_target = same_target and exposure.item.reps == last.item.reps  # type: ignore[union-attr]
        if not (same_load and same_target and test(exposure)):
            break
        count += 1
    return count


def _latest(exposures: Sequence[Exposure], count: int) -> list[Exposure]:
    """Return the latest ``count`` exposures (the ones a trailing rule counted)."""
    return list(exposures[len(exposures) - count :]) if count else []


def _reps_over(exposure: Exposure) -> int | None:
    last = exposure.last_set
    target = exposure.item.reps if exposure.item else None
    if last is None or last.reps is None or target is None:
        return None
    return last.reps - target


def targets_of(draft: ProgramDraft, exercise_id: str, phase: PhaseNumber) -> list[FutureItem]:
    """Return the exercise's next planned occurrences: same phase, first block it appears in."""
    found = [
        f for f in draft.future_items() if f.item.exercise_id == exercise_id and f.phase == phase
    ]
    if not found:
        return []
    block = found[0].block_index
    return [f for f in found if f.block_index == block]


def refresh_one_rep_max(
    draft: ProgramDraft, entries: Iterable[LogEntry], ctx: LoadContext
) -> list[Decision]:
    """Raise 1RM estimates that logged sets (10 reps or fewer) beat; reload future items.

    Only externally loaded exercises count; an estimate must beat the program's by the rule's
    ``min_change_percent``. Future items with a %1RM get the load that % of the new 1RM gives.
    """
    reps_max = load_norms().one_rep_max.reliable_reps_max
    rule = ctx.rules.one_rep_max
    best: dict[str, tuple[float, LogEntry]] = {}
    for entry in entries:
        kg = entry.kg
        if not entry.completed or entry.reps is None or entry.reps < 1 or not kg:
            continue
        if entry.reps > reps_max or entry.exercise_id not in ctx.catalog:
            continue
        if ctx.catalog.get(entry.exercise_id).loading != "external":
            continue
        estimate = estimate_one_rep_max(entry.exercise_id, kg, entry.reps, rule.method)
        current = best.get(entry.exercise_id)
        if current is None or estimate.one_rep_max_kg > current[0]:
            best[entry.exercise_id] = (estimate.one_rep_max_kg, entry)
    decisions: list[Decision] = []
    for exercise_id, (value, entry) in sorted(best.items()):
        old = draft.rm(exercise_id)
        if old is None or value < old * (1 + rule.min_change_percent / PERCENT):
            continue
        draft.set_rm(exercise_id, value)
        exercise = ctx.catalog.get(exercise_id)
        for future in draft.future_items():
            item = future.item
            if item.exercise_id != exercise_id or item.intensity.percent_1rm is None:
                continue
            load = nearest_load(ctx, exercise, item.intensity.percent_1rm / PERCENT * value)
            draft.replace(
                future.path, item.model_copy(update={"load_kg": load.kg, "load_lb": load.lb})
            )
        decisions.append(
            Decision(
                kind="one_rep_max",
                date=draft.cut,
                rule="one_rep_max",
                exercise_id=exercise_id,
                before=_fmt(old),
                after=_fmt(value),
                reason=(
                    f"{entry.reps} reps at {entry.kg:g} kg on {entry.date} estimates a 1RM of "
                    f"{value:g} kg ({rule.method}), above the {old:g} kg the plan used; future "
                    "loads follow their %1RM of the new estimate"
                ),
            )
        )
    return decisions


def load_decisions(
    draft: ProgramDraft, history: dict[str, tuple[Exposure, ...]], ctx: LoadContext
) -> list[Decision]:
    """Apply pain, high-RPE, missed-reps and 2-for-2 rules to each logged exercise, in id order."""
    decisions: list[Decision] = []
    for exercise_id, all_exposures in history.items():
        exposures = [e for e in all_exposures if e.item is not None and e.phase and e.done]
        if not exposures or exercise_id not in ctx.catalog:
            continue
        decisions += _decide(draft, exposures, ctx)
    return decisions


def _listed(decision: Decision | None) -> list[Decision]:
    return [] if decision is None else [decision]


def _decide(draft: ProgramDraft, exposures: Sequence[Exposure], ctx: LoadContext) -> list[Decision]:
    rules = ctx.rules
    last = exposures[-1]
    assert last.phase is not None and last.item is not None
    exercise = ctx.catalog.get(last.exercise_id)
    if last.pain:
        return _listed(_pain(draft, last, exercise, ctx))
    targets = targets_of(draft, last.exercise_id, last.phase)
    base = last.load_kg
    if not targets:
        return []
    rpe = last.max_rpe
    submaximal = last.phase in rules.high_rpe.submaximal_phases
    if rpe is not None and rpe >= rules.high_rpe.rpe and submaximal:
        why = (
            f"RPE {rpe:g} on {day_list([last.date])} {load_words(base, exercise)} in phase "
            f"{last.phase}, whose sets are meant to stay submaximal (limit {rules.high_rpe.rpe:g})"
        )
        percent = rules.high_rpe.reduce_percent
        return _listed(_reduce(draft, targets, last, exercise, percent, "high_rpe", why, ctx))
    missed = _trailing(exposures, lambda e: (_reps_over(e) or 0) < 0)
    if missed >= rules.missed_reps.consecutive_sessions:
        short = _latest(exposures, missed)
        reps = [str(e.last_set.reps if e.last_set else 0) for e in short]
        done = reps[0] if len(reps) == 1 else f"{', '.join(reps[:-1])} and {reps[-1]}"
        why = (
            f"last set short of the {last.item.reps}-rep target on "
            f"{day_list([e.date for e in short])} ({done} reps) {load_words(base, exercise)} "
            "(missed-reps rule)"
        )
        percent = rules.missed_reps.reduce_percent
        return _listed(_reduce(draft, targets, last, exercise, percent, "missed_reps", why, ctx))
    over = rules.two_for_two.reps_over_target
    streak = _trailing(exposures, lambda e: (_reps_over(e) or 0) >= over)
    if streak < rules.two_for_two.consecutive_sessions:
        return []
    met = _latest(exposures, streak)
    why = (
        f"last set {over}+ reps over the {last.item.reps}-rep target on "
        f"{day_list([e.date for e in met])} (2-for-2 rule)"
    )
    loaded = base is not None and exercise.loading == "external"
    if last.phase == 1 and rules.phase1.proprioception_first:
        harder = nearest_step(ctx, last.exercise_id, last.item, "harder")
        if harder is not None:
            return [_stability(draft, targets, last, harder, why, ctx)]
        if not loaded:
            return []
        why += "; no harder stability variation fits the client, so the load goes up"
    return _increase(draft, targets, last, exercise, why, ctx)


def _increase(
    draft: ProgramDraft,
    targets: list[FutureItem],
    last: Exposure,
    exercise: Exercise,
    why: str,
    ctx: LoadContext,
) -> list[Decision]:
    base = last.load_kg
    if base is None or exercise.loading != "external":
        return []
    change = increment_kg(ctx, exercise, base)
    load = step_load(ctx, exercise, base, change)
    if load is None:
        return []
    assert last.phase is not None
    decisions: list[Decision] = []
    rm = draft.rm(exercise.id, targets[0].session.date)
    band = percent_range(ctx, targets[0].item, last.phase)
    if rm and load.kg > band.high / PERCENT * rm:
        # Beating the target at the ceiling means the estimate is stale: the new load is at
        # least the phase's top %1RM of the true 1RM.
        implied = math.ceil(load.kg / (band.high / PERCENT) * 10) / 10
        decisions.append(_implied_one_rep_max(draft, exercise, rm, implied, band.high, ctx))
        rm = implied
    for future in targets:
        item = draft.item(future.path)
        if item.load_kg is None or item.load_kg < load.kg:  # never below what the plan holds
            draft.replace(future.path, with_load(item, load, rm))
    region = ctx.rules.region(exercise.body_parts)
    decisions.append(
        Decision(
            kind="load_up",
            date=targets[0].session.date,
            rule="two_for_two",
            exercise_id=exercise.id,
            action="increase",
            before=_fmt(base),
            after=_fmt(load.kg),
            reason=f"{why}: {base:g} -> {load.kg:g} kg "
            f"(+{round(load.kg - base, KG_DECIMALS):g} kg, {ctx.client.experience}, "
            f"{region} body, rounded to the equipment's steps) for the next {len(targets)} "
            "session(s)",
        )
    )
    return decisions


def _implied_one_rep_max(
    draft: ProgramDraft,
    exercise: Exercise,
    old: float,
    implied: float,
    ceiling: int,
    ctx: LoadContext,
) -> Decision:
    """Raise the exercise's 1RM to ``implied`` and reload its future items by their %1RM."""
    draft.set_rm(exercise.id, implied)
    for future in draft.future_items():
        item = future.item
        if item.exercise_id != exercise.id or item.intensity.percent_1rm is None:
            continue
        load = nearest_load(ctx, exercise, item.intensity.percent_1rm / PERCENT * implied)
        draft.replace(future.path, item.model_copy(update={"load_kg": load.kg, "load_lb": load.lb}))
    return Decision(
        kind="one_rep_max",
        date=draft.cut,
        rule="two_for_two",
        exercise_id=exercise.id,
        before=_fmt(old),
        after=_fmt(implied),
        reason=(
            f"the 2-for-2 load is above {ceiling}% of the {old:g} kg estimate, so the 1RM is at "
            f"least {implied:g} kg; future loads follow their %1RM of it"
        ),
    )


def _reduce(
    draft: ProgramDraft,
    targets: list[FutureItem],
    last: Exposure,
    exercise: Exercise,
    percent: float,
    rule: str,
    why: str,
    ctx: LoadContext,
) -> Decision | None:
    base = last.load_kg
    if base is None or exercise.loading != "external":
        return None
    load = step_load(ctx, exercise, base, -base * percent / PERCENT)
    rm = draft.rm(exercise.id, targets[0].session.date)
    assert last.phase is not None
    if load is not None and rm:
        load = clamp_to_range(ctx, exercise, targets[0].item, last.phase, load, rm)
    if load is None or load.kg >= base:
        return Decision(
            kind="load_down",
            date=targets[0].session.date,
            rule=rule,
            exercise_id=exercise.id,
            action="hold",
            before=_fmt(base),
            after=_fmt(base),
            reason=f"{why}; the load is already at the phase's %1RM floor, so it holds",
        )
    for future in targets:
        if future.item.load_kg is None or future.item.load_kg > load.kg:  # never above the plan
            draft.replace(future.path, with_load(future.item, load, rm))
    return Decision(
        kind="load_down",
        date=targets[0].session.date,
        rule=rule,
        exercise_id=exercise.id,
        action="reduce",
        before=_fmt(base),
        after=_fmt(load.kg),
        reason=f"{why}: -{percent:g}% to {load.kg:g} kg for the next {len(targets)} session(s)",
    )


def _stability(
    draft: ProgramDraft,
    targets: list[FutureItem],
    last: Exposure,
    harder: Exercise,
    why: str,
    ctx: LoadContext,
) -> Decision:
    if harder.loading == "external":
        # The harder variation starts from the same estimate: same load, more instability.
        draft.share_rm(harder.id, last.exercise_id)
    exercise = ctx.catalog.get(last.exercise_id)
    if last.load_kg is not None and exercise.loading == "external":
        keep = f"at the same load ({last.load_kg:g} kg)"
    else:
        keep = f"{NO_LOAD_WORDS[exercise.loading]}, at the planned reps (no load to change)"
    reason = (
        f"{why}: phase 1 progresses by proprioception first, so {last.exercise_id} moves one "
        f"step up its stability continuum to {harder.id} {keep}"
    )
    for future in targets:
        item = swapped(future.item, harder, reason)
        if harder.loading != "external":
            item = with_load(item, None, None).model_copy(
                update={"intensity": item.intensity.model_copy(update={"percent_1rm": None})}
            )
        draft.replace(future.path, item)
    return Decision(
        kind="stability_progression",
        date=targets[0].session.date,
        rule="phase1.proprioception_first",
        exercise_id=last.exercise_id,
        action="progress",
        before=last.exercise_id,
        after=harder.id,
        reason=reason,
    )


def _pain(
    draft: ProgramDraft, last: Exposure, exercise: Exercise, ctx: LoadContext
) -> Decision | None:
    rules = ctx.rules.pain
    assert last.item is not None and last.phase is not None
    notes = "; ".join(sorted({e.notes for e in last.entries if e.pain and e.notes}))
    why = f"pain flagged on {last.exercise_id} on {day_list([last.date])}" + (
        f" ({notes})" if notes else ""
    )
    everywhere = [f for f in draft.future_items() if f.item.exercise_id == exercise.id]
    if not everywhere:
        return None
    easier = nearest_step(ctx, exercise.id, last.item, "easier") if rules.regress else None
    base = last.load_kg
    if easier is None:
        targets = targets_of(draft, exercise.id, last.phase) or everywhere
        why += "; no easier variation fits the client"
        decision = _reduce(draft, targets, last, exercise, rules.reduce_percent, "pain", why, ctx)
        if decision is not None:
            return decision
        # Nothing to swap and no load to lower: the trainer still has to see the flag.
        return Decision(
            kind="regression",
            date=targets[0].session.date,
            rule="pain",
            exercise_id=exercise.id,
            action="review",
            before=exercise.id,
            after=exercise.id,
            reason=f"{why} and it carries no load to reduce: review it with the client before "
            "the next session",
        )
    if easier.loading == "external":
        draft.share_rm(easier.id, exercise.id)
    new_rm = draft.rm(easier.id, everywhere[0].session.date)
    reason = f"{why}: regress to {easier.id} (one step down its continuum)"
    reduced: Load | None = None
    if easier.loading == "external" and base is not None:
        reduced = step_load(ctx, easier, base, -base * rules.reduce_percent / PERCENT)
        if reduced is not None and new_rm:
            reduced = clamp_to_range(ctx, easier, last.item, last.phase, reduced, new_rm)
        if reduced is not None and reduced.kg >= base:
            reduced = None
            reason += "; the load holds at the phase's %1RM floor"
        elif reduced is not None:
            reason += (
                f" and reduce the load from {base:g} kg to {reduced.kg:g} kg "
                f"(-{rules.reduce_percent:g}%, not below the phase's %1RM floor)"
            )
    first_block = next(
        (f.block_index for f in everywhere if f.phase == last.phase), everywhere[0].block_index
    )
    for future in everywhere:
        choice = easier
        if not is_allowed(ctx, easier, future.item):
            # A later block uses the exercise in another role or level: its own easier step.
            other = nearest_step(ctx, exercise.id, future.item, "easier")
            if other is None:
                continue
            choice = other
            if choice.loading == "external":
                draft.share_rm(choice.id, exercise.id)
        item = swapped(future.item, choice, reason)
        if choice.loading != "external":
            item = with_load(item, None, None).model_copy(
                update={"intensity": item.intensity.model_copy(update={"percent_1rm": None})}
            )
        elif future.block_index == first_block and future.phase == last.phase and reduced:
            item = with_load(item, reduced, new_rm)
        elif item.intensity.percent_1rm is not None and new_rm:
            rm_choice = draft.rm(choice.id, future.session.date) or new_rm
            item = with_load(
                item,
                nearest_load(ctx, choice, item.intensity.percent_1rm / PERCENT * rm_choice),
                None,
            )
        draft.replace(future.path, item)
    return Decision(
        kind="regression",
        date=everywhere[0].session.date,
        rule="pain",
        exercise_id=exercise.id,
        action="regress",
        before=exercise.id,
        after=easier.id,
        reason=reason,
    )


__all__ = [
    "Load",
    "LoadContext",
    "increment_kg",
    "load_decisions",
    "nearest_load",
    "nearest_step",
    "refresh_one_rep_max",
    "step_load",
]
