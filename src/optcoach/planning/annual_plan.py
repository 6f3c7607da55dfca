"""Turn a goal route into the annual plan: phase blocks that cover the horizon week by week.

The route (model/data/goals.toml) lists opening blocks and a repeating cycle; every cycle returns
to phase 1 between intense blocks. This module adapts the route to the client (start phase, the
highest phase safety allows, too few training days for a phase) and sizes each block inside the
ruleset's range of weeks, so the blocks add up exactly to the horizon.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from optcoach.model.program import ProgramWarning
from optcoach.model.tables import GoalRoute, IntRange, RulesetTables, load_goals
from optcoach.model.vocab import Goal, PhaseNumber


@dataclass(frozen=True, slots=True)
class PlannedBlock:
    """One mesocycle: its phases (several = undulating), first week (0-based) and length."""

    phases: tuple[PhaseNumber, ...]
    first_week: int
    weeks: int
    rationale: str

    @property
    def undulating(self) -> bool:
        return len(self.phases) > 1


@dataclass(frozen=True, slots=True)
class AnnualPlan:
    blocks: tuple[PlannedBlock, ...]
    warnings: tuple[ProgramWarning, ...]


def _route_blocks(route: GoalRoute) -> Iterator[tuple[PhaseNumber, ...]]:
    yield from route.opening
    while True:
        yield from route.cycle


def _weeks_range(tables: RulesetTables, phases: tuple[PhaseNumber, ...]) -> tuple[IntRange, int]:
    """Return the range of block lengths every phase of the block accepts, and the default."""
    low = max(tables.phase(p).weeks.low for p in phases)
    high = min(tables.phase(p).weeks.high for p in phases)
    if low > high:  # the phases share no length; the first phase's range wins
        only = tables.phase(phases[0])
        return only.weeks, only.default_weeks
    span = IntRange(low=low, high=high)
    default = span.clamp(max(tables.phase(p).default_weeks for p in phases))
    return span, default


def build_annual_plan(
    goal: Goal,
    tables: RulesetTables,
    *,
    weeks: int,
    sessions_per_week: int,
    start_phase: int = 1,
    unavailable: Mapping[int, str] | None = None,
) -> AnnualPlan:
    """Return blocks covering exactly ``weeks`` weeks for ``goal``.

    ``sessions_per_week`` is how often the client can train; a phase that needs more sessions is
    replaced by its fallback (goals.toml) with a warning. ``start_phase`` skips opening blocks
    below it. ``unavailable`` maps phases the client cannot do (safety, time) to the reason;
    each is replaced by the highest usable phase below it, with a warning.
    Raise ValueError if ``weeks`` < 1.
    """
    blocked = dict(unavailable or {})
    if weeks < 1:
        raise ValueError(f"weeks must be at least 1, got {weeks}")
    goals = load_goals()
    route = goals.routes[goal]
    allowed = tuple(sorted(route.allowed))
    warnings: dict[str, ProgramWarning] = {}

    def warn(code: str, message: str) -> None:
        warnings.setdefault(code, ProgramWarning(code=code, message=message))

    def adapt(phase: PhaseNumber) -> PhaseNumber:
        current = phase
        if current in blocked:
            below = [p for p in allowed if p < current and p not in blocked]
            current = below[-1] if below else allowed[0]
            warn(
                f"plan.phase_unavailable.{phase}",
                f"phase {phase} is not used ({blocked[phase]}); phase {current} takes its place",
            )
        while sessions_per_week < tables.phase(current).frequency.low:
            fallback = goals.fallback.get(current)
            if fallback is None or fallback in blocked:
                warn(
                    f"plan.frequency.{current}",
                    f"{sessions_per_week} session(s) a week is below phase {current}'s minimum "
                    f"frequency of {tables.phase(current).frequency.low}; the phase is kept at "
                    "the frequency the client has",
                )
                break
            warn(
                f"plan.fallback.{current}",
                f"phase {current} needs at least {tables.phase(current).frequency.low} sessions "
                f"a week and the client has {sessions_per_week}; phase {fallback} is used instead",
            )
            current = fallback
        return current

    start = max((p for p in allowed if p <= start_phase), default=allowed[0])
    if start != start_phase:
        warn(
            "plan.start_phase",
            f"start phase {start_phase} is not on the {goal} route; starting in phase {start}",
        )

    sequence: list[tuple[tuple[PhaseNumber, ...], str]] = []
    total = 0
    started = start == 1
    previous: tuple[PhaseNumber, ...] = ()
    route_length = len(route.opening) + len(route.cycle)
    skipped = 0
    for index, route_block in enumerate(_route_blocks(route)):
        if index > route_length * (weeks + 1):  # unreachable: every pass adds a block
            raise ValueError(f"goal route {goal} does not progress")
        if not started:
            if max(route_block) < start:
                continue
            started = True
        phases = tuple(dict.fromkeys(adapt(p) for p in route_block))
        alike = bool(sequence) and sequence[-1][0] == phases and previous != route_block
        if alike and skipped < route_length:
            skipped += 1  # an adaptation made two blocks alike: the second would only repeat it
            continue
        skipped = 0
        previous = route_block
        where = "opening" if index < len(route.opening) else "cycle"
        sequence.append((phases, where))
        total += _weeks_range(tables, phases)[1]
        if total >= weeks:
            break

    lengths = [_weeks_range(tables, phases)[1] for phases, _ in sequence]
    _fit_horizon(tables, [p for p, _ in sequence], lengths, weeks, warn)

    blocks: list[PlannedBlock] = []
    first = 0
    for (phases, where), length in zip(sequence, lengths, strict=True):
        if length == 0:
            continue
        blocks.append(
            PlannedBlock(
                phases=phases,
                first_week=first,
                weeks=length,
                rationale=_rationale(goal, phases, where, tables),
            )
        )
        first += length
    return AnnualPlan(blocks=tuple(blocks), warnings=tuple(warnings.values()))


def _fit_horizon(
    tables: RulesetTables,
    phases: list[tuple[PhaseNumber, ...]],
    lengths: list[int],
    weeks: int,
    warn: Callable[[str, str], None],
) -> None:
    """Resize ``lengths`` in place so they sum to ``weeks``, keeping each inside its range.

    The last block is cut to what is left of the horizon; when that leaves it shorter than its
    phase's minimum, its weeks go to earlier blocks that can grow, and a block the horizon still
    cuts short is kept short with a warning.
    """
    excess = sum(lengths) - weeks
    lengths[-1] -= excess
    last_range = _weeks_range(tables, phases[-1])[0]
    if lengths[-1] >= last_range.low:
        return
    spare = lengths[-1]
    for index in range(len(lengths) - 2, -1, -1):
        if spare == 0:
            break
        room = _weeks_range(tables, phases[index])[0].high - lengths[index]
        grow = min(room, spare)
        lengths[index] += grow
        spare -= grow
    lengths[-1] = spare
    if spare:
        warn(
            "plan.horizon_cuts_block",
            f"the horizon ends {spare} week(s) into the last block, shorter than the "
            f"{last_range.low}-week minimum of its phase; continue the phase after the plan ends",
        )


def _rationale(
    goal: Goal, phases: tuple[PhaseNumber, ...], where: str, tables: RulesetTables
) -> str:
    names = "/".join(tables.phase(p).id for p in phases)
    if len(phases) > 1:
        return (
            f"{goal} route, {where}: undulating weeks, a different phase ({names}) on each "
            "training day"
        )
    if phases == (1,):
        return f"{goal} route, {where}: stabilization endurance builds or restores the base"
    return f"{goal} route, {where}: phase {phases[0]} ({names})"
