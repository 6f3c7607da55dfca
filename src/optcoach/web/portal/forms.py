"""Logging one set from a phone: shape checks only, loads typed in the client's units."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms


class SetLogForm(forms.Form):
    reps = forms.IntegerField(min_value=0, max_value=999, required=False)
    duration_s = forms.IntegerField(min_value=0, max_value=7200, required=False)
    load = forms.FloatField(min_value=0, max_value=2000, required=False)
    rpe = forms.DecimalField(
        min_value=Decimal("1"),
        max_value=Decimal("10"),
        decimal_places=1,
        required=False,
        label="RPE",
    )
    pain = forms.BooleanField(required=False)
    note = forms.CharField(max_length=500, required=False)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not self.errors and cleaned.get("reps") is None and cleaned.get("duration_s") is None:
            self.add_error("reps", "Enter the reps (or the time) you did.")
        return cleaned


class FinishForm(forms.Form):
    note = forms.CharField(
        max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
