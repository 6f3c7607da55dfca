"""The assessment form: raw measurements, shaped here and judged by the engine's model.

Compensation choices come from the engine's compensation table, grouped by the view the trainer
watches from, so the form offers exactly what the ruleset knows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, get_args

from django import forms
from django.utils import timezone
from pydantic import ValidationError

from optcoach.model.assessment_input import AssessmentInput, Skinfolds
from optcoach.model.compensations import load_compensations
from optcoach.model.vocab import (
    OhsaCompensation,
    PushPullCompensation,
    Ruleset,
    SingleLegSquatCompensation,
    StaticPosture,
)

OHSA_VIEWS = ("anterior", "lateral", "posterior")
SKINFOLD_SITES = tuple(Skinfolds.model_fields)
LIFT_ROWS = 3
STRENGTH_TESTS = ("bench_press", "squat")


def _words(value: str) -> str:
    return value.replace("_", " ").capitalize()


def _choices(values: tuple[str, ...] | Any) -> list[tuple[str, str]]:
    return [(v, _words(v)) for v in values]


def ohsa_by_view(ruleset: Ruleset) -> dict[str, list[str]]:
    """Return the OHSA compensations the ruleset knows, per view, in vocabulary order."""
    order = list(get_args(OhsaCompensation))
    grouped: dict[str, list[str]] = {view: [] for view in OHSA_VIEWS}
    for row in load_compensations(ruleset):
        if (
            row.test == "ohsa"
            and row.view in grouped
            and row.compensation in order
            and row.compensation not in grouped[row.view]
        ):
            grouped[row.view].append(row.compensation)
    return {view: sorted(found, key=order.index) for view, found in grouped.items()}


def _multi(choices: list[tuple[str, str]], label: str) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        choices=choices, required=False, widget=forms.CheckboxSelectMultiple, label=label
    )


def _number(label: str, *, integer: bool = False, **kwargs: Any) -> forms.Field:
    field_type = forms.IntegerField if integer else forms.FloatField
    return field_type(required=False, label=label, **kwargs)


class AssessmentForm(forms.Form):
    """Measurements in the client's units; ``engine_input`` holds the validated AssessmentInput."""

    def __init__(self, *args: Any, ruleset: Ruleset, units: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.units = units
        imperial = units == "imperial"
        length, mass = ("in", "lb") if imperial else ("cm", "kg")
        f = self.fields
        f["date"] = forms.DateField(
            initial=timezone.localdate, widget=forms.DateInput(attrs={"type": "date"})
        )
        f["resting_hr"] = _number("Resting heart rate (bpm)", integer=True)
        f["blood_pressure"] = forms.CharField(
            required=False, max_length=20, label="Blood pressure", help_text="e.g. 120/80"
        )
        f["height"] = _number(f"Height ({length})")
        f["weight"] = _number(f"Weight ({mass})")
        f["waist_cm"] = _number("Waist (cm)")
        f["hip_cm"] = _number("Hip (cm)")
        for site in SKINFOLD_SITES:
            f[f"skinfold_{site}"] = _number(f"{_words(site)} skinfold (mm)")
        f["ymca_step_hr"] = _number("YMCA step test: 1-min recovery HR", integer=True)
        f["rockport_time_min"] = _number("Rockport walk time (min)")
        f["rockport_hr"] = _number("Rockport walk: HR at finish", integer=True)
        f["vt1_hr"] = _number("VT1 heart rate", integer=True)
        f["vt2_hr"] = _number("VT2 heart rate", integer=True)
        f["static_posture"] = _multi(_choices(get_args(StaticPosture)), "Static posture")
        for view, compensations in ohsa_by_view(ruleset).items():
            f[f"ohsa_{view}"] = _multi(_choices(compensations), f"Overhead squat, {view} view")
        f["ohsa_shift_side"] = forms.ChoiceField(
            choices=[("", "—"), ("left", "Left"), ("right", "Right")],
            required=False,
            label="Weight shifts toward",
        )
        sls = _choices(get_args(SingleLegSquatCompensation))
        f["sls_left"] = _multi(sls, "Single-leg squat, left leg")
        f["sls_right"] = _multi(sls, "Single-leg squat, right leg")
        push_pull = _choices(get_args(PushPullCompensation))
        f["pushing"] = _multi(push_pull, "Pushing assessment")
        f["pulling"] = _multi(push_pull, "Pulling assessment")
        f["push_up_reps"] = _number("Push-up test (reps in 60 s)", integer=True)
        f["davies_touches"] = _number("Davies test (touches in 15 s)", integer=True)
        f["shark_skill_s"] = _number("Shark skill test (s)")
        f["shark_skill_faults"] = _number("Shark skill test: faults", integer=True, min_value=0)
        f["vj_reach_cm"] = _number("Vertical jump: standing reach (cm)")
        f["vj_jump_cm"] = _number("Vertical jump: highest touch (cm)")
        f["long_jump_cm"] = _number("Long jump (cm)")
        f["forty_yard_s"] = _number("40-yard dash (s)")
        f["pro_shuttle_s"] = _number("Pro shuttle (s)")
        f["left_test_s"] = _number("LEFT test (s)")
        for test in STRENGTH_TESTS:
            label = test.replace("_", " ")
            f[f"{test}_weight"] = _number(f"{label.capitalize()} test: weight ({mass})")
            f[f"{test}_reps"] = _number(f"{label.capitalize()} test: reps", integer=True)
        for row in range(1, LIFT_ROWS + 1):
            f[f"lift{row}_exercise"] = forms.CharField(
                required=False,
                max_length=100,
                label=f"Lift {row}: exercise id",
                widget=forms.TextInput(attrs={"list": "lift-exercises"}),
            )
            f[f"lift{row}_weight"] = _number(f"Lift {row}: weight ({mass})", min_value=0)
            f[f"lift{row}_reps"] = _number(f"Lift {row}: reps", integer=True, min_value=0)
        self.engine_input: AssessmentInput | None = None

    def groups(self) -> list[tuple[str, list[forms.BoundField]]]:
        """Return the fields in the sections the page shows, in order."""

        def pick(*names: str) -> list[forms.BoundField]:
            return [self[name] for name in names if name in self.fields]

        return [
            ("Vitals", pick("date", "resting_hr", "blood_pressure")),
            (
                "Body composition",
                pick("height", "weight", "waist_cm", "hip_cm")
                + pick(*(f"skinfold_{s}" for s in SKINFOLD_SITES)),
            ),
            (
                "Cardiorespiratory tests",
                pick("ymca_step_hr", "rockport_time_min", "rockport_hr", "vt1_hr", "vt2_hr"),
            ),
            (
                "Movement assessments",
                pick(
                    "static_posture",
                    *(f"ohsa_{view}" for view in OHSA_VIEWS),
                    "ohsa_shift_side",
                    "sls_left",
                    "sls_right",
                    "pushing",
                    "pulling",
                ),
            ),
            (
                "Performance tests",
                pick(
                    "push_up_reps",
                    "davies_touches",
                    "shark_skill_s",
                    "shark_skill_faults",
                    "vj_reach_cm",
                    "vj_jump_cm",
                    "long_jump_cm",
                    "forty_yard_s",
                    "pro_shuttle_s",
                    "left_test_s",
                )
                + pick(*(f"{t}_{part}" for t in STRENGTH_TESTS for part in ("weight", "reps")))
                + pick(
                    *(
                        f"lift{row}_{part}"
                        for row in range(1, LIFT_ROWS + 1)
                        for part in ("exercise", "weight", "reps")
                    )
                ),
            ),
        ]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned
        document = self._engine_document(cleaned)
        try:
            self.engine_input = AssessmentInput.model_validate(document)
        except ValidationError as error:
            for detail in error.errors():
                self._add_engine_error(detail)
        return cleaned

    def _engine_document(self, cleaned: dict[str, Any]) -> dict[str, Any]:
        imperial = self.units == "imperial"
        day: dt.date = cleaned["date"]
        doc: dict[str, Any] = {"date": day.isoformat()}
        for key in (
            "resting_hr",
            "waist_cm",
            "hip_cm",
            "ymca_step_hr",
            "vt1_hr",
            "vt2_hr",
            "push_up_reps",
            "davies_touches",
            "shark_skill_s",
            "shark_skill_faults",
            "long_jump_cm",
            "forty_yard_s",
            "pro_shuttle_s",
            "left_test_s",
        ):
            if cleaned.get(key) is not None:
                doc[key] = cleaned[key]
        if cleaned.get("blood_pressure"):
            doc["blood_pressure"] = cleaned["blood_pressure"]
        if cleaned.get("height") is not None:
            doc["height_in" if imperial else "height_cm"] = cleaned["height"]
        if cleaned.get("weight") is not None:
            doc["weight_lb" if imperial else "weight_kg"] = cleaned["weight"]
        skinfolds = {
            site: cleaned[f"skinfold_{site}"]
            for site in SKINFOLD_SITES
            if cleaned.get(f"skinfold_{site}") is not None
        }
        if skinfolds:
            doc["skinfolds_mm"] = skinfolds
        if cleaned.get("rockport_time_min") is not None or cleaned.get("rockport_hr") is not None:
            doc["rockport"] = {
                "time_min": cleaned.get("rockport_time_min"),
                "hr": cleaned.get("rockport_hr"),
            }
        if cleaned.get("static_posture"):
            doc["static_posture"] = list(cleaned["static_posture"])
        ohsa_order = list(get_args(OhsaCompensation))
        ohsa = {c for view in OHSA_VIEWS for c in cleaned.get(f"ohsa_{view}") or ()}
        if ohsa:
            doc["ohsa"] = sorted(ohsa, key=ohsa_order.index)
        if cleaned.get("ohsa_shift_side"):
            doc["ohsa_shift_side"] = cleaned["ohsa_shift_side"]
        if cleaned.get("sls_left") or cleaned.get("sls_right"):
            doc["single_leg_squat"] = {
                "left": list(cleaned.get("sls_left") or ()),
                "right": list(cleaned.get("sls_right") or ()),
            }
        for key in ("pushing", "pulling"):
            if cleaned.get(key):
                doc[key] = list(cleaned[key])
        if cleaned.get("vj_reach_cm") is not None or cleaned.get("vj_jump_cm") is not None:
            doc["vertical_jump"] = {
                "reach_cm": cleaned.get("vj_reach_cm"),
                "jump_cm": cleaned.get("vj_jump_cm"),
            }
        strength = []
        for test in STRENGTH_TESTS:
            weight, reps = cleaned.get(f"{test}_weight"), cleaned.get(f"{test}_reps")
            if weight is None and reps is None:
                continue
            entry: dict[str, Any] = {"test": test, "weight_lb" if imperial else "weight_kg": weight}
            if reps is not None:
                entry["reps"] = reps
            strength.append(entry)
        if strength:
            doc["strength_tests"] = strength
        lifts = []
        self.lift_rows: list[int] = []
        for row in range(1, LIFT_ROWS + 1):
            exercise = (cleaned.get(f"lift{row}_exercise") or "").strip()
            weight, reps = cleaned.get(f"lift{row}_weight"), cleaned.get(f"lift{row}_reps")
            if not exercise and weight is None and reps is None:
                continue
            self.lift_rows.append(row)
            lifts.append(
                {
                    "exercise_id": exercise,
                    "weight_lb" if imperial else "weight_kg": weight,
                    "reps": reps,
                }
            )
        if lifts:
            doc["lifts"] = lifts
        return doc

    def _add_engine_error(self, detail: Any) -> None:
        loc = tuple(str(part) for part in detail.get("loc", ()))
        message = str(detail.get("msg", "invalid")).removeprefix("Value error, ")
        field = _field_for(loc, message, getattr(self, "lift_rows", []))
        if field is not None and field in self.fields:
            self.add_error(field, message)
        else:
            self.add_error(None, f"{'.'.join(loc) or 'assessment'}: {message}")


def _field_for(loc: tuple[str, ...], message: str, lift_rows: list[int]) -> str | None:
    """Map an engine error location to the form field showing it."""
    if not loc:
        return "vt2_hr" if "vt1" in message else None
    head = loc[0]
    simple = {
        "height_cm": "height",
        "height_in": "height",
        "weight_kg": "weight",
        "weight_lb": "weight",
        "ohsa": "ohsa_anterior",
    }
    if head in simple:
        return simple[head]
    if head == "skinfolds_mm" and len(loc) > 1:
        return f"skinfold_{loc[1]}"
    if head == "vertical_jump":
        return "vj_reach_cm" if "reach_cm" in loc else "vj_jump_cm"
    if head == "strength_tests" and len(loc) > 1 and loc[1].isdigit():
        return None
    if head == "rockport":
        return "rockport_hr" if "hr" in loc else "rockport_time_min"
    if head == "single_leg_squat":
        return "sls_right" if "right" in loc else "sls_left"
    if head == "lifts" and len(loc) > 1 and loc[1].isdigit() and int(loc[1]) < len(lift_rows):
        row = lift_rows[int(loc[1])]
        part = loc[2] if len(loc) > 2 else ""
        if part == "reps":
            return f"lift{row}_reps"
        if part == "exercise_id":
            return f"lift{row}_exercise"
        return f"lift{row}_weight"
    return head
