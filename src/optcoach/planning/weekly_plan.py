"""Lay out a training week: how many sessions, on which days, and what each session trains.

The number of sessions comes from the client's days a week, capped by their training status
(model/data/training_status.toml) and by the phase's frequency. The split (total body, upper/lower,
push/pull/legs) follows the status's order of preference; the days are chosen among the client's
available weekdays so that no two sessions training the same body parts fall on consecutive days,
including across the boundary with the previous week.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import combinations

from optcoach.model.program import ProgramWarning, Split
from optcoach.model.tables import load_training_status
from optcoach.model.vocab import Experience
from optcoach.planning.choices import SplitName, load_choices

DAYS_IN_WEEK = 7


@dataclass(frozen=True, slots=True)
class WeekLayout:
    """Sessions of one week as day offsets from the week's first day, each with its split kind."""

    split: SplitName
    offsets: tuple[int, ...]
    kinds: tuple[Split, ...]


@dataclass(frozen=True, slots=True)
class Tail:
    """The last session before a week starts: how many days before it, and what it trained."""

    days_before: int
    kind: Split


def sessions_per_week(
    days_per_week: int, experience: Experience
) -> tuple[int, ProgramWarning | None]:
    """Return how many sessions a week the client's status allows, with a warning when capped."""
    status = load_training_status().statuses[experience]
    if days_per_week <= status.days.high:
        return days_per_week, None
    return status.days.high, ProgramWarning(
        code="plan.days_capped",
        message=(
            f"{experience} clients train {status.days} days a week (training status table); "
            f"{status.days.high} of the {days_per_week} available days are used"
        ),
    )


def _overlaps(a: Split, b: Split) -> bool:
    """Return True when sessions of kinds ``a`` and ``b`` train some of the same body parts."""
    slots = load_choices().split_slots
    return not set(slots[a]).isdisjoint(slots[b])


def _valid(offsets: tuple[int, ...], kinds: tuple[Split, ...], tail: Tail | None) -> bool:
    for i in range(1, len(offsets)):
        if offsets[i] - offsets[i - 1] == 1 and _overlaps(kinds[i], kinds[i - 1]):
            return False
    return not (
        tail is not None
        and offsets
        and offsets[0] + tail.days_before == 1
        and _overlaps(kinds[0], tail.kind)
    )


def _cyclic_min_gap(
    offsets: tuple[int, ...], kinds: tuple[Split, ...], *, overlapping_only: bool
) -> int:
    """Return the smallest gap in days between sessions if the week repeated unchanged.

    With ``overlapping_only`` only pairs of sessions that train the same body parts count.
    """
    best = DAYS_IN_WEEK
    n = len(offsets)
    for i in range(n):
        for j in range(n):
            if i == j or (overlapping_only and not _overlaps(kinds[i], kinds[j])):
                continue
            gap = (offsets[j] - offsets[i]) % DAYS_IN_WEEK
            best = min(best, gap)
    return best


@cache
def plan_week(
    available: tuple[int, ...],
    sessions: int,
    experience: Experience,
    tail: Tail | None,
) -> WeekLayout | None:
    """Return the best layout of ``sessions`` sessions on the ``available`` day offsets.

    Splits are tried in the status's order of preference, first only those whose kinds divide the
    sessions evenly, then any. Among valid layouts the one that spaces overlapping sessions most
    widely (as if the week repeated) wins, then the earliest days. Return None when no layout
    keeps overlapping sessions off consecutive days.
    """
    choices = load_choices()
    preferences = load_training_status().statuses[experience].splits
    # Passes from strictest to loosest: kinds divide the sessions evenly and the week could repeat
    # unchanged; the week could repeat; only this week and its predecessor are checked.
    for balanced, repeatable in ((True, True), (False, True), (False, False)):
        for split in preferences:
            kinds_cycle = choices.splits[split]
            if balanced and sessions % len(kinds_cycle):
                continue
            best: tuple[tuple[int, int, int, tuple[int, ...]], WeekLayout] | None = None
            for offsets in combinations(available, sessions):
                for rotation in range(len(kinds_cycle)):
                    kinds = tuple(
                        kinds_cycle[(rotation + i) % len(kinds_cycle)] for i in range(sessions)
                    )
                    if not _valid(offsets, kinds, tail):
                        continue
                    overlap_gap = _cyclic_min_gap(offsets, kinds, overlapping_only=True)
                    if repeatable and overlap_gap < 2:
                        continue
                    any_gap = _cyclic_min_gap(offsets, kinds, overlapping_only=False)
                    key = (-overlap_gap, -any_gap, rotation, offsets)
                    if best is None or key < best[0]:
                        best = (key, WeekLayout(split=split, offsets=offsets, kinds=kinds))
            if best is not None:
                return best[1]
    return None


def plan_week_or_fewer(
    available: tuple[int, ...], sessions: int, experience: Experience, tail: Tail | None
) -> tuple[WeekLayout, int]:
    """Return a layout, dropping sessions until one fits; also return how many were dropped.

    When not even one session can be spaced from the previous week's last one, the week is
    empty (every session dropped).
    """
    for count in range(min(sessions, len(available)), 0, -1):
        layout = plan_week(available, count, experience, tail)
        if layout is not None:
            return layout, sessions - count
    split = load_training_status().statuses[experience].splits[0]
    return WeekLayout(split=split, offsets=(), kinds=()), sessions
