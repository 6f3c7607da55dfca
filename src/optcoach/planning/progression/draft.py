"""A working copy of a program whose future sessions progression may change.

Past sessions (dated before the cut) are read-only here by construction: ``future_items`` never
yields them and ``replace`` refuses them, so no rule can rewrite what the client already did.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from optcoach.model.program import Item, Program, Session
from optcoach.model.vocab import PhaseNumber
from optcoach.planning.progression.history import phase_of

ItemPath = tuple[int, int, int, int]  # week, session, section, item (0-based)


@dataclass(frozen=True)
class FutureItem:
    path: ItemPath
    item: Item
    session: Session
    block_index: int | None
    phase: PhaseNumber


def block_index_of(program: Program, day: dt.date) -> int | None:
    """Return the 0-based index of the block holding ``day``, or None."""
    for index, block in enumerate(program.blocks):
        if block.start <= day <= block.end:
            return index
    return None


class ProgramDraft:
    """Collect changes to future items, 1RMs, cardio stage and session minutes; build at the end."""

    def __init__(self, program: Program, cut: dt.date) -> None:
        self.program = program
        self.cut = cut
        self.one_rep_max: dict[str, float] = dict(program.inputs.one_rep_max_kg)
        self.cardio_stage = program.inputs.cardio_stage
        self._items: dict[ItemPath, Item] = {}
        self._minutes: dict[tuple[int, int], int] = {}

    def item(self, path: ItemPath) -> Item:
        if path in self._items:
            return self._items[path]
        w, s, sec, i = path
        return self.program.weeks[w].sessions[s].sections[sec].items[i]

    def future_items(self) -> Iterator[FutureItem]:
        """Yield every item of every session dated on or after the cut, in program order."""
        for w, week in enumerate(self.program.weeks):
            for s, session in enumerate(week.sessions):
                if session.date < self.cut:
                    continue
                block = block_index_of(self.program, session.date)
                for sec, section in enumerate(session.sections):
                    for i in range(len(section.items)):
                        path = (w, s, sec, i)
                        item = self.item(path)
                        yield FutureItem(path, item, session, block, phase_of(item, session))

    def replace(self, path: ItemPath, item: Item) -> None:
        """Replace a future item; raise ValueError for an item of a past session."""
        session = self.program.weeks[path[0]].sessions[path[1]]
        if session.date < self.cut:
            raise ValueError(f"session {session.date} is in the past and cannot change")
        self._items[path] = item

    def add_minutes(self, week: int, session: int, minutes: int) -> None:
        key = (week, session)
        self._minutes[key] = self._minutes.get(key, 0) + minutes

    def build(self) -> Program:
        """Return the program with every recorded change applied."""
        weeks = []
        for w, week in enumerate(self.program.weeks):
            sessions = []
            for s, session in enumerate(week.sessions):
                changed = any(key[:2] == (w, s) for key in self._items) or (w, s) in self._minutes
                if not changed:
                    sessions.append(session)
                    continue
                sections = tuple(
                    section.model_copy(
                        update={
                            "items": tuple(
                                self.item((w, s, sec, i)) for i in range(len(section.items))
                            )
                        }
                    )
                    for sec, section in enumerate(session.sections)
                )
                minutes = max(1, session.minutes_estimated + self._minutes.get((w, s), 0))
                sessions.append(
                    session.model_copy(update={"sections": sections, "minutes_estimated": minutes})
                )
            weeks.append(week.model_copy(update={"sessions": tuple(sessions)}))
        inputs = self.program.inputs.model_copy(
            update={
                "one_rep_max_kg": {k: self.one_rep_max[k] for k in sorted(self.one_rep_max)},
                "cardio_stage": self.cardio_stage,
            }
        )
        return self.program.model_copy(update={"weeks": tuple(weeks), "inputs": inputs})


__all__ = ["FutureItem", "ItemPath", "ProgramDraft", "block_index_of"]
