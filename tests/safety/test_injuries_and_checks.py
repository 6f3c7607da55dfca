"""Injury exclusions, and the Constraints helpers the planner and validator call: which rules
exclude an exercise, and tempo limits."""

from __future__ import annotations

from typing import Any

import pytest

from optcoach.catalog.exercise import Exercise
from optcoach.safety import constraints_for
from tests.safety.clients import make_client


def exercise(**overrides: Any) -> Exercise:
    data: dict[str, Any] = {
        "id": "test_exercise",
        "name": "Test exercise",
        "forms": ["resistance"],
        "levels": ["stabilization"],
        "body_parts": ["legs"],
        "movement_pattern": "squat",
        "plane": "sagittal",
        "muscles": {"primary": ["gluteus_maximus"]},
        "roles": ["stabilization"],
        "cues": ["one", "two"],
    }
    data.update(overrides)
    return Exercise.model_validate(data)


def test_current_knee_injury_excludes_its_patterns_and_tags() -> None:
    c = constraints_for(make_client(injuries=[{"region": "knee", "side": "left"}]))
    assert c.populations == ()
    assert sorted(c.excluded_patterns) == ["agility", "hop", "jump", "lunge", "sprint"]
    assert sorted(c.excluded_tags) == ["plyometric_impact"]
    assert [r.id for r in c.rules] == [
        "injury.knee.patterns",
        "injury.knee.tags",
        "injury.smr",
    ]
    assert c.smr_precautions == ("Recent injury: no SMR over or near the injured area.",)


def test_past_injury_adds_nothing() -> None:
    c = constraints_for(make_client(injuries=[{"region": "shoulder", "current": False}]))
    assert c.rules == ()


def test_two_injuries_unite_their_exclusions() -> None:
    c = constraints_for(make_client(injuries=["shoulder", "low_back"]))
    assert sorted(c.excluded_patterns) == [
        "hinge",
        "pull_vertical",
        "push_vertical",
        "rotation",
        "spinal_flexion",
        "throw",
    ]
    assert sorted(c.excluded_tags) == [
        "heavy_spinal_load",
        "loaded_spinal_flexion",
        "overhead",
        "plyometric_impact",
        "twisting",
    ]


def test_excluding_rules_name_every_rule_that_hits() -> None:
    client = make_client(conditions=["hypertension", "osteoporosis"], injuries=["knee"])
    c = constraints_for(client)
    lunge_on_back = exercise(movement_pattern="lunge", safety_tags=["supine", "heavy_spinal_load"])
    assert [r.id for r in c.excluding_rules(lunge_on_back)] == [
        "hypertension.positions",
        "osteoporosis.spine",
        "injury.knee.patterns",
    ]
    assert c.allows(lunge_on_back) is False
    squat = exercise()
    assert c.excluding_rules(squat) == ()
    assert c.allows(squat) is True


def test_smr_exercise_is_excluded_by_the_contraindication() -> None:
    roller = exercise(
        id="foam_roll_calves",
        forms=["flexibility"],
        technique="smr",
        movement_pattern="release",
        safety_tags=["smr"],
        roles=[],
    )
    c = constraints_for(make_client(conditions=["osteoporosis"]))
    assert [r.id for r in c.excluding_rules(roller)] == ["osteoporosis.smr"]
    assert constraints_for(make_client(conditions=["osteopenia"])).allows(roller) is True


@pytest.mark.parametrize(
    ("tempo", "limited", "broken"),
    [
        ("4-2-1-1", "4-1-1-1", ["hypertension.isometric"]),
        ("2-0-2-0", "2-0-1-0", ["hypertension.concentric"]),
        ("4-2-2-2", "4-1-1-1", ["hypertension.isometric", "hypertension.concentric"]),
        ("X-X-X-X", "X-X-X-X", []),
        ("3-1-1-1", "3-1-1-1", []),
    ],
)
def test_tempo_limits(tempo: str, limited: str, broken: list[str]) -> None:
    c = constraints_for(make_client(conditions=["hypertension"]))
    assert c.limit_tempo(tempo) == limited
    assert [r.id for r in c.tempo_rules_broken(tempo)] == broken


def test_tempo_without_limits_is_unchanged() -> None:
    c = constraints_for(make_client())
    assert c.limit_tempo("4-2-1-1") == "4-2-1-1"
    assert c.tempo_rules_broken("4-2-1-1") == ()


def test_bad_tempo_is_rejected() -> None:
    c = constraints_for(make_client(conditions=["hypertension"]))
    with pytest.raises(ValueError, match="four parts"):
        c.limit_tempo("4-2-1")


def test_warnings_list_rules_then_resolutions() -> None:
    c = constraints_for(make_client(age=12, conditions=["chronic_lung_disease"]))
    lines = c.warnings()
    assert lines[0] == (
        "chronic_lung_disease: Start in phase 1 and build stabilization before load. "
        "[CPT7 ch. 22; reference §8] (UNCONFIRMED)"
    )
    assert lines[-1] == "phase 2 (strength_endurance) left out: its sets 2-4 do not meet 1"
    assert len(lines) == len(c.rules) + 1
