"""A hand-built, conformant sports-performance program covering phases 1, 2 and 5, and its catalog.

Six weeks from Monday 2027-01-04: two weeks of phase 1, two of phase 2, then two undulating weeks
(Monday phase 1, Wednesday phase 2, Friday phase 5). Every number below was chosen by hand from
the cpt7 tables so that the program conforms; tests change one thing and expect exact issues.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from optcoach.catalog.exercise import Exercise
from optcoach.model.client import Client
from optcoach.model.program import Program

START = dt.date(2027, 1, 4)  # a Monday
WEEKDAY_OFFSETS = {"mon": 0, "wed": 2, "fri": 4}


class FixtureCatalog:
    """A small catalog with the lookups the validator uses."""

    def __init__(self, exercises: list[Exercise]) -> None:
        self._by_id = {exercise.id: exercise for exercise in exercises}

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._by_id

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self._by_id[key] for key in sorted(self._by_id))

    def get(self, exercise_id: str) -> Exercise:
        try:
            return self._by_id[exercise_id]
        except KeyError:
            raise KeyError(f"unknown exercise {exercise_id!r}") from None


def _exercise(
    id: str,
    forms: tuple[str, ...],
    levels: tuple[str, ...],
    body_parts: tuple[str, ...],
    pattern: str,
    primary: tuple[str, ...],
    **extra: Any,
) -> Exercise:
    return Exercise.model_validate(
        {
            "id": id,
            "name": id.replace("_", " ").title(),
            "forms": forms,
            "levels": levels,
            "body_parts": body_parts,
            "movement_pattern": pattern,
            "plane": extra.pop("plane", "sagittal"),
            "muscles": {"primary": primary},
            "cues": ("Brace the trunk.", "Move with control."),
            **extra,
        }
    )


ALL = ("stabilization", "strength", "power")
FLEX = ("flexibility",)


def _catalog_exercises() -> list[Exercise]:
    smr = {"technique": "smr", "safety_tags": ("smr",), "equipment": ("foam_roller",)}
    return [
        _exercise(
            "smr_calves", FLEX, ALL, ("calves",), "release", ("gastrocnemius", "soleus"), **smr
        ),
        _exercise("smr_adductors", FLEX, ALL, ("legs",), "release", ("adductor_complex",), **smr),
        _exercise(
            "static_adductor_stretch",
            FLEX,
            ALL,
            ("legs",),
            "stretch",
            ("adductor_complex",),
            technique="static",
        ),
        _exercise(
            "static_calf_stretch",
            FLEX,
            ALL,
            ("calves",),
            "stretch",
            ("gastrocnemius",),
            technique="static",
        ),
        _exercise(
            "active_adductor_stretch",
            FLEX,
            ALL,
            ("legs",),
            "stretch",
            ("adductor_complex",),
            technique="active",
        ),
        _exercise(
            "leg_swing",
            FLEX,
            ALL,
            ("hips",),
            "stretch",
            ("hip_flexor_complex",),
            technique="dynamic",
        ),
        _exercise(
            "arm_circle",
            FLEX,
            ALL,
            ("shoulders",),
            "stretch",
            ("anterior_deltoid",),
            technique="dynamic",
        ),
        _exercise(
            "prisoner_squat",
            FLEX,
            ALL,
            ("legs",),
            "stretch",
            ("gluteus_maximus",),
            technique="dynamic",
        ),
        _exercise(
            "treadmill_walk",
            ("cardiorespiratory",),
            ALL,
            ("total_body",),
            "locomotion",
            ("quadriceps",),
            equipment=("treadmill",),
        ),
        _exercise(
            "marching",
            ("core",),
            ("stabilization",),
            ("core",),
            "anti_extension",
            ("transverse_abdominis",),
        ),
        _exercise(
            "cable_rotation",
            ("core",),
            ("strength",),
            ("core",),
            "rotation",
            ("external_obliques",),
            equipment=("cable_machine",),
            plane="transverse",
        ),
        _exercise(
            "med_ball_rotation_pass",
            ("core",),
            ("power",),
            ("core",),
            "throw",
            ("external_obliques",),
            equipment=("medicine_ball",),
            loading="medicine_ball",
            plane="transverse",
        ),
        _exercise(
            "single_leg_balance_reach",
            ("balance",),
            ("stabilization",),
            ("legs",),
            "single_leg_stance",
            ("gluteus_medius",),
            per_side=True,
        ),
        _exercise(
            "single_leg_squat_touchdown",
            ("balance",),
            ("strength",),
            ("legs",),
            "single_leg_stance",
            ("gluteus_maximus",),
            per_side=True,
        ),
        _exercise(
            "squat_jump",
            ("plyometric", "resistance"),
            ("strength", "power"),
            ("legs",),
            "jump",
            ("gluteus_maximus",),
            roles=("power",),
            loading="body_weight",
        ),
        _exercise(
            "ball_dumbbell_chest_press",
            ("resistance",),
            ("stabilization",),
            ("chest",),
            "push_horizontal",
            ("pectoralis_major",),
            equipment=("dumbbells", "stability_ball"),
            roles=("stabilization",),
            loading="external",
        ),
        _exercise(
            "standing_cable_row",
            ("resistance",),
            ("stabilization", "strength"),
            ("back",),
            "pull_horizontal",
            ("rhomboids",),
            equipment=("cable_machine",),
            roles=("stabilization",),
            loading="external",
        ),
        _exercise(
            "step_up_to_balance",
            ("resistance",),
            ("stabilization",),
            ("legs",),
            "lunge",
            ("gluteus_maximus",),
            equipment=("box",),
            roles=("stabilization",),
            loading="body_weight",
            per_side=True,
        ),
        _exercise(
            "dumbbell_curl",
            ("resistance",),
            ("stabilization", "strength"),
            ("arms",),
            "elbow_flexion",
            ("biceps_brachii",),
            equipment=("dumbbells",),
            roles=("stabilization", "strength"),
            loading="external",
        ),
        _exercise(
            "bench_press",
            ("resistance",),
            ("strength", "power"),
            ("chest",),
            "push_horizontal",
            ("pectoralis_major",),
            equipment=("barbell", "bench"),
            roles=("strength",),
            loading="external",
            superset_partners={"stabilization": ("push_up",), "power": ("med_ball_chest_pass",)},
        ),
        _exercise(
            "push_up",
            ("resistance",),
            ("strength",),
            ("chest",),
            "push_horizontal",
            ("pectoralis_major",),
            roles=("stabilization",),
            loading="body_weight",
        ),
        _exercise(
            "med_ball_chest_pass",
            ("resistance",),
            ("power",),
            ("chest",),
            "throw",
            ("pectoralis_major",),
            equipment=("medicine_ball",),
            roles=("power",),
            loading="medicine_ball",
        ),
        _exercise(
            "barbell_squat",
            ("resistance",),
            ("strength", "power"),
            ("legs",),
            "squat",
            ("quadriceps",),
            equipment=("barbell", "squat_rack"),
            roles=("strength",),
            loading="external",
            superset_partners={"stabilization": ("single_leg_squat",), "power": ("squat_jump",)},
        ),
        _exercise(
            "single_leg_squat",
            ("resistance",),
            ("strength",),
            ("legs",),
            "squat",
            ("gluteus_maximus",),
            roles=("stabilization",),
            loading="body_weight",
            per_side=True,
        ),
        _exercise(
            "seated_cable_row",
            ("resistance",),
            ("strength",),
            ("back",),
            "pull_horizontal",
            ("latissimus_dorsi",),
            equipment=("cable_machine",),
            roles=("strength",),
            loading="external",
        ),
        _exercise(
            "leg_press",
            ("resistance",),
            ("strength",),
            ("legs",),
            "squat",
            ("quadriceps",),
            equipment=("selectorized_machines",),
            roles=("strength",),
            loading="external",
        ),
        _exercise(
            "floor_bridge",
            ("core",),
            ("stabilization",),
            ("core",),
            "hip_extension",
            ("gluteus_maximus",),
            safety_tags=("supine", "floor_transition"),
        ),
        _exercise(
            "static_hip_flexor_stretch",
            FLEX,
            ALL,
            ("hips",),
            "stretch",
            ("hip_flexor_complex",),
            technique="static",
        ),
    ]


def _item(exercise_id: str, form: str, level: str, **fields: Any) -> dict[str, Any]:
    return {
        "exercise_id": exercise_id,
        "name": exercise_id.replace("_", " ").title(),
        "form": form,
        "level": level,
        "rationale": "chosen by hand for the test fixture",
        **fields,
    }


def _smr(level: str) -> list[dict[str, Any]]:
    return [
        _item("smr_calves", "flexibility", level, technique="smr", sets=1, duration_s=30),
        _item("smr_adductors", "flexibility", level, technique="smr", sets=1, duration_s=30),
    ]


def _cool_down(level: str) -> dict[str, Any]:
    return {
        "id": "cool_down",
        "items": [
            *_smr(level),
            _item(
                "static_calf_stretch",
                "flexibility",
                level,
                technique="static",
                sets=1,
                duration_s=30,
            ),
        ],
    }


def _phase1_sections() -> list[dict[str, Any]]:
    level = "stabilization"
    stab = {
        "level": level,
        "role": "stabilization",
        "sets": 2,
        "reps": 12,
        "tempo": "4-2-1-1",
        "rest_s": 60,
    }
    return [
        {
            "id": "warm_up",
            "items": [
                *_smr(level),
                _item(
                    "static_adductor_stretch",
                    "flexibility",
                    level,
                    technique="static",
                    sets=1,
                    duration_s=30,
                    targets=("adductor_complex",),
                ),
                _item(
                    "treadmill_walk",
                    "cardiorespiratory",
                    level,
                    sets=1,
                    duration_s=300,
                    intensity={"hr_zone": 1, "hr_low": None, "hr_high": 145},
                ),
            ],
        },
        {
            "id": "activation",
            "items": [
                _item("marching", "core", level, sets=2, reps=12, tempo="4-2-1-1", rest_s=0),
                _item(
                    "single_leg_balance_reach",
                    "balance",
                    level,
                    sets=2,
                    reps=12,
                    tempo="4-2-1-1",
                    rest_s=0,
                    per_side=True,
                ),
            ],
        },
        {
            "id": "resistance",
            "items": [
                {
                    **_item("ball_dumbbell_chest_press", "resistance", **stab),
                    "intensity": {"rep_max": 15},
                },
                {**_item("standing_cable_row", "resistance", **stab), "intensity": {"rep_max": 15}},
                {**_item("step_up_to_balance", "resistance", **stab), "per_side": True},
            ],
        },
        {"id": "clients_choice", "items": [_item("dumbbell_curl", "resistance", **stab)]},
        _cool_down(level),
    ]


def _phase2_sections() -> list[dict[str, Any]]:
    level = "strength"
    strength = {
        "level": level,
        "role": "strength",
        "sets": 2,
        "reps": 10,
        "tempo": "2-0-2-0",
        "rest_s": 0,
    }
    stab = {
        "level": level,
        "role": "stabilization",
        "sets": 2,
        "reps": 10,
        "tempo": "4-2-1-1",
        "rest_s": 60,
    }
    return [
        {
            "id": "warm_up",
            "items": [
                *_smr(level),
                _item(
                    "active_adductor_stretch",
                    "flexibility",
                    level,
                    technique="active",
                    sets=1,
                    reps=8,
                ),
            ],
        },
        {
            "id": "activation",
            "items": [
                _item("cable_rotation", "core", level, sets=2, reps=10, tempo="2-0-2-0", rest_s=0),
                _item(
                    "single_leg_squat_touchdown",
                    "balance",
                    level,
                    sets=2,
                    reps=8,
                    tempo="2-0-2-0",
                    rest_s=0,
                    per_side=True,
                ),
            ],
        },
        {
            "id": "skill_development",
            "items": [
                _item("squat_jump", "plyometric", level, sets=2, reps=8, tempo="X-X-X-X", rest_s=60)
            ],
        },
        {
            "id": "resistance",
            "items": [
                _item(
                    "bench_press",
                    "resistance",
                    **strength,
                    superset="A1",
                    intensity={"percent_1rm": 75},
                    load_kg=60,
                ),
                _item("push_up", "resistance", **stab, superset="A2"),
                _item(
                    "barbell_squat",
                    "resistance",
                    **strength,
                    superset="B1",
                    intensity={"percent_1rm": 75},
                    load_kg=75,
                ),
                _item("single_leg_squat", "resistance", **stab, superset="B2", per_side=True),
            ],
        },
        _cool_down(level),
    ]


def _phase5_sections() -> list[dict[str, Any]]:
    level = "power"
    strength = {
        "level": level,
        "role": "strength",
        "sets": 3,
        "reps": 3,
        "tempo": "X-X-X-X",
        "rest_s": 90,
    }
    power = {
        "level": level,
        "role": "power",
        "sets": 3,
        "reps": 8,
        "tempo": "X-X-X-X",
        "rest_s": 180,
    }
    dynamic = {"technique": "dynamic", "sets": 1, "reps": 10}
    return [
        {
            "id": "warm_up",
            "items": [
                *_smr(level),
                _item("leg_swing", "flexibility", level, **dynamic),
                _item("arm_circle", "flexibility", level, **dynamic),
                _item("prisoner_squat", "flexibility", level, **dynamic),
            ],
        },
        {
            "id": "activation",
            "items": [
                _item(
                    "med_ball_rotation_pass",
                    "core",
                    level,
                    sets=2,
                    reps=8,
                    tempo="X-X-X-X",
                    rest_s=30,
                )
            ],
        },
        {
            "id": "resistance",
            "items": [
                _item(
                    "bench_press",
                    "resistance",
                    **strength,
                    superset="A1",
                    intensity={"percent_1rm": 85},
                    load_kg=67.5,
                ),
                _item(
                    "med_ball_chest_pass",
                    "resistance",
                    **power,
                    superset="A2",
                    intensity={"percent_body_weight": 5},
                    load_kg=4,
                ),
                _item(
                    "barbell_squat",
                    "resistance",
                    **strength,
                    superset="B1",
                    intensity={"percent_1rm": 85},
                    load_kg=85,
                ),
                _item(
                    "squat_jump",
                    "resistance",
                    **power,
                    superset="B2",
                    intensity={"percent_1rm": 30},
                ),
            ],
        },
        _cool_down(level),
    ]


SECTIONS = {1: _phase1_sections, 2: _phase2_sections, 5: _phase5_sections}
# Estimates recomputed by hand from template.toml timing (see test_time_budget.py).
MINUTES = {1: 46, 2: 28, 5: 39}


def _session(week_start: dt.date, weekday: str, phase: int) -> dict[str, Any]:
    return {
        "date": (week_start + dt.timedelta(days=WEEKDAY_OFFSETS[weekday])).isoformat(),
        "weekday": weekday,
        "phases": [phase],
        "split": "total_body",
        "minutes_budget": 60,
        "minutes_estimated": MINUTES[phase],
        "sections": SECTIONS[phase](),
    }


def _week(index: int, phases: list[int]) -> dict[str, Any]:
    start = START + dt.timedelta(days=7 * (index - 1))
    days = list(WEEKDAY_OFFSETS)
    per_day = phases if len(phases) == 3 else phases * 3
    return {
        "index": index,
        "start": start.isoformat(),
        "phases": phases,
        "sessions": [_session(start, day, phase) for day, phase in zip(days, per_day, strict=True)],
    }


CLIENT: dict[str, Any] = {
    "schema": "optcoach.client/v1",
    "name": "Fixture Athlete",
    "sex": "male",
    "age": 30,
    "height_cm": 180,
    "weight_kg": 80,
    "goal": "sports_performance",
    "experience": "intermediate",
    "days_per_week": 3,
    "weekdays": ["mon", "wed", "fri"],
    "session_minutes": 60,
    "start_date": START.isoformat(),
    "equipment": [
        "dumbbells",
        "barbell",
        "bench",
        "squat_rack",
        "cable_machine",
        "stability_ball",
        "medicine_ball",
        "foam_roller",
        "treadmill",
        "box",
    ],
    "parq": {f"q{n}": False for n in range(1, 8)},
    "assessment": {"ohsa": ["knees_move_inward"]},
}


def program_document() -> dict[str, Any]:
    """Return the fixture program as a JSON-ready dict (a fresh copy each call)."""
    day = dt.timedelta(days=1)

    def block(phases: list[int], first_week: int, weeks: int) -> dict[str, Any]:
        start = START + dt.timedelta(days=7 * (first_week - 1))
        return {
            "phase": phases[0],
            "phases": phases,
            "undulating": len(phases) > 1,
            "start": start.isoformat(),
            "end": (start + dt.timedelta(days=7 * weeks) - day).isoformat(),
            "weeks": weeks,
        }

    return {
        "schema": "optcoach.program/v1",
        "generator": {"name": "hand", "version": "0"},
        "ruleset": "cpt7",
        "goal": "sports_performance",
        "start": START.isoformat(),
        "horizon_weeks": 6,
        "client": CLIENT,
        "inputs": {
            "one_rep_max_kg": {"bench_press": 80, "barbell_squat": 100},
            "hr_max": 187,
            "hr_zones": [
                {"zone": 1, "low": None, "high": 145},
                {"zone": 2, "low": 145, "high": 154},
                {"zone": 3, "low": 155, "high": 164},
                {"zone": 4, "low": 165, "high": None},
            ],
            "overactive": ["adductor_complex", "tensor_fasciae_latae"],
            "underactive": ["gluteus_medius", "gluteus_maximus"],
            "start_phase": 1,
            "cardio_stage": 1,
        },
        "blocks": [block([1], 1, 2), block([2], 3, 2), block([1, 2, 5], 5, 2)],
        "weeks": [
            _week(1, [1]),
            _week(2, [1]),
            _week(3, [2]),
            _week(4, [2]),
            _week(5, [1, 2, 5]),
            _week(6, [1, 2, 5]),
        ],
    }


@pytest.fixture
def document() -> dict[str, Any]:
    return program_document()


@pytest.fixture
def program() -> Program:
    return Program.model_validate(program_document())


@pytest.fixture
def client() -> Client:
    return Client.model_validate(CLIENT)


@pytest.fixture(scope="session")
def catalog() -> FixtureCatalog:
    return FixtureCatalog(_catalog_exercises())
