import pytest

from optcoach.model.compensations import find_row, flaggable_muscles, load_compensations
from optcoach.model.vocab import (
    OHSA_COMPENSATIONS,
    PUSH_PULL_COMPENSATIONS,
    RULESETS,
    SINGLE_LEG_SQUAT_COMPENSATIONS,
    STATIC_POSTURES,
)


@pytest.mark.parametrize("ruleset", RULESETS)
def test_every_compensation_has_exactly_one_row(ruleset: str) -> None:
    rows = load_compensations(ruleset)  # type: ignore[arg-type]
    keys = [(row.test, row.compensation) for row in rows]
    assert len(keys) == len(set(keys))
    expected = (
        {("ohsa", c) for c in OHSA_COMPENSATIONS}
        | {("single_leg_squat", c) for c in SINGLE_LEG_SQUAT_COMPENSATIONS}
        | {("pushing", c) for c in PUSH_PULL_COMPENSATIONS}
        | {("pulling", c) for c in PUSH_PULL_COMPENSATIONS}
        | {("static_posture", c) for c in STATIC_POSTURES}
    )
    assert set(keys) == expected
    for row in rows:
        assert row.all_overactive or row.all_underactive


def test_rulesets_disagree_on_knees_move_inward() -> None:
    cpt7 = find_row("cpt7", "ohsa", "knees_move_inward")
    cpt6 = find_row("cpt6", "ohsa", "knees_move_inward")
    assert cpt7.overactive == ("tensor_fasciae_latae", "adductor_complex")
    assert "vastus_lateralis" in cpt6.overactive
    assert "vastus_medialis_oblique" in cpt6.underactive


def test_flaggable_muscles_cover_the_tables() -> None:
    over, under = flaggable_muscles("cpt7")
    assert {"gastrocnemius", "latissimus_dorsi", "upper_trapezius"} <= over
    assert {"gluteus_medius", "deep_cervical_flexors", "anterior_tibialis"} <= under
