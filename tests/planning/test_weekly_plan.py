"""Weekly layouts: split by training status; no body part trains on two days running."""

import pytest

from optcoach.model.vocab import EXPERIENCES, Experience
from optcoach.planning.weekly_plan import (
    Tail,
    plan_week,
    plan_week_or_fewer,
    sessions_per_week,
)

ALL_DAYS = (0, 1, 2, 3, 4, 5, 6)


@pytest.mark.parametrize(
    ("experience", "sessions", "split", "offsets", "kinds"),
    [
        ("beginner", 2, "total_body", (0, 3), ("total_body",) * 2),
        ("beginner", 3, "total_body", (0, 2, 4), ("total_body",) * 3),
        ("intermediate", 3, "total_body", (0, 2, 4), ("total_body",) * 3),
        ("intermediate", 4, "upper_lower", (0, 1, 3, 4), ("upper", "lower") * 2),
        ("advanced", 3, "push_pull_legs", (0, 2, 4), ("push", "pull", "legs")),
        ("advanced", 4, "upper_lower", (0, 1, 3, 4), ("upper", "lower") * 2),
        ("advanced", 6, "upper_lower", (0, 1, 2, 3, 4, 5), ("upper", "lower") * 3),
    ],
)
def test_layout_follows_the_status_preferences(
    experience: Experience,
    sessions: int,
    split: str,
    offsets: tuple[int, ...],
    kinds: tuple[str, ...],
) -> None:
    layout = plan_week(ALL_DAYS, sessions, experience, None)
    assert layout is not None
    assert (layout.split, layout.offsets, layout.kinds) == (split, offsets, kinds)


def test_two_consecutive_available_days_get_an_upper_lower_split() -> None:
    layout = plan_week((0, 1), 2, "beginner", None)
    assert layout is not None
    assert (layout.offsets, layout.kinds) == ((0, 1), ("upper", "lower"))


def test_the_previous_week_s_last_session_pushes_the_first_one_back() -> None:
    layout = plan_week((0, 2, 4, 6), 3, "beginner", Tail(days_before=1, kind="total_body"))
    assert layout is not None
    assert layout.offsets == (2, 4, 6)


def test_too_many_sessions_for_the_days_are_dropped_one_at_a_time() -> None:
    tail = Tail(days_before=1, kind="total_body")
    layout, dropped = plan_week_or_fewer((0, 1, 2), 3, "beginner", tail)
    assert (layout.offsets, layout.kinds, dropped) == ((1, 2), ("upper", "lower"), 1)


def test_a_week_with_no_spaced_day_left_has_no_session() -> None:
    tail = Tail(days_before=1, kind="total_body")
    layout, dropped = plan_week_or_fewer((0,), 1, "beginner", tail)
    assert (layout.offsets, layout.kinds, dropped) == ((), (), 1)


@pytest.mark.parametrize("experience", EXPERIENCES)
def test_sessions_are_capped_by_training_status(experience: Experience) -> None:
    expected = {"beginner": 3, "intermediate": 4, "advanced": 6}[experience]
    count, warning = sessions_per_week(7, experience)
    assert count == expected
    assert warning is not None and warning.code == "plan.days_capped"
    assert sessions_per_week(2, experience) == (2, None)
