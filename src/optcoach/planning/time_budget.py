"""Estimate how long a session takes and trim it to the client's minutes.

Time per item = sets x (work + rest) + one transition, where work is reps x the tempo's seconds
(or the hold / bout duration), doubled for per-side exercises. Timing constants live in
model/data/template.toml. When a session runs over, the template's ``trim_priority`` decides what
goes first: optional sections (client's choice, then skill development), then optional items
(warm-up and cool-down cardio), then required sections are shortened, each step across the
sections in priority order: rest to its minimum, then sets one at a time down to the minimum,
then extra exercises beyond the minimum count; never below a phase's or a form's minimum. Every
trim is recorded so the program can say what was left out.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache

from optcoach.model.program import Item
from optcoach.model.tables import load_template, parse_tempo
from optcoach.model.vocab import SectionId

_SECONDS_PER_MINUTE = 60


@dataclass(frozen=True, slots=True)
class Planned:
    """An item with the floor the time budget may shorten it to.

    ``droppable`` says the section still meets its minimum dose without this item; items sharing
    a ``group`` (a body part's exercises and supersets) are dropped together.
    """

    item: Item
    min_sets: int
    min_rest_s: int
    droppable: bool
    group: str | None = None


@dataclass(frozen=True, slots=True)
class Fitted:
    sections: tuple[tuple[SectionId, tuple[Item, ...]], ...]
    minutes: int
    trimmed: tuple[str, ...]


@cache
def _tempo_seconds(tempo: str) -> float:
    return parse_tempo(tempo, load_template().timing.explosive_component_s)


def item_seconds(item: Item) -> float:
    """Return the seconds ``item`` takes: every set, its rest and one transition."""
    timing = load_template().timing
    if item.reps is not None:
        if item.tempo is not None:
            per_rep = _tempo_seconds(item.tempo)
        elif item.form == "saq":
            per_rep = timing.drill_rep_s
        else:
            per_rep = timing.dynamic_rep_s
        work = item.reps * (per_rep + (item.duration_s or 0))  # a hold ends each rep
    else:
        work = float(item.duration_s or 0)
    if item.per_side:
        work *= 2
    return item.sets * (work + item.rest_s) + timing.transition_s


def session_minutes(items: tuple[Item, ...] | list[Item]) -> int:
    """Return the whole minutes (rounded up) a session of ``items`` takes."""
    return math.ceil(sum(item_seconds(item) for item in items) / _SECONDS_PER_MINUTE)


@dataclass(slots=True)
class BudgetCache:
    """Work shared by every session of a program: item seconds and shortened copies.

    Keys are ``id(item)``; each entry holds its item, so no id is reused while the cache lives.
    """

    seconds: dict[int, tuple[Item, float]] = field(default_factory=dict)
    copies: dict[tuple[int, str, int], tuple[Item, Item]] = field(default_factory=dict)

    def item_seconds(self, item: Item) -> float:
        cached = self.seconds.get(id(item))
        if cached is None:
            cached = self.seconds[id(item)] = (item, item_seconds(item))
        return cached[1]

    def with_value(self, item: Item, name: str, value: int) -> Item:
        """Return ``item`` with field ``name`` (rest_s or sets) set to ``value``."""
        key = (id(item), name, value)
        cached = self.copies.get(key)
        if cached is None:
            cached = self.copies[key] = (item, item.model_copy(update={name: value}))
        return cached[1]


def fit_to_budget(
    sections: list[tuple[SectionId, list[Planned]]],
    budget_minutes: int,
    cache: BudgetCache | None = None,
) -> Fitted:
    """Return the sections trimmed until the session fits ``budget_minutes``, with what was cut.

    The result may still be over budget when every section is at its minimum dose; the caller
    compares ``minutes`` with the budget and warns. ``cache`` shares work across sessions.
    """
    current = {sid: list(planned) for sid, planned in sections}
    trimmed: list[str] = []
    shared = cache if cache is not None else BudgetCache()
    seconds = shared.item_seconds

    def section_seconds(sid: SectionId) -> float:
        return sum(seconds(p.item) for p in current[sid])

    by_section = {sid: section_seconds(sid) for sid in current}

    template = {s.id: s for s in load_template().sections}
    by_priority = sorted(current, key=lambda sid: (template[sid].trim_priority, sid))

    steps: list[tuple[SectionId, Callable[[SectionId], str | None]]] = []
    for sid in by_priority:
        if not template[sid].required:
            steps.append((sid, lambda s: _drop_section(current, s)))
    for sid in by_priority:
        steps.append((sid, lambda s: _drop_optional(current, s)))
    # Shorten before removing: rest everywhere first, then sets, then extra exercises.
    required = [sid for sid in by_priority if template[sid].required]
    steps += [(sid, lambda s: _shorten(current, s, "rest_s", shared)) for sid in required]
    steps += [(sid, lambda s: _shorten(current, s, "sets", shared)) for sid in required]
    steps += [(sid, lambda s: _drop_extra(current, s)) for sid in required]

    total = sum(by_section.values())
    for sid, step in steps:
        while math.ceil(total / _SECONDS_PER_MINUTE) > budget_minutes:
            note = step(sid)
            if note is None:
                break
            trimmed.append(note)
            by_section[sid] = section_seconds(sid)
            total = sum(by_section.values())

    return Fitted(
        sections=tuple((sid, tuple(p.item for p in planned)) for sid, planned in current.items()),
        minutes=math.ceil(total / _SECONDS_PER_MINUTE),
        trimmed=tuple(trimmed),
    )


def _drop_section(current: dict[SectionId, list[Planned]], sid: SectionId) -> str | None:
    if not current[sid]:
        return None
    names = ", ".join(p.item.exercise_id for p in current[sid])
    current[sid] = []
    return f"{sid}: left out for time ({names})"


def _drop_optional(current: dict[SectionId, list[Planned]], sid: SectionId) -> str | None:
    dropped = [p.item.exercise_id for p in current[sid] if p.item.optional]
    if not dropped:
        return None
    current[sid] = [p for p in current[sid] if not p.item.optional]
    return f"{sid}: optional {', '.join(dropped)} left out for time"


def _shorten(
    current: dict[SectionId, list[Planned]], sid: SectionId, name: str, cache: BudgetCache
) -> str | None:
    """Cut the section's rest (``rest_s``) to its minimum, or its ``sets`` by one.

    Sets come off one at a time across the section, so a session loses no more volume than the
    budget needs; rest goes to its minimum in one step.
    """
    changed = False
    result = []
    for planned in current[sid]:
        if name == "rest_s":
            value, target = planned.item.rest_s, planned.min_rest_s
        else:
            value, target = planned.item.sets, max(planned.min_sets, planned.item.sets - 1)
        if value > target:
            planned = replace(planned, item=cache.with_value(planned.item, name, target))
            changed = True
        result.append(planned)
    current[sid] = result
    if not changed:
        return None
    return f"{sid}: rest shortened to the minimum" if name == "rest_s" else f"{sid}: one set fewer"


def _drop_extra(current: dict[SectionId, list[Planned]], sid: SectionId) -> str | None:
    """Drop the last droppable item, with its whole group, from the section."""
    planned_items = current[sid]
    last = next((p for p in reversed(planned_items) if p.droppable), None)
    if last is None:
        return None
    gone = [p for p in planned_items if p is last or (last.group and p.group == last.group)]
    gone_ids = {id(p) for p in gone}
    dropped = [p.item.exercise_id for p in gone]
    current[sid] = [p for p in planned_items if id(p) not in gone_ids]
    return f"{sid}: {', '.join(dropped)} left out for time"
