"""Check a program against the client's special-population and injury constraints.

``optcoach.safety.constraints_for`` names every rule that applies (pregnancy, hypertension, age,
injuries, ...). Each issue here names the rule it breaks, so a trainer can look it up.
"""

from __future__ import annotations

from collections.abc import Iterable

from optcoach.safety import Rule
from optcoach.validate.context import CheckContext, LocatedItem
from optcoach.validate.issue import Issue, make_issue

_EXCLUSION_CODES = {
    "excluded_tags": "safety.E001",
    "smr_contraindication": "safety.E001",
    "excluded_patterns": "safety.E002",
    "excluded_exercises": "safety.E003",
}


def _named(rules: Iterable[Rule]) -> str:
    return "; ".join(f"rule {rule.id} ({rule.label})" for rule in rules) or "combined rules"


def check_safety(ctx: CheckContext) -> list[Issue]:
    """Return issues for items, blocks and weeks that break a rule applying to the client."""
    issues = ctx.check_each_item(_check_item)
    issues += _check_phases(ctx)
    issues += _check_frequency(ctx)
    return issues


def _check_item(ctx: CheckContext, located: LocatedItem) -> list[Issue]:
    constraints = ctx.constraints
    item = located.item
    path = located.path
    issues: list[Issue] = []
    exercise = ctx.exercise(item.exercise_id)
    if exercise is not None:
        for rule in constraints.excluding_rules(exercise):
            code = _EXCLUSION_CODES[rule.kind]
            if rule.kind == "excluded_patterns":
                what = f"pattern {exercise.movement_pattern}"
            elif rule.kind == "excluded_exercises":
                what = "the exercise itself"
            else:
                hit = sorted(set(exercise.safety_tags) & (rule.tags or {"smr"}))
                what = f"tag {', '.join(hit)}"
            issues.append(
                make_issue(
                    code,
                    f"{path}.exercise_id",
                    f"{exercise.id} is excluded by {what}: {_named([rule])}",
                )
            )
    limits_tempo = (
        constraints.max_isometric_s is not None or constraints.max_concentric_s is not None
    )
    if item.tempo and limits_tempo:
        try:
            broken = constraints.tempo_rules_broken(item.tempo)
        except ValueError:
            broken = ()  # a malformed tempo is reported by the acute-variable checks
        if broken:
            issues.append(
                make_issue(
                    "safety.E008",
                    f"{path}.tempo",
                    f"tempo {item.tempo} holds or lifts too long: {_named(broken)}",
                )
            )
    if item.form != "resistance":
        return issues
    percent = item.intensity.percent_1rm
    if percent is not None:
        if constraints.percent_1rm_max is not None and percent > constraints.percent_1rm_max:
            rules = constraints.rules_of("percent_1rm_max", "percent_1rm")
            issues.append(
                make_issue(
                    "safety.E004",
                    f"{path}.intensity.percent_1rm",
                    f"{percent:g}% 1RM is above {constraints.percent_1rm_max:g}%: {_named(rules)}",
                )
            )
        if constraints.percent_1rm_min is not None and percent < constraints.percent_1rm_min:
            rules = constraints.rules_of("percent_1rm")
            issues.append(
                make_issue(
                    "safety.E005",
                    f"{path}.intensity.percent_1rm",
                    f"{percent:g}% 1RM is below {constraints.percent_1rm_min:g}%: {_named(rules)}",
                )
            )
    if constraints.reps is not None and item.reps is not None and item.reps not in constraints.reps:
        issues.append(
            make_issue(
                "safety.E006",
                f"{path}.reps",
                f"reps {item.reps}; allowed {constraints.reps}: "
                f"{_named(constraints.rules_of('reps'))}",
            )
        )
    if constraints.sets is not None and item.sets not in constraints.sets:
        issues.append(
            make_issue(
                "safety.E007",
                f"{path}.sets",
                f"sets {item.sets}; allowed {constraints.sets}: "
                f"{_named(constraints.rules_of('sets'))}",
            )
        )
    return issues


def _check_phases(ctx: CheckContext) -> list[Issue]:
    constraints = ctx.constraints
    issues: list[Issue] = []
    for b, block in enumerate(ctx.program.blocks):
        barred = sorted(
            phase
            for phase in set(block.phases)
            if phase > constraints.max_phase or phase not in constraints.allowed_phases
        )
        if barred:
            rules = constraints.rules_of("max_phase") or constraints.rules
            issues.append(
                make_issue(
                    "safety.E009",
                    f"blocks[{b}].phases",
                    f"phase {', '.join(map(str, barred))} is not allowed for this client "
                    f"(allowed: {list(constraints.allowed_phases)}): {_named(rules)}",
                )
            )
    return issues


def _check_frequency(ctx: CheckContext) -> list[Issue]:
    constraints = ctx.constraints
    limits = [
        value
        for value in (
            constraints.frequency_max,
            constraints.frequency.high if constraints.frequency is not None else None,
        )
        if value is not None
    ]
    if not limits:
        return []
    ceiling = min(limits)
    issues: list[Issue] = []
    for w, week in enumerate(ctx.program.weeks):
        if len(week.sessions) > ceiling:
            issues.append(
                make_issue(
                    "safety.E010",
                    f"weeks[{w}].sessions",
                    f"{len(week.sessions)} sessions in week {week.index}; at most {ceiling}: "
                    f"{_named(constraints.rules_of('frequency'))}",
                )
            )
    return issues
