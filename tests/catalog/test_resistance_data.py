"""Check the resistance exercise data files on their own, before the catalog loader joins them.

The files under ``catalog/data/resistance`` must validate as ``Exercise`` records, follow the
role/level convention, carry the reference's superset pairs, keep a cycle-free progression graph
and give the planner enough candidates in every (role x body part x equipment profile) slot.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
import yaml

import optcoach.catalog
from optcoach.catalog.exercise import Exercise
from optcoach.model.vocab import EQUIPMENT, Equipment, ExerciseRole, SafetyTag

DATA = Path(optcoach.catalog.__file__).parent / "data" / "resistance"
FILES = (
    "arms.yaml",
    "back.yaml",
    "calves.yaml",
    "chest.yaml",
    "hips.yaml",
    "legs.yaml",
    "shoulders.yaml",
    "total_body.yaml",
)
HEADER = (
    "# format: optcoach.catalog/v1",
    "# source: our own exercise descriptions informed by NASM CPT7 exercise selection",
    "# units: none",
)

# Ids defined by the other catalog data files (plyometric and core) that resistance entries name.
EXTERNAL_POWER_IDS = frozenset({"squat_jump", "tuck_jump", "mountain_climber"})
EXTERNAL_IDS = EXTERNAL_POWER_IDS | {"suitcase_carry"}

# strength exercise -> (phase 2 stabilization partner, phase 5 power partner), per the reference.
REFERENCE_PAIRS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "barbell_bench_press": (("push_up",), ("medicine_ball_chest_pass",)),
    "machine_chest_press": (("single_leg_cable_chest_press",), ("plyometric_push_up",)),
    "machine_lat_pulldown": (("standing_cable_lat_pulldown",), ("medicine_ball_soccer_throw",)),
    "seated_cable_row": (("standing_cable_row",), ("medicine_ball_pullover_throw",)),
    "machine_shoulder_press": (
        ("standing_bottoms_up_kettlebell_press",),
        ("medicine_ball_front_oblique_throw",),
    ),
    "seated_dumbbell_shoulder_press": (
        ("single_leg_dumbbell_shoulder_press",),
        ("medicine_ball_overhead_throw",),
    ),
    "barbell_back_squat": (("single_leg_squat",), ("squat_jump",)),
    "barbell_romanian_deadlift": (("single_leg_romanian_deadlift",), ("tuck_jump",)),
}

# Ids other packages name directly (catalog_ids.md); they must stay defined here.
RELIED_ON = frozenset(
    {
        "dumbbell_chest_press",
        "stability_ball_dumbbell_chest_press",
        "dumbbell_row",
        "goblet_squat",
        "dumbbell_step_up",
        "dumbbell_lunge",
        "leg_press",
        "body_weight_squat",
        "dumbbell_biceps_curl",
        "cable_triceps_pressdown",
        "dumbbell_lateral_raise",
        "kettlebell_swing",
        "machine_calf_raise",
        "single_leg_calf_raise",
    }
)

BODY_WEIGHT: frozenset[Equipment] = frozenset()
HOME: frozenset[Equipment] = frozenset(
    {"dumbbells", "resistance_bands", "stability_ball", "foam_roller", "bench"}
)
FULL_GYM: frozenset[Equipment] = frozenset(EQUIPMENT)
PROFILES = {"body_weight": BODY_WEIGHT, "home": HOME, "full_gym": FULL_GYM}
RESTRICTED: frozenset[SafetyTag] = frozenset(
    {"supine", "prone", "plyometric_impact", "loaded_spinal_flexion"}
)
ROLES: tuple[ExerciseRole, ...] = ("stabilization", "strength", "power")
MAIN_PARTS = ("chest", "back", "shoulders", "legs", "hips", "total_body")
MIN_CANDIDATES = 3


def _entries(name: str) -> list[dict[str, object]]:
    document = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    assert list(document) == ["exercises"], name
    entries = document["exercises"]
    assert isinstance(entries, list)
    return entries


@cache
def _by_file() -> dict[str, tuple[Exercise, ...]]:
    return {name: tuple(Exercise.model_validate(e) for e in _entries(name)) for name in FILES}


@cache
def _catalog() -> dict[str, Exercise]:
    exercises = [exercise for group in _by_file().values() for exercise in group]
    return {exercise.id: exercise for exercise in exercises}


def _all() -> Iterator[Exercise]:
    return iter(_catalog().values())


def test_the_folder_holds_exactly_the_body_part_files() -> None:
    assert sorted(path.name for path in DATA.glob("*.yaml")) == list(FILES)


@pytest.mark.parametrize("name", FILES)
def test_each_file_starts_with_the_header(name: str) -> None:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    assert tuple(lines[:3]) == HEADER


@pytest.mark.parametrize("name", FILES)
def test_each_file_holds_its_body_part_first(name: str) -> None:
    part = name.removesuffix(".yaml")
    wrong = [e.id for e in _by_file()[name] if e.body_parts[0] != part]
    assert wrong == []


def test_ids_are_unique_across_files() -> None:
    ids = [exercise.id for group in _by_file().values() for exercise in group]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert duplicates == []
    assert len(ids) == len(_catalog())


def test_every_entry_is_a_resistance_exercise_whose_levels_match_its_roles() -> None:
    bad = [
        e.id
        for e in _all()
        if "resistance" not in e.forms
        or not e.roles
        or len(set(e.roles)) != len(e.roles)
        or sorted(e.levels) != sorted(e.roles)
        or not set(e.forms) <= {"resistance", "plyometric"}
        or e.technique is not None
        or e.loading == "none"
    ]
    assert bad == []


def test_loading_matches_equipment() -> None:
    """Medicine-ball and band loading need that equipment; external loading needs some kit."""
    bad = [
        e.id
        for e in _all()
        if (e.loading == "medicine_ball") != ("medicine_ball" in e.equipment)
        or (e.loading == "band" and "resistance_bands" not in e.equipment)
        or (e.loading == "external" and not e.equipment)
    ]
    assert bad == []


def test_safety_tags_follow_position_and_pattern() -> None:
    unstable = {"stability_ball", "bosu", "balance_disc", "wobble_board", "foam_pad"}
    missing: list[tuple[str, str]] = []
    for e in _all():
        tags = set(e.safety_tags)
        if e.stability.base_of_support == "supine" and "supine" not in tags:
            missing.append((e.id, "supine"))
        if e.stability.surface in unstable and "balance_equipment" not in tags:
            missing.append((e.id, "balance_equipment"))
        if e.movement_pattern == "push_vertical" and "overhead" not in tags:
            missing.append((e.id, "overhead"))
        if e.movement_pattern in {"jump", "hop"} and "plyometric_impact" not in tags:
            missing.append((e.id, "plyometric_impact"))
        if ("plyometric" in e.forms) != ("plyometric_impact" in tags):
            missing.append((e.id, "plyometric form <-> plyometric_impact"))
        if "plyometric_impact" in tags and e.roles != ("power",):
            missing.append((e.id, "impact only in power work"))
    assert missing == []


def test_the_heavy_spinal_loads_are_tagged() -> None:
    tagged = sorted(e.id for e in _all() if "heavy_spinal_load" in e.safety_tags)
    assert tagged == [
        "barbell_back_squat",
        "barbell_bent_over_row",
        "barbell_deadlift",
        "barbell_front_squat",
        "barbell_overhead_press",
        "barbell_romanian_deadlift",
    ]


def test_unilateral_work_is_dosed_per_side() -> None:
    """A single-arm or single-leg exercise that does not alternate is counted per side."""
    bad = [
        e.id
        for e in _all()
        if ("single_leg" in e.id or "single_arm" in e.id)
        and not e.per_side
        and e.stability.arm_pattern != "alternating_arm"
    ]
    assert bad == []


def test_the_reference_superset_pairs_are_present() -> None:
    catalog = _catalog()
    found = {
        strength_id: (
            catalog[strength_id].superset_partners.stabilization,
            catalog[strength_id].superset_partners.power,
        )
        for strength_id in REFERENCE_PAIRS
    }
    assert found == REFERENCE_PAIRS
    calf = catalog["machine_calf_raise"].superset_partners
    assert calf.stabilization == ("single_leg_calf_raise",)


def test_the_ids_other_packages_rely_on_exist() -> None:
    assert sorted(RELIED_ON - set(_catalog())) == []


def test_every_strength_exercise_has_both_kinds_of_partner() -> None:
    missing = [
        e.id
        for e in _all()
        if "strength" in e.roles
        and (not e.superset_partners.stabilization or not e.superset_partners.power)
    ]
    assert missing == []


def test_only_strength_exercises_name_partners() -> None:
    extra = [
        e.id
        for e in _all()
        if "strength" not in e.roles
        and (e.superset_partners.stabilization or e.superset_partners.power)
    ]
    assert extra == []


def test_partners_play_the_role_they_are_named_for() -> None:
    catalog = _catalog()
    wrong: list[tuple[str, str]] = []
    for e in _all():
        for partner in e.superset_partners.stabilization:
            if partner not in catalog or "stabilization" not in catalog[partner].roles:
                wrong.append((e.id, partner))
        for partner in e.superset_partners.power:
            if partner in EXTERNAL_POWER_IDS:
                continue
            if partner not in catalog or "power" not in catalog[partner].roles:
                wrong.append((e.id, partner))
    assert wrong == []


def test_every_reference_resolves() -> None:
    known = set(_catalog()) | EXTERNAL_IDS
    dangling = sorted(
        (e.id, ref)
        for e in _all()
        for ref in (
            e.progressions
            + e.regressions
            + e.superset_partners.stabilization
            + e.superset_partners.power
        )
        if ref not in known
    )
    assert dangling == []


def _harder_edges() -> dict[str, set[str]]:
    """Return easier -> harder edges from progressions and from reversed regressions."""
    edges: dict[str, set[str]] = {}
    for e in _all():
        for harder in e.progressions:
            edges.setdefault(e.id, set()).add(harder)
        for easier in e.regressions:
            edges.setdefault(easier, set()).add(e.id)
    return edges


def _cycle(edges: dict[str, set[str]]) -> list[str]:
    """Return one cycle of ``edges`` as a path, or [] when the graph is acyclic."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return []

    for node in sorted(edges):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_the_progression_graph_has_no_cycle() -> None:
    assert _cycle(_harder_edges()) == []


