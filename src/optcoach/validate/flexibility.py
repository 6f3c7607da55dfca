"""Check which stretching techniques a session uses, and that warm-up static stretches are earned.

The warm-up uses SMR, the level's stretching technique (forms.toml ``flexibility.levels``) or
optional dynamic stretching; at power level static or active stretching is added only when the
assessment found overactive muscles. The cool-down releases and lengthens: SMR and static
stretching. When a movement assessment exists, warm-up static stretches target only muscles the
assessment found overactive (``overactive`` of the inputs in force on the session's date).
"""

from __future__ import annotations

from optcoach.model.client import Client
from optcoach.model.vocab import PHASE_LEVELS, FlexibilityTechnique, Level, Muscle
from optcoach.validate.acute_variables import technique_of
from optcoach.validate.context import CheckContext
from optcoach.validate.issue import Issue, make_issue

COOL_DOWN_TECHNIQUES: frozenset[FlexibilityTechnique] = frozenset({"smr", "static"})
IMBALANCE_TECHNIQUES: frozenset[FlexibilityTechnique] = frozenset({"static", "active"})


def has_movement_assessment(client: Client) -> bool:
    """Return True when the client's file records a movement screen with findings."""
    found = client.assessment
    if found is None:
        return False
    single_leg = found.single_leg_squat
    return bool(
        found.ohsa
        or found.pushing
        or found.pulling
        or found.static_posture
        or (single_leg is not None and (single_leg.left or single_leg.right))
    )


def warm_up_techniques(
    ctx: CheckContext, level: Level, has_imbalances: bool
) -> frozenset[FlexibilityTechnique]:
    """Return the techniques a warm-up at ``level`` may use."""
    allowed: set[FlexibilityTechnique] = {
        "smr",
        "dynamic",
        ctx.tables.forms.flexibility.levels[level],
    }
    if level == "power" and has_imbalances:
        allowed |= IMBALANCE_TECHNIQUES
    return frozenset(allowed)


def check_flexibility(ctx: CheckContext) -> list[Issue]:
    """Return issues for stretching techniques out of place and unearned static stretches."""
    screened = has_movement_assessment(ctx.client)
    issues: list[Issue] = []
    for located in ctx.items():
        item = located.item
        if item.form != "flexibility" or located.phase is None:
            continue
        overactive: frozenset[Muscle] = frozenset(located.inputs.overactive)
        assessed = screened or bool(overactive)
        technique = technique_of(ctx, item)
        if technique is None:
            continue
        level = PHASE_LEVELS[located.phase]
        section = located.section.id
        if section == "warm_up":
            allowed = warm_up_techniques(ctx, level, bool(overactive))
        elif section == "cool_down":
            allowed = COOL_DOWN_TECHNIQUES
        else:
            continue
        if technique not in allowed:
            issues.append(
                make_issue(
                    "flexibility.E001",
                    f"{located.path}.technique",
                    f"{technique} stretching ({item.exercise_id}) in the {section} at {level} "
                    f"level; allowed: {', '.join(sorted(allowed))}",
                )
            )
        if section == "warm_up" and technique == "static" and assessed:
            exercise = ctx.exercise(item.exercise_id)
            targets = frozenset(exercise.muscles.primary if exercise else item.targets)
            if targets.isdisjoint(overactive):
                shown = ", ".join(sorted(overactive)) or "none"
                issues.append(
                    make_issue(
                        "flexibility.E002",
                        f"{located.path}.exercise_id",
                        f"{item.exercise_id} stretches {', '.join(sorted(targets))}; "
                        f"overactive: {shown}",
                    )
                )
    return issues
