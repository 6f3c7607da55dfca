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
from typing import Literal

from optcoach.model.program import Item
from optcoach.model.tables import load_template, parse_tempo
from optcoach.model.vocab import SectionId
from optcoach.planning.wording import name_list, section_title

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


CutKind = Literal["section", "optional", "rest", "sets", "exercises"]


@dataclass(frozen=True, slots=True)
class Cut:
    """One trim: what kind, in which section, and the names of the exercises it removed."""

    section: SectionId
    kind: CutKind
    names: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """Return the cut in plain words (section title, exercise names)."""
        title = section_title(self.section)
        names = name_list(self.names)
        if self.kind == "section":
            return f"{title} left out for time ({names})"
        if self.kind == "optional":
            return f"{title}: optional {names} left out for time"
        if self.kind == "rest":
            return f"{title}: rest between sets cut to the minimum"
        if self.kind == "sets":
            return f"{title}: one set fewer of each exercise"
        return f"{title}: {names} left out for time"


@dataclass(frozen=True, slots=True)
class Fitted:
    sections: tuple[tuple[SectionId, tuple[Item, ...]], ...]
    minutes: int
    cuts: tuple[Cut, ...]

    @property
    def trimmed(self) -> tuple[str, ...]:
        """Return each cut in plain words, in the order the budget made them."""
        return tuple(cut.text for cut in self.cuts)


def summarise_cuts(cuts: tuple[Cut, ...]) -> str:
    """Return the cuts as a few plain sentences: sections dropped, exercises left out, shortened.

    Exercises left out are gathered per section (in the order the cuts were made), rest and sets
    cuts list the sections they shortened.
    """
    sentences: list[str] = []
    for cut in cuts:
        if cut.kind == "section":
            sentences.append(cut.text)
    removed: dict[SectionId, list[str]] = {}
    for cut in cuts:
        if cut.kind in ("optional", "exercises"):
            names = removed.setdefault(cut.section, [])
            names.extend(n for n in cut.names if n not in names)
    for section, names in removed.items():
        sentences.append(f"{section_title(section)}: {name_list(names)} left out for time")
    for kind, words in (
        ("rest", "Rest between sets cut to the minimum in"),
        ("sets", "One set fewer of each exercise in"),
    ):
        sections = [section_title(c.section).lower() for c in cuts if c.kind == kind]
        if sections:
            sentences.append(f"{words} {name_list(sections)}")
    return ". ".join(sentences) + "."


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
    trimmed: list[Cut] = []
    shared = cache if cache is not None else BudgetCache()
    seconds = shared.item_seconds

    def section_seconds(sid: SectionId) -> float:
        return sum(seconds(p.item) for p in current[sid])

    by_section = {sid: section_seconds(sid) for sid in current}

    template = {s.id: s for s in load_template().sections}
    by_priority = sorted(current, key=lambda sid: (template[sid].trim_priority, sid))

    steps: list[tuple[SectionId, Callable[[SectionId], Cut | None]]] = []
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
        cuts=tuple(trimmed),
    )


def _names(planned: list[Planned]) -> tuple[str, ...]:
    return tuple(p.item.name for p in planned)


def _drop_section(current: dict[SectionId, list[Planned]], sid: SectionId) -> Cut | None:
    if not current[sid]:
        return None
    names = _names(current[sid])
    current[sid] = []
    return Cut(sid, "section", names)


def _drop_optional(current: dict[SectionId, list[Planned]], sid: SectionId) -> Cut | None:
    dropped = [p for p in current[sid] if p.item.optional]
    if not dropped:
        return None
    current[sid] = [p for p in current[sid] if not p.item.optional]
    return Cut(sid, "optional", _names(dropped))


def _shorten(
    current: dict[SectionId, list[Planned]], sid: SectionId, name: str, cache: BudgetCache
) -> Cut | None:
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
    return Cut(sid, "rest" if name == "rest_s" else "sets")


def _drop_extra(current: dict[SectionId, list[Planned]], sid: SectionId) -> Cut | None:
    """Drop the last droppable item, with its whole group, from the section."""
    planned_items = current[sid]
    last = next((p for p in reversed(planned_items) if p.droppable), None)
    if last is None:
        return None
    gone = [p for p in planned_items if p is last or (last.group and p.group == last.group)]
    gone_ids = {id(p) for p in gone}
    current[sid] = [p for p in planned_items if id(p) not in gone_ids]
    return Cut(sid, "exercises", _names(gone))
