"""Session logs: what the client did, set by set, beside what the program prescribed."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils import timezone

from optcoach.web.clients.models import Client
from optcoach.web.programs.models import Program


class SessionLog(models.Model):
    """One prescribed session the client trained, addressed by its week and session index."""

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="session_logs")
    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="session_logs")
    program_version = models.PositiveIntegerField()
    week_index = models.PositiveIntegerField()
    session_index = models.PositiveIntegerField()
    prescribed_date = models.DateField()
    started = models.DateTimeField(default=timezone.now)
    finished = models.DateTimeField(null=True, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["-prescribed_date", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["program", "week_index", "session_index"], name="one_log_per_session"
            )
        ]

    def __str__(self) -> str:
        return f"{self.client} — week {self.week_index} session {self.session_index + 1}"

    def get_absolute_url(self) -> str:
        return reverse("portal:log", args=[self.pk])


class SetLog(models.Model):
    """One set: the prescribed item it belongs to, the target, and what was actually done."""

    session_log = models.ForeignKey(SessionLog, on_delete=models.CASCADE, related_name="sets")
    section_index = models.PositiveIntegerField()
    section_id = models.CharField(max_length=32)
    item_index = models.PositiveIntegerField()
    exercise_id = models.CharField(max_length=100)
    set_number = models.PositiveIntegerField()
    target_reps = models.PositiveIntegerField(null=True, blank=True)
    target_duration_s = models.PositiveIntegerField(null=True, blank=True)
    target_load_kg = models.FloatField(null=True, blank=True)
    target_tempo = models.CharField(max_length=16, blank=True)
    reps = models.PositiveIntegerField(null=True, blank=True)
    duration_s = models.PositiveIntegerField(null=True, blank=True)
    load_kg = models.FloatField(null=True, blank=True)
    rpe = models.DecimalField(max_digits=3, decimal_places=1, null=True, blank=True)
    pain = models.BooleanField(default=False)
    note = models.CharField(max_length=500, blank=True)
    logged = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["section_index", "item_index", "set_number"]
        constraints = [
            models.UniqueConstraint(
                fields=["session_log", "section_index", "item_index", "set_number"],
                name="one_row_per_set",
            )
        ]

    def __str__(self) -> str:
        return f"{self.exercise_id} set {self.set_number}"
