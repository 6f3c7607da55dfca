"""Swap suggestions: ranked stand-ins for an exercise the client cannot or will not do.

A stand-in must play the same role in the session: it shares a training form and a level with the
original, the same corrective flag, the same technique and a primary muscle for a flexibility
exercise (a stretch only stands in for a stretch of the same tissue), a shared role for a
resistance exercise, and otherwise either the same movement pattern or a shared primary muscle.
Among those, the client's equipment and excluded safety tags decide what is allowed; the score
then prefers the same pattern, the same muscles, the same body parts, plane and stance, in that
order of weight.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from optcoach.catalog.exercise import Exercise
from optcoach.model.vocab import Equipment, SafetyTag

if TYPE_CHECKING:
    from optcoach.catalog.library import Catalog

# Weights of the similarity score; the pattern dominates so a same-pattern stand-in always ranks
# above one that merely works the same muscles.
PATTERN_WEIGHT = 4.0
MUSCLE_WEIGHT = 2.0
BODY_PART_WEIGHT = 1.0
PLANE_WEIGHT = 0.5
STANCE_WEIGHT = 0.5
MAX_SCORE = PATTERN_WEIGHT + MUSCLE_WEIGHT + BODY_PART_WEIGHT + PLANE_WEIGHT + STANCE_WEIGHT


class SwapSuggestion(BaseModel):
    """One stand-in with its similarity score (0–1, higher is closer) and why it fits."""

    model_config = ConfigDict(frozen=True)

    exercise: Exercise
    score: float
    reason: str


def _overlap(first: tuple[str, ...], second: tuple[str, ...]) -> float:
    """Return the Jaccard overlap of two id lists (1.0 when identical, 0.0 when disjoint)."""
    union = set(first) | set(second)
    return len(set(first) & set(second)) / len(union) if union else 0.0


def is_same_role(original: Exercise, candidate: Exercise) -> bool:
    """Return whether ``candidate`` can fill the slot ``original`` fills in a session."""
    if candidate.id == original.id:
        return False
    if set(candidate.forms).isdisjoint(original.forms):
        return False
    if set(candidate.levels).isdisjoint(original.levels):
        return False
    if candidate.technique != original.technique or candidate.corrective != original.corrective:
        return False
    if "resistance" in original.forms and set(candidate.roles).isdisjoint(original.roles):
        return False
    same_pattern = candidate.movement_pattern == original.movement_pattern
    shares_muscle = not set(candidate.muscles.primary).isdisjoint(original.muscles.primary)
    if original.technique is not None:
        return shares_muscle
    return same_pattern or shares_muscle


def score(original: Exercise, candidate: Exercise) -> float:
    """Return how closely ``candidate`` matches ``original``, from 0.0 to 1.0."""
    total = 0.0
    if candidate.movement_pattern == original.movement_pattern:
        total += PATTERN_WEIGHT
    total += MUSCLE_WEIGHT * _overlap(candidate.muscles.primary, original.muscles.primary)
    total += BODY_PART_WEIGHT * _overlap(candidate.body_parts, original.body_parts)
    if candidate.plane == original.plane:
        total += PLANE_WEIGHT
    if candidate.stability.base_of_support == original.stability.base_of_support:
        total += STANCE_WEIGHT
    return round(total / MAX_SCORE, 3)


def _reason(original: Exercise, candidate: Exercise) -> str:
    """Say in one line what the stand-in shares with the original and what it needs."""
    shared = []
    if candidate.movement_pattern == original.movement_pattern:
        shared.append(f"same pattern ({original.movement_pattern.replace('_', ' ')})")
    muscles = sorted(set(candidate.muscles.primary) & set(original.muscles.primary))
    if muscles:
        shared.append("works " + ", ".join(muscle.replace("_", " ") for muscle in muscles))
    parts = sorted(set(candidate.body_parts) & set(original.body_parts))
    if parts:
        shared.append(", ".join(part.replace("_", " ") for part in parts))
    needs = ", ".join(item.replace("_", " ") for item in candidate.equipment) or "body weight"
    return f"{'; '.join(shared)}; needs {needs}"


def swap(
    catalog: Catalog,
    exercise_id: str,
    *,
    equipment: frozenset[Equipment] | None,
    exclude_tags: frozenset[SafetyTag] = frozenset(),
    limit: int = 5,
) -> tuple[SwapSuggestion, ...]:
    """Return up to ``limit`` stand-ins for ``exercise_id``, best first (ties in id order).

    Only exercises the client's ``equipment`` allows (None: any) and that carry none of
    ``exclude_tags`` are offered. Raise KeyError for an unknown id, ValueError for limit < 1.
    """
    if limit < 1:
        raise ValueError(f"limit: must be at least 1, got {limit}")
    original = catalog.get(exercise_id)
    allowed = catalog.select(equipment=equipment, exclude_tags=exclude_tags)
    ranked = sorted(
        (
            (score(original, candidate), candidate)
            for candidate in allowed
            if is_same_role(original, candidate)
        ),
        key=lambda pair: (-pair[0], pair[1].id),
    )
    return tuple(
        SwapSuggestion(exercise=candidate, score=value, reason=_reason(original, candidate))
        for value, candidate in ranked[:limit]
    )
