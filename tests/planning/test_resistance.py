"""The resistance section stays inside its phase's table, for every phase and both rulesets."""

from __future__ import annotations

import pytest

from optcoach.model.program import Split
from optcoach.model.vocab import PHASE_NUMBERS, RULESETS, Ruleset
from optcoach.planning.plan_context import PlanContext
from optcoach.planning.prescription import SessionSpec
from optcoach.planning.program import build_context
from optcoach.planning.resistance import build_resistance
from tests.planning.programs import sample_client

KINDS: tuple[Split, ...] = ("total_body", "upper", "lower")


def _items(ctx: PlanContext, phase: int, kind: Split, week: int) -> list[tuple[object, ...]]:
    spec = SessionSpec(phase=phase, kind=kind, block_index=0, week_in_block=week, block_weeks=4)  # type: ignore[arg-type]
    return [
        (
            p.item.exercise_id,
            p.item.role,
            p.item.sets,
            p.item.reps,
            p.item.tempo,
            p.item.rest_s,
            p.item.intensity.model_dump(exclude_defaults=True),
            p.item.load_kg,
            p.item.superset,
        )
        for p in build_resistance(ctx, spec)
    ]


@pytest.mark.parametrize("ruleset", RULESETS)
@pytest.mark.parametrize("phase", PHASE_NUMBERS)
def test_acute_variables_stay_inside_the_phase_table(ruleset: Ruleset, phase: int) -> None:
    ctx = build_context(sample_client("max_strength"), ruleset=ruleset)
    table = ctx.tables.phase(phase)
    for kind in KINDS:
        for week in range(4):
            spec = SessionSpec(
                phase=phase,
                kind=kind,
                block_index=0,
                week_in_block=week,  # type: ignore[arg-type]
                block_weeks=4,
            )
            planned = build_resistance(ctx, spec)
            assert planned, (kind, week)
            for item in (p.item for p in planned):
                assert item.role in table.roles
                variables = table.roles[item.role]
                assert item.level == table.level
                assert item.reps in variables.reps
                assert item.sets in table.sets
                assert item.tempo == variables.tempo
                assert item.rest_s in variables.rest_s
                percent = item.intensity.percent_1rm
                if percent is not None:
                    assert variables.percent_1rm.low <= percent <= variables.percent_1rm.high
                    one_rep_max = ctx.one_rep_max(item.exercise_id)
                    assert one_rep_max is not None and item.load_kg is not None
                    # the percent is shown to 0.1, so it explains the load to 0.05% of the 1RM
                    assert (
                        abs(item.load_kg - percent / 100 * one_rep_max) <= one_rep_max / 2000 + 1e-9
                    )
                if item.intensity.percent_body_weight is not None:
                    assert variables.percent_body_weight_max is not None
                    assert item.intensity.percent_body_weight <= variables.percent_body_weight_max
            labels = [p.item.superset for p in planned]
            pair = table.superset_roles
            if pair is None:
                assert labels == [None] * len(planned)
            else:
                letters = "ABCDEFGH"[: len(planned) // 2]
                assert labels == [f"{x}{n}" for x in letters for n in (1, 2)]
                assert [p.item.role for p in planned] == list(pair) * len(letters)


def test_phase_2_pairs_each_strength_exercise_with_a_stabilization_partner() -> None:
    ctx = build_context(sample_client("max_strength"))
    assert _items(ctx, 2, "upper", 0) == [
        ("barbell_bench_press", "strength", 4, 12, "2-0-2-0", 0, {"percent_1rm": 73.5}, 50.0, "A1"),
        ("push_up", "stabilization", 4, 12, "4-2-1-1", 0, {"rpe": "7-8/10"}, None, "A2"),
        (
            "barbell_bent_over_row",
            "strength",
            4,
            12,
            "2-0-2-0",
            0,
            {"percent_1rm": 72.9},
            52.5,
            "B1",
        ),
        ("standing_cable_row", "stabilization", 4, 12, "4-2-1-1", 0, {"rep_max": 12}, None, "B2"),
        (
            "barbell_overhead_press",
            "strength",
            4,
            12,
            "2-0-2-0",
            0,
            {"percent_1rm": 71.7},
            32.5,
            "C1",
        ),
        (
            "single_leg_dumbbell_shoulder_press",
            "stabilization",
            4,
            12,
            "4-2-1-1",
            0,
            {"rep_max": 12},
            None,
            "C2",
        ),
        ("barbell_biceps_curl", "strength", 4, 12, "2-0-2-0", 0, {"rep_max": 12}, None, "D1"),
        (
            "single_leg_dumbbell_biceps_curl",
            "stabilization",
            4,
            12,
            "4-2-1-1",
            0,
            {"rep_max": 12},
            None,
            "D2",
        ),
    ]


def test_loads_progress_week_by_week_inside_the_block() -> None:
    ctx = build_context(sample_client("max_strength"))
    squat = [
        next(row for row in _items(ctx, 4, "lower", week) if row[0] == "barbell_back_squat")
        for week in range(4)
    ]
    assert [(row[3], row[6], row[7]) for row in squat] == [
        (5, {"percent_1rm": 86.4}, 95.0),
        (4, {"percent_1rm": 90.9}, 100.0),
        (2, {"percent_1rm": 95.5}, 105.0),
        (1, {"percent_1rm": 100.0}, 110.0),
    ]


def test_imperial_loads_come_from_pound_plates_with_the_same_weight_in_kg() -> None:
    ctx = build_context(sample_client("muscle_gain"))
    bench = [
        next(
            p.item
            for p in build_resistance(ctx, SessionSpec(3, "upper", 0, week, 4))
            if p.item.exercise_id == "barbell_bench_press"
        )
        for week in range(4)
    ]
    assert [(i.load_lb, i.load_kg, i.intensity.percent_1rm) for i in bench] == [
        (170.0, 77.1, 76.6),
        (175.0, 79.4, 78.8),
        (180.0, 81.6, 81.0),
        (185.0, 83.9, 83.3),
    ]


def test_safety_narrows_tempo_reps_and_intensity_for_hypertension() -> None:
    ctx = build_context(sample_client("general_fitness"))
    planned = build_resistance(ctx, SessionSpec(2, "total_body", 0, 0, 4))
    assert {p.item.tempo for p in planned} == {"2-0-1-0", "4-1-1-1"}
    assert {p.item.reps for p in planned} == {12}
    assert ctx.constraints.percent_1rm_max == 75


def test_phase_1_closes_with_corrective_strengthening_of_underactive_muscles() -> None:
    ctx = build_context(sample_client("fat_loss"))
    planned = build_resistance(ctx, SessionSpec(1, "total_body", 0, 0, 4))
    corrective = [(p.item.exercise_id, p.item.role, p.droppable, p.group) for p in planned[-2:]]
    assert corrective == [
        ("heel_walk", "stabilization", True, "corrective"),
        ("prone_ball_hip_extension", "stabilization", True, "corrective"),
    ]
    assert planned[-1].item.rationale.startswith(
        "phase 1 stabilization: corrective: activate (isolated strengthening) underactive "
        "gluteus_maximus, hamstring_complex"
    )
    phase_2 = build_resistance(ctx, SessionSpec(2, "total_body", 0, 0, 4))
    assert not [p for p in phase_2 if p.group == "corrective"]
