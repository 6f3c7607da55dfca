"""Swap suggestions: same role, allowed by equipment and tags, ranked, each with a reason."""

from __future__ import annotations

import pytest

from optcoach.catalog import Catalog, load_catalog


def test_it_ranks_same_pattern_first_and_explains(small_catalog: Catalog) -> None:
    suggestions = small_catalog.swap("floor_hold", equipment=None)
    assert [(s.exercise.id, s.score) for s in suggestions] == [
        ("pad_hold", 1.0),
        ("disc_hold", 0.875),
        ("band_hold", 0.312),
    ]
    assert (
        suggestions[0].reason
        == "same pattern (anti extension); works transverse abdominis; core; needs foam pad"
    )
    assert suggestions[2].reason == "works transverse abdominis; core; needs resistance bands"


def test_it_offers_only_what_equipment_and_tags_allow(small_catalog: Catalog) -> None:
    assert [s.exercise.id for s in small_catalog.swap("pad_hold", equipment=frozenset())] == [
        "floor_hold"
    ]
    allowed = small_catalog.swap(
        "floor_hold", equipment=None, exclude_tags=frozenset({"balance_equipment"}), limit=1
    )
    assert [s.exercise.id for s in allowed] == ["band_hold"]


def test_it_never_crosses_forms_or_techniques(small_catalog: Catalog) -> None:
    assert small_catalog.swap("calf_stretch", equipment=None) == ()


def test_it_rejects_bad_arguments(small_catalog: Catalog) -> None:
    with pytest.raises(KeyError, match="unknown exercise 'nothing'"):
        small_catalog.swap("nothing", equipment=None)
    with pytest.raises(ValueError, match="limit: must be at least 1, got 0"):
        small_catalog.swap("floor_hold", equipment=None, limit=0)


def test_real_swaps_keep_the_role() -> None:
    catalog = load_catalog()
    original = catalog.get("barbell_bench_press")
    suggestions = catalog.swap(
        "barbell_bench_press", equipment=frozenset({"dumbbells", "bench"}), limit=3
    )
    assert len(suggestions) == 3
    for suggestion in suggestions:
        assert "strength" in suggestion.exercise.roles
        assert set(suggestion.exercise.equipment) <= {"dumbbells", "bench"}
        assert suggestion.exercise.id != original.id
    assert [s.score for s in suggestions] == sorted((s.score for s in suggestions), reverse=True)
    assert suggestions[0].exercise.movement_pattern == "push_horizontal"


def test_a_stretch_swaps_only_for_a_stretch_of_the_same_tissue() -> None:
    suggestions = load_catalog().swap(
        "static_hip_flexor_stretch",
        equipment=frozenset(),
        exclude_tags=frozenset({"floor_transition"}),
    )
    assert [s.exercise.id for s in suggestions] == [
        "static_standing_hip_flexor_stretch",
        "static_standing_quadriceps_stretch",
    ]


def test_a_corrective_exercise_swaps_only_for_another_corrective() -> None:
    suggestions = load_catalog().swap("ball_cobra", equipment=frozenset(), limit=10)
    assert [s.exercise.id for s in suggestions] == [
        "wall_slide_with_lift_off",
        "squat_to_overhead_reach",
    ]
