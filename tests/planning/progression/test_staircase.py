"""Block ends, trainer overrides and reassessments: the staircase decisions and their re-plans."""

from __future__ import annotations

import datetime as dt

from optcoach.model.program import Program
from optcoach.planning.progression import Override, future_part, progress, reassessment_due
from optcoach.validate import check_program
from tests.planning.progression.conftest import load_log, reassessed_client, report_of
from tests.planning.progression.programs import build_test_program

D = dt.date
SPLICE = D(2027, 2, 1)


def test_a_completed_block_advances(phase1: Program) -> None:
    result = progress(phase1, load_log("block"), planner=build_test_program)
    assert [(d.kind, d.action, d.rule) for d in result.decisions] == [
        ("block_end", "advance", "block_end")
    ]
    assert result.decisions[0].reason == (
        "block 1 (phase 1, 2027-01-04 to 2027-01-31): 12/12 sessions (100%), 0 with pain; "
        "sessions completed, no pain: continue to the planned next block"
    )
    assert result.program == phase1


def test_a_trainer_override_replaces_the_verdict_and_is_recorded(phase1: Program) -> None:
    override = Override(block_index=0, decision="repeat", reason="knee felt unstable", by="Sam")
    result = progress(phase1, load_log("block"), overrides=[override], planner=build_test_program)
    decision = result.decisions[0]
    assert (decision.kind, decision.action, decision.rule, decision.by) == (
        "block_end",
        "repeat",
        "override",
        "Sam",
    )
    assert decision.reason == (
        "block 1 (phase 1, 2027-01-04 to 2027-01-31): 12/12 sessions (100%), 0 with pain; "
        "trainer override by Sam (knee felt unstable); computed verdict was advance: sessions "
        "completed, no pain: repeat phase 1"
    )
    assert [(b.phase, b.start) for b in result.program.blocks] == [
        (1, D(2027, 1, 4)),
        (1, SPLICE),
        (2, D(2027, 3, 1)),
    ]
    assert check_program(result.program) == []


def test_advance_after_a_repeat_moves_to_the_next_phase(phase1: Program) -> None:
    repeat = Override(block_index=0, decision="repeat", reason="knee felt unstable", by="Sam")
    repeated = progress(phase1, load_log("block"), overrides=[repeat], planner=build_test_program)
    advance = Override(
        block_index=0,
        decision="advance",
        reason="knee fine after all",
        by="Alex",
        decided_on=D(2027, 2, 1),
    )
    result = progress(
        repeated.program, load_log("block"), overrides=[advance], planner=build_test_program
    )
    assert [(d.kind, d.action, d.rule, d.by, d.after) for d in result.decisions] == [
        ("block_end", "advance", "override", "Alex", "phase 2"),
        ("replan", "replan", "replan", "optcoach", "phase 2"),
    ]
    assert result.decisions[0].reason == (
        "block 1 (phase 1, 2027-01-04 to 2027-01-31): 12/12 sessions (100%), 0 with pain; "
        "trainer override by Alex on 2027-02-01 (knee fine after all); computed verdict was "
        "advance: sessions completed, no pain: advance to phase 2, the goal's next phase after "
        "phase 1"
    )
    assert [(b.phase, b.start) for b in result.program.blocks][:2] == [
        (1, D(2027, 1, 4)),
        (2, SPLICE),
    ]
    assert check_program(result.program) == []


def test_an_override_by_date_names_the_block(phase1: Program) -> None:
    override = Override(date=D(2027, 1, 20), decision="advance", reason="fine", by="Sam")
    result = progress(phase1, load_log("missed"), overrides=[override], planner=build_test_program)
    assert [(d.kind, d.action, d.by) for d in result.decisions] == [("block_end", "advance", "Sam")]
    assert result.program == phase1


