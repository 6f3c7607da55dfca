"""Combine every rule that applies to a client into one ``Constraints`` value.

The planner obeys a ``Constraints`` and the validator checks a program against it; both name the
``Rule`` records it lists. Combination takes the strictest of each kind: exclusions are united,
ceilings take the minimum, ranges intersect. When two ranges do not meet, the stricter one is
kept (for reps the higher range, i.e. the lighter loads; for everything else the lower range)
and the choice is recorded in ``resolutions``. Phases whose acute variables cannot meet the
combined reps, sets, %1RM or frequency are left out of ``allowed_phases``, again with a reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Literal

from pydantic import field_serializer

from optcoach.catalog.exercise import Exercise
from optcoach.model.client import Client, History, Injury
from optcoach.model.tables import IntRange, RulesetTables, load_ruleset
from optcoach.model.vocab import (
    DEFAULT_RULESET,
    PHASE_IDS,
    PHASE_NUMBERS,
    MovementPattern,
    PhaseNumber,
    Ruleset,
    SafetyTag,
)
from optcoach.safety.history import history_rules
from optcoach.safety.injuries import injury_rules
from optcoach.safety.populations import Membership, memberships_for, ordered
from optcoach.safety.readings import ReportView
from optcoach.safety.rules import Population, Rule, RuleKind, SafetyModel, SaqDose, load_rules

ALL_PHASES: tuple[PhaseNumber, ...] = PHASE_NUMBERS
_TEMPO_ISOMETRIC = (1, 3)  # tempo parts: eccentric-isometric-concentric-isometric
_TEMPO_CONCENTRIC = (2,)


class Constraints(SafetyModel):
    """What a client's populations and injuries allow, combined to the strictest of each kind.

    ``reps``, ``sets`` and the %1RM bounds apply to resistance items; the tempo limits to every
    item with a tempo; exclusions to every item; ``frequency_max`` caps resistance sessions per
    week; ``hr_percent_max`` is a range of %HRmax for cardio (ignored for HR targets when
    ``use_rpe``: prescribe by RPE / talk test instead). ``None`` means no constraint.
    """

    populations: tuple[Population, ...] = ()
    excluded_tags: frozenset[SafetyTag] = frozenset()
    excluded_patterns: frozenset[MovementPattern] = frozenset()
    excluded_exercises: frozenset[str] = frozenset()
    percent_1rm_min: float | None = None
    percent_1rm_max: float | None = None
    reps: IntRange | None = None
    sets: IntRange | None = None
    frequency: IntRange | None = None
    frequency_max: int | None = None
    max_isometric_s: int | None = None
    max_concentric_s: int | None = None
    max_phase: PhaseNumber = 5
    start_phase: PhaseNumber | None = None
    allowed_phases: tuple[PhaseNumber, ...] = ALL_PHASES
    hr_percent_max: IntRange | None = None
    use_rpe: bool = False
    smr_allowed: bool = True
    smr_precautions: tuple[str, ...] = ()
    cardio_modes: tuple[str, ...] = ()
    cardio_minutes: IntRange | None = None
    cardio_stage_max: int | None = None
    saq: SaqDose | None = None
    precautions: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = ()
    resolutions: tuple[str, ...] = ()

    @field_serializer("excluded_tags", "excluded_patterns", "excluded_exercises")
    def _sorted(self, values: frozenset[str]) -> list[str]:
        return sorted(values)

    def rules_of(self, *kinds: RuleKind) -> tuple[Rule, ...]:
        """Return the applied rules of the given kinds, in order."""
        return tuple(rule for rule in self.rules if rule.kind in kinds)

    def excluding_rules(self, exercise: Exercise) -> tuple[Rule, ...]:
        """Return the applied rules that rule ``exercise`` out (empty when it is allowed)."""
        tags = frozenset(exercise.safety_tags)
        found = []
        for rule in self.rules:
            if (
                (rule.kind == "excluded_tags" and not rule.tags.isdisjoint(tags))
                or (rule.kind == "excluded_patterns" and exercise.movement_pattern in rule.patterns)
                or (rule.kind == "excluded_exercises" and exercise.id in rule.exercises)
                or (rule.kind == "smr_contraindication" and "smr" in tags)
            ):
                found.append(rule)
        return tuple(found)

    def allows(self, exercise: Exercise) -> bool:
        """Return True when no applied rule excludes ``exercise``."""
        return (
            self.excluded_tags.isdisjoint(exercise.safety_tags)
            and exercise.movement_pattern not in self.excluded_patterns
            and exercise.id not in self.excluded_exercises
        )

    def tempo_rules_broken(self, tempo: str) -> tuple[Rule, ...]:
        """Return the tempo rules ``tempo`` breaks ("X" parts count as fast, never too long).

        Raise ValueError if the tempo is not four dash-separated parts.
        """
        parts = _tempo_parts(tempo)
        broken = []
        for rule in self.rules_of("max_isometric_s", "max_concentric_s"):
            positions = _TEMPO_ISOMETRIC if rule.kind == "max_isometric_s" else _TEMPO_CONCENTRIC
            limit = rule.value if rule.value is not None else 0
            if any((parts[i] or 0) > limit for i in positions):
                broken.append(rule)
        return tuple(broken)

    def limit_tempo(self, tempo: str) -> str:
        """Return ``tempo`` with its isometric and concentric parts cut to the limits.

        Raise ValueError if the tempo is not four dash-separated parts.
        """
        parts = _tempo_parts(tempo)
        limits = {i: self.max_isometric_s for i in _TEMPO_ISOMETRIC}
        limits.update({i: self.max_concentric_s for i in _TEMPO_CONCENTRIC})
        text = tempo.split("-")
        for i, limit in limits.items():
            value = parts[i]
            if limit is not None and value is not None and value > limit:
                text[i] = str(limit)
        return "-".join(text)

    def warnings(self) -> tuple[str, ...]:
        """Return one line per applied rule, then one per resolved conflict, for a program."""
        return (*(rule.label for rule in self.rules), *self.resolutions)


def _tempo_parts(tempo: str) -> list[int | None]:
    parts = tempo.split("-")
    if len(parts) != 4 or not all(p.isdigit() or p.upper() == "X" for p in parts):
        raise ValueError(f"tempo {tempo!r} must have four parts, e.g. 4-2-1-1")
    return [int(p) if p.isdigit() else None for p in parts]


def applies(
    rule: Rule, membership: Membership | None, present: frozenset[str], cleared: bool
) -> bool:
    """Return True when ``rule``'s ``when`` holds for the membership and the client's state."""
    when = rule.when
    weeks = membership.weeks if membership is not None else None
    if when.weeks_min is not None and weeks is not None and weeks < when.weeks_min:
        return False
    if when.weeks_max is not None and weeks is not None and weeks > when.weeks_max:
        return False
    controlled = membership.controlled if membership is not None else True
    if when.controlled is not None and controlled != when.controlled:
        return False
    if when.clearance is not None and cleared != when.clearance:
        return False
    return when.with_population is None or when.with_population in present


_Strictness = Literal["lower", "lighter"]
_RANGE_KINDS: tuple[tuple[RuleKind, _Strictness], ...] = (
    ("reps", "lighter"),
    ("sets", "lower"),
    ("frequency", "lower"),
    ("hr_percent_max", "lower"),
    ("cardio_minutes", "lower"),
)


def combine_ranges(
    label: str, entries: Sequence[tuple[Rule, IntRange]], strictness: _Strictness
) -> tuple[IntRange | None, list[str]]:
    """Intersect ranges, strictest first; a range that does not meet the running result is dropped.

    ``lower``: the range with the lower high is stricter; ``lighter`` (reps): the higher low is.
    """
    if not entries:
        return None, []
    if strictness == "lighter":
        ranked = sorted(entries, key=lambda e: (-e[1].low, -e[1].high))
    else:
        ranked = sorted(entries, key=lambda e: (e[1].high, e[1].low))
    first_rule, current = ranked[0]
    owners = [first_rule.population]
    notes = []
    for rule, value in ranked[1:]:
        low, high = max(current.low, value.low), min(current.high, value.high)
        if low <= high:
            current = IntRange(low=low, high=high)
            owners.append(rule.population)
        else:
            notes.append(
                f"{label}: {rule.population} asks {value} but {' + '.join(owners)} allow "
                f"{current}; the stricter {current} is kept (rule {rule.id} yields)"
            )
    return current, notes


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _phase_problem(
    number: PhaseNumber, tables: RulesetTables, constraints: dict[str, IntRange | None]
) -> str | None:
    """Return why phase ``number`` cannot meet the combined ranges, or None when it can."""
    phase = tables.phase(number)
    name = f"phase {number} ({PHASE_IDS[number]})"
    sets, frequency_max = constraints["sets"], constraints["frequency"]
    if sets is not None and (phase.sets.high < sets.low or phase.sets.low > sets.high):
        return f"{name} left out: its sets {phase.sets} do not meet {sets}"
    if frequency_max is not None and phase.frequency.low > frequency_max.high:
        return (
            f"{name} left out: it needs {phase.frequency.low}+ sessions a week, "
            f"the cap is {frequency_max.high}"
        )
    for role_name, role in sorted(phase.roles.items()):
        for field in ("reps", "percent_1rm"):
            limit = constraints[field]
            offered: IntRange = getattr(role, field)
            if limit is not None and (offered.high < limit.low or offered.low > limit.high):
                what = "%1RM" if field == "percent_1rm" else "reps"
                wanted = f"at most {limit.high}" if limit.low == 0 else str(limit)
                return f"{name} left out: its {role_name} {what} {offered} do not meet {wanted}"
    return None


def build_constraints(
    memberships: Sequence[Membership],
    *,
    cleared: bool,
    injuries: tuple[Injury, ...] = (),
    history: History | None = None,
    ruleset: Ruleset = DEFAULT_RULESET,
) -> Constraints:
    """Return the constraints for these memberships, clearance state, injuries and history.

    Raise TableError if a data file is malformed.
    """
    by_population = {m.population: m for m in memberships}
    present = frozenset(by_population)
    population_rules = [
        rule
        for membership in ordered(by_population)
        for rule in load_rules()
        if rule.population == membership.population and applies(rule, membership, present, cleared)
    ]
    rules = (
        *population_rules,
        *injury_rules(injuries),
        *(history_rules(history) if history is not None else ()),
    )

    def of(*kinds: RuleKind) -> list[Rule]:
        return [rule for rule in rules if rule.kind in kinds]

    def values(kind: RuleKind) -> list[int]:
        return [rule.value for rule in of(kind) if rule.value is not None]

    resolutions: list[str] = []
    ranges: dict[str, IntRange | None] = {}
    for kind, strictness in _RANGE_KINDS:
        entries = [(rule, rule.range) for rule in of(kind) if rule.range is not None]
        ranges[kind], notes = combine_ranges(kind, entries, strictness)
        resolutions.extend(notes)
    load_entries = [(rule, rule.range) for rule in of("percent_1rm") if rule.range is not None]
    load_entries += [
        (rule, IntRange(low=0, high=rule.value))
        for rule in of("percent_1rm_max")
        if rule.value is not None
    ]
    ranges["percent_1rm"], notes = combine_ranges("percent_1rm", load_entries, "lower")
    resolutions.extend(notes)

    smr_contraindicated = bool(of("smr_contraindication"))
    excluded_tags: set[SafetyTag] = {tag for rule in of("excluded_tags") for tag in rule.tags}
    if smr_contraindicated:
        excluded_tags.add("smr")

    caps = values("max_phase")
    cap = min(caps) if caps else 5
    tables = load_ruleset(ruleset)
    allowed: list[PhaseNumber] = []
    for number in ALL_PHASES:
        if number > cap:
            continue
        problem = _phase_problem(number, tables, ranges)
        if problem is None or number == 1:
            allowed.append(number)
        if problem is not None:
            resolutions.append(
                problem + (" (kept: every program starts here)" if number == 1 else "")
            )
    starts = values("start_phase")
    load_range = ranges["percent_1rm"]
    frequency = ranges["frequency"]
    saq = [rule.saq for rule in of("saq") if rule.saq is not None]
    return Constraints(
        populations=tuple(m.population for m in ordered(by_population)),
        excluded_tags=frozenset(excluded_tags),
        excluded_patterns=frozenset(p for rule in of("excluded_patterns") for p in rule.patterns),
        excluded_exercises=frozenset(
            e for rule in of("excluded_exercises") for e in rule.exercises
        ),
        percent_1rm_min=float(load_range.low) if load_range and load_range.low > 0 else None,
        percent_1rm_max=float(load_range.high) if load_range else None,
        reps=ranges["reps"],
        sets=ranges["sets"],
        frequency=frequency,
        frequency_max=frequency.high if frequency else None,
        max_isometric_s=min(values("max_isometric_s"), default=None),
        max_concentric_s=min(values("max_concentric_s"), default=None),
        max_phase=max(allowed),
        start_phase=min(starts) if starts else None,
        allowed_phases=tuple(allowed),
        hr_percent_max=ranges["hr_percent_max"],
        use_rpe=bool(of("use_rpe")),
        smr_allowed=not smr_contraindicated,
        smr_precautions=()
        if smr_contraindicated
        else _unique(r.text for r in of("smr_precaution")),
        cardio_modes=_unique(mode for rule in of("cardio_modes") for mode in rule.modes),
        cardio_minutes=ranges["cardio_minutes"],
        cardio_stage_max=min(values("cardio_stage_max"), default=None),
        saq=saq[0] if saq else None,
        precautions=_unique(rule.text for rule in of("precaution")),
        rules=rules,
        resolutions=tuple(resolutions),
    )


def constraints_for(
    client: Client,
    report: ReportView | None = None,
    ruleset: Ruleset | None = None,
    *,
    on: dt.date | None = None,
) -> Constraints:
    """Return the combined constraints for ``client`` under ``ruleset`` (default: the client's).

    ``report`` is the client's assessment report (values are computed from the client without
    it). A recorded medical clearance lifts the rules marked ``clearance = false``.

    ``on`` is the day ages are taken on (default: the client's start date, else today).
    Raise TableError if a data file is malformed.
    """
    return build_constraints(
        memberships_for(client, report, on),
        cleared=client.medical_clearance is not None,
        injuries=client.injuries,
        history=client.history,
        ruleset=ruleset or client.ruleset or DEFAULT_RULESET,
    )


__all__ = [
    "ALL_PHASES",
    "Constraints",
    "applies",
    "build_constraints",
    "combine_ranges",
    "constraints_for",
]
