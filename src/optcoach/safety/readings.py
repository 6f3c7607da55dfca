"""What safety reads from an assessment: the blood-pressure reading and the RPE flag.

When the caller passes an assessment report, its values are used; without one they are computed
from the client file with the assessment helpers, so the gate and the constraints agree with the
report either way. The report is described structurally (``ReportView``): any object with the
contract's ``blood_pressure`` and ``heart_rate`` fields (interfaces.md) will do.
"""

from __future__ import annotations

from typing import Protocol

from optcoach.assessment.vitals import BloodPressure, assess_blood_pressure
from optcoach.model.client import Client


class BloodPressureView(Protocol):
    @property
    def systolic(self) -> int: ...
    @property
    def diastolic(self) -> int: ...
    @property
    def category(self) -> str: ...
    @property
    def crisis(self) -> bool: ...


class HeartRateView(Protocol):
    @property
    def use_rpe(self) -> bool: ...


class ReportView(Protocol):
    """The parts of ``optcoach.assessment.AssessmentReport`` that safety reads."""

    @property
    def blood_pressure(self) -> BloodPressureView | None: ...
    @property
    def heart_rate(self) -> HeartRateView | None: ...


def blood_pressure_of(client: Client, report: ReportView | None) -> BloodPressureView | None:
    """Return the client's classified blood-pressure reading, or None when none was taken."""
    if report is not None:
        return report.blood_pressure
    if client.assessment is None or client.assessment.blood_pressure_mmhg is None:
        return None
    systolic, diastolic = client.assessment.blood_pressure_mmhg
    reading: BloodPressure = assess_blood_pressure(systolic, diastolic)
    return reading


def report_uses_rpe(report: ReportView | None) -> bool:
    """Return True when the report says heart-rate targets do not apply (beta-blockers)."""
    return report is not None and report.heart_rate is not None and report.heart_rate.use_rpe


__all__ = [
    "BloodPressureView",
    "HeartRateView",
    "ReportView",
    "blood_pressure_of",
    "report_uses_rpe",
]
