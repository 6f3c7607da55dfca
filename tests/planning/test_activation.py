"""Activation: core and balance by level, then corrective strengthening of underactive muscles."""

from __future__ import annotations

from optcoach.model.program import Item
from optcoach.planning.activation import build_activation
from optcoach.planning.prescription import SessionSpec
from optcoach.planning.program import build_context
from tests.planning.programs import sample_client, sample_program


def _corrective(items: list[Item]) -> list[tuple[object, ...]]:
    return [
        (i.exercise_id, i.level, i.role, i.sets, i.reps, i.tempo, i.rest_s)
        for i in items
        if i.form == "resistance"
    ]


def test_corrective_strengthening_closes_activation_in_phases_1_and_2() -> None:
    ctx = build_context(sample_client("fat_loss"))
    assert ctx.underactive == (
        "anterior_tibialis",
        "gluteus_maximus",
        "gluteus_medius",
        "hamstring_complex",
        "lumbar_extensors",
        "posterior_tibialis",
    )
    phase_1 = build_activation(ctx, SessionSpec(1, "total_body", 0, 0, 4))
    # 1-2 sets x 10-15 reps (the continuum) inside phase 1's stabilization role (12-20 reps):
    # week 1 of 4 starts at the top of the reps.
    assert _corrective([p.item for p in phase_1]) == [
        ("heel_walk", "stabilization", "stabilization", 1, 15, "4-2-1-1", 90),
        ("prone_ball_hip_extension", "stabilization", "stabilization", 1, 15, "4-2-1-1", 90),
    ]
    assert [p.droppable for p in phase_1[-2:]] == [True, True]
    assert phase_1[-1].item.rationale == (
        "activation (corrective): activate (isolated strengthening) underactive "
        "gluteus_maximus, hamstring_complex; flagged by ohsa:knees_move_inward, "
        "ohsa:excessive_forward_lean; phase 1 stabilization-role dose; body_weight load by effort"
    )
    # Phase 2 (strength level): 2-4 sets meet 1-2 at 2; 8-12 reps meet 10-15 at 10-12.
    phase_2 = build_activation(ctx, SessionSpec(2, "total_body", 0, 3, 4))
    assert _corrective([p.item for p in phase_2]) == [
        ("heel_walk", "strength", "stabilization", 2, 10, "4-2-1-1", 60),
        ("prone_ball_hip_extension", "strength", "stabilization", 2, 10, "4-2-1-1", 60),
    ]


def test_phases_without_a_stabilization_role_hold_no_corrective_work() -> None:
    ctx = build_context(sample_client("fat_loss"))
    for phase in (3, 4, 5):
        planned = build_activation(ctx, SessionSpec(phase, "total_body", 0, 0, 4))
        assert _corrective([p.item for p in planned]) == []


def test_without_underactive_muscles_activation_is_core_and_balance_only() -> None:
    program = sample_program("max_strength")
    forms = {
        i.form
        for w in program.weeks
        for s in w.sessions
        for sec in s.sections
        if sec.id == "activation"
        for i in sec.items
    }
    assert forms == {"core", "balance"}
