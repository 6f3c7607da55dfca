"""Everything the session builders need to know about one client, gathered once per program.

``PlanContext`` joins the client file, the ruleset's tables, the assessment report (1RMs,
imbalances, heart-rate zones), the safety constraints, the planner's choices and a cached exercise
selector. It also collects the program's warnings, deduplicated by code and kept in the order they
first arose, so output stays deterministic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from optcoach.assessment import AssessmentReport
from optcoach.catalog import Catalog
from optcoach.model.client import Client, Units
from optcoach.model.program import HeartRateZone, Intensity, Item, ProgramWarning
from optcoach.model.tables import IntRange, RulesetTables
from optcoach.model.vocab import Level, Muscle
from optcoach.planning.choices import Choices, Position, pick
from optcoach.planning.selection import Selector
from optcoach.planning.time_budget import BudgetCache, Planned
from optcoach.safety import Constraints


@dataclass(slots=True)
class PlanContext:
    client: Client
    tables: RulesetTables
    catalog: Catalog
    report: AssessmentReport
    constraints: Constraints
    choices: Choices
    selector: Selector
    _warnings: dict[str, ProgramWarning] = field(default_factory=dict)
    missing_one_rep_max: set[str] = field(default_factory=set)
    favourites_prescribed: set[str] = field(default_factory=set)
    # prescribed items by everything that decides them: equal prescriptions are built once
    items: dict[tuple[object, ...], Item] = field(default_factory=dict)
    budget_cache: BudgetCache = field(default_factory=BudgetCache)
    # exercises chosen once per block, by (section, phase, kind, block index)
    selections: dict[tuple[object, ...], tuple[Any, ...]] = field(default_factory=dict)
    # warm-up and cool-down items by (phase, kind, block index): they do not vary by week
    steady_sections: dict[tuple[int, str, int], tuple[list[Planned], list[Planned]]] = field(
        default_factory=dict
    )

    # ------------------------------------------------------------------ client facts
    @property
    def units(self) -> Units:
        return self.client.display_units

    @property
    def body_weight_kg(self) -> float:
        return self.report.weight_kg

    @property
    def overactive(self) -> tuple[Muscle, ...]:
        return self.report.imbalances.overactive

    @property
    def underactive(self) -> tuple[Muscle, ...]:
        return self.report.imbalances.underactive

    @property
    def assessed(self) -> bool:
        """Return True when a movement screen recorded findings (static stretches follow it)."""
        found = self.client.assessment
        if found is None:
            return bool(self.overactive)
        single_leg = found.single_leg_squat
        return bool(
            self.overactive
            or found.ohsa
            or found.pushing
            or found.pulling
            or found.static_posture
            or (single_leg is not None and (single_leg.left or single_leg.right))
        )

    def one_rep_max(self, exercise_id: str) -> float | None:
        return self.report.one_rep_max.get(exercise_id)

    # ------------------------------------------------------------------ doses
    def sets(self, value_range: IntRange, *, resistance: bool = False) -> int:
        """Return the client's sets inside ``value_range``, by training status.

        Resistance items also stay inside safety's sets range where the two ranges meet.
        """
        chosen = pick(value_range, self.choices.sets_position[self.client.experience])
        return self._within(chosen, value_range, self.constraints.sets if resistance else None)

    def reps(self, value_range: IntRange, wanted: int) -> int:
        """Return ``wanted`` inside ``value_range`` and, where they meet, safety's reps range."""
        return self._within(wanted, value_range, self.constraints.reps)

    def rest(self, value_range: IntRange) -> int:
        return pick(value_range, self.choices.rest_position[self.client.experience])

    def position(self, value_range: IntRange, position: Position) -> int:
        return pick(value_range, position)

    @staticmethod
    def _within(value: int, table: IntRange, limit: IntRange | None) -> int:
        """Clamp ``value`` into ``table`` and, where they meet, into the safety ``limit``."""
        value = table.clamp(value)
        if limit is None:
            return value
        low, high = max(table.low, limit.low), min(table.high, limit.high)
        return max(low, min(high, value)) if low <= high else value

    def resistance_sets_floor(self, value_range: IntRange) -> int:
        """Return the fewest sets the time budget may cut a resistance item to."""
        limit = self.constraints.sets
        return (
            max(value_range.low, limit.low)
            if limit and limit.low <= value_range.high
            else (value_range.low)
        )

    def limit_tempo(self, tempo: str | None) -> str | None:
        """Return ``tempo`` cut to safety's isometric/concentric limits (None stays None)."""
        if tempo is None:
            return None
        if self.constraints.max_isometric_s is None and self.constraints.max_concentric_s is None:
            return tempo
        return self.constraints.limit_tempo(tempo)

    # ------------------------------------------------------------------ cardio
    @property
    def cardio_stage(self) -> int:
        """Return the assessment's cardio stage, never above safety's highest stage."""
        stage = self.report.recommended_cardio_stage
        limit = self.constraints.cardio_stage_max
        return stage if limit is None else min(stage, limit)

    @property
    def use_rpe(self) -> bool:
        """Return True when heart-rate targets do not apply (beta-blockers, other HR drugs)."""
        return self.report.heart_rate.use_rpe or self.constraints.use_rpe

    @property
    def hr_ceiling(self) -> int | None:
        """Return the highest heart rate safety allows (bpm), or None without a ceiling."""
        limit = self.constraints.hr_percent_max
        hr_max = self.report.heart_rate.hr_max
        if limit is None or hr_max is None:
            return None
        return math.floor(hr_max * limit.high / 100)

    def zone_intensity(self, zone: int) -> Intensity:
        """Return the intensity of heart-rate ``zone``: bpm bounds, or RPE and talk test.

        Bounds come from the program's zone table (capped at safety's ceiling); clients whose
        heart rate is altered by medication get the zone's RPE and the talk test instead.
        """
        listed = next((z for z in self.report.heart_rate.zones if z.zone == zone), None)
        bounds = next((z for z in self.program_zones() if z.zone == zone), None)
        if self.use_rpe or bounds is None or (bounds.low is None and bounds.high is None):
            rpe = f"{listed.rpe}/{listed.rpe_scale.split('-')[-1]}" if listed else None
            return Intensity(hr_zone=zone, rpe=rpe, talk_test=True)
        return Intensity(hr_zone=zone, hr_low=bounds.low, hr_high=bounds.high)

    def program_zones(self) -> tuple[HeartRateZone, ...]:
        """Return the zone table the program uses: the assessment's, capped at the ceiling."""
        if self.use_rpe:
            return ()
        ceiling = self.hr_ceiling
        zones = []
        for z in self.report.heart_rate.zones:
            low, high = z.low, z.high
            if ceiling is not None:
                high = ceiling if high is None else min(high, ceiling)
                if low is not None and low > high:
                    low = high
            zones.append(HeartRateZone(zone=z.zone, low=low, high=high))
        return tuple(zones)

    # ------------------------------------------------------------------ warnings
    def warn(self, code: str, message: str) -> None:
        """Record a warning once per code (the first message wins)."""
        self._warnings.setdefault(code, ProgramWarning(code=code, message=message))

    @property
    def warnings(self) -> tuple[ProgramWarning, ...]:
        return tuple(self._warnings.values())

    def body_weight_rpe(self, level: Level) -> str:
        return self.choices.body_weight_rpe[level]
