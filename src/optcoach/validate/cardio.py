"""Check cardio items: zones the client's stage uses, bounds from the program's zone table, minutes.

Warm-up and cool-down cardio last the ruleset's warm-up/cool-down minutes; cardio elsewhere lasts
the stage's minutes (model/data/cardio.toml; the stage and the zone table are those of the inputs in
force on the session's date: ``inputs`` or the latest revision).
"""

from __future__ import annotations

from optcoach.model.tables import CardioStage, IntRange
from optcoach.validate.context import CheckContext
from optcoach.validate.issue import Issue, make_issue

SECONDS_PER_MINUTE = 60


def stage_of(ctx: CheckContext, number: int) -> CardioStage | None:
    """Return the ruleset's cardio stage ``number``, or None when it has no such stage."""
    for stage in ctx.tables.cardio.stages:
        if stage.stage == number:
            return stage
    return None


def check_cardio(ctx: CheckContext) -> list[Issue]:
    """Return issues for cardio items outside their stage, zone table or minutes."""
    cardio = ctx.tables.cardio
    known_zones = {zone.zone for zone in cardio.zones}
    issues: list[Issue] = []
    for located in ctx.items():
        item = located.item
        if item.form != "cardiorespiratory":
            continue
        inputs = located.inputs
        stage = stage_of(ctx, inputs.cardio_stage)
        program_zones = {zone.zone: zone for zone in inputs.hr_zones}
        path = located.path
        section = located.section.id
        if item.duration_s is None:
            issues.append(
                make_issue("cardio.E005", f"{path}.duration_s", f"{item.exercise_id} has no time")
            )
        else:
            minutes: IntRange | None
            if section == "warm_up":
                minutes, where = cardio.warm_up_minutes, "warm-up cardio"
            elif section == "cool_down":
                minutes, where = cardio.cool_down_minutes, "cool-down cardio"
            elif stage is not None:
                minutes, where = stage.minutes, f"cardio stage {stage.stage}"
            else:
                minutes, where = None, ""
            if minutes is not None:
                low, high = minutes.low * SECONDS_PER_MINUTE, minutes.high * SECONDS_PER_MINUTE
                if not low <= item.duration_s <= high:
                    issues.append(
                        make_issue(
                            "cardio.E004",
                            f"{path}.duration_s",
                            f"{item.duration_s / SECONDS_PER_MINUTE:g} minutes; {where} lasts "
                            f"{minutes} minutes",
                        )
                    )
        zone = item.intensity.hr_zone
        if zone is None:
            continue
        zone_path = f"{path}.intensity.hr_zone"
        if zone not in known_zones:
            issues.append(
                make_issue(
                    "cardio.E002",
                    zone_path,
                    f"zone {zone}; {ctx.program.ruleset} has zones {sorted(known_zones)}",
                )
            )
            continue
        if stage is not None and zone not in stage.zones:
            issues.append(
                make_issue(
                    "cardio.E001",
                    zone_path,
                    f"zone {zone}; cardio stage {stage.stage} uses zones {list(stage.zones)}",
                )
            )
        listed = program_zones.get(zone)
        bounds = (item.intensity.hr_low, item.intensity.hr_high)
        if listed is not None and bounds != (None, None) and bounds != (listed.low, listed.high):
            issues.append(
                make_issue(
                    "cardio.E003",
                    f"{path}.intensity",
                    f"zone {zone} bounds {bounds[0]}-{bounds[1]} bpm; "
                    f"{located.located.inputs_path}.hr_zones gives "
                    f"{listed.low}-{listed.high}",
                )
            )
    return issues
