"""Check a program against the client's special-population and injury constraints.

``optcoach.safety.constraints_for`` names every rule that applies (pregnancy, hypertension, age,
injuries, ...). Each issue here names the rule it breaks, so a trainer can look it up.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from optcoach.model.program import Inputs
from optcoach.safety import Rule
from optcoach.validate.context import CheckContext, LocatedItem, inputs_path
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
    issues += ctx.check_each_item(_check_cardio_item)
    issues += _check_phases(ctx)
    issues += _check_frequency(ctx)
    issues += _check_cardio_stage(ctx)
    return issues


PERCENT = 100


def hr_ceiling(ctx: CheckContext, inputs: Inputs) -> int | None:
    """Return the highest heart rate (bpm) the client's %HRmax range allows, or None.

    None when no rule sets a range, the inputs know no HRmax, or heart-rate targets do not apply
    (``use_rpe``). The ceiling is rounded down to a whole beat.
    """
    limit = ctx.constraints.hr_percent_max
    if limit is None or inputs.hr_max is None or ctx.constraints.use_rpe:
        return None
    return math.floor(inputs.hr_max * limit.high / PERCENT)


def _check_cardio_item(ctx: CheckContext, located: LocatedItem) -> list[Issue]:
    """Check a cardio item's heart-rate targets against the ceiling, RPE use and stage cap."""
    item = located.item
    if item.form != "cardiorespiratory":
        return []
    constraints = ctx.constraints
    intensity = item.intensity
    path = f"{located.path}.intensity"
    issues: list[Issue] = []
    if constraints.use_rpe:
        rules = _named(constraints.rules_of("use_rpe"))
        if intensity.hr_low is not None or intensity.hr_high is not None:
            issues.append(
                make_issue(
                    "safety.E012",
                    path,
                    f"{item.exercise_id} has a heart-rate target ({intensity.hr_low}-"
                    f"{intensity.hr_high} bpm) but the client's medication alters heart rate: "
                    f"{rules}",
                )
            )
        if intensity.rpe is None and not intensity.talk_test:
            issues.append(
                make_issue(
                    "safety.E013",
                    path,
                    f"{item.exercise_id} gives neither an RPE nor the talk test, the client's "
                    f"measure of effort on heart-rate-altering medication: {rules}",
                )
            )
    ceiling = hr_ceiling(ctx, located.inputs)
    if ceiling is not None:
        high, where = intensity.hr_high, f"{path}.hr_high"
        if high is None and intensity.hr_zone is not None and intensity.hr_low is None:
            listed = next((z for z in located.inputs.hr_zones if z.zone == intensity.hr_zone), None)
            if listed is not None and listed.low is not None:
                # A zone named without bounds takes the inputs' bounds; an open top means HRmax.
                high = listed.high if listed.high is not None else located.inputs.hr_max
                where = f"{path}.hr_zone"
        if high is not None and high > ceiling:
            limit = constraints.hr_percent_max
            assert limit is not None
            issues.append(
                make_issue(
                    "safety.E011",
                    where,
                    f"{item.exercise_id} reaches {high} bpm; {limit.high}% of the "
                    f"{located.inputs.hr_max} bpm HRmax is {ceiling} bpm: "
                    f"{_named(constraints.rules_of('hr_percent_max'))}",
                )
            )
    stage_max = constraints.cardio_stage_max
    zone = intensity.hr_zone
    if stage_max is not None and zone is not None:
        allowed = {
            z for stage in ctx.tables.cardio.stages if stage.stage <= stage_max for z in stage.zones
        }
        if zone not in allowed:
            issues.append(
                make_issue(
                    "safety.E014",
                    f"{path}.hr_zone",
                    f"zone {zone} belongs to cardio stages above {stage_max} (allowed zones "
                    f"{sorted(allowed)}): {_named(constraints.rules_of('cardio_stage_max'))}",
                )
            )
    return issues


def _check_cardio_stage(ctx: CheckContext) -> list[Issue]:
    """Check every inputs record's cardio stage against the client's highest stage."""
    stage_max = ctx.constraints.cardio_stage_max
    if stage_max is None:
        return []
    issues: list[Issue] = []
    for revision, inputs in ctx.inputs_records():
        if inputs.cardio_stage > stage_max:
            issues.append(
                make_issue(
                    "safety.E015",
                    f"{inputs_path(revision)}.cardio_stage",
                    f"cardio stage {inputs.cardio_stage}; at most stage {stage_max}: "
                    f"{_named(ctx.constraints.rules_of('cardio_stage_max'))}",
                )
            )
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
