"""Annual plans: goal routes respected, blocks cover the horizon, lengths inside the ruleset."""

import pytest

from optcoach.model.tables import load_goals, load_ruleset
from optcoach.model.vocab import GOALS, RULESETS, Goal, Ruleset
from optcoach.planning.annual_plan import build_annual_plan


def _shape(
    goal: Goal, ruleset: Ruleset = "cpt7", **kwargs: int
) -> list[tuple[tuple[int, ...], int]]:
    options = {"weeks": 52, "sessions_per_week": 3} | kwargs
    plan = build_annual_plan(goal, load_ruleset(ruleset), **options)
    return [(b.phases, b.weeks) for b in plan.blocks]


@pytest.mark.parametrize("ruleset", RULESETS)
@pytest.mark.parametrize("goal", GOALS)
@pytest.mark.parametrize("weeks", [4, 9, 13, 26, 52, 104])
def test_blocks_cover_the_horizon_inside_the_phase_ranges(
    goal: Goal, ruleset: Ruleset, weeks: int
) -> None:
    tables = load_ruleset(ruleset)
    plan = build_annual_plan(goal, tables, weeks=weeks, sessions_per_week=3)
    assert sum(b.weeks for b in plan.blocks) == weeks
    assert [b.first_week for b in plan.blocks] == [
        sum(b.weeks for b in plan.blocks[:i]) for i in range(len(plan.blocks))
    ]
    allowed = load_goals().routes[goal].allowed
    cut = any(w.code == "plan.horizon_cuts_block" for w in plan.warnings)
    for index, block in enumerate(plan.blocks):
        assert set(block.phases) <= allowed
        for phase in block.phases:
            span = tables.phase(phase).weeks
            if cut and index == len(plan.blocks) - 1:
                assert block.weeks <= span.high
            else:
                assert block.weeks in span, (block, span)


def test_fat_loss_never_uses_phase_4_or_5_and_follows_the_sample_plan() -> None:
    assert _shape("fat_loss") == [
        ((1,), 4),
        ((2,), 4),
        ((3,), 4),
        ((1,), 4),
        ((2,), 4),
        ((3,), 4),
        *[((1, 2, 3), 4)] * 7,
    ]


def test_muscle_gain_cycles_two_to_four_and_never_uses_phase_5() -> None:
    assert _shape("muscle_gain") == [((1,), 4), ((2,), 4), ((3,), 4), ((4,), 4)] * 3 + [((1,), 4)]


def test_sports_performance_undulates_phases_1_2_5_after_the_opening() -> None:
    assert _shape("sports_performance") == [((1,), 4), ((2,), 4), *[((1, 2, 5), 4)] * 11]


def test_general_fitness_alternates_1_and_2() -> None:
    assert _shape("general_fitness", weeks=16) == [((1,), 4), ((2,), 4), ((1,), 4), ((2,), 4)]


def test_two_days_a_week_replaces_phase_3_with_the_fallback_and_warns() -> None:
    plan = build_annual_plan("fat_loss", load_ruleset("cpt7"), weeks=24, sessions_per_week=2)
    assert [(b.phases, b.weeks) for b in plan.blocks] == [
        ((1,), 4),
        ((2,), 4),
        ((1,), 4),
        ((2,), 4),
        ((1, 2), 4),
        ((1, 2), 4),
    ]
    assert [w.code for w in plan.warnings] == ["plan.fallback.3"]


def test_one_day_a_week_keeps_the_phase_and_warns_about_frequency() -> None:
    plan = build_annual_plan("general_fitness", load_ruleset("cpt7"), weeks=8, sessions_per_week=1)
    assert [(b.phases, b.weeks) for b in plan.blocks] == [((1,), 4), ((2,), 4)]
    assert [w.code for w in plan.warnings] == ["plan.frequency.1", "plan.frequency.2"]


def test_unavailable_phases_give_way_to_the_highest_usable_phase_below() -> None:
    plan = build_annual_plan(
        "max_strength",
        load_ruleset("cpt7"),
        weeks=16,
        sessions_per_week=3,
        unavailable={3: "safety", 4: "safety"},
    )
    assert [(b.phases, b.weeks) for b in plan.blocks] == [
        ((1,), 4),
        ((2,), 4),
        ((1,), 4),
        ((2,), 4),
    ]
    assert [w.code for w in plan.warnings] == [
        "plan.phase_unavailable.3",
        "plan.phase_unavailable.4",
    ]
    assert plan.warnings[0].message == "phase 3 is not used (safety); phase 2 takes its place"


def test_start_phase_skips_the_opening_blocks_below_it() -> None:
    assert _shape("max_strength", weeks=16, start_phase=2) == [
        ((2,), 4),
        ((3,), 4),
        ((4,), 4),
        ((1,), 4),
    ]


def test_a_start_phase_off_the_route_starts_at_the_highest_phase_below_it() -> None:
    plan = build_annual_plan(
        "fat_loss", load_ruleset("cpt7"), weeks=8, sessions_per_week=3, start_phase=5
    )
    assert [(b.phases, b.weeks) for b in plan.blocks] == [((3,), 4), ((1,), 4)]
    assert [w.code for w in plan.warnings] == ["plan.start_phase"]


def test_a_short_remainder_is_absorbed_by_earlier_blocks() -> None:
    assert _shape("general_fitness", weeks=9) == [((1,), 4), ((2,), 5)]
    assert _shape("general_fitness", "cpt6", weeks=9) == [((1,), 5), ((2,), 4)]


def test_a_horizon_too_short_for_any_block_keeps_a_cut_block_and_warns() -> None:
    plan = build_annual_plan("fat_loss", load_ruleset("cpt6"), weeks=2, sessions_per_week=3)
    assert [(b.phases, b.weeks) for b in plan.blocks] == [((1,), 2)]
    assert [w.code for w in plan.warnings] == ["plan.horizon_cuts_block"]


def test_weeks_below_one_is_rejected() -> None:
    with pytest.raises(ValueError, match="weeks must be at least 1"):
        build_annual_plan("fat_loss", load_ruleset("cpt7"), weeks=0, sessions_per_week=3)


def test_a_route_collapsed_to_one_phase_still_fills_the_horizon() -> None:
    plan = build_annual_plan(
        "fat_loss",
        load_ruleset("cpt7"),
        weeks=12,
        sessions_per_week=3,
        unavailable={2: "safety", 3: "safety"},
    )
    assert [(b.phases, b.weeks) for b in plan.blocks] == [((1,), 4), ((1,), 4), ((1,), 4)]
