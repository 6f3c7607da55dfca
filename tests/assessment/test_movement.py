import pytest

from optcoach.assessment.movement import (
    MuscleFlag,
    build_finding,
    movement_findings,
    screening_notes,
    summarize,
)
from optcoach.model.assessment_input import AssessmentInput
from optcoach.model.compensations import CompensationRow, load_compensations

ROWS = [
    pytest.param(ruleset, row, id=f"{ruleset}-{row.test}-{row.compensation}")
    for ruleset in ("cpt7", "cpt6")
    for row in load_compensations(ruleset)
]


def _input_for(row: CompensationRow, side: str) -> AssessmentInput:
    if row.test == "ohsa":
        shift = {"ohsa_shift_side": side} if row.compensation == "asymmetric_weight_shift" else {}
        return AssessmentInput(ohsa=[row.compensation], **shift)  # type: ignore[arg-type]
    if row.test == "single_leg_squat":
        return AssessmentInput(single_leg_squat={side: [row.compensation]})
    if row.test == "static_posture":
        return AssessmentInput(static_posture=[row.compensation])  # type: ignore[arg-type]
    return AssessmentInput(**{row.test: [row.compensation]})  # type: ignore[arg-type]


@pytest.mark.parametrize(("ruleset", "row"), ROWS)
def test_every_row_becomes_a_traceable_finding(ruleset: str, row: CompensationRow) -> None:
    """Each compensation, entered as a trainer would, flags exactly its row's muscles."""
    side_aware = bool(
        row.overactive_same
        or row.overactive_opposite
        or row.underactive_same
        or row.underactive_opposite
    )
    side = "left"
    findings, warnings = movement_findings(_input_for(row, side), ruleset)  # type: ignore[arg-type]
    assert warnings == ()
    assert len(findings) == 1
    finding = findings[0]
    assert (finding.test, finding.compensation, finding.source, finding.view) == (
        row.test,
        row.compensation,
        row.source,
        row.view,
    )
    assert finding.ruleset == ruleset
    assert finding.unconfirmed is row.unconfirmed
    assert finding.side == (side if side_aware else None)
    assert set(finding.overactive) == row.all_overactive
    assert set(finding.underactive) == row.all_underactive
    expected_over = {(m, None) for m in row.overactive}
    expected_over |= {(m, "left") for m in row.overactive_same}
    expected_over |= {(m, "right") for m in row.overactive_opposite}
    expected_under = {(m, None) for m in row.underactive}
    expected_under |= {(m, "left") for m in row.underactive_same}
    expected_under |= {(m, "right") for m in row.underactive_opposite}
    assert {(f.muscle, f.side) for f in finding.overactive_sides} == expected_over
    assert {(f.muscle, f.side) for f in finding.underactive_sides} == expected_under
    assert row.compensation.replace("_", " ") in finding.rationale
    assert f"ruleset {ruleset}" in finding.rationale


def test_knees_move_inward_cpt7() -> None:
    finding = build_finding("cpt7", "ohsa", "knees_move_inward")
    assert finding.overactive == ("adductor_complex", "tensor_fasciae_latae")
    assert finding.underactive == (
        "anterior_tibialis",
        "gluteus_maximus",
        "gluteus_medius",
        "posterior_tibialis",
    )
    assert finding.rationale == (
        "overhead squat (anterior view): knees move inward -> CPT7 ohsa row, ruleset cpt7"
    )


def test_rulesets_differ_for_knees_move_inward() -> None:
    cpt6 = build_finding("cpt6", "ohsa", "knees_move_inward")
    assert cpt6.overactive == (
        "adductor_complex",
        "biceps_femoris_short_head",
        "tensor_fasciae_latae",
        "vastus_lateralis",
    )
    assert cpt6.underactive == ("gluteus_maximus", "gluteus_medius", "vastus_medialis_oblique")


