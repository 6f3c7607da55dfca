"""Build the resistance section: the phase's protocol over the split's body parts.

Acute variables come from the phase's role table (phases.toml): reps and %1RM progress linearly
through the block, sets and rest are picked by training status, and safety narrows each range.
Phases 2 and 5 pair a strength exercise with a stabilization (phase 2) or power (phase 5) partner
of similar mechanics, preferring the catalog's listed partners; labels A1/A2, B1/B2, ... mark the
pairs. Loads follow from the 1RM estimates on file; without one, the client works to a rep max.
"""

from __future__ import annotations

from dataclasses import dataclass
from string import ascii_uppercase

from optcoach.catalog import Exercise
from optcoach.model.program import Intensity, Item, Split
from optcoach.model.tables import IntRange, PhaseTable
from optcoach.model.vocab import BodyPart, ExerciseRole, Level, MovementPattern
from optcoach.planning.loads import Load, implement_for, progression, round_load
from optcoach.planning.plan_context import PlanContext
from optcoach.planning.prescription import SessionSpec, ball_intensity
from optcoach.planning.selection import rotate_preferred
from optcoach.planning.time_budget import Planned


def percent_range(ctx: PlanContext, table: PhaseTable, role: ExerciseRole) -> IntRange:
    """Return the role's %1RM range narrowed by safety's floor and ceiling where they meet."""
    base = table.roles[role].percent_1rm
    low, high = float(base.low), float(base.high)
    if ctx.constraints.percent_1rm_min is not None:
        low = max(low, ctx.constraints.percent_1rm_min)
    if ctx.constraints.percent_1rm_max is not None:
        high = min(high, ctx.constraints.percent_1rm_max)
    if low > high:
        return base
    return IntRange(low=int(-(-low // 1)), high=int(high))


def _load(
    ctx: PlanContext,
    exercise: Exercise,
    table: PhaseTable,
    role: ExerciseRole,
    level: Level,
    percent: int,
    reps: int,
) -> tuple[Intensity, Load | None, str]:
    """Return the intensity, the load and a note for the rationale."""
    variables = table.roles[role]
    if exercise.loading == "medicine_ball" and variables.percent_body_weight_max is not None:
        intensity, load = ball_intensity(ctx, variables.percent_body_weight_max)
        return (
            intensity,
            load,
            (f"medicine ball at most {variables.percent_body_weight_max}% of body weight"),
        )
    implement = implement_for(exercise)
    if implement is None or exercise.loading != "external":
        return Intensity(rpe=ctx.body_weight_rpe(level)), None, f"{exercise.loading} load by effort"
    one_rep_max = ctx.one_rep_max(exercise.id)
    if one_rep_max is None:
        ctx.missing_one_rep_max.add(exercise.id)
        if role == "power":
            return (
                Intensity(rpe=ctx.body_weight_rpe(level)),
                None,
                ("no 1RM on file: a light load moved as fast as can be controlled"),
            )
        return (
            Intensity(rep_max=reps),
            None,
            (f"no 1RM on file: a load the client can lift about {reps} times (rep max)"),
        )
    allowed = percent_range(ctx, table, role)
    load = round_load(
        percent / 100 * one_rep_max,
        implement,
        ctx.units,
        within_kg=(allowed.low / 100 * one_rep_max, allowed.high / 100 * one_rep_max),
    )
    actual = round(load.load_kg / one_rep_max * 100, 1)
    if not allowed.low <= actual <= allowed.high:
        ctx.warn(
            f"plan.load_unreachable.{exercise.id}",
            f"{exercise.id}: no {implement} load lands inside {allowed}% of the "
            f"{one_rep_max:g} kg 1RM; prescribed as a rep max instead",
        )
        return (
            Intensity(rep_max=reps),
            None,
            f"the {implement} increments cannot express {percent}% of a {one_rep_max:g} kg "
            f"1RM: a load the client can lift about {reps} times (rep max)",
        )
    return (
        Intensity(percent_1rm=actual),
        load,
        f"{actual:g}% of a {one_rep_max:g} kg 1RM, rounded to {implement} increments",
    )


def resistance_item(
    ctx: PlanContext,
    exercise: Exercise,
    table: PhaseTable,
    role: ExerciseRole,
    spec: SessionSpec,
    *,
    why: str,
    superset: str | None = None,
    droppable: bool = False,
    group: str | None = None,
) -> Planned:
    """Return ``exercise`` prescribed with the phase's acute variables for ``role``.

    Items are immutable, so equal prescriptions are built once per program and shared.
    """
    variables = table.roles[role]
    key = (exercise.id, table.number, role, spec.week_in_block, spec.block_weeks, why, superset)
    item = ctx.items.get(key)
    if item is None:
        item = ctx.items[key] = _resistance_item(ctx, exercise, table, role, spec, why, superset)
    return Planned(
        item=item,
        min_sets=ctx.resistance_sets_floor(table.sets),
        min_rest_s=variables.rest_s.low,
        droppable=droppable,
        group=group,
    )


def _resistance_item(
    ctx: PlanContext,
    exercise: Exercise,
    table: PhaseTable,
    role: ExerciseRole,
    spec: SessionSpec,
    why: str,
    superset: str | None,
) -> Item:
    variables = table.roles[role]
    level = table.level
    week = progression(
        percent_range(ctx, table, role), variables.reps, spec.week_in_block, spec.block_weeks
    )
    reps = ctx.reps(variables.reps, week.reps)
    intensity, load, load_note = _load(ctx, exercise, table, role, level, week.percent, reps)
    return Item(
        exercise_id=exercise.id,
        name=exercise.name,
        form="resistance",
        level=level,
        role=role,
        sets=ctx.sets(table.sets, resistance=True),
        reps=reps,
        per_side=exercise.per_side,
        tempo=ctx.limit_tempo(variables.tempo),
        rest_s=ctx.rest(variables.rest_s),
        intensity=intensity,
        load_kg=load.load_kg if load else None,
        load_lb=load.load_lb if load else None,
        superset=superset,
        targets=tuple(exercise.muscles.primary),
        rationale=(
            f"phase {table.number} {role}: {why}; week {spec.week_in_block + 1} of "
            f"{spec.block_weeks}; {load_note}"
        ),
    )


def fits_day(ctx: PlanContext, exercise: Exercise, kind: Split) -> bool:
    """Return True when ``exercise`` trains only body parts of a ``kind`` day (core aside).

    A total-body day takes anything; on split days this keeps, say, a single-leg shoulder press
    off an upper day that the next day's lower session would otherwise overlap.
    """
    if kind == "total_body":
        return True
    parts = set(ctx.choices.split_slots[kind]) | {"core"}
    return set(exercise.body_parts) <= parts


def _candidates(
    ctx: PlanContext,
    kind: Split,
    body_part: BodyPart,
    patterns: tuple[MovementPattern, ...],
    role: ExerciseRole,
    level: Level,
    turn: int,
) -> list[Exercise]:
    """Return candidates for a body-part slot: rotated pattern first, then the rest of the part.

    An exercise counts toward the body part it lists first (as the validator counts it), so
    only those qualify. For the strength role, externally loaded exercises come first.
    """
    ordered = patterns[turn % len(patterns) :] + patterns[: turn % len(patterns)]
    seen: set[str] = set()
    found: list[Exercise] = []
    for pattern in (*ordered, None):
        pool = ctx.selector.pool(
            form="resistance",
            role=role,
            level=level,
            body_part=body_part,
            pattern=pattern,
            corrective=False,
        )
        group = [
            e
            for e in pool
            if e.body_parts[0] == body_part and e.id not in seen and fits_day(ctx, e, kind)
        ]
        seen.update(e.id for e in group)
        found += group
        if found and pattern is not None:
            break
    if role == "strength":  # strength work is loaded: barbells, dumbbells, machines first
        found.sort(key=lambda e: e.loading != "external")
        # a lift tested for a 1RM stays in the body part's slot whatever the pattern rotation
        tested = [
            e
            for e in ctx.selector.pool(
                form="resistance", role=role, level=level, body_part=body_part, corrective=False
            )
            if e.id in ctx.report.one_rep_max
            and e.body_parts[0] == body_part
            and fits_day(ctx, e, kind)
        ]
        first = {e.id for e in tested}
        found = tested + [e for e in found if e.id not in first]
    return found


def _partner(
    ctx: PlanContext,
    strength: Exercise,
    second: ExerciseRole,
    kind: Split,
    taken: set[str],
) -> tuple[Exercise, str] | None:
    """Return a partner for ``strength`` in the ``second`` role, and why it was chosen.

    Preference: the catalog's listed partners (NASM's pairs), then an exercise of the same
    movement pattern, then of the same body part, graded for that role (catalog convention:
    a resistance exercise's levels are the roles it plays).
    """

    def usable(partner: Exercise) -> bool:
        return (
            partner.id not in taken
            and partner.id != strength.id
            and second in partner.roles
            and ctx.selector.allows(partner)
            and fits_day(ctx, partner, kind)
        )

    listed = ctx.catalog.partners(strength.id, "power" if second == "power" else "stabilization")
    for partner in listed:
        if usable(partner):
            return partner, "the catalog's listed partner"
    for pattern in (strength.movement_pattern, None):
        pool = ctx.selector.pool(
            form="resistance",
            role=second,
            level=second,
            body_part=strength.body_parts[0],
            pattern=pattern,
            corrective=False,
        )
        for partner in pool:
            if usable(partner):
                why = "same movement pattern" if pattern else "same body part"
                return partner, f"similar mechanics ({why})"
    return None


@dataclass(frozen=True, slots=True)
class Choice:
    """One resistance exercise chosen for a block's sessions, before its weekly dose."""

    exercise: Exercise
    role: ExerciseRole
    why: str
    superset: str | None
    droppable: bool
    group: str


def build_resistance(ctx: PlanContext, spec: SessionSpec) -> list[Planned]:
    """Return the resistance items for the session's phase and split day.

    The exercises are chosen once per block (phase, split kind, block index); only the dose
    changes from week to week.
    """
    key = ("resistance", spec.phase, spec.kind, spec.block_index)
    chosen = ctx.selections.get(key)
    if chosen is None:
        chosen = ctx.selections[key] = choose_resistance(ctx, spec)
    table = ctx.tables.phase(spec.phase)
    return [
        resistance_item(
            ctx,
            choice.exercise,
            table,
            choice.role,
            spec,
            why=choice.why,
            superset=choice.superset,
            droppable=choice.droppable,
            group=choice.group,
        )
        for choice in chosen
    ]


def choose_resistance(ctx: PlanContext, spec: SessionSpec) -> tuple[Choice, ...]:
    """Return the block's resistance exercises for the session's phase and split day."""
    table = ctx.tables.phase(spec.phase)
    slots = ctx.choices.split_slots[spec.kind]
    per_part = table.exercises_per_body_part.clamp(ctx.choices.exercises_per_body_part[spec.phase])
    pair = table.superset_roles
    preferred = frozenset(ctx.report.one_rep_max)
    taken: set[str] = set()
    chosen: list[Choice] = []
    letters = iter(ascii_uppercase)
    for part_index, (body_part, patterns) in enumerate(slots.items()):
        droppable = part_index > 0
        for k in range(per_part):
            turn = spec.block_index + k
            if pair is None:
                role = next(iter(table.roles))
                pool = _candidates(ctx, spec.kind, body_part, patterns, role, role, turn)
                exercise = rotate_preferred(pool, preferred, spec.block_index, taken=taken)
                if exercise is None:
                    continue
                taken.add(exercise.id)
                why = f"{body_part} ({exercise.movement_pattern.replace('_', ' ')})"
                chosen.append(Choice(exercise, role, why, None, droppable, body_part))
                continue
            first, second = pair
            pool = _candidates(ctx, spec.kind, body_part, patterns, first, first, turn)
            start = rotate_preferred(pool, preferred, spec.block_index, taken=taken)
            if start is None:
                continue
            rotated = pool[pool.index(start) :] + pool[: pool.index(start)]
            for strength in rotated:
                if strength.id in taken:
                    continue
                found = _partner(ctx, strength, second, spec.kind, taken | {strength.id})
                if found is None:
                    continue
                partner, partner_why = found
                letter = next(letters)
                taken.update({strength.id, partner.id})
                chosen.append(
                    Choice(
                        strength,
                        first,
                        f"{body_part} superset, {first} exercise first",
                        f"{letter}1",
                        droppable,
                        body_part,
                    )
                )
                chosen.append(
                    Choice(
                        partner,
                        second,
                        f"{body_part} superset partner ({partner_why})",
                        f"{letter}2",
                        droppable,
                        body_part,
                    )
                )
                break
    if pair is None and "stabilization" in table.roles:
        chosen += _corrective(ctx, spec, table, chosen, taken)
    return tuple(chosen)


def _corrective(
    ctx: PlanContext,
    spec: SessionSpec,
    table: PhaseTable,
    chosen: list[Choice],
    taken: set[str],
) -> list[Choice]:
    """Return isolated strengthening for underactive muscles (phase 1, choices.toml count).

    The template's activation section holds only core and balance, so the corrective activation
    exercises (catalog ``corrective``, stabilization role) close the phase-1 resistance block,
    where their acute variables are the phase's. The assessment's corrective plan is tried
    first, then the catalog's exercises for each underactive muscle; a body part never exceeds
    the phase's exercises per body part.
    """
    limit = ctx.choices.corrective.max_exercises
    if not ctx.underactive or limit == 0:
        return []
    counts: dict[str, int] = {}
    for choice in chosen:
        part = choice.exercise.body_parts[0]
        counts[part] = counts.get(part, 0) + 1
    planned = [
        (ctx.catalog.get(step.exercise_id), step.targets, step.rationale)
        for step in ctx.report.corrective_plan.activate
        if step.exercise_id in ctx.catalog
    ]
    for muscle in ctx.underactive:
        for exercise in ctx.selector.pool(
            form="resistance",
            role="stabilization",
            level="stabilization",
            targets=muscle,
            corrective=True,
        ):
            planned.append((exercise, (muscle,), ""))
    extra: list[Choice] = []
    served: set[str] = set()
    for exercise, targets, why in planned:
        if len(extra) == limit:
            break
        part = exercise.body_parts[0]
        if (
            exercise.id in taken
            or served.issuperset(targets)
            or "stabilization" not in exercise.roles
            or not ctx.selector.allows(exercise)
            or not fits_day(ctx, exercise, spec.kind)
            or counts.get(part, 0) >= table.exercises_per_body_part.high
        ):
            continue
        taken.add(exercise.id)
        served.update(targets)
        counts[part] = counts.get(part, 0) + 1
        note = why or f"isolated strengthening of underactive {', '.join(targets)}"
        extra.append(
            Choice(exercise, "stabilization", f"corrective: {note}", None, True, "corrective")
        )
    return extra
