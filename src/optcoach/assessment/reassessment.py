"""Reassessment: compare two assessments of one client, measure by measure.

Each measure on record in both reports gets its change and a verdict (better, worse, same) from
the direction table in ``norms.toml``; measures whose better direction depends on the goal (body
weight, lean mass) get no verdict. Compensations are matched by test, compensation and side.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

from optcoach.assessment.rounding import round_half_up
from optcoach.model.norms import load_norms

if TYPE_CHECKING:
    from optcoach.assessment.report import AssessmentReport

Verdict = Literal["better", "worse", "same", "no_verdict"]
CHANGE_DECIMALS = 2


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MeasureChange(Frozen):
    measure: str
    before: float
    after: float
    change: float
    verdict: Verdict


class Reassessment(Frozen):
    before_date: dt.date | None
    after_date: dt.date | None
    changes: tuple[MeasureChange, ...]
    compensations_resolved: tuple[str, ...]
    compensations_new: tuple[str, ...]
    compensations_persisting: tuple[str, ...]
    start_phase_before: int
    start_phase_after: int

    @property
    def improved(self) -> tuple[str, ...]:
        return tuple(c.measure for c in self.changes if c.verdict == "better")

    @property
    def worsened(self) -> tuple[str, ...]:
        return tuple(c.measure for c in self.changes if c.verdict == "worse")


def measures(report: AssessmentReport) -> dict[str, float]:
    """Return every numeric measure on record in ``report``, keyed by measure id."""
    values: dict[str, float | None] = {
        "weight_kg": report.weight_kg,
        "resting_hr": report.resting_hr.value if report.resting_hr else None,
        "systolic": report.blood_pressure.systolic if report.blood_pressure else None,
        "diastolic": report.blood_pressure.diastolic if report.blood_pressure else None,
        "bmi": report.bmi.value if report.bmi else None,
        "waist_cm": report.waist.value_cm if report.waist else None,
        "waist_to_hip": report.waist_to_hip.value if report.waist_to_hip else None,
        "body_fat_percent": report.body_fat.percent if report.body_fat else None,
        "fat_mass_kg": report.body_fat.fat_mass_kg if report.body_fat else None,
        "lean_mass_kg": report.body_fat.lean_mass_kg if report.body_fat else None,
        "ymca_step_hr": report.ymca_step_test.recovery_hr if report.ymca_step_test else None,
        "vo2max": report.vo2max.value if report.vo2max else None,
    }
    perf = report.performance
    values.update(
        {
            "push_up_reps": perf.push_up_reps,
            "davies_touches": perf.davies_touches,
            "shark_skill_s": perf.shark_skill.total_s if perf.shark_skill else None,
            "vertical_jump_cm": perf.vertical_jump_cm,
            "long_jump_cm": perf.long_jump_cm,
            "forty_yard_s": perf.forty_yard_s,
            "pro_shuttle_s": perf.pro_shuttle_s,
            "left_test_s": perf.left_test_s,
        }
    )
    for exercise_id, kg in report.one_rep_max.items():
        values[f"one_rep_max.{exercise_id}"] = kg
    return {key: float(value) for key, value in values.items() if value is not None}


def _verdict(measure: str, change: float) -> Verdict:
    directions = load_norms().reassessment
    family = measure.split(".", 1)[0]
    if family in directions.higher_is_better:
        sign = 1
    elif family in directions.lower_is_better:
        sign = -1
    else:
        return "no_verdict"
    if change == 0:
        return "same"
    return "better" if change * sign > 0 else "worse"


def _compensation_keys(report: AssessmentReport) -> tuple[str, ...]:
    keys = (
        f"{f.test}:{f.compensation}{f':{f.side}' if f.side else ''}"
        for f in report.imbalances.findings
    )
    return tuple(dict.fromkeys(keys))


def compare(before: AssessmentReport, after: AssessmentReport) -> Reassessment:
    """Return how each measure and compensation changed from ``before`` to ``after``."""
    old, new = measures(before), measures(after)
    changes = tuple(
        MeasureChange(
            measure=key,
            before=old[key],
            after=new[key],
            change=(delta := round_half_up(new[key] - old[key], CHANGE_DECIMALS)),
            verdict=_verdict(key, delta),
        )
        for key in sorted(old.keys() & new.keys())
    )
    old_keys, new_keys = _compensation_keys(before), _compensation_keys(after)
    return Reassessment(
        before_date=before.date,
        after_date=after.date,
        changes=changes,
        compensations_resolved=tuple(k for k in old_keys if k not in new_keys),
        compensations_new=tuple(k for k in new_keys if k not in old_keys),
        compensations_persisting=tuple(k for k in new_keys if k in old_keys),
        start_phase_before=before.recommended_start_phase,
        start_phase_after=after.recommended_start_phase,
    )
