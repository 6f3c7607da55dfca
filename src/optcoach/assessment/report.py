"""The assessment report and ``assess()``: every finding for one client in one document.

``assess`` is pure: it reads the client file's raw measurements, classifies them against the
norms and the ruleset's tables, and returns a frozen ``AssessmentReport`` whose JSON keys follow
DESIGN.md ("Assessment JSON"). A valid client never makes it raise; what cannot be computed is
None, and what the trainer should know is in ``warnings``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from optcoach.assessment.body_composition import (
    OBESE_BMI_CATEGORIES,
    Bmi,
    BodyFat,
    Waist,
    WaistToHip,
    assess_bmi,
    assess_body_fat,
    assess_waist,
    assess_waist_to_hip,
)
from optcoach.assessment.cardio import (
    HeartRate,
    Vo2max,
    YmcaStepTest,
    assess_ymca,
    heart_rate_profile,
    recommend_cardio_stage,
    rockport_vo2max,
)
from optcoach.assessment.corrective import CorrectivePlan, build_corrective_plan
from optcoach.assessment.intake import HealthHistory, ParqResult, health_history, parq_result
from optcoach.assessment.movement import Imbalances, movement_findings, screening_notes, summarize
from optcoach.assessment.one_rep_max import OneRepMaxEstimate, estimate_lift, one_rep_max_map
from optcoach.assessment.performance import Performance, assess_performance
from optcoach.assessment.reassessment import Reassessment, compare
from optcoach.assessment.start_phase import recommend_start_phase
from optcoach.assessment.vitals import (
    BloodPressure,
    RestingHr,
    assess_blood_pressure,
    assess_resting_hr,
    crisis_message,
)
from optcoach.catalog import Catalog, load_catalog
from optcoach.model.assessment_input import AssessmentInput
from optcoach.model.client import CM_PER_IN, KG_PER_LB, Client
from optcoach.model.norms import load_norms
from optcoach.model.vocab import PhaseNumber, Ruleset, Sex

SCHEMA: Literal["optcoach.assessment/v1"] = "optcoach.assessment/v1"


class AssessmentReport(BaseModel):
    """Everything one assessment found; see DESIGN.md "Assessment JSON" for the key contract."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_: Literal["optcoach.assessment/v1"] = Field(default=SCHEMA, alias="schema")
    ruleset: Ruleset
    client_name: str
    sex: Sex
    date: dt.date | None
    age: int
    weight_kg: float
    height_cm: float
    populations: tuple[str, ...]
    stop_training: bool
    parq: ParqResult
    history: HealthHistory
    blood_pressure: BloodPressure | None
    resting_hr: RestingHr | None
    bmi: Bmi
    waist: Waist | None
    waist_to_hip: WaistToHip | None
    body_fat: BodyFat | None
    heart_rate: HeartRate
    ymca_step_test: YmcaStepTest | None
    vo2max: Vo2max | None
    performance: Performance
    one_rep_max: dict[str, float]
    one_rep_max_estimates: tuple[OneRepMaxEstimate, ...]
    imbalances: Imbalances
    screening_notes: tuple[str, ...]
    corrective_plan: CorrectivePlan
    recommended_start_phase: PhaseNumber
    start_phase_reasons: tuple[str, ...]
    recommended_cardio_stage: int
    cardio_stage_reasons: tuple[str, ...]
    reassessment: Reassessment | None = None
    warnings: tuple[str, ...]

    def to_json_dict(self) -> dict[str, object]:
        """Return the report as JSON-ready data with the public key ``schema``."""
        data: dict[str, object] = self.model_dump(mode="json", by_alias=True)
        return data


def _weight_kg(client: Client, m: AssessmentInput) -> float:
    if m.weight_kg is not None:
        return m.weight_kg
    if m.weight_lb is not None:
        return round(m.weight_lb * KG_PER_LB, 2)
    return client.body_weight_kg


def _height_cm(client: Client, m: AssessmentInput) -> float:
    if m.height_cm is not None:
        return m.height_cm
    if m.height_in is not None:
        return round(m.height_in * CM_PER_IN, 1)
    return client.stature_cm


def current_bmi(client: Client) -> Bmi:
    """Return the BMI of the latest measurements: the assessment's, else the client file's."""
    m = client.assessment or AssessmentInput()
    return assess_bmi(_weight_kg(client, m), _height_cm(client, m))


def _populations(client: Client, age: int, bmi: Bmi, beta_blockers: bool) -> tuple[str, ...]:
    """Return the special populations that shape this assessment, in a fixed order."""
    ages = load_norms().populations
    found: set[str] = {c.id for c in client.conditions}
    if bmi.category in OBESE_BMI_CATEGORIES:
        found.add("obesity")
    if age <= ages.youth_max_age:
        found.add("youth")
    if age >= ages.older_adult_min_age:
        found.add("older_adult")
    if beta_blockers:
        found.add("beta_blockers")
    return tuple(sorted(found))


