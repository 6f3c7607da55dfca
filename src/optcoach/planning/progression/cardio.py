"""Cardio progression: stage advancement from logged bouts and under-10% weekly volume growth.

A stage that names its weekly sessions (cpt7/cpt6 stage 1) advances when every one of the last
``weeks_held`` full weeks holds that many bouts of the stage's top minutes inside its zones (the
bout's ``hr_zone`` must be logged). Volume: from the minutes actually logged in the last full week,
each future week's planned cardio bouts (warm-up and cool-down cardio aside) may grow by less than
the ruleset's weekly maximum; longer weeks are cut back in whole minutes, never below the stage's
minimum bout.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from optcoach.catalog import Catalog
from optcoach.model.progression_rules import ProgressionRules
from optcoach.model.session_log import LogEntry
from optcoach.model.tables import RulesetTables
from optcoach.planning.progression.decisions import Decision
from optcoach.planning.progression.draft import FutureItem, ProgramDraft

SECONDS_PER_MINUTE = 60
DAYS_PER_WEEK = 7
PERCENT = 100.0
EDGE_SECTIONS = frozenset({"warm_up", "cool_down"})


def is_cardio(entry: LogEntry, catalog: Catalog) -> bool:
    if entry.duration_s is None or not entry.completed:
        return False
    if entry.exercise_id in catalog:
        return "cardiorespiratory" in catalog.get(entry.exercise_id).forms
    return entry.hr_zone is not None


def _section_of(draft: ProgramDraft, future: FutureItem) -> str:
    week, session, section, _ = future.path
    return draft.program.weeks[week].sessions[session].sections[section].id


def _full_weeks(draft: ProgramDraft) -> list[tuple[int, dt.date]]:
    """Return (index, start) of the weeks that are over: every session dated before the cut."""
    return [
        (week.index, week.start)
        for week in draft.program.weeks
        if week.start < draft.cut and all(s.date < draft.cut for s in week.sessions)
    ]


def stage_decision(
    draft: ProgramDraft,
    entries: Sequence[LogEntry],
    catalog: Catalog,
    tables: RulesetTables,
    rules: ProgressionRules,
) -> Decision | None:
    """Advance the cardio stage when its criterion held for the rule's number of weeks."""
    stages = {stage.stage: stage for stage in tables.cardio.stages}
    stage = stages.get(draft.cardio_stage)
    if stage is None or stage.sessions_per_week is None or draft.cardio_stage + 1 not in stages:
        return None
    held = _full_weeks(draft)[-rules.cardio.weeks_held :]
    if len(held) < rules.cardio.weeks_held:
        return None
    minimum_s = stage.minutes.high * SECONDS_PER_MINUTE
    counts = []
    for _, start in held:
        end = start + dt.timedelta(days=DAYS_PER_WEEK)
        days = {
            e.date
            for e in entries
            if start <= e.date < end
            and is_cardio(e, catalog)
            and (e.duration_s or 0) >= minimum_s
            and e.hr_zone in stage.zones
        }
        counts.append(len(days))
    if min(counts) < stage.sessions_per_week.low:
        return None
    before = draft.cardio_stage
    draft.advance_cardio_stage(before + 1)
    weeks = ", ".join(f"week {index}" for index, _ in held)
    return Decision(
        kind="cardio_stage",
        date=draft.cut,
        rule="cardio.weeks_held",
        action="advance",
        before=f"stage {before}",
        after=f"stage {before + 1}",
        reason=(
            f"{stage.minutes.high} min in zone {'/'.join(map(str, stage.zones))} at least "
            f"{stage.sessions_per_week.low} times a week in {weeks} (criterion: "
            f"{stage.advance_when})"
        ),
    )


def volume_decision(
    draft: ProgramDraft,
    entries: Sequence[LogEntry],
    catalog: Catalog,
    tables: RulesetTables,
) -> Decision | None:
    """Cut future weeks' cardio so weekly minutes grow less than the ruleset's maximum."""
    full = _full_weeks(draft)
    if not full:
        return None
    last_index, last_start = full[-1]
    end = last_start + dt.timedelta(days=DAYS_PER_WEEK)
    previous = sum(
        (e.duration_s or 0) for e in entries if last_start <= e.date < end and is_cardio(e, catalog)
    )
    if previous <= 0:
        return None
    logged_minutes = previous // SECONDS_PER_MINUTE
    growth = tables.cardio.weekly_growth_max_percent
    stage = {s.stage: s for s in tables.cardio.stages}.get(draft.cardio_stage)
    floor = (stage.minutes.low if stage else 0) * SECONDS_PER_MINUTE
    by_week: dict[int, list[FutureItem]] = {}
    for future in draft.future_items():
        whole_week = draft.program.weeks[future.path[0]].start >= draft.cut
        main = _section_of(draft, future) not in EDGE_SECTIONS
        if whole_week and main and future.item.form == "cardiorespiratory":
            by_week.setdefault(future.path[0], []).append(future)
    changes: list[str] = []
    first_date: dt.date | None = None
    for week in sorted(by_week):
        items = by_week[week]
        planned = sum(f.item.sets * (f.item.duration_s or 0) for f in items)
        limit = previous * (PERCENT + growth) / PERCENT
        # strictly less than the limit, in whole minutes
        allowed = math.ceil(limit / SECONDS_PER_MINUTE) * SECONDS_PER_MINUTE - SECONDS_PER_MINUTE
        if planned <= allowed:
            previous = planned
            continue
        # Take the excess in whole minutes, bout by bout, never below the stage's minimum bout.
        excess = planned - allowed
        removed = 0
        for future in items:
            if excess <= 0:
                break
            old = future.item.duration_s or 0
            room = max(0, old - floor) // SECONDS_PER_MINUTE * SECONDS_PER_MINUTE
            sets = future.item.sets
            cut_s = min(room, math.ceil(excess / sets / SECONDS_PER_MINUTE) * SECONDS_PER_MINUTE)
            if cut_s <= 0:
                continue
            draft.replace(future.path, future.item.model_copy(update={"duration_s": old - cut_s}))
            draft.add_minutes(future.path[0], future.path[1], -(cut_s * sets // SECONDS_PER_MINUTE))
            excess -= cut_s * sets
            removed += cut_s * sets
        total = planned - removed
        if total < planned:
            first_date = first_date or items[0].session.date
            floored = " (the stage's minimum bout)" if total > allowed else ""
            changes.append(
                f"week {draft.program.weeks[week].index} {planned // SECONDS_PER_MINUTE}"
                f"->{total // SECONDS_PER_MINUTE} min{floored}"
            )
        previous = total
    if not changes or first_date is None:
        return None
    return Decision(
        kind="cardio_volume",
        date=first_date,
        rule="cardio.weekly_growth_max_percent",
        action="cap",
        before=None,
        after=changes[0],
        reason=(
            f"weekly cardio may grow less than {growth}% a week, counted from the "
            f"{logged_minutes} min logged in week {last_index}: " + "; ".join(changes)
        ),
    )


__all__ = ["is_cardio", "stage_decision", "volume_decision"]
