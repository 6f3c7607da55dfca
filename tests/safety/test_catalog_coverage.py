"""Safety never empties a required slot without a reason: under the exclusions of every population
and every pair of populations, each required slot the full gym can make keeps an allowed option.
The only slot allowed to empty is SMR, when SMR is contraindicated (the planner says so)."""

from __future__ import annotations

import itertools
from functools import cache

import pytest

from optcoach.catalog import Catalog, load_catalog
from optcoach.catalog.slots import Slot, load_slots
from optcoach.model.vocab import EQUIPMENT, PHASE_LEVELS
from optcoach.safety import POPULATIONS, Constraints, Membership, build_constraints

FULL_GYM = frozenset(EQUIPMENT)
BODY_WEIGHT = frozenset[str]()


@cache
def catalog() -> Catalog:
    return load_catalog()


def empty_slots(constraints: Constraints, equipment: frozenset[str]) -> list[str]:
    """Return the required slots (at the levels the client can reach) left with no option."""
    levels = {PHASE_LEVELS[p] for p in constraints.allowed_phases}
    empty = []
    for slot in load_slots():
        if not _in_play(slot, levels, equipment):
            continue
        options = [
            exercise
            for exercise in slot.candidates(
                catalog(),
                equipment=equipment,
                exclude_tags=constraints.excluded_tags,  # type: ignore[arg-type]
            )
            if constraints.allows(exercise)
        ]
        if not options and not (slot.technique == "smr" and not constraints.smr_allowed):
            empty.append(slot.id)
    return empty


def _in_play(slot: Slot, levels: set[str], equipment: frozenset[str]) -> bool:
    return (
        slot.required
        and (slot.level is None or slot.level in levels)
        and slot.applies_to(equipment)  # type: ignore[arg-type]
    )


def _constraints(*populations: str) -> Constraints:
    members = [Membership(population=p, reason="coverage") for p in populations]  # type: ignore[arg-type]
    return build_constraints(members, cleared=True)


@pytest.mark.parametrize("population", POPULATIONS)
def test_each_population_keeps_an_option_in_every_required_slot(population: str) -> None:
    assert empty_slots(_constraints(population), FULL_GYM) == []


def test_every_pair_keeps_an_option_in_every_required_slot() -> None:
    empty = {
        pair: found
        for pair in itertools.combinations(POPULATIONS, 2)
        if (found := empty_slots(_constraints(*pair), FULL_GYM))
    }
    assert empty == {}


@pytest.mark.parametrize("population", POPULATIONS)
def test_body_weight_only_keeps_an_option_in_every_required_slot(population: str) -> None:
    assert empty_slots(_constraints(population), BODY_WEIGHT) == []


def test_every_pair_keeps_a_body_weight_option() -> None:
    pairs = itertools.combinations(POPULATIONS, 2)
    assert {
        pair: found for pair in pairs if (found := empty_slots(_constraints(*pair), BODY_WEIGHT))
    } == {}


def test_osteoporosis_empties_smr_only_because_smr_is_contraindicated() -> None:
    constraints = _constraints("osteoporosis")
    smr = next(slot for slot in load_slots() if slot.technique == "smr")
    assert (
        smr.candidates(catalog(), equipment=FULL_GYM, exclude_tags=constraints.excluded_tags) == ()
    )  # type: ignore[arg-type]
    assert constraints.smr_allowed is False
