"""Build a client's OPT program: assessment, safety, annual plan, weekly layout, sessions.

``build_program`` is the planner's one entry point. It assesses the client, stops at the
clearance gate, gathers the safety constraints, lays out the annual plan for the goal, places
each week's sessions on the client's days, and builds every session (identical sessions of a
week are built once and shared). Every adaptation is listed in the program's warnings.
"""

from __future__ import annotations

import datetime as dt

from optcoach import __version__
from optcoach.assessment import AssessmentReport, assess
from optcoach.catalog import Catalog, load_catalog
from optcoach.model.client import Client
from optcoach.model.program import Block, Generator, Inputs, Program, Session, Split, Week
from optcoach.model.tables import RulesetTables, load_goals, load_ruleset, load_template
from optcoach.model.vocab import DEFAULT_RULESET, WEEKDAYS, PhaseNumber, Ruleset
from optcoach.planning.annual_plan import AnnualPlan, PlannedBlock, build_annual_plan
from optcoach.planning.choices import load_choices
from optcoach.planning.plan_context import PlanContext
from optcoach.planning.prescription import SessionSpec
from optcoach.planning.selection import Selector
from optcoach.planning.session import SessionContent, build_session_content, plan_sections
from optcoach.planning.time_budget import fit_to_budget
from optcoach.planning.weekly_plan import (
    DAYS_IN_WEEK,
    Tail,
    plan_week,
    plan_week_or_fewer,
    sessions_per_week,
)
from optcoach.safety import Constraints, constraints_for, require_clearance

_ZERO_MINUTES = 0


class PlanningError(ValueError):
    """The request cannot be planned; the message names the field."""


def build_context(
    client: Client, *, ruleset: Ruleset | None = None, catalog: Catalog | None = None
) -> PlanContext:
    """Return the planning context for ``client``: assessment, clearance, safety, selector.

    Raise ClearanceRequired when the client needs a medical clearance that is not on file.
    """
    name: Ruleset = ruleset or client.ruleset or DEFAULT_RULESET
    catalog = catalog or load_catalog()
    report = assess(client, name, catalog=catalog)
    require_clearance(client, report)
    constraints = constraints_for(client, report, name)
    return _context(client, load_ruleset(name), catalog, report, constraints)


def _context(
    client: Client,
    tables: RulesetTables,
    catalog: Catalog,
    report: AssessmentReport,
    constraints: Constraints,
) -> PlanContext:
    preferences = client.preferences
    selector = Selector(
        catalog=catalog,
        equipment=client.equipment_set,
        excluded_tags=constraints.excluded_tags,
        excluded_patterns=constraints.excluded_patterns,
        excluded_ids=constraints.excluded_exercises,
        disliked=frozenset(preferences.dislikes),
        preferred=frozenset(preferences.favorites) | frozenset(report.one_rep_max),
    )
    return PlanContext(
        client=client,
        tables=tables,
        catalog=catalog,
        report=report,
        constraints=constraints,
        choices=load_choices(),
        selector=selector,
    )


def _available_offsets(client: Client, start: dt.date) -> tuple[int, ...]:
    """Return the day offsets (0-6 from the week's first day) the client can train on."""
    days = client.weekdays or WEEKDAYS
    return tuple(d for d in range(DAYS_IN_WEEK) if WEEKDAYS[(start.weekday() + d) % 7] in days)


def _weekly_sessions(ctx: PlanContext, available: tuple[int, ...]) -> int:
    """Return how many sessions a week the client can have, warning about each cap."""
    client = ctx.client
    count, capped = sessions_per_week(client.days_per_week, client.experience)
    if capped is not None:
        ctx.warn(capped.code, capped.message)
    limit = ctx.constraints.frequency_max
    if limit is not None and count > limit:
        rules = "; ".join(r.label for r in ctx.constraints.rules_of("frequency"))
        ctx.warn("plan.days_safety", f"at most {limit} sessions a week ({rules or 'safety'})")
        count = limit
    return min(count, len(available))


