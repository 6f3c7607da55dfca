"""The intake form: a client's profile, history and PAR-Q+, checked by the engine's Client model.

The form only shapes the input (types, choices); whether the whole makes a valid client is the
engine model's call, and its errors are shown beside the field they name.
"""

from __future__ import annotations

from typing import Any, get_args

from django import forms
from pydantic import ValidationError

from optcoach.model.client import Client as EngineClient
from optcoach.model.client import InjuryRegion
from optcoach.model.vocab import Condition, Equipment, Experience, Goal, Ruleset, Weekday
from optcoach.web.clients.models import Client


def _choices(literal: Any) -> list[tuple[str, str]]:
    return [(value, str(value).replace("_", " ").capitalize()) for value in get_args(literal)]


# PAR-Q+ part 1, in our own words; the answers are the engine's q1..q7.
PARQ_QUESTIONS = (
    ("q1", "Has a doctor ever said you have a heart condition or high blood pressure?"),
    ("q2", "Do you feel pain in your chest at rest, in daily life, or when you are active?"),
    (
        "q3",
        "In the past year, have you lost your balance from dizziness or passed out "
        "(not counting breathing too hard)?",
    ),
    ("q4", "Has a doctor diagnosed another chronic medical condition?"),
    ("q5", "Do you take prescribed medication for a chronic condition?"),
    (
        "q6",
        "In the past year, have you had a bone, joint or soft-tissue problem that more "
        "activity could make worse?",
    ),
    ("q7", "Has a doctor said you should only be active under medical supervision?"),
)

YES_NO = [("no", "No"), ("yes", "Yes")]
BETA_BLOCKERS = "beta_blockers"

# Engine field → form field, for errors the engine reports under its own names.
ENGINE_FIELD_TO_FORM = {
    "height_cm": "height",
    "height_in": "height",
    "weight_kg": "weight",
    "weight_lb": "weight",
    "medical_clearance": "clearance_by",
    "parq": "q1",
}


def _split_words(text: str) -> list[str]:
    return [part.strip() for part in text.replace("\n", ",").split(",") if part.strip()]


