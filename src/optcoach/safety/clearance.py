"""The clearance gate: may this client be given a program at all?

A PAR-Q+ "yes" or a blood pressure in a category that needs clearance (stage 2) blocks
programming until a medical clearance (date and by whom) is recorded in the client file. A
hypertensive-crisis reading blocks it whatever is recorded: the client needs immediate medical
care, and only a new, lower reading reopens the gate. The PAR-Q+ evaluation and the
blood-pressure categories come from ``optcoach.assessment``; this module only decides.
"""

from __future__ import annotations

from optcoach.assessment.intake import parq_result
from optcoach.model.client import Client
from optcoach.model.intake import load_intake
from optcoach.safety.populations import load_population_table
from optcoach.safety.readings import ReportView, blood_pressure_of
from optcoach.safety.rules import SafetyModel

HOW_TO_RECORD = (
    "record it in the client file as medical_clearance: {date: YYYY-MM-DD, by: <name of the "
    "clearing physician>}"
)


class Clearance(SafetyModel):
    """The gate's answer. ``never`` is True for a crisis reading, which no clearance lifts.

    ``reasons`` says what blocked the client (or which recorded clearance lifted a block).
    """

    cleared: bool
    reasons: tuple[str, ...] = ()
    never: bool = False

    @property
    def message(self) -> str:
        """Return one paragraph for the trainer: what blocks the program and what is needed."""
        if self.cleared:
            return "cleared for training" + (f": {'; '.join(self.reasons)}" if self.reasons else "")
        head = (
            "no program: training is not possible until the reading is treated, and no medical "
            "clearance overrides a hypertensive crisis"
            if self.never
            else f"no program until a medical clearance is recorded ({HOW_TO_RECORD})"
        )
        return f"{head}. " + " ".join(f"{reason}." for reason in self.reasons)


class ClearanceRequired(Exception):
    """Raised instead of building a program for a client the gate does not clear.

    The message contains the word "clearance" and says what is needed.
    """

    def __init__(self, clearance: Clearance) -> None:
        if clearance.cleared:
            raise ValueError("ClearanceRequired needs a clearance that did not clear the client")
        self.clearance = clearance
        super().__init__(clearance.message)


def check_clearance(client: Client, report: ReportView | None = None) -> Clearance:
    """Return whether ``client`` may be programmed, with the reasons.

    ``report`` is the client's assessment report; without it the blood pressure is classified
    from the client file.
    """
    recorded = client.medical_clearance
    reading = blood_pressure_of(client, report)
    questions = load_intake().parq
    parq = parq_result(client)
    reasons: list[str] = []
    never = reading is not None and reading.crisis
    if never and reading is not None:
        reasons.append(
            f"blood pressure {reading.systolic}/{reading.diastolic} mmHg is a hypertensive "
            "crisis: do not train, refer the client for immediate medical care and re-measure "
            "before any program"
        )
    blocks = [f"PAR-Q+ {q} answered yes ({questions[q]})" for q in parq.yes_answers]
    if (
        reading is not None
        and not reading.crisis
        and reading.category in load_population_table().needs_clearance
    ):
        blocks.append(
            f"blood pressure {reading.systolic}/{reading.diastolic} mmHg is {reading.category}"
        )
    if recorded is not None:
        note = f"medical clearance recorded on {recorded.date.isoformat()} by {recorded.by}"
        reasons.extend(f"{block}; {note}" for block in blocks)
    else:
        reasons.extend(f"{block}: a medical clearance is needed" for block in blocks)
    cleared = not never and (not blocks or recorded is not None)
    return Clearance(cleared=cleared, reasons=tuple(reasons), never=never)


def require_clearance(client: Client, report: ReportView | None = None) -> Clearance:
    """Return the gate's answer when it clears ``client``; raise ClearanceRequired otherwise."""
    clearance = check_clearance(client, report)
    if not clearance.cleared:
        raise ClearanceRequired(clearance)
    return clearance


__all__ = [
    "HOW_TO_RECORD",
    "Clearance",
    "ClearanceRequired",
    "check_clearance",
    "require_clearance",
]
