"""The catalog as a queryable collection: look-ups, filters and superset partners.

Every query returns exercises in id order, so the planner's choices never depend on file order or
on set iteration order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Literal, get_args

from optcoach.catalog.exercise import Exercise
from optcoach.catalog.swap import SwapSuggestion, swap
from optcoach.model.vocab import (
    BodyPart,
    Equipment,
    ExerciseRole,
    FlexibilityTechnique,
    Form,
    Level,
    MovementPattern,
    Muscle,
    SafetyTag,
)

PartnerRole = Literal["stabilization", "power"]


def _check_member(name: str, value: object, vocabulary: Any) -> None:
    """Raise ValueError naming the argument when ``value`` is not in the Literal ``vocabulary``."""
    if value is not None and value not in get_args(vocabulary):
        raise ValueError(f"{name}: unknown value {value!r}")


def _check_members(name: str, values: Iterable[object] | None, vocabulary: Any) -> None:
    for value in sorted(values or (), key=str):
        _check_member(name, value, vocabulary)


class Catalog:
    """An immutable collection of exercises keyed by id."""

    def __init__(self, exercises: Iterable[Exercise]) -> None:
        by_id: dict[str, Exercise] = {}
        for exercise in exercises:
            if exercise.id in by_id:
                raise ValueError(f"duplicate exercise id '{exercise.id}'")
            by_id[exercise.id] = exercise
        self._by_id = dict(sorted(by_id.items()))
        self._ordered = tuple(self._by_id.values())

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._by_id

    def __len__(self) -> int:
        return len(self._ordered)

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self._ordered)

    def __repr__(self) -> str:
        return f"Catalog({len(self)} exercises)"

    def get(self, exercise_id: str) -> Exercise:
        """Return the exercise with ``exercise_id``; raise KeyError if the catalog has none."""
        try:
            return self._by_id[exercise_id]
        except KeyError:
            raise KeyError(f"unknown exercise '{exercise_id}'") from None

    def select(
        self,
        *,
        form: Form | None = None,
        level: Level | None = None,
        technique: FlexibilityTechnique | None = None,
        body_part: BodyPart | None = None,
        pattern: MovementPattern | None = None,
        targets: Muscle | None = None,
        role: ExerciseRole | None = None,
        equipment: frozenset[Equipment] | None = None,
        exclude_tags: frozenset[SafetyTag] = frozenset(),
        corrective: bool | None = None,
    ) -> tuple[Exercise, ...]:
        """Return the exercises matching every given filter, in id order.

        ``targets`` matches the primary muscles; ``equipment`` keeps exercises whose equipment is a
        subset of it (None means no equipment filter, an empty set means body weight only);
        ``exclude_tags`` drops exercises carrying any of those safety tags. Raise ValueError naming
        the argument when a value is outside its vocabulary.
        """
        _check_member("form", form, Form)
        _check_member("level", level, Level)
        _check_member("technique", technique, FlexibilityTechnique)
        _check_member("body_part", body_part, BodyPart)
        _check_member("pattern", pattern, MovementPattern)
        _check_member("targets", targets, Muscle)
        _check_member("role", role, ExerciseRole)
        _check_members("equipment", equipment, Equipment)
        _check_members("exclude_tags", exclude_tags, SafetyTag)
        return tuple(
            exercise
            for exercise in self._ordered
            if (form is None or form in exercise.forms)
            and (level is None or level in exercise.levels)
            and (technique is None or exercise.technique == technique)
            and (body_part is None or body_part in exercise.body_parts)
            and (pattern is None or exercise.movement_pattern == pattern)
            and (targets is None or targets in exercise.muscles.primary)
            and (role is None or role in exercise.roles)
            and (equipment is None or exercise.is_available_with(equipment))
            and not exercise.has_any_tag(exclude_tags)
            and (corrective is None or exercise.corrective == corrective)
        )

    def partners(self, exercise_id: str, role: PartnerRole) -> tuple[Exercise, ...]:
        """Return the superset partners of a strength exercise for phase 2 or 5, in data order.

        ``role`` is "stabilization" (phase 2 partners) or "power" (phase 5 partners). Raise KeyError
        for an unknown exercise and ValueError for another role. A partner id the catalog does
        not hold (reported by the lint test) is skipped.
        """
        exercise = self.get(exercise_id)
        if role == "stabilization":
            ids = exercise.superset_partners.stabilization
        elif role == "power":
            ids = exercise.superset_partners.power
        else:
            raise ValueError(f"role: expected 'stabilization' or 'power', got {role!r}")
        return tuple(self._by_id[partner] for partner in ids if partner in self._by_id)

    def swap(
        self,
        exercise_id: str,
        *,
        equipment: frozenset[Equipment] | None,
        exclude_tags: frozenset[SafetyTag] = frozenset(),
        limit: int = 5,
    ) -> tuple[SwapSuggestion, ...]:
        """Return ranked stand-ins for ``exercise_id`` the equipment and safety tags allow.

        See ``optcoach.catalog.swap.swap``; raise KeyError for an unknown id.
        """
        return swap(self, exercise_id, equipment=equipment, exclude_tags=exclude_tags, limit=limit)