def test_a_reassessment_that_clears_a_compensation_changes_the_corrective_focus(
    phase1: Program,
) -> None:
    new_client = reassessed_client(["knees_move_inward"])
    report = report_of(new_client)
    result = progress(
        phase1, load_log("block"), [report], client=new_client, planner=build_test_program
    )
    assert [(d.kind, d.date, d.action, d.after) for d in result.decisions] == [
        (
            "reassessment",
            D(2027, 1, 30),
            "replan",
            "overactive adductor_complex, tensor_fasciae_latae; underactive anterior_tibialis, "
            "gluteus_maximus, gluteus_medius, posterior_tibialis",
        ),
        ("block_end", SPLICE, "advance", None),
        ("replan", SPLICE, "replan", "phase 2"),
    ]
    assert result.decisions[0].reason.startswith(
        "assessment of 2027-01-29: cleared: ohsa:arms_fall_forward; still present: "
        "ohsa:knees_move_inward; corrective focus now overactive adductor_complex, "
        "tensor_fasciae_latae"
    )
    assert result.decisions[1].reason.endswith(
        "sessions completed, no pain, compensations clearing (ohsa:arms_fall_forward cleared): "
        "continue to the planned next block"
    )
    program = result.program
    assert program.inputs == phase1.inputs
    [revision] = program.revisions
    assert (revision.start, revision.reason) == (
        SPLICE,
        "re-planned from phase 2 after reassessment of 2027-01-29",
    )
    assert revision.inputs.overactive == ("adductor_complex", "tensor_fasciae_latae")
    assert program.inputs_on(SPLICE - dt.timedelta(days=1)) == phase1.inputs
    warm_up = [i.exercise_id for i in program.weeks[4].sessions[0].sections[0].items]
    assert warm_up == [
        "smr_adductors",
        "smr_tfl_it_band",
        "active_adductor_stretch",
        "treadmill_walk",
    ]
    old_warm_up = [i.exercise_id for i in program.weeks[3].sessions[0].sections[0].items]
    assert "static_standing_latissimus_dorsi_stretch" in old_warm_up
    assert program.client.assessment is not None
    assert program.client.assessment.previous == phase1.client.assessment
    # The kept weeks are judged by the old focus, the new weeks by the revision's.
    assert check_program(future_part(program, SPLICE)) == []
    assert check_program(program) == []
    again = progress(
        program, load_log("block"), [report], client=new_client, planner=build_test_program
    )
    assert again.program == program
    assert [d.kind for d in again.decisions] == ["block_end"]


def test_compensations_still_present_and_none_cleared_repeat_the_phase(phase1: Program) -> None:
    new_client = reassessed_client(["knees_move_inward", "arms_fall_forward"])
    result = progress(
        phase1,
        load_log("block"),
        [report_of(new_client)],
        client=new_client,
        planner=build_test_program,
    )
    assert [(d.kind, d.action, d.rule) for d in result.decisions] == [
        ("reassessment", "replan", "reassessment"),
        ("block_end", "repeat", "block_end.compensations_repeat"),
        ("replan", "replan", "replan"),
    ]
    assert [(b.phase, b.start) for b in result.program.blocks][:2] == [
        (1, D(2027, 1, 4)),
        (1, SPLICE),
    ]
    assert check_program(result.program) == []


def test_new_compensations_send_the_client_back_to_phase1(phase2: Program) -> None:
    new_client = reassessed_client(["knees_move_inward", "arms_fall_forward", "heels_rise"])
    result = progress(
        phase2,
        load_log("block"),
        [report_of(new_client)],
        client=new_client,
        planner=build_test_program,
    )
    assert [(d.kind, d.action, d.after) for d in result.decisions][1] == (
        "block_end",
        "phase_1",
        "phase 1",
    )
    assert result.program.blocks[1].phase == 1


def test_a_reassessment_without_the_client_file_asks_for_it(phase1: Program) -> None:
    report = report_of(reassessed_client(["knees_move_inward"], D(2027, 1, 12)))
    result = progress(phase1, load_log("steady"), [report])
    assert [(d.kind, d.action) for d in result.decisions] == [("reassessment", "client_needed")]
    assert result.decisions[0].reason.endswith(
        "pass the client file holding this assessment to re-plan with it"
    )
    assert result.program == phase1


def test_reassessment_due_at_block_boundaries_until_covered(phase1: Program) -> None:
    assert reassessment_due(phase1) == (D(2027, 2, 1), D(2027, 3, 1))
    report = report_of(reassessed_client(["knees_move_inward"], D(2027, 1, 29)))
    assert reassessment_due(phase1, [report]) == (D(2027, 3, 1),)
    early = report_of(reassessed_client(["knees_move_inward"], D(2027, 1, 20)))
    assert reassessment_due(phase1, [early]) == (D(2027, 2, 1), D(2027, 3, 1))


def test_an_assessment_on_the_first_changeable_day_counts(phase1: Program) -> None:
    report = report_of(reassessed_client(["knees_move_inward"], SPLICE))
    early = progress(phase1, load_log("steady"), [report], today=SPLICE)
    later = progress(phase1, load_log("steady"), [report], today=SPLICE + dt.timedelta(days=1))
    assert [(d.kind, d.action) for d in early.decisions if d.kind == "reassessment"] == [
        ("reassessment", "client_needed")
    ]
    assert [(d.kind, d.action) for d in later.decisions if d.kind == "reassessment"] == [
        ("reassessment", "client_needed")
    ]
