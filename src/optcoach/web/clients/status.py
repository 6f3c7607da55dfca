"""What the client list shows per client: current phase, next session, reassessment due.

Everything is read off the stored program's blocks and the assessment dates. Reassessment
falls due at the end of the block in which the last assessment was taken (a block is the
mesocycle the engine planned), and at once when the client has never been assessed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from optcoach.model.vocab import PHASE_IDS


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


def status_for(
    summary: dict[str, Any] | None, last_assessed: dt.date | None, today: dt.date
) -> ClientStatus:
    """Return a client's status from a program summary (see programs.models.summarize)."""
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
    due: dt.date | None
    if last_assessed is None:
        due = today
    else:
        due = next((end for _, end, _ in blocks if end >= last_assessed), None)
    return ClientStatus(
        phase=phase,
        next_session=min(upcoming) if upcoming else None,
        last_assessed=last_assessed,
        reassessment_due=due,
    )
