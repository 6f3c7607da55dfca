"""Time budget: estimate within budget, budget = client's minutes, estimate close to recomputed."""

from __future__ import annotations

from typing import Any

from optcoach.model.program import Item, Program
from optcoach.model.tables import load_template
from optcoach.validate.time_budget import estimate_minutes, item_seconds
from tests.validate.conftest import FixtureCatalog
from tests.validate.editing import found, get_at, set_at

S = "weeks[0].sessions[0]"


def test_it_times_an_item_from_tempo_rest_and_transition(document: dict[str, Any]) -> None:
    timing = load_template().timing
    bench = Item.model_validate(get_at(document, "weeks[2].sessions[0].sections[3].items[0]"))
    # 2 sets x (10 reps x 4 s tempo 2-0-2-0 + 0 s rest) + 20 s transition
    assert item_seconds(bench, timing) == 100.0
    squat = Item.model_validate(get_at(document, "weeks[2].sessions[0].sections[3].items[3]"))
    # per side: 2 sets x (2 x 10 reps x 8 s tempo 4-2-1-1 + 60 s rest) + 20 s
    assert item_seconds(squat, timing) == 460.0
    jump = Item.model_validate(get_at(document, "weeks[4].sessions[2].sections[2].items[3]"))
    # X-X-X-X counts 4 x 0.5 s: 3 sets x (8 x 2 s + 180 s) + 20 s
    assert item_seconds(jump, timing) == 608.0


def test_a_phase_2_session_takes_the_hand_computed_time(program: Program) -> None:
    # warm-up 50+50+36, activation 100+148, skill 172, resistance 100+300+100+460,
    # cool-down 50+50+50 seconds
    assert estimate_minutes(program.weeks[2].sessions[0]) == 1666 / 60


def test_it_reports_an_estimate_over_budget(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, f"{S}.minutes_budget", 45)
    assert found(edited, catalog, refresh=False) == [
        ("time.E001", f"{S}.minutes_estimated"),
        ("time.E002", f"{S}.minutes_budget"),
    ]


def test_it_reports_a_session_whose_items_overrun_the_budget(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    walk = f"{S}.sections[4].items"
    cardio = get_at(document, f"{S}.sections[0].items[3]")
    long_walk = {**cardio, "duration_s": 1800, "intensity": {"hr_zone": 1, "hr_high": 145}}
    edited = set_at(document, walk, [long_walk, *get_at(document, walk)])
    # The estimate is recomputed (76 minutes) and exceeds the 60-minute budget; the walk is also
    # longer than cool-down cardio lasts.
    assert found(edited, catalog) == [
        ("cardio.E004", f"{S}.sections[4].items[0].duration_s"),
        ("time.E001", f"{S}.minutes_estimated"),
    ]


def test_it_reports_an_estimate_far_from_the_items(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, f"{S}.minutes_estimated", 20)
    assert found(edited, catalog, refresh=False) == [("time.E003", f"{S}.minutes_estimated")]


def test_a_small_estimation_difference_is_tolerated(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, f"{S}.minutes_estimated", 51)  # recomputed: 45.9
    assert found(edited, catalog, refresh=False) == []