class IntakeForm(forms.Form):
    name = forms.CharField(max_length=200)
    email = forms.EmailField(required=False, help_text="Used for the invitation and resets.")
    sex = forms.ChoiceField(choices=[("female", "Female"), ("male", "Male")])
    age = forms.IntegerField(required=False, min_value=0, max_value=150)
    birth_date = forms.DateField(
        required=False, widget=forms.DateInput(attrs={"type": "date"}), help_text="Or the age."
    )
    units = forms.ChoiceField(
        choices=[("metric", "Metric (cm, kg)"), ("imperial", "Imperial (in, lb)")],
        initial="metric",
    )
    height = forms.FloatField(min_value=0, help_text="cm or in, per the units")
    weight = forms.FloatField(min_value=0, help_text="kg or lb, per the units")
    goal = forms.ChoiceField(choices=_choices(Goal))
    experience = forms.ChoiceField(choices=_choices(Experience), initial="beginner")
    days_per_week = forms.IntegerField(min_value=1, max_value=7, initial=3)
    weekdays = forms.MultipleChoiceField(
        choices=_choices(Weekday), required=False, widget=forms.CheckboxSelectMultiple
    )
    session_minutes = forms.IntegerField(min_value=1, max_value=600, initial=60)
    start_date = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    start_phase = forms.TypedChoiceField(
        choices=[
            ("", "As the assessment recommends"),
            *[(str(n), f"Phase {n}") for n in range(1, 6)],
        ],
        required=False,
        coerce=int,
        empty_value=None,
    )
    ruleset = forms.ChoiceField(
        choices=[("", "Default"), *[(r, r.upper()) for r in get_args(Ruleset)]], required=False
    )
    equipment = forms.MultipleChoiceField(
        choices=_choices(Equipment), required=False, widget=forms.CheckboxSelectMultiple
    )
    injuries = forms.MultipleChoiceField(
        choices=_choices(InjuryRegion),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Current injuries",
    )
    conditions = forms.MultipleChoiceField(
        choices=_choices(Condition), required=False, widget=forms.CheckboxSelectMultiple
    )
    pregnancy_weeks = forms.IntegerField(required=False, min_value=0, max_value=60)
    beta_blockers = forms.BooleanField(required=False, label="Takes beta-blockers")
    medications = forms.CharField(required=False, help_text="Comma-separated")
    occupation = forms.CharField(required=False, max_length=200)
    lifestyle = forms.CharField(required=False, max_length=500)
    favorites = forms.CharField(required=False, help_text="Exercise ids, comma-separated")
    dislikes = forms.CharField(required=False, help_text="Exercise ids, comma-separated")
    clearance_date = forms.DateField(
        required=False, widget=forms.DateInput(attrs={"type": "date"}), label="Cleared on"
    )
    clearance_by = forms.CharField(required=False, max_length=200, label="Cleared by")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for key, question in PARQ_QUESTIONS:
            self.fields[key] = forms.ChoiceField(
                choices=YES_NO, widget=forms.RadioSelect, label=question
            )
        self.engine_document: dict[str, Any] = {}

    @property
    def parq_fields(self) -> list[forms.BoundField]:
        return [self[key] for key, _ in PARQ_QUESTIONS]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned
        document = self._engine_document(cleaned)
        try:
            EngineClient.model_validate(document)
        except ValidationError as error:
            for detail in error.errors():
                self._add_engine_error(detail)
            return cleaned
        self.engine_document = document
        return cleaned

    def _add_engine_error(self, detail: Any) -> None:
        loc = tuple(detail.get("loc", ()))
        message = str(detail.get("msg", "invalid")).removeprefix("Value error, ")
        field: str | None = None
        if loc:
            head = str(loc[0])
            if head == "parq" and len(loc) > 1:
                field = str(loc[1])
            elif head == "conditions":
                field = "pregnancy_weeks" if "weeks" in map(str, loc) else "conditions"
            elif head == "medical_clearance":
                field = "clearance_date" if "date" in map(str, loc) else "clearance_by"
            elif head in ("preferences", "history") and len(loc) > 1:
                field = str(loc[1])
            else:
                field = ENGINE_FIELD_TO_FORM.get(head, head)
        elif "age" in message:
            field = "age"
        elif "height" in message:
            field = "height"
        elif "weight" in message:
            field = "weight"
        elif "weekdays" in message or "days_per_week" in message:
            field = "weekdays"
        if field is not None and field in self.fields:
            self.add_error(field, message)
        else:
            self.add_error(None, f"{'.'.join(map(str, loc)) or 'client'}: {message}")

    @staticmethod
    def _engine_document(cleaned: dict[str, Any]) -> dict[str, Any]:
        imperial = cleaned["units"] == "imperial"
        conditions: list[dict[str, Any]] = []
        for condition in sorted(cleaned.get("conditions") or ()):
            entry: dict[str, Any] = {"id": condition}
            if condition == "pregnancy" and cleaned.get("pregnancy_weeks") is not None:
                entry["weeks"] = cleaned["pregnancy_weeks"]
            conditions.append(entry)
        medications = _split_words(cleaned.get("medications") or "")
        if cleaned.get("beta_blockers") and BETA_BLOCKERS not in medications:
            medications.append(BETA_BLOCKERS)
        document: dict[str, Any] = {
            "schema": "optcoach.client/v1",
            "name": cleaned["name"],
            "sex": cleaned["sex"],
            "units": cleaned["units"],
            "height_in" if imperial else "height_cm": cleaned["height"],
            "weight_lb" if imperial else "weight_kg": cleaned["weight"],
            "goal": cleaned["goal"],
            "experience": cleaned["experience"],
            "days_per_week": cleaned["days_per_week"],
            "session_minutes": cleaned["session_minutes"],
            "equipment": sorted(cleaned.get("equipment") or ()),
            "preferences": {
                "favorites": _split_words(cleaned.get("favorites") or ""),
                "dislikes": _split_words(cleaned.get("dislikes") or ""),
            },
            "injuries": [{"region": r} for r in sorted(cleaned.get("injuries") or ())],
            "conditions": conditions,
            "medications": medications,
            "parq": {key: cleaned[key] == "yes" for key, _ in PARQ_QUESTIONS},
            "history": {
                "occupation": cleaned.get("occupation") or "",
                "lifestyle": cleaned.get("lifestyle") or "",
            },
            "medical_clearance": None,
        }
        if cleaned.get("age") is not None:
            document["age"] = cleaned["age"]
        if cleaned.get("birth_date") is not None:
            document["birth_date"] = cleaned["birth_date"].isoformat()
        if cleaned.get("weekdays"):
            order = list(get_args(Weekday))
            document["weekdays"] = sorted(cleaned["weekdays"], key=order.index)
        if cleaned.get("start_date") is not None:
            document["start_date"] = cleaned["start_date"].isoformat()
        if cleaned.get("start_phase") is not None:
            document["start_phase"] = cleaned["start_phase"]
        if cleaned.get("ruleset"):
            document["ruleset"] = cleaned["ruleset"]
        if cleaned.get("clearance_date") or cleaned.get("clearance_by"):
            document["medical_clearance"] = {
                "date": cleaned["clearance_date"].isoformat()
                if cleaned.get("clearance_date")
                else None,
                "by": cleaned.get("clearance_by") or "",
            }
        return document

    @classmethod
    def initial_for(cls, client: Client) -> dict[str, Any]:
        """Return the form's initial values for a stored client (inverse of the document)."""
        doc = client.intake
        initial: dict[str, Any] = {"name": client.name, "email": client.email}
        if not doc:
            return initial
        imperial = doc.get("units") == "imperial" or "weight_lb" in doc
        medications = list(doc.get("medications", ()))
        conditions = doc.get("conditions", ())
        pregnancy = next((c for c in conditions if c.get("id") == "pregnancy"), None)
        clearance = doc.get("medical_clearance") or {}
        initial.update(
            {
                "sex": doc.get("sex"),
                "age": doc.get("age"),
                "birth_date": doc.get("birth_date"),
                "units": "imperial" if imperial else "metric",
                "height": doc.get("height_in" if imperial else "height_cm"),
                "weight": doc.get("weight_lb" if imperial else "weight_kg"),
                "goal": doc.get("goal"),
                "experience": doc.get("experience"),
                "days_per_week": doc.get("days_per_week"),
                "weekdays": doc.get("weekdays") or [],
                "session_minutes": doc.get("session_minutes"),
                "start_date": doc.get("start_date"),
                "start_phase": doc.get("start_phase"),
                "ruleset": doc.get("ruleset") or "",
                "equipment": doc.get("equipment", []),
                "injuries": [i.get("region") for i in doc.get("injuries", ())],
                "conditions": [c.get("id") for c in conditions],
                "pregnancy_weeks": pregnancy.get("weeks") if pregnancy else None,
                "beta_blockers": BETA_BLOCKERS in medications,
                "medications": ", ".join(m for m in medications if m != BETA_BLOCKERS),
                "occupation": doc.get("history", {}).get("occupation", ""),
                "lifestyle": doc.get("history", {}).get("lifestyle", ""),
                "favorites": ", ".join(doc.get("preferences", {}).get("favorites", ())),
                "dislikes": ", ".join(doc.get("preferences", {}).get("dislikes", ())),
                "clearance_date": clearance.get("date"),
                "clearance_by": clearance.get("by", ""),
            }
        )
        for key, _ in PARQ_QUESTIONS:
            initial[key] = "yes" if doc.get("parq", {}).get(key) else "no"
        return initial


class ClientSearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=100, label="Search")
    status = forms.ChoiceField(choices=[("", "Any status"), *Client.Status.choices], required=False)


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=Client.Status.choices)