def test_asymmetric_shift_puts_muscles_on_sides() -> None:
    findings, warnings = movement_findings(
        AssessmentInput(ohsa=["asymmetric_weight_shift"], ohsa_shift_side="right"), "cpt7"
    )
    assert warnings == ()
    finding = findings[0]
    assert finding.overactive_sides == (
        MuscleFlag(muscle="adductor_complex", side="right"),
        MuscleFlag(muscle="biceps_femoris", side="left"),
        MuscleFlag(muscle="gastrocnemius", side="left"),
        MuscleFlag(muscle="gluteus_medius", side="left"),
        MuscleFlag(muscle="piriformis", side="left"),
        MuscleFlag(muscle="soleus", side="left"),
        MuscleFlag(muscle="tensor_fasciae_latae", side="right"),
    )
    assert finding.underactive_sides == (
        MuscleFlag(muscle="adductor_complex", side="left"),
        MuscleFlag(muscle="anterior_tibialis", side=None),
        MuscleFlag(muscle="gluteus_medius", side="right"),
    )
    # opposite sides do not conflict
    assert summarize(findings).conflicting == ()


def test_asymmetric_shift_without_side_warns() -> None:
    findings, warnings = movement_findings(
        AssessmentInput(ohsa=["asymmetric_weight_shift"]), "cpt7"
    )
    assert findings[0].side is None
    assert {f.side for f in findings[0].overactive_sides} == {None}
    assert warnings == (
        "ohsa: asymmetric weight shift recorded without ohsa_shift_side; muscles are flagged "
        "without sides - record the side shifted toward",
    )
    _, stray = movement_findings(AssessmentInput(ohsa_shift_side="left"), "cpt7")
    assert stray == ("ohsa: ohsa_shift_side is set but no asymmetric_weight_shift is recorded",)


def test_single_leg_squat_per_side_and_order() -> None:
    m = AssessmentInput(
        static_posture=["upper_crossed"],
        ohsa=["arms_fall_forward", "feet_turn_out", "feet_turn_out"],
        single_leg_squat={"right": ["hip_drop", "knee_valgus"], "left": ["knee_valgus"]},
        pushing=["shoulders_elevate"],
        pulling=["head_protrudes"],
    )
    findings, _ = movement_findings(m, "cpt7")
    assert [(f.test, f.compensation, f.side) for f in findings] == [
        ("static_posture", "upper_crossed", None),
        ("ohsa", "feet_turn_out", None),
        ("ohsa", "arms_fall_forward", None),
        ("single_leg_squat", "knee_valgus", "left"),
        ("single_leg_squat", "knee_valgus", "right"),
        ("single_leg_squat", "hip_drop", "right"),
        ("pushing", "shoulders_elevate", None),
        ("pulling", "head_protrudes", None),
    ]
    hip_drop = findings[5]
    assert hip_drop.overactive_sides == (MuscleFlag(muscle="adductor_complex", side="right"),)


def test_summary_unions_and_conflicts() -> None:
    findings, _ = movement_findings(
        AssessmentInput(ohsa=["excessive_forward_lean", "low_back_rounds"]), "cpt7"
    )
    summary = summarize(findings)
    assert summary.overactive == (
        "adductor_magnus",
        "external_obliques",
        "gastrocnemius",
        "hamstring_complex",
        "hip_flexor_complex",
        "rectus_abdominis",
        "soleus",
    )
    assert summary.underactive == (
        "erector_spinae",
        "gluteus_maximus",
        "hamstring_complex",
        "hip_flexor_complex",
        "intrinsic_core_stabilizers",
        "latissimus_dorsi",
        "lumbar_extensors",
    )
    assert summary.conflicting == ("hamstring_complex", "hip_flexor_complex")


def test_screening_notes_for_populations() -> None:
    assert screening_notes((), True) == ((), ())
    notes, warnings = screening_notes(("obesity", "pregnancy"), True)
    assert notes == (
        "overhead squat: reduced depth (obesity, pregnancy)",
        "pushing and pulling: standing or on machines (obesity, pregnancy)",
        "limit floor transitions during testing (obesity, pregnancy)",
        "single-leg squat: skip (pregnancy)",
    )
    assert warnings == (
        "single-leg squat recorded for a client in pregnancy: the test should be skipped; its "
        "findings are kept but confirm them another way",
    )
    older, none = screening_notes(("older_adult",), False)
    assert older[-1] == "single-leg squat: only if clearly stable, with no fall risk (older_adult)"
    assert none == ()