def test_the_cycle_finder_reports_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}}) == []


def _shortfalls(label: str, keep: Callable[[Exercise], bool]) -> list[str]:
    """Name every equipment profile where ``keep`` finds too few candidates."""
    problems: list[str] = []
    for profile, equipment in PROFILES.items():
        candidates = [e for e in _all() if keep(e) and e.is_available_with(equipment)]
        if len(candidates) < MIN_CANDIDATES:
            problems.append(f"{label} {profile}: {len(candidates)} candidates")
        if not [e for e in candidates if not e.has_any_tag(RESTRICTED)]:
            problems.append(f"{label} {profile}: none without restricted tags")
    return problems


def _slot(role: ExerciseRole, part: str, pattern: str | None = None) -> Callable[[Exercise], bool]:
    """Return a filter for one planner slot: role, body part and optionally movement pattern."""

    def keep(exercise: Exercise) -> bool:
        return (
            role in exercise.roles
            and part in exercise.body_parts
            and pattern in (None, exercise.movement_pattern)
        )

    return keep


def test_every_role_and_main_body_part_has_candidates_in_every_profile() -> None:
    problems = [
        problem
        for role in ROLES
        for part in MAIN_PARTS
        for problem in _shortfalls(f"{role}/{part}", _slot(role, part))
    ]
    assert problems == []


