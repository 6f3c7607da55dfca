"""Choose exercises from the catalog deterministically: equipment, safety, dislikes, variety.

Every choice is a pure function of the client and the slot: candidates come from
``Catalog.select`` (id order) with the client's equipment and excluded safety tags, minus what
safety rules out by pattern or id and what the client dislikes; favourites and exercises with a
known 1RM go first; and variety across blocks comes from rotating through the candidates by the
block's index, never from randomness. Candidate pools are cached per query, so a 52-week program
asks the catalog each question once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from optcoach.catalog import Catalog, Exercise
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

PoolKey = tuple[
    Form | None,
    Level | None,
    FlexibilityTechnique | None,
    BodyPart | None,
    MovementPattern | None,
    Muscle | None,
    ExerciseRole | None,
    bool | None,
]


@dataclass(slots=True)
class Selector:
    """Answer "which exercises can fill this slot for this client", caching every answer.

    ``excluded_patterns`` and ``excluded_ids`` come from safety; ``disliked`` from the client's
    preferences; ``preferred`` (favourites, exercises with a 1RM on file) are tried first.
    """

    catalog: Catalog
    equipment: frozenset[Equipment]
    excluded_tags: frozenset[SafetyTag]
    excluded_patterns: frozenset[MovementPattern]
    excluded_ids: frozenset[str]
    disliked: frozenset[str]
    preferred: frozenset[str]
    _pools: dict[PoolKey, tuple[Exercise, ...]] = field(default_factory=dict)

    def pool(
        self,
        *,
        form: Form | None = None,
        level: Level | None = None,
        technique: FlexibilityTechnique | None = None,
        body_part: BodyPart | None = None,
        pattern: MovementPattern | None = None,
        targets: Muscle | None = None,
        role: ExerciseRole | None = None,
        corrective: bool | None = None,
    ) -> tuple[Exercise, ...]:
        """Return the allowed candidates for a slot: preferred first, each group in id order."""
        key: PoolKey = (form, level, technique, body_part, pattern, targets, role, corrective)
        cached = self._pools.get(key)
        if cached is not None:
            return cached
        selected = _select(self.catalog, key, self.equipment, self.excluded_tags)
        found = [exercise for exercise in selected if self.allows(exercise)]
        ordered = tuple(
            [e for e in found if e.id in self.preferred]
            + [e for e in found if e.id not in self.preferred]
        )
        self._pools[key] = ordered
        return ordered

    def allows(self, exercise: Exercise) -> bool:
        """Return True when equipment, safety and preferences all let the client do ``exercise``."""
        return (
            exercise.is_available_with(self.equipment)
            and not exercise.has_any_tag(self.excluded_tags)
            and exercise.movement_pattern not in self.excluded_patterns
            and exercise.id not in self.excluded_ids
            and exercise.id not in self.disliked
        )


@lru_cache(maxsize=4096)
def _select(
    catalog: Catalog,
    key: PoolKey,
    equipment: frozenset[Equipment],
    excluded_tags: frozenset[SafetyTag],
) -> tuple[Exercise, ...]:
    """Return ``Catalog.select`` for a slot, cached across programs (the catalog is immutable)."""
    form, level, technique, body_part, pattern, targets, role, corrective = key
    return catalog.select(
        form=form,
        level=level,
        technique=technique,
        body_part=body_part,
        pattern=pattern,
        targets=targets,
        role=role,
        equipment=equipment,
        exclude_tags=excluded_tags,
        corrective=corrective,
    )


def rotate(
    candidates: Sequence[Exercise], turn: int, *, taken: Iterable[str] = ()
) -> Exercise | None:
    """Return the candidate at position ``turn`` (wrapping), skipping ids already ``taken``.

    Preferred candidates sit first in a pool; when any exist the rotation stays among them so a
    favourite or a tested lift is kept, otherwise it walks the whole pool. Return None when every
    candidate is taken.
    """
    used = set(taken)
    free = [exercise for exercise in candidates if exercise.id not in used]
    if not free:
        return None
    return free[turn % len(free)]


def rotate_preferred(
    candidates: Sequence[Exercise],
    preferred: frozenset[str],
    turn: int,
    *,
    taken: Iterable[str] = (),
) -> Exercise | None:
    """Return a rotation among the preferred free candidates if any, else among all free ones."""
    used = set(taken)
    favoured = [e for e in candidates if e.id in preferred and e.id not in used]
    if favoured:
        return favoured[turn % len(favoured)]
    return rotate(candidates, turn, taken=used)
