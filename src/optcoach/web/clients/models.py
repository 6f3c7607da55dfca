"""A trainer's clients, their intake (the engine's client document) and their invitations."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from optcoach.model.assessment_input import AssessmentInput
from optcoach.model.client import Client as EngineClient

# Unambiguous letters and digits: a code read aloud or typed on a phone survives.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10


class Client(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        PAUSED = "paused", "Paused"
        ARCHIVED = "archived", "Archived"

    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="clients"
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="client_record",
    )
    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.ACTIVE)
    # The engine's client document (optcoach.client/v1) without its assessment block: the
    # assessments live in their own dated rows and are attached when the engine is called.
    intake = models.JSONField(default=dict)
    created = models.DateTimeField(default=timezone.now)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("clients:detail", args=[self.pk])

    @property
    def has_intake(self) -> bool:
        return bool(self.intake)

    def engine_client(self, assessment: AssessmentInput | None = None) -> EngineClient:
        """Return the engine's Client for this intake, with ``assessment`` attached.

        Raise pydantic.ValidationError when the stored intake no longer validates (it was
        validated on save, so this means the engine's schema changed).
        """
        document: dict[str, Any] = dict(self.intake)
        document["assessment"] = (
            assessment.model_dump(mode="json", exclude_none=True) if assessment else None
        )
        return EngineClient.model_validate(document)

    @property
    def display_units(self) -> str:
        """Return "imperial" or "metric": how this client reads loads."""
        if not self.intake:
            return "metric"
        units = self.intake.get("units")
        if units in {"metric", "imperial"}:
            return str(units)
        return "imperial" if self.intake.get("weight_lb") is not None else "metric"


def new_invitation_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class Invitation(models.Model):
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="invitations")
    code = models.CharField(max_length=CODE_LENGTH, unique=True, default=new_invitation_code)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created = models.DateTimeField(default=timezone.now)
    accepted = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created", "-id"]

    def __str__(self) -> str:
        return f"{self.code} for {self.client}"

    def get_absolute_url(self) -> str:
        return reverse("accounts:join", args=[self.code])

    @property
    def expires(self) -> dt.datetime:
        return self.created + dt.timedelta(days=settings.INVITATION_DAYS)

    @property
    def is_open(self) -> bool:
        """Return whether the invitation can still be accepted: unused, unexpired, unlinked."""
        return (
            self.accepted is None and self.client.user_id is None and timezone.now() < self.expires
        )
