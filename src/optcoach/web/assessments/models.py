"""Dated assessments: the raw measurements and the engine's findings, never overwritten."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from optcoach.model.assessment_input import AssessmentInput
from optcoach.web.clients.models import Client


class Assessment(models.Model):
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="assessments")
    date = models.DateField()
    # AssessmentInput as JSON (what the trainer measured) and the engine's AssessmentReport
    # as JSON (what it means), computed once when the assessment is recorded.
    measurements = models.JSONField()
    report = models.JSONField()
    ruleset = models.CharField(max_length=8, default="cpt7")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-date", "-created", "-id"]

    def __str__(self) -> str:
        return f"{self.client} on {self.date}"

    def save(self, *args: object, **kwargs: object) -> None:
        """Insert a new assessment; raise ValueError on any attempt to change a recorded one."""
        if not self._state.adding:
            raise ValueError("assessments are never overwritten: record a new one instead")
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def get_absolute_url(self) -> str:
        return reverse("assessments:detail", args=[self.client_id, self.pk])

    def engine_input(self) -> AssessmentInput:
        return AssessmentInput.model_validate(self.measurements)