def assess(
    client: Client, ruleset: Ruleset = "cpt7", *, catalog: Catalog | None = None
) -> AssessmentReport:
    """Return the assessment report of ``client`` under ``ruleset``.

    Uses the client's ``assessment`` block (an empty one when absent) and, when it holds a
    ``previous`` assessment, compares the two. ``catalog`` defaults to the packaged catalog.
    """
    measurements = client.assessment or AssessmentInput()
    report = _build(client, measurements, ruleset, catalog or load_catalog(), client.assessment)
    if measurements.previous is None:
        return report
    before = _build(
        client, measurements.previous, ruleset, catalog or load_catalog(), measurements.previous
    )
    return report.model_copy(update={"reassessment": compare(before, report)})


def _build(
    client: Client,
    m: AssessmentInput,
    ruleset: Ruleset,
    catalog: Catalog,
    recorded: AssessmentInput | None,
) -> AssessmentReport:
    day = m.date or client.start_date or dt.date.today()
    age = client.age_on(day)
    sex = client.sex
    weight = _weight_kg(client, m)
    height = _height_cm(client, m)
    warnings: list[str] = []

    parq = parq_result(client)
    history = health_history(client)
    bmi = assess_bmi(weight, height)
    populations = _populations(client, age, bmi, history.beta_blockers)

    pressure = None
    if m.blood_pressure_mmhg is not None:
        pressure = assess_blood_pressure(*m.blood_pressure_mmhg)
        if pressure.crisis:
            warnings.append(crisis_message(pressure))
    if parq.requires_clearance and not parq.cleared:
        warnings.append("PAR-Q+: medical clearance required before training")
    resting = assess_resting_hr(m.resting_hr) if m.resting_hr is not None else None

    waist = assess_waist(sex, m.waist_cm) if m.waist_cm is not None else None
    ratio = (
        assess_waist_to_hip(sex, m.waist_cm, m.hip_cm)
        if m.waist_cm is not None and m.hip_cm is not None
        else None
    )
    obese = "obesity" in populations
    body_fat = (
        assess_body_fat(sex, age, weight, m.skinfolds_mm, obese=obese)
        if m.skinfolds_mm is not None
        else None
    )
    if m.skinfolds_mm is not None and body_fat is None:
        warnings.append(
            "skinfolds: no complete site set for Durnin-Womersley (biceps, triceps, "
            "subscapular, suprailiac) or Jackson-Pollock 7 or 3 sites"
        )
    if body_fat is not None:
        warnings.extend(body_fat.warnings)

    heart_rate = heart_rate_profile(
        age,
        ruleset,
        formula=m.hr_max_formula,
        vt1=m.vt1_hr,
        vt2=m.vt2_hr,
        vt2_test_hr=m.vt2_test_hr,
        beta_blockers=history.beta_blockers,
    )
    if heart_rate.use_rpe:
        warnings.extend(heart_rate.notes)
    ymca = assess_ymca(sex, age, m.ymca_step_hr) if m.ymca_step_hr is not None else None
    if ymca is not None:
        warnings.extend(ymca.warnings)
    vo2max = (
        Vo2max(
            value=rockport_vo2max(weight / KG_PER_LB, age, sex, m.rockport.time_min, m.rockport.hr),
            method="rockport",
        )
        if m.rockport is not None
        else None
    )

    performance = assess_performance(m)
    estimates = tuple(estimate_lift(lift) for lift in m.lifts) + performance.strength_tests
    warnings.extend(e.warning for e in estimates if e.warning)
    if estimates and "youth" in populations:
        warnings.append("youth: no 1RM testing; loads come from submaximal sets only")

    findings, movement_warnings = movement_findings(m, ruleset)
    warnings.extend(movement_warnings)
    imbalances = summarize(findings)
    notes, screen_warnings = screening_notes(populations, bool(m.single_leg_squat))
    warnings.extend(screen_warnings)
    plan = build_corrective_plan(imbalances, ruleset, catalog, equipment=client.equipment_set)
    warnings.extend(plan.warnings)

    start = recommend_start_phase(
        experience=client.experience,
        findings=findings,
        parq=parq,
        populations=populations,
        blood_pressure=pressure,
        screened=recorded is not None,
    )
    stage = recommend_cardio_stage(
        ruleset,
        client.experience,
        client.goal,
        ymca=ymca.rating if ymca else None,
        thresholds_measured=m.vt1_hr is not None
        and (m.vt2_hr is not None or m.vt2_test_hr is not None),
        populations=populations,
    )
    return AssessmentReport(
        ruleset=ruleset,
        client_name=client.name,
        sex=sex,
        date=m.date,
        age=age,
        weight_kg=weight,
        height_cm=height,
        populations=populations,
        stop_training=bool(pressure and pressure.crisis),
        parq=parq,
        history=history,
        blood_pressure=pressure,
        resting_hr=resting,
        bmi=bmi,
        waist=waist,
        waist_to_hip=ratio,
        body_fat=body_fat,
        heart_rate=heart_rate,
        ymca_step_test=ymca,
        vo2max=vo2max,
        performance=performance,
        one_rep_max=one_rep_max_map(estimates),
        one_rep_max_estimates=estimates,
        imbalances=imbalances,
        screening_notes=notes,
        corrective_plan=plan,
        recommended_start_phase=start.phase,
        start_phase_reasons=start.reasons,
        recommended_cardio_stage=stage.stage,
        cardio_stage_reasons=stage.reasons,
        warnings=tuple(warnings),
    )
