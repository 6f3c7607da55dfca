"""The progression graph: which exercise is the next step up or down an OPT continuum.

Edges come from the data: ``progressions`` (harder variations) and ``regressions`` (easier ones).
Either side may declare an edge: "A progresses to B" and "B regresses to A" are the same edge, so a
file only needs to state it once. The continua the data follows (see docs/catalog.md): two-arm →
alternating → single-arm; two-leg → staggered → single-leg; floor → half foam roll → foam pad →
balance disc → wobble board; seated → standing; machine → free weight; stable → unstable.

The graph must be acyclic (a chain of progressions can never lead back to its start); the catalog
tests check that with ``find_cycle``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Literal

from optcoach.catalog.exercise import Exercise
from optcoach.catalog.library import Catalog
from optcoach.catalog.loader import load_catalog
from optcoach.model.vocab import Equipment, SafetyTag

Direction = Literal["harder", "easier"]


class ProgressionGraph:
    """Harder and easier neighbours of every exercise, merged from both edge declarations."""

    def __init__(self, catalog: Catalog) -> None:
        # An exercise's own list comes first (in data order), then the edges other exercises
        # declare toward it (in id order). A reference to an unknown id is left out; the lint test
        # reports it.
        harder: dict[str, list[str]] = {
            exercise.id: [target for target in exercise.progressions if target in catalog]
            for exercise in catalog
        }
        easier: dict[str, list[str]] = {
            exercise.id: [target for target in exercise.regressions if target in catalog]
            for exercise in catalog
        }
        for exercise in catalog:
            for target in exercise.regressions:
                if target in catalog and exercise.id not in harder[target]:
                    harder[target].append(exercise.id)
            for target in exercise.progressions:
                if target in catalog and exercise.id not in easier[target]:
                    easier[target].append(exercise.id)
        self.catalog = catalog
        self.harder: Mapping[str, tuple[str, ...]] = {k: tuple(v) for k, v in harder.items()}
        self.easier: Mapping[str, tuple[str, ...]] = {k: tuple(v) for k, v in easier.items()}

    def neighbours(self, exercise_id: str, direction: Direction) -> tuple[str, ...]:
        """Return the ids one step harder or easier: the exercise's own list, then the others'."""
        self.catalog.get(exercise_id)
        edges = self.harder if direction == "harder" else self.easier
        return edges[exercise_id]

    def nearest(
        self,
        exercise_id: str,
        direction: Direction,
        *,
        equipment: frozenset[Equipment] | None,
        exclude_tags: frozenset[SafetyTag] = frozenset(),
    ) -> Exercise | None:
        """Return the closest exercise in ``direction`` the equipment and safety tags allow.

        Search breadth first: a direct neighbour the client can do wins; when every direct
        neighbour needs missing equipment or carries an excluded tag, look one step further.
        Return None when nothing in that direction is allowed. Raise KeyError for an unknown id.
        """
        self.catalog.get(exercise_id)
        edges = self.harder if direction == "harder" else self.easier
        seen = {exercise_id}
        frontier = list(edges[exercise_id])
        while frontier:
            following: list[str] = []
            for candidate_id in frontier:
                if candidate_id in seen:
                    continue
                seen.add(candidate_id)
                candidate = self.catalog.get(candidate_id)
                allowed = equipment is None or candidate.is_available_with(equipment)
                if allowed and not candidate.has_any_tag(exclude_tags):
                    return candidate
                following.extend(edges[candidate_id])
            frontier = following
        return None

    def find_cycle(self) -> tuple[str, ...] | None:
        """Return one cycle of harder-edges as ids (first id repeated at the end), or None."""
        state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
        path: list[str] = []

        def visit(node: str) -> tuple[str, ...] | None:
            state[node] = 1
            path.append(node)
            for target in self.harder[node]:
                if state.get(target) == 1:
                    return (*path[path.index(target) :], target)
                if target not in state:
                    found = visit(target)
                    if found is not None:
                        return found
            path.pop()
            state[node] = 2
            return None

        for start in sorted(self.harder):
            if start not in state:
                found = visit(start)
                if found is not None:
                    return found
        return None


@cache
def progression_graph(catalog: Catalog) -> ProgressionGraph:
    """Return the (cached) progression graph of ``catalog``."""
    return ProgressionGraph(catalog)


def next_progression(
    exercise: Exercise | str,
    equipment: frozenset[Equipment] | None,
    exclude_tags: frozenset[SafetyTag] = frozenset(),
    *,
    catalog: Catalog | None = None,
) -> Exercise | None:
    """Return the nearest harder exercise the client's equipment and safety tags allow, or None.

    ``catalog`` defaults to the packaged one. Raise KeyError for an unknown exercise id.
    """
    return _step(exercise, "harder", equipment, exclude_tags, catalog)


def next_regression(
    exercise: Exercise | str,
    equipment: frozenset[Equipment] | None,
    exclude_tags: frozenset[SafetyTag] = frozenset(),
    *,
    catalog: Catalog | None = None,
) -> Exercise | None:
    """Return the nearest easier exercise the client's equipment and safety tags allow, or None.

    ``catalog`` defaults to the packaged one. Raise KeyError for an unknown exercise id.
    """
    return _step(exercise, "easier", equipment, exclude_tags, catalog)


def _step(
    exercise: Exercise | str,
    direction: Direction,
    equipment: frozenset[Equipment] | None,
    exclude_tags: frozenset[SafetyTag],
    catalog: Catalog | None,
) -> Exercise | None:
    graph = progression_graph(load_catalog() if catalog is None else catalog)
    exercise_id = exercise if isinstance(exercise, str) else exercise.id
    return graph.nearest(exercise_id, direction, equipment=equipment, exclude_tags=exclude_tags)
