"""Who a user is to optcoach: a trainer who owns clients, or a client who owns their logs."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Profile(models.Model):
    class Role(models.TextChoices):
        TRAINER = "trainer", "Trainer"
        CLIENT = "client", "Client"

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    role = models.CharField(max_length=16, choices=Role.choices)

    def __str__(self) -> str:
        return f"{self.user.get_username()} ({self.role})"


def role_of(user: object) -> str | None:
    """Return the user's role, or None for anonymous users and staff without a profile."""
    profile = getattr(user, "profile", None) if getattr(user, "is_authenticated", False) else None
    return profile.role if profile is not None else None