def _unavailable_phases(
    ctx: PlanContext, goal_phases: frozenset[PhaseNumber], kind_for: dict[int, Split]
) -> dict[int, str]:
    """Return the phases the client cannot do, with the reason.

    A phase is out when safety rules it out, when its shortest session (every section trimmed to
    its minimum) overruns the client's minutes, or when a required section finds no exercise.
    """
    unavailable: dict[int, str] = {}
    constraints = ctx.constraints
    required = {s.id for s in load_template().sections if s.required}
    for phase in sorted(goal_phases):
        if phase not in constraints.allowed_phases or phase > constraints.max_phase:
            unavailable[phase] = "safety limits for the client's populations"
            continue
        spec = SessionSpec(
            phase=phase,
            kind=kind_for[phase],
            block_index=0,
            week_in_block=0,
            block_weeks=1,
        )
        shortest = fit_to_budget(plan_sections(ctx, spec, ctx.client.goal), _ZERO_MINUTES)
        empty = [sid for sid, items in shortest.sections if sid in required and not items]
        if empty:
            unavailable[phase] = (
                f"no exercise the client can do fills its {', '.join(empty)} section"
            )
        elif shortest.minutes > ctx.client.session_minutes:
            unavailable[phase] = (
                f"its shortest session takes {shortest.minutes} minutes, more than the "
                f"client's {ctx.client.session_minutes}"
            )
    return unavailable


def _start_phase(client: Client, report: AssessmentReport, constraints: Constraints) -> int:
    start = client.start_phase or report.recommended_start_phase
    if constraints.start_phase is not None:
        start = min(start, constraints.start_phase)
    return start


def _week_phase_cap(tables: RulesetTables, phases: tuple[PhaseNumber, ...]) -> int:
    """Return the most sessions a week every phase of ``phases`` allows."""
    return min(tables.phase(p).frequency.high for p in phases)


def build_program(
    client: Client,
    *,
    ruleset: Ruleset | None = None,
    start: dt.date | None = None,
    weeks: int = 52,
    catalog: Catalog | None = None,
) -> Program:
    """Return the client's program over ``weeks`` weeks from ``start``.

    The start defaults to the client's start_date, else today. Raise ClearanceRequired when the
    PAR-Q+ needs a medical clearance that is not on file, and PlanningError naming the field when
    the request is impossible (weeks < 1).
    """
    if weeks < 1:
        raise PlanningError(f"weeks: must be at least 1, got {weeks}")
    ctx = build_context(client, ruleset=ruleset, catalog=catalog)
    report, constraints, tables, name = ctx.report, ctx.constraints, ctx.tables, ctx.tables.name
    first_day = start or client.start_date or dt.date.today()

    for line_number, line in enumerate(constraints.warnings(), start=1):
        ctx.warn(f"safety.{line_number}", line)
    if ctx.use_rpe and not report.heart_rate.use_rpe:
        ctx.warn(
            "plan.cardio_by_rpe",
            "the client's medication alters heart rate: cardio is prescribed by RPE and the talk "
            "test, not by heart-rate zones",
        )
    if ctx.hr_ceiling is not None and not ctx.use_rpe:
        ctx.warn(
            "plan.hr_ceiling",
            f"cardio heart rates are capped at {ctx.hr_ceiling} bpm "
            f"({constraints.hr_percent_max}% of HRmax) for the client's populations",
        )

    available = _available_offsets(client, first_day)
    if not available:
        raise PlanningError("weekdays: no day of the week is available")
    weekly = _weekly_sessions(ctx, available)
    base_layout = plan_week(available, weekly, client.experience, None)
    first_kind: Split = base_layout.kinds[0] if base_layout and base_layout.kinds else "total_body"
    goal_phases = load_goals().routes[client.goal].allowed
    unavailable = _unavailable_phases(ctx, goal_phases, {p: first_kind for p in goal_phases})
    plan = build_annual_plan(
        client.goal,
        tables,
        weeks=weeks,
        sessions_per_week=weekly,
        start_phase=_start_phase(client, report, constraints),
        unavailable=unavailable,
    )
    for warning in plan.warnings:
        ctx.warn(warning.code, warning.message)

    program_weeks = _build_weeks(ctx, plan, first_day, available, weekly)
    _warn_favourites(ctx)
    if ctx.missing_one_rep_max:
        ctx.warn(
            "plan.no_1rm",
            "no 1RM estimate on file for "
            f"{', '.join(sorted(ctx.missing_one_rep_max))}: loads are prescribed as a rep max "
            "(add lifts to the assessment to get kg)",
        )
    return Program(
        generator=Generator(version=__version__),
        ruleset=name,
        goal=client.goal,
        start=first_day,
        horizon_weeks=weeks,
        client=client,
        inputs=Inputs(
            one_rep_max_kg=dict(sorted(report.one_rep_max.items())),
            hr_max=None if ctx.use_rpe else report.heart_rate.hr_max,
            hr_zones=ctx.program_zones(),
            zones_estimated=report.heart_rate.estimated,
            overactive=report.imbalances.overactive,
            underactive=report.imbalances.underactive,
            start_phase=plan.blocks[0].phases[0],
            cardio_stage=ctx.cardio_stage,
        ),
        warnings=ctx.warnings,
        blocks=tuple(_block(b, first_day) for b in plan.blocks),
        weeks=program_weeks,
    )


