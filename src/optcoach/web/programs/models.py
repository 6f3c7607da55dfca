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
    # The earliest open reassessment date (optcoach.planning.progression.reassessment_due),
    # refreshed when the program or the client's assessments change; None when none is open.
    reassessment_due = models.DateField(null=True, blank=True)
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
    """One change saved as a new version: who, what, when.

    A trainer's edit names one item (``path``, ``before``/``after``) and any violations the
    trainer accepted. A progression run (``kind`` "progression" or "override", ``author``
    "optcoach progression") replaces the future weeks: ``decisions`` holds the engine's
    decisions with their reasons and ``changes`` the items whose prescription changed, each
    with the decision behind it; ``before``/``after`` stay empty (the whole future may change).
    """

    class Kind(models.TextChoices):
        EDIT = "edit", "trainer's edit"
        PROGRESSION = "progression", "progression"
        OVERRIDE = "override", "block-end override"

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="edits")
    version = models.PositiveIntegerField()
    path = models.CharField(max_length=200)
    summary = models.CharField(max_length=300)
    before = models.JSONField()
    after = models.JSONField()
    issues = models.JSONField(default=list)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.EDIT)
    author = models.CharField(max_length=100, blank=True)
    decisions = models.JSONField(default=list)
    changes = models.JSONField(default=list)
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

    @property
    def who(self) -> str:
        """Return the author's name: the engine's label, else the editing user's name."""
        if self.author:
            return self.author
        return self.edited_by.get_username() if self.edited_by else "—"


class BlockOverride(models.Model):
    """A trainer's verdict on a block end (advance, repeat, step down, back to phase 1).

    The block is named by its start date, which a later re-plan keeps (kept blocks are only
    cut at their end). Every stored override is passed to the engine on each progression run.
    """

    class Decision(models.TextChoices):
        ADVANCE = "advance", "advance to the next phase"
        REPEAT = "repeat", "repeat the phase"
        STEP_DOWN = "step_down", "step down the staircase"
        PHASE_1 = "phase_1", "back to phase 1"

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="overrides")
    block_start = models.DateField()
    decision = models.CharField(max_length=16, choices=Decision.choices)
    reason = models.CharField(max_length=500)
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    made = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["made", "id"]

    def __str__(self) -> str:
        return f"{self.decision} for the block from {self.block_start}"
