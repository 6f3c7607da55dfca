"""Integrity of the packaged catalog: references, vocabularies, conventions and muscle coverage."""

from __future__ import annotations

from typing import get_args

import pytest

from optcoach.catalog import Catalog, load_catalog
from optcoach.catalog.loader import dangling_references
from optcoach.model.compensations import flaggable_muscles
from optcoach.model.vocab import (
    BODY_PARTS,
    EQUIPMENT,
    FORMS,
    LEVELS,
    MOVEMENT_PATTERNS,
    MUSCLES,
    PLANES,
    RULESETS,
    SAFETY_TAGS,
    ExerciseRole,
    Muscle,
    Ruleset,
)

# The superset pairs fixed for every helper (notes: catalog ids): strength exercise ->
# (first phase-2 stabilization partner, first phase-5 power partner).
REFERENCE_PAIRS = {
    "barbell_bench_press": ("push_up", "medicine_ball_chest_pass"),
    "machine_chest_press": ("single_leg_cable_chest_press", "plyometric_push_up"),
    "machine_lat_pulldown": ("standing_cable_lat_pulldown", "medicine_ball_soccer_throw"),
    "seated_cable_row": ("standing_cable_row", "medicine_ball_pullover_throw"),
    "machine_shoulder_press": (
        "standing_bottoms_up_kettlebell_press",
        "medicine_ball_front_oblique_throw",
    ),
    "seated_dumbbell_shoulder_press": (
        "single_leg_dumbbell_shoulder_press",
        "medicine_ball_overhead_throw",
    ),
    "barbell_back_squat": ("single_leg_squat", "squat_jump"),
    "barbell_romanian_deadlift": ("single_leg_romanian_deadlift", "tuck_jump"),
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _uncovered(catalog: Catalog, muscles: frozenset[Muscle], **filters: object) -> list[str]:
    return sorted(m for m in muscles if not catalog.select(targets=m, **filters))  # type: ignore[arg-type]


def test_the_catalog_holds_at_least_300_exercises(catalog: Catalog) -> None:
    assert len(catalog) >= 300


def test_every_reference_names_an_existing_exercise(catalog: Catalog) -> None:
    assert dangling_references(catalog) == ()


def test_vocabularies_are_closed(catalog: Catalog) -> None:
    for exercise in catalog:
        assert set(exercise.forms) <= set(FORMS), exercise.id
        assert set(exercise.levels) <= set(LEVELS), exercise.id
        assert set(exercise.body_parts) <= set(BODY_PARTS), exercise.id
        assert exercise.movement_pattern in MOVEMENT_PATTERNS, exercise.id
        assert exercise.plane in PLANES, exercise.id
        assert set(exercise.equipment) <= set(EQUIPMENT), exercise.id
        assert set(exercise.muscles.primary + exercise.muscles.secondary) <= set(MUSCLES)
        assert set(exercise.safety_tags) <= set(SAFETY_TAGS), exercise.id


def test_resistance_roles_match_levels(catalog: Catalog) -> None:
    """Roles are stabilization/strength/power; a resistance-only exercise's levels equal them."""
    wrong = []
    for exercise in catalog.select(form="resistance"):
        roles, levels = set(exercise.roles), set(exercise.levels)
        if (
            not roles <= set(get_args(ExerciseRole))
            or not roles <= levels
            or (exercise.forms == ("resistance",) and roles != levels)
        ):
            wrong.append(exercise.id)
    assert wrong == []


def test_partners_play_the_role_they_are_listed_for(catalog: Catalog) -> None:
    wrong = [
        f"{exercise.id} -> {partner.id} ({role})"
        for exercise in catalog
        for role in ("stabilization", "power")
        for partner in catalog.partners(exercise.id, role)  # type: ignore[arg-type]
        if role not in partner.roles
    ]
    assert wrong == []


def test_every_strength_exercise_has_both_partners(catalog: Catalog) -> None:
    missing = [
        exercise.id
        for exercise in catalog.select(form="resistance", role="strength", corrective=False)
        if not exercise.superset_partners.stabilization or not exercise.superset_partners.power
    ]
    assert missing == []


def test_the_reference_pairs_are_present(catalog: Catalog) -> None:
    pairs = {
        strength: (
            catalog.get(strength).superset_partners.stabilization[0],
            catalog.get(strength).superset_partners.power[0],
        )
        for strength in REFERENCE_PAIRS
    }
    assert pairs == REFERENCE_PAIRS
    assert catalog.get("machine_calf_raise").superset_partners.stabilization[0] == (
        "single_leg_calf_raise"
    )


def test_progressions_stay_within_a_form(catalog: Catalog) -> None:
    crossing = [
        f"{exercise.id} -> {target}"
        for exercise in catalog
        for target in exercise.progressions + exercise.regressions
        if target in catalog and set(catalog.get(target).forms).isdisjoint(exercise.forms)
    ]
    assert crossing == []


@pytest.mark.parametrize("ruleset", RULESETS)
def test_every_flaggable_overactive_muscle_can_be_released_and_stretched(
    catalog: Catalog, ruleset: Ruleset
) -> None:
    overactive, _ = flaggable_muscles(ruleset)
    assert _uncovered(catalog, overactive, technique="smr") == []
    assert _uncovered(catalog, overactive, technique="static") == []
    assert _uncovered(catalog, overactive, technique="active") == []


@pytest.mark.parametrize("ruleset", RULESETS)
def test_every_flaggable_underactive_muscle_can_be_activated(
    catalog: Catalog, ruleset: Ruleset
) -> None:
    _, underactive = flaggable_muscles(ruleset)
    assert _uncovered(catalog, underactive, form="resistance", corrective=True) == []


@pytest.mark.parametrize("ruleset", RULESETS)
def test_every_flaggable_muscle_has_an_option_off_the_floor(
    catalog: Catalog, ruleset: Ruleset
) -> None:
    """Clients who must not lie down still get a stretch and an activation for every muscle."""
    overactive, underactive = flaggable_muscles(ruleset)
    lying = frozenset({"supine", "prone"})
    assert _uncovered(catalog, overactive, technique="static", exclude_tags=lying) == []
    assert _uncovered(catalog, overactive, technique="active", exclude_tags=lying) == []
    assert (
        _uncovered(catalog, underactive, form="resistance", corrective=True, exclude_tags=lying)
        == []
    )


def test_smr_carries_its_tag_and_flexibility_its_technique(catalog: Catalog) -> None:
    assert [e.id for e in catalog.select(technique="smr") if "smr" not in e.safety_tags] == []
    assert [e.id for e in catalog.select(form="flexibility") if e.technique is None] == []
