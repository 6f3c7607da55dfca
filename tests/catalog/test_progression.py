"""The progression graph: merged edges, nearest allowed step, and no cycles in the real data."""

from __future__ import annotations

import pytest

from optcoach.catalog import (
    Catalog,
    ProgressionGraph,
    load_catalog,
    next_progression,
    next_regression,
    progression_graph,
)
from tests.catalog.conftest import make_exercise

NO_EQUIPMENT: frozenset[str] = frozenset()


def test_edges_merge_progressions_and_regressions(small_catalog: Catalog) -> None:
    graph = ProgressionGraph(small_catalog)
    assert graph.neighbours("floor_hold", "harder") == ("pad_hold", "band_hold")
    assert graph.neighbours("band_hold", "easier") == ("floor_hold",)
    assert graph.neighbours("disc_hold", "harder") == ()
    with pytest.raises(KeyError, match="unknown exercise 'nothing'"):
        graph.neighbours("nothing", "harder")


def test_nearest_skips_steps_the_client_cannot_do(small_catalog: Catalog) -> None:
    graph = ProgressionGraph(small_catalog)
    # The pad needs a foam pad; with only a disc, the search goes one step further.
    disc_only = frozenset({"balance_disc"})
    assert graph.nearest("floor_hold", "harder", equipment=disc_only) == small_catalog.get(
        "disc_hold"
    )
    assert graph.nearest("floor_hold", "harder", equipment=NO_EQUIPMENT) is None  # type: ignore[arg-type]
    assert graph.nearest("floor_hold", "harder", equipment=None) == small_catalog.get("pad_hold")
    excluded = graph.nearest(
        "floor_hold",
        "harder",
        equipment=None,
        exclude_tags=frozenset({"balance_equipment"}),
    )
    assert excluded == small_catalog.get("band_hold")
    assert graph.nearest("disc_hold", "easier", equipment=None) == small_catalog.get("pad_hold")


def test_find_cycle_reports_the_loop() -> None:
    catalog = Catalog(
        [
            make_exercise("a_step", progressions=["b_step"]),
            make_exercise("b_step", progressions=["c_step"], regressions=["d_step"]),
            make_exercise("c_step", progressions=["d_step"]),
            make_exercise("d_step"),
        ]
    )
    assert ProgressionGraph(catalog).find_cycle() == ("b_step", "c_step", "d_step", "b_step")


def test_the_packaged_catalog_has_no_cycle() -> None:
    assert progression_graph(load_catalog()).find_cycle() is None


def test_next_progression_follows_the_surface_continuum() -> None:
    pad_only = frozenset({"foam_pad"})
    step = next_progression("single_leg_balance_half_foam_roll", pad_only)  # type: ignore[arg-type]
    assert step is not None and step.id == "single_leg_balance_foam_pad"
    # Without a half foam roll the single-leg balance moves on to the reach on the floor.
    step = next_progression("single_leg_balance", pad_only)  # type: ignore[arg-type]
    assert step is not None and step.id == "single_leg_balance_reach"
    step = next_progression("single_leg_balance", frozenset({"half_foam_roll"}))  # type: ignore[arg-type]
    assert step is not None and step.id == "single_leg_balance_half_foam_roll"
    assert next_progression("single_leg_balance_wobble_board", None) is None


def test_next_regression_respects_excluded_tags() -> None:
    step = next_regression("dead_bug", None)
    assert step is not None and step.id == "marching"
    assert next_regression("dead_bug", None, frozenset({"supine"})) is None
    step = next_regression(load_catalog().get("plank"), NO_EQUIPMENT)  # type: ignore[arg-type]
    assert step is not None and step.id == "wall_plank"


def test_the_surface_continuum_is_one_chain() -> None:
    graph = progression_graph(load_catalog())
    chain = ["single_leg_balance"]
    while True:
        surfaces = [
            step
            for step in graph.neighbours(chain[-1], "harder")
            if step.startswith("single_leg_balance_") and "reach" not in step
        ]
        if not surfaces:
            break
        chain.extend(surfaces[:1])
    assert [load_catalog().get(step).stability.surface for step in chain] == [
        "floor",
        "half_foam_roll",
        "foam_pad",
        "balance_disc",
        "wobble_board",
    ]
