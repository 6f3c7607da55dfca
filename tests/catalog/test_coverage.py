"""Every slot the planner fills has candidates for every equipment profile and special population.

For each slot of catalog/data/slots.toml and each equipment profile (body weight only,
a home set-up, a full gym) there must be at least three candidates, and at least one must remain
when everything supine, prone, plyometric or involving loaded spinal flexion is excluded. A slot
marked ``requires_any`` is checked only for profiles holding one of the items it needs.
"""

from __future__ import annotations

import pytest

from optcoach.catalog import Catalog, Slot, load_catalog, load_slots
from optcoach.model.vocab import EQUIPMENT, Equipment, SafetyTag

PROFILES: dict[str, frozenset[Equipment]] = {
    "body_weight": frozenset(),
    "home": frozenset({"dumbbells", "resistance_bands", "stability_ball", "foam_roller", "bench"}),
    "full_gym": frozenset(EQUIPMENT),
}
RESTRICTED: frozenset[SafetyTag] = frozenset(
    {"supine", "prone", "plyometric_impact", "loaded_spinal_flexion"}
)
MIN_CANDIDATES = 3


def _gaps(catalog: Catalog, slots: tuple[Slot, ...]) -> list[str]:
    gaps = []
    for slot in slots:
        for profile, equipment in PROFILES.items():
            if not slot.applies_to(equipment):
                continue
            found = slot.candidates(catalog, equipment=equipment)
            safe = slot.candidates(catalog, equipment=equipment, exclude_tags=RESTRICTED)
            if len(found) < MIN_CANDIDATES or not safe:
                gaps.append(f"{slot.id} @ {profile}: {len(found)} candidates, {len(safe)} safe")
    return gaps


@pytest.mark.parametrize(
    "section", ["warm_up", "activation", "skill_development", "resistance", "clients_choice"]
)
def test_every_slot_has_candidates(section: str) -> None:
    """Required slots must be covered; the optional client's-choice ones are held to it too."""
    slots = tuple(slot for slot in load_slots() if slot.section == section)
    assert slots
    assert _gaps(load_catalog(), slots) == []


def test_exemptions_are_only_the_documented_ones() -> None:
    exempt = {
        slot.id: sorted(slot.requires_any)
        for slot in load_slots()
        if any(not slot.applies_to(equipment) for equipment in PROFILES.values())
    }
    assert exempt == {
        "flexibility.smr": ["foam_roller"],
        "core.power": ["cable_machine", "medicine_ball", "resistance_bands"],
    }


def test_the_gap_finder_reports_a_thin_slot() -> None:
    slot = Slot(
        id="saq.power", section="skill_development", form="saq", level="power", required=True
    )
    thin = Catalog(e for e in load_catalog() if e.id in {"partner_mirror_drill", "cone_t_drill"})
    assert _gaps(thin, (slot,)) == [
        "saq.power @ body_weight: 1 candidates, 1 safe",
        "saq.power @ home: 1 candidates, 1 safe",
        "saq.power @ full_gym: 2 candidates, 2 safe",
    ]
