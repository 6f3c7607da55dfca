"""Performance tests: push-up, Davies, shark skill, jumps, sprints, agility, strength tests.

The reference gives protocols but no norms for these tests, so results are recorded (with the
derived values: shark time with its fault penalty, vertical jump height) and compared at
reassessment rather than rated.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from optcoach.assessment.one_rep_max import OneRepMaxEstimate, estimate_strength_test
from optcoach.assessment.rounding import round_half_up
from optcoach.model.assessment_input import AssessmentInput
from optcoach.model.norms import load_norms

SECONDS_DECIMALS = 2
CM_DECIMALS = 1


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SharkSkill(Frozen):
    time_s: float
    faults: int
    penalty_s: float
    total_s: float


class Performance(Frozen):
    """Every performance result on record; None where the test was not done."""

    push_up_reps: int | None = None
    davies_touches: int | None = None
    shark_skill: SharkSkill | None = None
    vertical_jump_cm: float | None = None
    long_jump_cm: float | None = None
    forty_yard_s: float | None = None
    pro_shuttle_s: float | None = None
    left_test_s: float | None = None
    strength_tests: tuple[OneRepMaxEstimate, ...] = ()

    @property
    def is_empty(self) -> bool:
        return self == Performance()


def shark_skill_score(time_s: float, faults: int) -> SharkSkill:
    """Return the shark skill score: time plus the fault penalty (0.10 s per fault).

    Raise ValueError for a non-positive time or a negative fault count.
    """
    if time_s <= 0:
        raise ValueError(f"shark_skill_s must be positive, not {time_s}")
    if faults < 0:
        raise ValueError(f"shark_skill_faults cannot be negative, not {faults}")
    penalty = round_half_up(faults * load_norms().shark_skill.fault_penalty_s, SECONDS_DECIMALS)
    return SharkSkill(
        time_s=time_s,
        faults=faults,
        penalty_s=penalty,
        total_s=round_half_up(time_s + penalty, SECONDS_DECIMALS),
    )


def vertical_jump_height(reach_cm: float, jump_cm: float) -> float:
    """Return jump height: the jump's touch minus standing reach; raise ValueError if not above."""
    if jump_cm <= reach_cm:
        raise ValueError(f"jump_cm {jump_cm} must be above reach_cm {reach_cm}")
    return round_half_up(jump_cm - reach_cm, CM_DECIMALS)


def assess_performance(measurements: AssessmentInput) -> Performance:
    """Return the performance results in ``measurements``."""
    m = measurements
    return Performance(
        push_up_reps=m.push_up_reps,
        davies_touches=m.davies_touches,
        shark_skill=(
            shark_skill_score(m.shark_skill_s, m.shark_skill_faults)
            if m.shark_skill_s is not None
            else None
        ),
        vertical_jump_cm=(
            vertical_jump_height(m.vertical_jump.reach_cm, m.vertical_jump.jump_cm)
            if m.vertical_jump is not None
            else None
        ),
        long_jump_cm=m.long_jump_cm,
        forty_yard_s=m.forty_yard_s,
        pro_shuttle_s=m.pro_shuttle_s,
        left_test_s=m.left_test_s,
        strength_tests=tuple(estimate_strength_test(t) for t in m.strength_tests),
    )
