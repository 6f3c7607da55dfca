"""A small, conformant stand-in planner for progression tests (fat loss: phases 1 -> 2 -> 3).

It has the planner's signature (``client, *, ruleset, start, weeks, catalog``) so tests can pass it
as ``progress(..., planner=...)``. Every number comes from the cpt7 tables and the client's
assessment; the validator checks each program it builds (test_programs.py), so progression tests
start from a program the oracle accepts.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from optcoach.assessment import assess
from optcoach.catalog import Catalog, load_catalog
from optcoach.model.client import Client
from optcoach.model.program import Program
from optcoach.model.tables import load_ruleset
from optcoach.model.vocab import Ruleset
from optcoach.validate.time_budget import estimate_minutes

BLOCK_WEEKS = 4
DAYS = ("mon", "wed", "fri")
OFFSETS = {"mon": 0, "wed": 2, "fri": 4}
FLEXIBILITY_FOR = {
    "adductor_complex": ("smr_adductors", "static_adductor_stretch", "active_adductor_stretch"),
    "tensor_fasciae_latae": ("smr_tfl_it_band", "static_tfl_stretch", None),
    "latissimus_dorsi": (
        "smr_latissimus_dorsi",
        "static_standing_latissimus_dorsi_stretch",
        None,
    ),
}
# Resistance exercises per phase: (exercise_id, role, superset label, loaded).
RESISTANCE = {
    1: (
        ("stability_ball_dumbbell_chest_press", "stabilization", None),
        ("single_leg_dumbbell_row", "stabilization", None),
        ("standing_cable_row", "stabilization", None),
        ("dumbbell_step_up_to_balance", "stabilization", None),
    ),
    2: (
        ("dumbbell_chest_press", "strength", "A1"),
        ("push_up", "stabilization", "A2"),
        ("seated_cable_row", "strength", "B1"),
        ("doorframe_row", "stabilization", "B2"),
    ),
    3: (
        ("dumbbell_chest_press", "strength", None),
        ("seated_cable_row", "strength", None),
        ("goblet_squat", "strength", None),
    ),
}
# A 20-minute stage-1 bout in Friday's client's-choice section (stage 1 runs 15-30 minutes).
FRIDAY_CARDIO_MINUTES = 20
LEVELS = {1: "stabilization", 2: "strength", 3: "strength"}
SETS = {1: 2, 2: 2, 3: 3}
REPS = {1: 12, 2: 10, 3: 10}
PERCENT = {
    ("stabilization", 1): 60,
    ("strength", 2): 75,
    ("stabilization", 2): 60,
    ("strength", 3): 80,
}


def _round(kg: float, step: float) -> float:
    return max(step, round(kg / step) * step)


def _item(
    catalog: Catalog, exercise_id: str, form: str, level: str, **fields: Any
) -> dict[str, Any]:
    exercise = catalog.get(exercise_id)
    return {
        "exercise_id": exercise_id,
        "name": exercise.name,
        "form": form,
        "level": level,
        "per_side": exercise.per_side,
        "rationale": "test planner",
        **fields,
    }


def _sections(
    catalog: Catalog,
    phase: int,
    overactive: tuple[str, ...],
    one_rep_max: dict[str, float],
    cardio_minutes: int = 0,
) -> list[dict[str, Any]]:
    level = LEVELS[phase]
    tables = load_ruleset("cpt7").phase(phase)
    muscles = [m for m in overactive if m in FLEXIBILITY_FOR][:2]
    smr = [
        _item(
            catalog,
            FLEXIBILITY_FOR[m][0],
            "flexibility",
            level,
            technique="smr",
            sets=1,
            duration_s=30,
        )
        for m in muscles
    ]
    if phase == 1:
        stretch = [
            _item(
                catalog,
                FLEXIBILITY_FOR[m][1],
                "flexibility",
                level,
                technique="static",
                sets=1,
                duration_s=30,
                targets=(m,),
            )
            for m in muscles
        ]
    else:
        stretch = [
            _item(
                catalog,
                FLEXIBILITY_FOR[m][2],
                "flexibility",
                level,
                technique="active",
                sets=1,
                reps=8,
            )
            for m in muscles
            if FLEXIBILITY_FOR[m][2]
        ]
    warm_up = [
        *smr,
        *stretch,
        _item(
            catalog,
            "treadmill_walk",
            "cardiorespiratory",
            level,
            sets=1,
            duration_s=300,
            intensity={"hr_zone": 1, "hr_low": None, "hr_high": 139},
        ),
    ]
    if phase == 1:
        activation = [
            _item(catalog, "marching", "core", level, sets=2, reps=12, tempo="4-2-1-1", rest_s=0),
            _item(
                catalog,
                "single_leg_balance_reach",
                "balance",
                level,
                sets=2,
                reps=12,
                tempo="4-2-1-1",
                rest_s=0,
            ),
        ]
    else:
        activation = [
            _item(
                catalog, "cable_rotation", "core", level, sets=2, reps=10, tempo="2-0-2-0", rest_s=0
            ),
            _item(
                catalog,
                "single_leg_squat_touchdown",
                "balance",
                level,
                sets=2,
                reps=8,
                tempo="2-0-2-0",
                rest_s=0,
            ),
        ]
    resistance = []
    for exercise_id, role, superset in RESISTANCE[phase]:
        variables = tables.roles[role]  # type: ignore[index]
        percent = PERCENT[(role, phase)]
        rest = variables.rest_s.high if superset in (None, "A2", "B2") else 0
        fields: dict[str, Any] = {
            "role": role,
            "sets": SETS[phase],
            "reps": REPS[phase],
            "tempo": variables.tempo,
            "rest_s": min(rest, 60),
            "superset": superset,
        }
        rm = one_rep_max.get(exercise_id)
        if catalog.get(exercise_id).loading == "external":
            fields["intensity"] = {"percent_1rm": percent}
        if rm is not None and catalog.get(exercise_id).loading == "external":
            step = 2.0 if "dumbbells" in catalog.get(exercise_id).equipment else 2.5
            fields["load_kg"] = _round(rm * percent / 100, step)
        resistance.append(_item(catalog, exercise_id, "resistance", level, **fields))
    cool_down = [*smr, *[s for s in stretch if s["technique"] == "static"]]
    sections = [
        {"id": "warm_up", "items": warm_up},
        {"id": "activation", "items": activation},
        {"id": "resistance", "items": resistance},
    ]
    if cardio_minutes:
        bout = _item(
            catalog,
            "treadmill_walk",
            "cardiorespiratory",
            level,
            sets=1,
            duration_s=cardio_minutes * 60,
            intensity={"hr_zone": 1, "hr_low": None, "hr_high": 139},
        )
        sections.append({"id": "clients_choice", "items": [bout]})
    if cool_down:
        sections.append({"id": "cool_down", "items": cool_down})
    return sections


def build_test_program(
    client: Client,
    *,
    ruleset: Ruleset | None = None,
    start: dt.date | None = None,
    weeks: int = 12,
    catalog: Catalog | None = None,
) -> Program:
    """Return a fat-loss program from ``client.start_phase`` (default 1), 4-week blocks 1-2-3."""
    catalog = catalog or load_catalog()
    start = start or client.start_date or dt.date(2027, 1, 4)
    report = assess(client, "cpt7", catalog=catalog)
    first = client.start_phase or 1
    route = [((first - 1 + k) % 3) + 1 for k in range(math.ceil(weeks / BLOCK_WEEKS))]
    blocks = []
    for b, phase in enumerate(route):
        block_start = start + dt.timedelta(days=7 * BLOCK_WEEKS * b)
        length = min(BLOCK_WEEKS, weeks - BLOCK_WEEKS * b)
        blocks.append(
            {
                "phase": phase,
                "phases": [phase],
                "start": block_start.isoformat(),
                "end": (block_start + dt.timedelta(days=7 * length - 1)).isoformat(),
                "weeks": length,
            }
        )
    week_docs = []
    for w in range(weeks):
        phase = route[w // BLOCK_WEEKS]
        week_start = start + dt.timedelta(days=7 * w)
        sessions = []
        for day in DAYS:
            session = {
                "date": (week_start + dt.timedelta(days=OFFSETS[day])).isoformat(),
                "weekday": day,
                "phases": [phase],
                "split": "total_body",
                "minutes_budget": client.session_minutes,
                "minutes_estimated": 1,
                "sections": _sections(
                    catalog,
                    phase,
                    report.imbalances.overactive,
                    dict(report.one_rep_max),
                    FRIDAY_CARDIO_MINUTES if day == "fri" else 0,
                ),
            }
            sessions.append(session)
        week_docs.append(
            {
                "index": w + 1,
                "start": week_start.isoformat(),
                "phases": [phase],
                "sessions": sessions,
            }
        )
    zones = [{"zone": z.zone, "low": z.low, "high": z.high} for z in report.heart_rate.zones]
    document = {
        "schema": "optcoach.program/v1",
        "generator": {"name": "test-planner", "version": "0"},
        "ruleset": ruleset or "cpt7",
        "goal": client.goal,
        "start": start.isoformat(),
        "horizon_weeks": weeks,
        "client": client.model_dump(mode="json", by_alias=True, exclude_none=True),
        "inputs": {
            "one_rep_max_kg": dict(report.one_rep_max),
            "hr_max": report.heart_rate.hr_max,
            "hr_zones": zones,
            "overactive": list(report.imbalances.overactive),
            "underactive": list(report.imbalances.underactive),
            "start_phase": first,
            "cardio_stage": 1,
        },
        "blocks": blocks,
        "weeks": week_docs,
    }
    program = Program.model_validate(document)
    # Fill in the session estimates the validator itself computes.
    weeks_out = []
    for week in program.weeks:
        sessions = tuple(
            s.model_copy(update={"minutes_estimated": round(estimate_minutes(s))})
            for s in week.sessions
        )
        weeks_out.append(week.model_copy(update={"sessions": sessions}))
    return program.model_copy(update={"weeks": tuple(weeks_out)})
