import pytest

from optcoach.assessment.performance import (
    Performance,
    assess_performance,
    shark_skill_score,
    vertical_jump_height,
)
from optcoach.model.assessment_input import AssessmentInput


def test_shark_skill_adds_a_tenth_per_fault() -> None:
    assert shark_skill_score(10.5, 3).model_dump() == {
        "time_s": 10.5,
        "faults": 3,
        "penalty_s": 0.3,
        "total_s": 10.8,
    }
    assert shark_skill_score(9.87, 0).total_s == 9.87
    with pytest.raises(ValueError, match="shark_skill_faults cannot be negative"):
        shark_skill_score(10, -1)


def test_vertical_jump_is_jump_minus_reach() -> None:
    assert vertical_jump_height(220.5, 268.0) == 47.5
    with pytest.raises(ValueError, match="jump_cm 200 must be above reach_cm 220"):
        vertical_jump_height(220, 200)


def test_assess_performance_collects_every_test() -> None:
    m = AssessmentInput(
        push_up_reps=25,
        davies_touches=21,
        shark_skill_s=11.2,
        shark_skill_faults=2,
        vertical_jump={"reach_cm": 225, "jump_cm": 280},
        long_jump_cm=230,
        forty_yard_s=5.1,
        pro_shuttle_s=4.8,
        left_test_s=11.9,
        strength_tests=[{"test": "squat", "weight_kg": 100}],
    )
    result = assess_performance(m)
    assert result.push_up_reps == 25
    assert result.davies_touches == 21
    assert result.shark_skill is not None and result.shark_skill.total_s == 11.4
    assert result.vertical_jump_cm == 55.0
    assert (result.long_jump_cm, result.forty_yard_s, result.pro_shuttle_s, result.left_test_s) == (
        230,
        5.1,
        4.8,
        11.9,
    )
    assert [(t.exercise_id, t.one_rep_max_kg) for t in result.strength_tests] == [
        ("barbell_back_squat", 110.0)
    ]
    assert assess_performance(AssessmentInput()) == Performance()
    assert Performance().is_empty is True
