"""Pull chart series out of a client's stored assessments (oldest first)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from optcoach.assessment.one_rep_max import estimate_one_rep_max, one_rep_max_map
from optcoach.model.client import CM_PER_IN
from optcoach.web.assessments.models import Assessment
from optcoach.web.portal.models import SetLog
from optcoach.web.progress.charts import Chart, Series
from optcoach.web.units import kg_to_lb, lb_to_kg


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _dig(document: dict[str, Any], *keys: str) -> float | None:
    current: Any = document
    for key in keys:
        if not isinstance(current, dict):
            return None
        current = current.get(key)
    return _number(current)


def _weight_kg(measurements: dict[str, Any]) -> float | None:
    if (kg := _number(measurements.get("weight_kg"))) is not None:
        return kg
    lb = _number(measurements.get("weight_lb"))
    return lb_to_kg(lb) if lb is not None else None


def _waist_cm(measurements: dict[str, Any]) -> float | None:
    return _number(measurements.get("waist_cm"))


def build_charts(assessments: Iterable[Assessment], units: str) -> list[Chart]:
    """Return the body-composition, test-result and 1RM charts for the given assessments."""
    rows = sorted(assessments, key=lambda a: (a.date, a.created, a.pk))
    mass_unit = "lb" if units == "imperial" else "kg"

    def series(label: str, pick: Any) -> Series:
        points: list[tuple[dt.date, float]] = []
        for row in rows:
            value = pick(row)
            if value is not None:
                points.append((row.date, round(float(value), 1)))
        return Series(label, points)

    def weight(row: Assessment) -> float | None:
        kg = _weight_kg(row.measurements)
        if kg is None:
            return None
        return kg_to_lb(kg) if units == "imperial" else kg

    lifts = sorted({ex for row in rows for ex in (row.report.get("one_rep_max") or {})})
    one_rep_max = [
        series(
            exercise.replace("_", " "),
            lambda row, ex=exercise: (
                None
                if (kg := _number((row.report.get("one_rep_max") or {}).get(ex))) is None
                else (kg_to_lb(kg) if units == "imperial" else kg)
            ),
        )
        for exercise in lifts
    ]
    return [
        Chart(f"Body weight ({mass_unit})", mass_unit, (series("weight", weight),)),
        Chart(
            "Body fat (%)",
            "%",
            (series("body fat", lambda r: _dig(r.report, "body_fat", "percent")),),
        ),
        Chart("BMI", "kg/m²", (series("BMI", lambda r: _dig(r.report, "bmi", "value")),)),
        Chart(
            "Waist (cm)" if units == "metric" else "Waist (in)",
            "cm" if units == "metric" else "in",
            (
                series(
                    "waist",
                    lambda r: (
                        None
                        if (cm := _waist_cm(r.measurements)) is None
                        else (cm if units == "metric" else cm / CM_PER_IN)
                    ),
                ),
            ),
        ),
        Chart(
            "Resting heart rate (bpm)",
            "bpm",
            (series("resting HR", lambda r: _number(r.measurements.get("resting_hr"))),),
        ),
        Chart(
            "Performance tests",
            "",
            (
                series("push-ups (60 s)", lambda r: _number(r.measurements.get("push_up_reps"))),
                series("Davies touches", lambda r: _number(r.measurements.get("davies_touches"))),
                series("shark skill (s)", lambda r: _number(r.measurements.get("shark_skill_s"))),
            ),
        ),
        Chart(
            "VO₂max (ml/kg/min)",
            "ml/kg/min",
            (series("VO₂max", lambda r: _dig(r.report, "vo2max", "value")),),
        ),
        Chart(f"Estimated 1RM ({mass_unit})", mass_unit, tuple(one_rep_max)),
    ]


MAX_LOGGED_LIFTS = 6


def build_log_chart(sets: Iterable[SetLog], units: str) -> Chart:
    """Return the engine's 1RM estimates from logged sets: per session day, per exercise.

    Only sets with a load and reps count; the exercises logged on the most days are drawn.
    """
    by_day: dict[tuple[dt.date, str], list[Any]] = {}
    for row in sets:
        if row.load_kg is None or not row.reps or row.load_kg <= 0:
            continue
        day = row.session_log.prescribed_date
        estimate = estimate_one_rep_max(row.exercise_id, row.load_kg, row.reps)
        by_day.setdefault((day, row.exercise_id), []).append(estimate)
    days_per_exercise: dict[str, int] = {}
    for _, exercise in by_day:
        days_per_exercise[exercise] = days_per_exercise.get(exercise, 0) + 1
    chosen = sorted(
        sorted(days_per_exercise, key=lambda e: (-days_per_exercise[e], e))[:MAX_LOGGED_LIFTS]
    )
    mass_unit = "lb" if units == "imperial" else "kg"
    series = []
    for exercise in chosen:
        points = []
        for (day, logged), estimates in sorted(by_day.items()):
            if logged != exercise:
                continue
            kg = one_rep_max_map(estimates)[exercise]
            points.append((day, round(kg_to_lb(kg) if units == "imperial" else kg, 1)))
        series.append(Series(exercise.replace("_", " "), points))
    return Chart(f"Estimated 1RM from logged sets ({mass_unit})", mass_unit, tuple(series))
