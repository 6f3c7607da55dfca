"""Program forms: the generation parameters and an item edit (shape only; validate judges)."""

from __future__ import annotations

from typing import Any, get_args

from django import forms

from optcoach.model.vocab import Ruleset

MAX_WEEKS = 104


class GenerateForm(forms.Form):
    start = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Empty: the client's start date",
    )
    weeks = forms.IntegerField(min_value=1, max_value=MAX_WEEKS, initial=52)
    ruleset = forms.ChoiceField(
        choices=[("", "Client's ruleset"), *[(r, r.upper()) for r in get_args(Ruleset)]],
        required=False,
    )


class ItemEditForm(forms.Form):
    exercise_id = forms.ChoiceField(label="Exercise")
    sets = forms.IntegerField(min_value=1, max_value=99)
    reps = forms.IntegerField(min_value=1, max_value=999, required=False)
    duration_s = forms.IntegerField(
        min_value=1, max_value=7200, required=False, label="Duration (s)"
    )
    tempo = forms.CharField(max_length=16, required=False)
    load = forms.FloatField(min_value=0, max_value=2000, required=False)
    accept_violations = forms.BooleanField(
        required=False, label="Save even though the validator reports violations"
    )

    def __init__(
        self, *args: Any, exercise_choices: list[tuple[str, str]], units: str, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["exercise_id"].choices = exercise_choices  # type: ignore[attr-defined]
        self.fields["load"].label = f"Load ({'lb' if units == 'imperial' else 'kg'})"

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("reps") is not None and cleaned.get("duration_s") is not None:
            self.add_error("duration_s", "Give reps or a duration, not both.")
        return cleaned


class OverrideForm(forms.Form):
    """A trainer's verdict on a block end; the block is named by its start date."""

    block_start = forms.DateField(widget=forms.HiddenInput)
    decision = forms.ChoiceField(
        choices=[
            ("advance", "advance to the next phase"),
            ("repeat", "repeat the phase"),
            ("step_down", "step down the staircase"),
            ("phase_1", "back to phase 1"),
        ]
    )
    reason = forms.CharField(max_length=500, strip=True)


class ProgressRunForm(forms.Form):
    """Run progression now; with an assessment id, from that assessment's day on."""

    assessment = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
