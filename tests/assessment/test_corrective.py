from optcoach.assessment.corrective import CorrectiveItem, CorrectivePlan, build_corrective_plan
from optcoach.assessment.movement import movement_findings, summarize
from optcoach.model.assessment_input import AssessmentInput
from tests.assessment.catalog_fixture import make_catalog

FULL_GYM = frozenset(["foam_roller", "stability_ball", "dumbbells", "box", "barbell", "bench"])


def _plan(ruleset: str = "cpt7", equipment: frozenset[str] | None = FULL_GYM, **observed: object):  # type: ignore[no-untyped-def]
    findings, _ = movement_findings(AssessmentInput(**observed), ruleset)  # type: ignore[arg-type]
    return build_corrective_plan(
        summarize(findings),
        ruleset,
        make_catalog(),
        equipment=equipment,  # type: ignore[arg-type]
    )


def test_knees_move_inward_plan() -> None:
    plan = _plan(ohsa=["knees_move_inward"])
    flagged = "ohsa:knees_move_inward"
    assert plan.inhibit == (
        CorrectiveItem(
            exercise_id="foam_roll_adductors",
            name="Foam Roll Adductors",
            targets=("adductor_complex",),
            side=None,
            sets=1,
            reps=None,
            duration_s=30,
            tempo=None,
            rationale="inhibit (SMR) overactive adductor_complex; flagged by " + flagged,
            findings=(flagged,),
        ),
        CorrectiveItem(
            exercise_id="foam_roll_tfl",
            name="Foam Roll Tfl",
            targets=("tensor_fasciae_latae",),
            side=None,
            sets=1,
            reps=None,
            duration_s=30,
            tempo=None,
            rationale="inhibit (SMR) overactive tensor_fasciae_latae; flagged by " + flagged,
            findings=(flagged,),
        ),
    )
    assert [(i.exercise_id, i.targets) for i in plan.lengthen] == [
        ("standing_adductor_stretch", ("adductor_complex",)),
        ("kneeling_hip_flexor_stretch", ("tensor_fasciae_latae",)),
    ]
    # tube walking covers both glutes, so floor bridge is not needed; posterior tibialis has
    # only a non-corrective stabilization exercise, which is used
    assert [(i.exercise_id, i.targets, i.sets, i.reps, i.tempo) for i in plan.activate] == [
        ("resisted_dorsiflexion", ("anterior_tibialis",), 1, 12, "4-2-1-1"),
        ("tube_walking", ("gluteus_maximus", "gluteus_medius"), 1, 12, "4-2-1-1"),
        ("calf_raise_inversion", ("posterior_tibialis",), 1, 12, "4-2-1-1"),
    ]
    assert [(i.exercise_id, i.targets, i.reps) for i in plan.integrate] == [
        (
            "ball_wall_squat_to_overhead_press",
            ("anterior_tibialis", "gluteus_maximus", "gluteus_medius", "posterior_tibialis"),
            12,
        )
    ]
    assert plan.warnings == ()


def test_merged_and_deduplicated_across_findings() -> None:
    plan = _plan(ohsa=["knees_move_inward", "feet_turn_out"])
    ids = [i.exercise_id for step in ("inhibit", "lengthen", "activate") for i in plan.step(step)]
    assert len(ids) == len(set(ids))
    glutes = next(i for i in plan.activate if i.exercise_id == "tube_walking")
    assert glutes.findings == ("ohsa:feet_turn_out", "ohsa:knees_move_inward")
    assert plan.warnings == (
        "corrective inhibit: the catalog has no suitable exercise for hamstring_complex with the "
        "client's equipment and restrictions",
        "corrective lengthen: the catalog has no suitable exercise for hamstring_complex, soleus "
        "with the client's equipment and restrictions",
    )
    assert [i.targets for i in plan.inhibit] == [
        ("adductor_complex",),
        ("gastrocnemius", "soleus"),
        ("tensor_fasciae_latae",),
    ]


def test_side_is_carried_to_the_item() -> None:
    plan = _plan(ohsa=["asymmetric_weight_shift"], ohsa_shift_side="left")
    adductors = next(i for i in plan.inhibit if i.exercise_id == "foam_roll_adductors")
    assert adductors.side == "left"
    assert adductors.rationale == (
        "inhibit (SMR) overactive adductor_complex (left side); flagged by "
        "ohsa:asymmetric_weight_shift (left)"
    )
    calves = next(i for i in plan.inhibit if i.exercise_id == "foam_roll_calves")
    assert calves.side == "right"


def test_equipment_filters_and_integration_fallback() -> None:
    plan = _plan(ohsa=["knees_move_inward"], equipment=frozenset({"box", "dumbbells"}))
    assert plan.inhibit == ()
    assert plan.warnings[0] == (
        "corrective inhibit: the catalog has no suitable exercise for adductor_complex, "
        "tensor_fasciae_latae with the client's equipment and restrictions"
    )
    assert [i.exercise_id for i in plan.integrate] == ["step_up_to_overhead_press"]
    bare = _plan(ohsa=["knees_move_inward"], equipment=frozenset())
    assert bare.integrate == ()
    assert bare.warnings[-1] == (
        "corrective integrate: the catalog has no integrated total-body exercise for the "
        "client's equipment and restrictions"
    )


def test_conflicts_are_warned() -> None:
    plan = _plan(ohsa=["excessive_forward_lean", "low_back_rounds"])
    assert plan.warnings[-1] == (
        "corrective: flagged both overactive and underactive by different findings: "
        "hamstring_complex, hip_flexor_complex - retest before correcting them"
    )


def test_cpt6_doses_and_no_findings() -> None:
    plan = _plan("cpt6", ohsa=["knees_move_inward"])
    assert plan.inhibit[0].duration_s == 30
    assert _plan(ohsa=[]) == CorrectivePlan()
    assert CorrectivePlan().is_empty is True
