"""The recommended starting OPT phase, with every reason that decided it.

CPT7 starts most clients in phase 1 (stabilization endurance) and stresses stabilization for
special populations. The engine's rule (norms.toml ``start_phase``): phase 1 whenever any reason
below applies; otherwise an experienced client who moved without compensations starts in
phase 2.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from optcoach.assessment.intake import ParqResult
from optcoach.assessment.movement import Finding
from optcoach.assessment.vitals import BloodPressure
from optcoach.model.norms import load_norms
from optcoach.model.vocab import PHASE_IDS, Experience, PhaseNumber


class StartPhase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    phase: PhaseNumber
    reasons: tuple[str, ...]


def _phase_name(phase: int) -> str:
    return PHASE_IDS[phase].replace("_", " ")


def recommend_start_phase(
    *,
    experience: Experience,
    findings: tuple[Finding, ...],
    parq: ParqResult,
    populations: tuple[str, ...] = (),
    blood_pressure: BloodPressure | None = None,
    screened: bool = True,
) -> StartPhase:
    """Return the start phase and its reasons (never empty).

    ``populations`` are the special populations that apply (conditions, youth, older adult,
    beta-blockers); ``screened`` is False when no movement assessment is on record.
    """
    rules = load_norms().start_phase
    stay: list[str] = []
    if experience not in rules.experienced:
        stay.append(f"{experience} client: build stabilization endurance first")
    if not screened:
        stay.append("no movement assessment on record: screen before progressing")
    if findings:
        seen = ", ".join(
            f"{f.compensation.replace('_', ' ')}{f' ({f.side})' if f.side else ''}"
            for f in findings
        )
        stay.append(f"{len(findings)} compensation(s) on the movement screens ({seen})")
    if parq.requires_clearance:
        stay.append("PAR-Q+ answered yes: progress only as the medical clearance allows")
    if populations:
        stay.append(f"special population ({', '.join(populations)}): stabilization first")
    if blood_pressure is not None and blood_pressure.category in rules.stabilization_bp_categories:
        stay.append(f"blood pressure {blood_pressure.category.replace('_', ' ')}")
    if stay:
        phase = rules.default_phase
        return StartPhase(
            phase=phase,
            reasons=(f"phase {phase} ({_phase_name(phase)})", *stay),
        )
    phase = rules.experienced_phase
    return StartPhase(
        phase=phase,
        reasons=(
            f"phase {phase} ({_phase_name(phase)})",
            f"{experience} client with no compensations on the movement screens and no "
            "population or vitals reason to stay in stabilization",
        ),
    )
