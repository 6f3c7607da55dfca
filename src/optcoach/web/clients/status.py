"""What the client list shows per client: current phase, next session, reassessment due.

Phase and next session are read off the stored program's blocks and session dates. The
reassessment date is the engine's (``optcoach.planning.progression.reassessment_due``: every
block boundary and every few weeks inside long blocks, unless an assessment covers it), stored
on the program when it or the assessments change; a client never assessed is due at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from optcoach.model.vocab import PHASE_IDS

# How far ahead the trainer's reminder banner looks: one training week.
REMINDER = dt.timedelta(days=7)


@dataclass(frozen=True)
class ClientStatus:
    phase: int | None
    next_session: dt.date | None
    last_assessed: dt.date | None
    reassessment_due: dt.date | None

    @property
    def phase_name(self) -> str:
        return PHASE_IDS[self.phase].replace("_", " ") if self.phase else ""

    def is_reassessment_overdue(self, today: dt.date) -> bool:
        return self.reassessment_due is not None and self.reassessment_due < today

    def is_reassessment_due_soon(self, today: dt.date) -> bool:
        """Return True when reassessment is due within the reminder window (or overdue)."""
        return self.reassessment_due is not None and self.reassessment_due <= today + REMINDER


def status_for(
    summary: dict[str, Any] | None,
    last_assessed: dt.date | None,
    today: dt.date,
    reassessment_due: dt.date | None = None,
) -> ClientStatus:
    """Return a client's status from a program summary (see programs.models.summarize) and
    the program's stored reassessment date."""
    blocks = [
        (dt.date.fromisoformat(b["start"]), dt.date.fromisoformat(b["end"]), int(b["phase"]))
        for b in (summary or {}).get("blocks", ())
    ]
    phase = next((p for start, end, p in blocks if start <= today <= end), None)
    upcoming = [
        dt.date.fromisoformat(day)
        for day, _, _ in (summary or {}).get("sessions", ())
        if dt.date.fromisoformat(day) >= today
    ]
    due = today if last_assessed is None else reassessment_due
    return ClientStatus(
        phase=phase,
        next_session=min(upcoming) if upcoming else None,
        last_assessed=last_assessed,
        reassessment_due=due,
    )
