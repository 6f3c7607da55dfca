"""Shared builders: a minimal valid client, extended per test with keyword overrides."""

from __future__ import annotations

from typing import Any

from optcoach.model.client import Client

NO = {f"q{i}": False for i in range(1, 8)}


def make_client(**overrides: Any) -> Client:
    """Return a valid client: a 40-year-old woman, overrides merged on top."""
    data: dict[str, Any] = {
        "name": "Test Client",
        "sex": "female",
        "age": 40,
        "height_cm": 165,
        "weight_kg": 70,
        "goal": "general_fitness",
        "days_per_week": 3,
        "parq": dict(NO),
    }
    data.update(overrides)
    return Client.model_validate(data)
