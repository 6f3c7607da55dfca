"""A working copy of a program whose future sessions progression may change.

Past sessions (dated before the cut) are read-only here by construction: ``future_items`` never
yields them and ``replace`` refuses them, so no rule can rewrite what the client already did.

The inputs (1RM estimates, cardio stage) change only from the cut on: ``build`` records the new
values as a ``Revision`` starting on the cut (and updates any revision starting later), so the
sessions before the cut keep the inputs they were planned from and the whole program validates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from optcoach.model.program import Inputs, Item, Program, Revision, Session
from optcoach.model.vocab import PhaseNumber
from optcoach.planning.progression.history import phase_of

DAYS_PER_WEEK = 7
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
        # The inputs periods from the cut on: the record in force on the cut, then each revision
        # starting later (a re-plan's). A 1RM or stage change applies to every one of them.
        later = sorted((r for r in program.revisions if r.start > cut), key=lambda r: r.start)
        self._periods: list[tuple[dt.date, Inputs]] = [
            (cut, program.inputs_on(cut)),
            *((r.start, r.inputs) for r in later),
        ]
        self._one_rep_max: list[dict[str, float]] = [
            dict(inputs.one_rep_max_kg) for _, inputs in self._periods
        ]
        self._stages: list[int] = [inputs.cardio_stage for _, inputs in self._periods]
        self._items: dict[ItemPath, Item] = {}
        self._minutes: dict[tuple[int, int], int] = {}

    def _period(self, day: dt.date | None) -> int:
        """Return the index of the period in force on ``day``; None means the latest period."""
        if day is None:
            return len(self._periods) - 1
        found = 0
        for index, (start, _) in enumerate(self._periods):
            if start <= day:
                found = index
        return found

    def rm(self, exercise_id: str, day: dt.date | None = None) -> float | None:
        """Return the 1RM estimate in force on ``day`` (default: the newest estimate)."""
        return self._one_rep_max[self._period(day)].get(exercise_id)

    def set_rm(self, exercise_id: str, value: float) -> None:
        """Set the exercise's 1RM estimate from the cut on (every period)."""
        for table in self._one_rep_max:
            table[exercise_id] = value

    def share_rm(self, exercise_id: str, source_id: str) -> None:
        """Give ``exercise_id`` the estimate of ``source_id`` wherever it has none of its own."""
        for table in self._one_rep_max:
            if exercise_id not in table and source_id in table:
                table[exercise_id] = table[source_id]

    @property
    def cardio_stage(self) -> int:
        """Return the cardio stage in force on the cut."""
        return self._stages[0]

    def advance_cardio_stage(self, stage: int) -> None:
        """Raise the cardio stage to ``stage`` from the cut on (no period goes down)."""
        self._stages = [max(current, stage) for current in self._stages]

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
        return self._with_inputs(self.program.model_copy(update={"weeks": tuple(weeks)}))

    def _with_inputs(self, program: Program) -> Program:
        """Return ``program`` with the changed inputs recorded from the cut on.

        The first period becomes a revision starting on the cut (merged into one already
        starting then); later revisions are updated in place. Before the program starts there
        is no past, so ``inputs`` itself changes. Past the horizon nothing is recorded.
        """
        last_day = program.start + dt.timedelta(days=DAYS_PER_WEEK * program.horizon_weeks - 1)
        if self.cut > last_day:
            return program
        inputs = program.inputs
        revisions = list(program.revisions)
        for index, (start, base) in enumerate(self._periods):
            table = self._one_rep_max[index]
            stage = self._stages[index]
            note = _changes(base, table, stage)
            if not note:
                continue
            changed = base.model_copy(
                update={
                    "one_rep_max_kg": {k: table[k] for k in sorted(table)},
                    "cardio_stage": stage,
                }
            )
            reason = f"progression from {self.cut}: {note}"
            if start <= program.start:
                inputs = changed
                continue
            at = next((i for i, r in enumerate(revisions) if r.start == start), None)
            if at is None:
                revisions.append(Revision(start=start, inputs=changed, reason=reason))
            else:
                old = revisions[at]
                merged = old.reason if reason in old.reason else f"{old.reason}; {reason}"
                revisions[at] = old.model_copy(update={"inputs": changed, "reason": merged})
        revisions.sort(key=lambda r: r.start)
        return program.model_copy(update={"inputs": inputs, "revisions": tuple(revisions)})


def _changes(base: Inputs, one_rep_max: dict[str, float], stage: int) -> str:
    """Return what differs from ``base`` in words ("" when nothing does)."""
    parts = []
    for exercise_id in sorted(one_rep_max):
        before = base.one_rep_max_kg.get(exercise_id)
        after = one_rep_max[exercise_id]
        if before is None:
            parts.append(f"1RM {exercise_id} {after:g} kg (shared)")
        elif before != after:
            parts.append(f"1RM {exercise_id} {before:g} -> {after:g} kg")
    if stage != base.cardio_stage:
        parts.append(f"cardio stage {base.cardio_stage} -> {stage}")
    return ", ".join(parts)


__all__ = ["FutureItem", "ItemPath", "ProgramDraft", "block_index_of"]