def test_arms_and_calves_have_candidates_in_every_profile() -> None:
    slots: dict[str, Callable[[Exercise], bool]] = {}
    for role in ("stabilization", "strength"):
        for pattern in ("elbow_flexion", "elbow_extension"):
            slots[f"{role}/arms/{pattern}"] = _slot(role, "arms", pattern)
        slots[f"{role}/calves"] = _slot(role, "calves")
    problems = [problem for label, keep in slots.items() for problem in _shortfalls(label, keep)]
    assert problems == []


def test_home_profile_adds_equipment_variants_to_every_main_slot() -> None:
    """Home users get more than the body-weight list: at least one entry that uses their kit."""
    missing = [
        f"{role}/{part}"
        for role in ROLES
        for part in MAIN_PARTS
        if not [
            e
            for e in _all()
            if role in e.roles
            and part in e.body_parts
            and e.equipment
            and e.is_available_with(HOME)
        ]
    ]
    assert missing == []


def test_every_implement_family_appears() -> None:
    families = {
        "machine": "selectorized_machines",
        "free_weight": "dumbbells",
        "barbell": "barbell",
        "cable": "cable_machine",
        "band": "resistance_bands",
        "kettlebell": "kettlebells",
        "medicine_ball": "medicine_ball",
        "stability_ball": "stability_ball",
    }
    used = {item for e in _all() for item in e.equipment}
    assert sorted(name for name, item in families.items() if item not in used) == []
