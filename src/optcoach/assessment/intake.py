"""Intake: the PAR-Q+ screen, the health history and the medication flags.

Any "yes" on PAR-Q+ part 1 means the client needs medical clearance before training; a recorded
clearance (date and by whom) lifts that block but the reasons stay on record.
"""

from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel, ConfigDict

from optcoach.model.client import Client, Injury
from optcoach.model.intake import PARQ_QUESTIONS, load_intake


class ParqResult(BaseModel):
    """The PAR-Q+ outcome.

    ``requires_clearance`` is True when any answer is "yes" (the PAR-Q+ asks for medical
    clearance); ``cleared`` is True when every answer is "no" or a clearance is recorded.
    ``reasons`` names each "yes" question, then the recorded clearance if any.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cleared: bool
    requires_clearance: bool
    reasons: tuple[str, ...]
    yes_answers: tuple[str, ...]
    clearance_date: dt.date | None = None
    clearance_by: str | None = None


class HealthHistory(BaseModel):
    """The subjective part of the assessment, gathered from the client file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    occupation: str
    lifestyle: str
    injuries: tuple[Injury, ...]
    surgeries: tuple[str, ...]
    medications: tuple[str, ...]
    chronic_conditions: tuple[str, ...]
    beta_blockers: bool


def parq_result(client: Client) -> ParqResult:
    """Return whether the client may train, and why not when a PAR-Q+ answer is "yes"."""
    questions = load_intake().parq
    yes = tuple(q for q in PARQ_QUESTIONS if getattr(client.parq, q))
    reasons = [f"PAR-Q+ {q} answered yes: {questions[q]}" for q in yes]
    clearance = client.medical_clearance
    if yes and clearance is not None:
        recorded = clearance.date.isoformat()
        reasons.append(f"medical clearance recorded on {recorded} by {clearance.by}")
    elif yes:
        reasons.append("medical clearance is required before training")
    return ParqResult(
        cleared=not yes or clearance is not None,
        requires_clearance=bool(yes),
        reasons=tuple(reasons),
        yes_answers=yes,
        clearance_date=clearance.date if clearance else None,
        clearance_by=clearance.by if clearance else None,
    )


def beta_blocker_names(medications: tuple[str, ...]) -> tuple[str, ...]:
    """Return each medication entry that is, or names, a beta-blocker (in the given order)."""
    tables = load_intake()
    names = "|".join(re.escape(name) for name in tables.beta_blockers)
    pattern = re.compile(rf"\b({names})\b", re.IGNORECASE)
    flag = tables.beta_blocker_flag
    return tuple(
        m for m in medications if m.strip().lower() == flag or pattern.search(m) is not None
    )


def takes_beta_blockers(client: Client) -> bool:
    """Return True when the client's medications include a beta-blocker (flag or drug name)."""
    return bool(beta_blocker_names(client.medications))


def health_history(client: Client) -> HealthHistory:
    """Return the client's history, injuries and medications as one record."""
    return HealthHistory(
        occupation=client.history.occupation,
        lifestyle=client.history.lifestyle,
        injuries=client.injuries,
        surgeries=client.history.surgeries,
        medications=client.medications,
        chronic_conditions=client.history.chronic_conditions,
        beta_blockers=takes_beta_blockers(client),
    )
