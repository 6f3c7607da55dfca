"""Activation: core and balance by level, then corrective strengthening of underactive muscles."""

from __future__ import annotations

from optcoach.model.program import Intensity, Item, Program
from optcoach.planning.activation import build_activation
from optcoach.planning.prescription import SessionSpec
from optcoach.planning.program import build_context
from optcoach.validate import check_program
from tests.planning.programs import sample_client, sample_program


def _corrective(items: list[Item]) -> list[tuple[object, ...]]:
    return [
        (i.exercise_id, i.level, i.role, i.sets, i.reps, i.tempo, i.rest_s)
        for i in items
        if i.form == "resistance"
    ]


def _activation_corrective(program: Program, phase: int) -> list[tuple[object, ...]]:
    """Return the distinct corrective items of the program's ``phase`` activation sections."""
    seen: list[tuple[object, ...]] = []
    for week in program.weeks:
        for session in week.sessions:
            if session.phases != (phase,):
                continue
            for section in session.sections:
                if section.id == "activation":
                    for row in _corrective(list(section.items)):
                        if row not in seen:
                            seen.append(row)
    return seen


def test_corrective_strengthening_closes_activation_in_every_phase() -> None:
    ctx = build_context(sample_client("fat_loss"))
    assert ctx.underactive == (
        "anterior_tibialis",
        "gluteus_maximus",
        "gluteus_medius",
        "hamstring_complex",
        "lumbar_extensors",
        "posterior_tibialis",
    )
    # corrective.toml `activate`: 1-2 sets (a beginner gets 1) x 10-15 reps (12 prescribed),
    # tempo 4-2-1-1, rest 0-90 s (a beginner gets 90): the same dose whatever the phase.
    for phase, level in ((1, "stabilization"), (2, "strength"), (3, "strength"), (5, "power")):
        planned = build_activation(ctx, SessionSpec(phase, "total_body", 0, 0, 4))
        assert _corrective([p.item for p in planned]) == [
            ("heel_walk", level, "stabilization", 1, 12, "4-2-1-1", 90),
            ("prone_ball_hip_extension", level, "stabilization", 1, 12, "4-2-1-1", 90),
        ]
        assert [p.droppable for p in planned[-2:]] == [True, True]
        assert [p.item.intensity for p in planned[-2:]] == [Intensity(rpe="5-6/10")] * 2
    assert planned[-1].item.rationale == (
        "activation (corrective): activate (isolated strengthening) underactive "
        "gluteus_maximus, hamstring_complex; flagged by ohsa:knees_move_inward, "
        "ohsa:excessive_forward_lean; the continuum's isolated strengthening dose "
        "(1-2 sets x 10-15 reps, tempo 4-2-1-1), a light load"
    )


def test_phase_3_and_phase_5_sessions_carry_corrective_activation() -> None:
    fat_loss = sample_program("fat_loss")
    # The time budget cuts rest to the dose's floor (0 s); later blocks pick a third exercise.
    assert _activation_corrective(fat_loss, 3) == [
        ("heel_walk", "strength", "stabilization", 1, 12, "4-2-1-1", 0),
        ("prone_ball_hip_extension", "strength", "stabilization", 1, 12, "4-2-1-1", 0),
        ("clamshell", "strength", "stabilization", 1, 12, "4-2-1-1", 0),
    ]
    assert check_program(fat_loss) == []
    sports = sample_program("sports_performance")
    assert _activation_corrective(sports, 5) == [
        ("heel_walk", "power", "stabilization", 1, 12, "4-2-1-1", 0),
        ("clamshell", "power", "stabilization", 1, 12, "4-2-1-1", 0),
        ("resisted_ankle_inversion", "power", "stabilization", 1, 12, "4-2-1-1", 0),
    ]
    assert check_program(sports) == []


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