def _block(block: PlannedBlock, first_day: dt.date) -> Block:
    start = first_day + dt.timedelta(weeks=block.first_week)
    return Block(
        phase=block.phases[0],
        phases=block.phases,
        undulating=block.undulating,
        start=start,
        end=start + dt.timedelta(days=block.weeks * DAYS_IN_WEEK - 1),
        weeks=block.weeks,
        rationale=block.rationale,
    )


def _build_weeks(
    ctx: PlanContext,
    plan: AnnualPlan,
    first_day: dt.date,
    available: tuple[int, ...],
    weekly: int,
) -> tuple[Week, ...]:
    client = ctx.client
    contents: dict[tuple[int, str, int, int], SessionContent] = {}
    weeks: list[Week] = []
    tail: Tail | None = None
    for block_index, block in enumerate(plan.blocks):
        wanted = min(weekly, _week_phase_cap(ctx.tables, block.phases))
        turn = 0  # undulating blocks hand out their phases in turn, session by session
        for week_in_block in range(block.weeks):
            index = block.first_week + week_in_block
            week_start = first_day + dt.timedelta(weeks=index)
            layout, dropped = plan_week_or_fewer(available, wanted, client.experience, tail)
            if dropped:
                ctx.warn(
                    "plan.sessions_dropped",
                    f"{dropped} session(s) in some weeks could not be spaced a day apart from "
                    "sessions training the same body parts on the client's days and were left out",
                )
            sessions: list[Session] = []
            for offset, kind in zip(layout.offsets, layout.kinds, strict=True):
                phase = block.phases[turn % len(block.phases)]
                turn += 1
                key = (phase, kind, block_index, week_in_block)
                content = contents.get(key)
                if content is None:
                    spec = SessionSpec(
                        phase=phase,
                        kind=kind,
                        block_index=block_index,
                        week_in_block=week_in_block,
                        block_weeks=block.weeks,
                    )
                    content = build_session_content(ctx, spec, client.goal, client.session_minutes)
                    contents[key] = content
                day = week_start + dt.timedelta(days=offset)
                sessions.append(
                    Session(
                        date=day,
                        weekday=WEEKDAYS[day.weekday()],
                        phases=(phase,),
                        split=kind,
                        minutes_budget=client.session_minutes,
                        minutes_estimated=content.minutes,
                        sections=content.sections,
                        trimmed=content.trimmed,
                    )
                )
            trained = tuple(dict.fromkeys(s.phases[0] for s in sessions)) or block.phases
            phases = tuple(p for p in block.phases if p in trained)
            weeks.append(
                Week(index=index + 1, start=week_start, phases=phases, sessions=tuple(sessions))
            )
            tail = (
                Tail(days_before=DAYS_IN_WEEK - layout.offsets[-1], kind=layout.kinds[-1])
                if layout.offsets
                else None
            )
    return tuple(weeks)


def _warn_favourites(ctx: PlanContext) -> None:
    for exercise_id in ctx.client.preferences.favorites:
        if exercise_id not in ctx.catalog:
            ctx.warn(
                f"plan.favourite.{exercise_id}",
                f"favourite {exercise_id!r} is not in the catalog; it is not used",
            )
        elif not ctx.selector.allows(ctx.catalog.get(exercise_id)):
            ctx.warn(
                f"plan.favourite.{exercise_id}",
                f"favourite {exercise_id!r} needs equipment the client lacks or is excluded for "
                "safety; it is not used",
            )
        elif exercise_id not in ctx.favourites_prescribed:
            ctx.warn(
                f"plan.favourite.{exercise_id}",
                f"favourite {exercise_id!r} fits no session of this plan (its levels or training "
                "form do not match the client's-choice section of any phase used)",
            )
