"""Shared builders for the safety tests: a minimal valid client, extended with overrides."""

from __future__ import annotations

import datetime as dt
from typing import Any

from optcoach.model.client import Client

NO = {f"q{i}": False for i in range(1, 8)}
CLEARANCE = {"date": "2027-01-03", "by": "Dr. Okafor"}
START = dt.date(2027, 1, 4)


def make_client(**overrides: Any) -> Client:
    """Return a valid client: a 40-year-old woman with no condition, overrides merged on top."""
    data: dict[str, Any] = {
        "name": "Safety Client",
        "sex": "female",
        "age": 40,
        "height_cm": 165,
        "weight_kg": 70,
        "goal": "general_fitness",
        "days_per_week": 3,
        "start_date": START.isoformat(),
        "parq": dict(NO),
    }
    data.update(overrides)
    return Client.model_validate(data)


def client_in(population: str, **overrides: Any) -> Client:
    """Return a client who belongs to ``population`` (a condition, youth, older_adult or
    beta_blockers) and to no other population."""
    if population == "youth":
        return make_client(age=14, **overrides)
    if population == "older_adult":
        return make_client(age=70, **overrides)
    if population == "beta_blockers":
        return make_client(medications=["metoprolol 50 mg"], **overrides)
    return make_client(conditions=[population], **overrides)
