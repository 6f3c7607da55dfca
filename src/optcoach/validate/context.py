"""What every check reads: the program, the client, the catalog and the ruleset's tables.

Checks walk the program through ``CheckContext`` so every issue names the same JSON path
(``weeks[0].sessions[1].sections[3].items[2]``, indexes from 0) for the same item.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from optcoach.catalog.exercise import Exercise
from optcoach.model.client import Client
from optcoach.model.program import Inputs, Item, Program, Section, Session, Week
from optcoach.model.tables import RulesetTables, load_ruleset
from optcoach.safety import Constraints, constraints_for
from optcoach.validate.issue import Issue

# Item checks run once per distinct (item, phase, section) and report paths relative to this
# anchor; the anchor is then replaced by each occurrence's path. A 52-week plan repeats its
# items week after week, so this saves most of the work.
ITEM_ANCHOR = "@"


class ExerciseSource(Protocol):
    """The part of the catalog the validator needs: look an exercise up by id."""

    def __contains__(self, exercise_id: object) -> bool: ...

    def get(self, exercise_id: str) -> Exercise: ...


def session_path(week: int, session: int) -> str:
    return f"weeks[{week}].sessions[{session}]"


def inputs_path(revision: int | None) -> str:
    """Return the JSON path of the inputs record: ``inputs`` or ``revisions[i].inputs``."""
    return "inputs" if revision is None else f"revisions[{revision}].inputs"


@dataclass(frozen=True)
class LocatedSession:
    path: str
    week: Week
    session: Session
    phase: int | None  # the session's one phase; None when it lists none or several
    revision: int | None  # the revision in force on the session's date (None: inputs)
    inputs: Inputs

    @property
    def inputs_path(self) -> str:
        return inputs_path(self.revision)


@dataclass(frozen=True)
class LocatedItem:
    path: str
    located: LocatedSession
    section: Section
    item: Item
    key: int = 0  # the same for items equal in content, phase and section

    @property
    def phase(self) -> int | None:
        return self.located.phase

    @property
    def inputs(self) -> Inputs:
        """Return the inputs in force for this item's session."""
        return self.located.inputs


def _checked_fields(item: Item) -> tuple[object, ...]:
    """Return the item fields checks read (not name, rationale, side, optional), cheap to hash."""
    return (
        item.exercise_id,
        item.form,
        item.level,
        item.role,
        item.technique,
        item.sets,
        item.reps,
        item.duration_s,
        item.per_side,
        item.tempo,
        item.rest_s,
        tuple(item.intensity.__dict__.values()),
        item.load_kg,
        item.load_lb,
        item.superset,
        item.targets,
    )


@dataclass(frozen=True)
class CheckContext:
    program: Program
    client: Client
    catalog: ExerciseSource
    constraints: Constraints = field(init=False)

    def __post_init__(self) -> None:
        # What the client's populations and injuries allow, taken on the program's start date.
        found = constraints_for(self.client, None, self.program.ruleset, on=self.program.start)
        object.__setattr__(self, "constraints", found)

    @property
    def tables(self) -> RulesetTables:
        return load_ruleset(self.program.ruleset)

    def is_allowed_tempo(self, tempo: str | None, table_tempo: str) -> bool:
        """Return True for the table's tempo, or the table's tempo cut to the safety limits."""
        if tempo == table_tempo:
            return True
        limited = self._limited_tempos.get(table_tempo)
        if limited is None:
            try:
                limited = self.constraints.limit_tempo(table_tempo)
            except ValueError:
                limited = table_tempo
            self._limited_tempos[table_tempo] = limited
        return tempo == limited

    @cached_property
    def _limited_tempos(self) -> dict[str, str]:
        return {}

    def inputs_records(self) -> tuple[tuple[int | None, Inputs], ...]:
        """Return every inputs record: (None, ``inputs``), then (i, ``revisions[i].inputs``)."""
        revisions = tuple((i, r.inputs) for i, r in enumerate(self.program.revisions))
        return ((None, self.program.inputs), *revisions)

    @cached_property
    def located_sessions(self) -> tuple[LocatedSession, ...]:
        found = []
        for w, week in enumerate(self.program.weeks):
            for s, session in enumerate(week.sessions):
                phase = session.phases[0] if len(session.phases) == 1 else None
                revision = self.program.revision_on(session.date)
                inputs = self.program.inputs_on(session.date)
                found.append(
                    LocatedSession(session_path(w, s), week, session, phase, revision, inputs)
                )
        return tuple(found)

    @cached_property
    def located_items(self) -> tuple[LocatedItem, ...]:
        found = []
        keys: dict[tuple[object, ...], int] = {}
        for located in self.located_sessions:
            for k, section in enumerate(located.session.sections):
                for i, item in enumerate(section.items):
                    path = f"{located.path}.sections[{k}].items[{i}]"
                    content = (
                        *_checked_fields(item),
                        located.phase,
                        section.id,
                        located.revision,
                    )
                    key = keys.setdefault(content, len(keys))
                    found.append(LocatedItem(path, located, section, item, key))
        return tuple(found)

    def check_each_item(
        self, check: Callable[[CheckContext, LocatedItem], list[Issue]]
    ) -> list[Issue]:
        """Return ``check``'s issues for every item, running it once per distinct item.

        ``check`` must depend only on the item fields in ``_checked_fields``, its phase, its
        section, the inputs in force for its session and program-wide data.
        """
        memo: dict[int, list[Issue]] = {}
        issues: list[Issue] = []
        for located in self.located_items:
            found = memo.get(located.key)
            if found is None:
                anchored = LocatedItem(
                    ITEM_ANCHOR, located.located, located.section, located.item, located.key
                )
                found = memo[located.key] = check(self, anchored)
            for issue in found:
                path = located.path + issue.path.removeprefix(ITEM_ANCHOR)
                issues.append(issue.model_copy(update={"path": path}))
        return issues

    @cached_property
    def _exercises(self) -> dict[str, Exercise | None]:
        return {}

    def exercise(self, exercise_id: str) -> Exercise | None:
        """Return the catalog's exercise, or None when the id is unknown (reported elsewhere)."""
        known = self._exercises
        if exercise_id not in known:
            known[exercise_id] = (
                self.catalog.get(exercise_id) if exercise_id in self.catalog else None
            )
        return known[exercise_id]

    def sessions(self) -> Iterator[LocatedSession]:
        """Yield every session with its path and phase, in document order."""
        return iter(self.located_sessions)

    def items(self) -> Iterator[LocatedItem]:
        """Yield every item with its path, session and section, in document order."""
        return iter(self.located_items)
