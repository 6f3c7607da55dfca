"""Programs: the engine's document, its version number and every edit with who, what and when."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from optcoach.model.program import Program as EngineProgram
from optcoach.web.assessments.models import Assessment
from optcoach.web.clients.models import Client
from optcoach.web.programs.schedule import session_refs


class Program(models.Model):
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="programs")
    assessment = models.ForeignKey(
        Assessment, on_delete=models.SET_NULL, null=True, blank=True, related_name="programs"
    )
    # ``original`` is version 1 as the engine built it; ``document`` is the current version.
    # Every version in between is ``original`` plus the edits up to that version.
    original = models.JSONField()
    document = models.JSONField()
    version = models.PositiveIntegerField(default=1)
    # Blocks and session dates copied out of ``document`` so lists need not load it whole.
    summary = models.JSONField(default=dict)
    start = models.DateField()
    horizon_weeks = models.PositiveIntegerField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(default=timezone.now)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created", "-id"]

    def __str__(self) -> str:
        return f"{self.client} from {self.start} ({self.horizon_weeks} weeks, v{self.version})"

    def get_absolute_url(self) -> str:
        return reverse("programs:detail", args=[self.client_id, self.pk])

    def save(self, *args: object, **kwargs: object) -> None:
        self.summary = summarize(self.document)
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def engine_program(self) -> EngineProgram:
        return EngineProgram.model_validate(self.document)


def summarize(document: dict[str, Any]) -> dict[str, Any]:
    """Return the blocks and the (date, week, session) list of a program document."""
    return {
        "blocks": [
            {key: block[key] for key in ("phase", "phases", "start", "end", "weeks")}
            for block in document.get("blocks", ())
        ],
        "sessions": [
            [ref.date.isoformat(), ref.week_index, ref.session_index]
            for ref in session_refs(document)
        ],
    }


class ProgramEdit(models.Model):
    """One change a trainer saved: which item, the values before and after, and any violations
    the validator reported that the trainer accepted."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="edits")
    version = models.PositiveIntegerField()
    path = models.CharField(max_length=200)
    summary = models.CharField(max_length=300)
    before = models.JSONField()
    after = models.JSONField()
    issues = models.JSONField(default=list)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    edited = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["program", "version"], name="one_edit_per_version")
        ]

    def __str__(self) -> str:
        return f"v{self.version}: {self.summary}"
