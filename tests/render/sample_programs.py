"""Hand-built programs for the renderer tests, written before the planner exists.

Two clients: Dana (metric, fat loss, phases 1 and 2, three days a week) and Marcus (imperial,
sports performance, phases 1, 2 and an undulating 1/2/5 block, with medicine-ball power
supersets). The sessions carry what a real program holds: supersets, trimmed parts, an empty
optional section, heart-rate zones, loads in both units and items without a load.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from optcoach.model.client import Client
from optcoach.model.program import (
    Block,
    Generator,
    HeartRateZone,
    Inputs,
    Intensity,
    Item,
    Program,
    ProgramWarning,
    Section,
    Session,
    Split,
    Week,
)
from optcoach.model.vocab import PhaseNumber, SectionId, Weekday

NO_PARQ = {f"q{n}": False for n in range(1, 8)}
WEEKDAY_IDS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def dana() -> Client:
    return Client.model_validate(
        {
            "name": "Dana Reyes",
            "sex": "female",
            "age": 40,
            "height_cm": 165,
            "weight_kg": 82,
            "goal": "fat_loss",
            "experience": "beginner",
            "days_per_week": 3,
            "weekdays": ["mon", "wed", "fri"],
            "session_minutes": 60,
            "start_date": "2027-01-04",
            "equipment": ["dumbbells", "barbell", "bench", "stability_ball", "foam_roller"],
            "parq": NO_PARQ,
        }
    )


def marcus() -> Client:
    return Client.model_validate(
        {
            "name": "Marcus O'Neil",
            "sex": "male",
            "age": 27,
            "height_in": 71,
            "weight_lb": 185,
            "goal": "sports_performance",
            "experience": "advanced",
            "days_per_week": 3,
            "weekdays": ["mon", "wed", "fri"],
            "session_minutes": 45,
            "start_date": "2027-03-01",
            "equipment": ["barbell", "squat_rack", "bench", "medicine_ball", "foam_roller"],
            "parq": NO_PARQ,
        }
    )


def item(**fields: Any) -> Item:
    defaults: dict[str, Any] = {"sets": 1, "rationale": "Fixture item."}
    return Item.model_validate(defaults | fields)


# --- items -------------------------------------------------------------------------------------

FOAM_ROLL_CALVES = item(
    exercise_id="smr_calves",
    name="Foam roll: calves",
    form="flexibility",
    level="stabilization",
    technique="smr",
    duration_s=30,
    per_side=True,
    targets=("gastrocnemius", "soleus"),
    rationale="Knees moved inward in the overhead squat: calves are overactive, so release them.",
)
STATIC_CALF_STRETCH = item(
    exercise_id="static_gastrocnemius_stretch",
    name="Static gastrocnemius stretch",
    form="flexibility",
    level="stabilization",
    technique="static",
    duration_s=30,
    per_side=True,
    targets=("gastrocnemius",),
    rationale="Lengthen the overactive calves after releasing them.",
)
TREADMILL_WALK = item(
    exercise_id="treadmill_walk",
    name="Treadmill walk",
    form="cardiorespiratory",
    level="stabilization",
    duration_s=300,
    intensity=Intensity(hr_zone=1, hr_low=117, hr_high=135, talk_test=True),
    optional=True,
    rationale="Optional cardio warm-up in zone 1 (stage 1 client).",
)
FLOOR_BRIDGE = item(
    exercise_id="floor_bridge",
    name="Floor bridge",
    form="core",
    level="stabilization",
    sets=2,
    reps=15,
    tempo="4-2-1-1",
    targets=("gluteus_maximus",),
    rationale="Activate the underactive gluteus maximus.",
)
SINGLE_LEG_BALANCE_REACH = item(
    exercise_id="single_leg_balance_reach",
    name="Single-leg balance reach",
    form="balance",
    level="stabilization",
    sets=1,
    reps=10,
    per_side=True,
    tempo="4-2-1-1",
    rest_s=30,
    rationale="Stabilization-level balance with controlled reach.",
)
BALL_DUMBBELL_CHEST_PRESS = item(
    exercise_id="ball_dumbbell_chest_press",
    name="Ball dumbbell chest press",
    form="resistance",
    level="stabilization",
    role="stabilization",
    sets=2,
    reps=15,
    tempo="4-2-1-1",
    rest_s=60,
    intensity=Intensity(percent_1rm=60),
    load_kg=7.5,
    rationale="Phase 1 chest: 60% of the estimated 1RM (12.5 kg) on an unstable base.",
)
STANDING_CABLE_ROW = item(
    exercise_id="standing_cable_row",
    name="Standing cable row",
    form="resistance",
    level="stabilization",
    role="stabilization",
    sets=2,
    reps=15,
    tempo="4-2-1-1",
    rest_s=60,
    intensity=Intensity(rep_max=20, rpe="5-6"),
    rationale="No 1RM for rows: a load the client could lift about 20 times.",
)
BALL_SQUAT = item(
    exercise_id="ball_wall_squat",
    name="Ball wall squat",
    form="resistance",
    level="stabilization",
    role="stabilization",
    sets=2,
    reps=15,
    tempo="4-2-1-1",
    rest_s=60,
    rationale="Body-weight squat pattern against a ball while knees move inward.",
)
STATIONARY_BIKE = item(
    exercise_id="stationary_bike_steady",
    name="Stationary bike",
    form="cardiorespiratory",
    level="stabilization",
    duration_s=600,
    intensity=Intensity(hr_zone=2, hr_low=136, hr_high=152),
    optional=True,
    rationale="The client's favourite: steady cycling in zone 2.",
)
STATIC_HIP_FLEXOR_STRETCH = item(
    exercise_id="static_hip_flexor_stretch",
    name="Kneeling hip flexor stretch",
    form="flexibility",
    level="stabilization",
    technique="static",
    duration_s=30,
    per_side=True,
    targets=("hip_flexor_complex",),
    rationale="Excessive forward lean: lengthen the hip flexors.",
)
BENCH_PRESS = item(
    exercise_id="barbell_bench_press",
    name="Barbell bench press",
    form="resistance",
    level="strength",
    role="strength",
    sets=3,
    reps=10,
    tempo="2-0-2-0",
    rest_s=0,
    intensity=Intensity(percent_1rm=75),
    load_kg=40,
    load_lb=90,
    superset="A1",
    rationale="Strength half of the phase 2 superset: 75% of a 52.5 kg 1RM.",
)
BALL_PUSH_UP = item(
    exercise_id="ball_push_up",
    name="Push-up, hands on ball",
    form="resistance",
    level="stabilization",
    role="stabilization",
    sets=3,
    reps=10,
    tempo="4-2-1-1",
    rest_s=60,
    superset="A2",
    rationale="Stabilization half of the superset for the same movement pattern.",
)
LEG_PRESS = item(
    exercise_id="leg_press",
    name="Leg press",
    form="resistance",
    level="strength",
    role="strength",
    sets=3,
    reps=10,
    tempo="2-0-2-0",
    rest_s=0,
    intensity=Intensity(percent_1rm=75),
    load_kg=82.5,
    load_lb=180,
    superset="B1",
    rationale="Strength half of the lower-body superset.",
)
SINGLE_LEG_SQUAT = item(
    exercise_id="single_leg_squat",
    name="Single-leg squat",
    form="resistance",
    level="stabilization",
    role="stabilization",
    sets=3,
    reps=10,
    per_side=True,
    tempo="4-2-1-1",
    rest_s=60,
    superset="B2",
    rationale="Stabilization half of the lower-body superset.",
)
BACK_SQUAT = item(
    exercise_id="barbell_back_squat",
    name="Barbell back squat",
    form="resistance",
    level="strength",
    role="strength",
    sets=4,
    reps=3,
    tempo="X-X-X-X",
    rest_s=60,
    intensity=Intensity(percent_1rm=90),
    load_kg=120,
    load_lb=265,
    superset="A1",
    rationale="Phase 5 strength: 90% of a 133 kg 1RM, then jump straight after.",
)
SQUAT_JUMP = item(
    exercise_id="squat_jump",
    name="Squat jump",
    form="plyometric",
    level="power",
    role="power",
    sets=4,
    reps=8,
    tempo="X-X-X-X",
    rest_s=180,
    superset="A2",
    rationale="Power half of the superset: body-weight jumps, land softly.",
)
MEDICINE_BALL_CHEST_PASS = item(
    exercise_id="medicine_ball_chest_pass",
    name="Medicine ball chest pass",
    form="resistance",
    level="power",
    role="power",
    sets=4,
    reps=10,
    tempo="X-X-X-X",
    rest_s=180,
    intensity=Intensity(percent_body_weight=10),
    load_kg=8,
    load_lb=18,
    superset="B2",
    rationale="Ball at about 10% of body weight (84 kg).",
)
INCLINE_PRESS = item(
    exercise_id="barbell_incline_press",
    name="Barbell incline press",
    form="resistance",
    level="strength",
    role="strength",
    sets=4,
    reps=4,
    tempo="X-X-X-X",
    rest_s=60,
    intensity=Intensity(percent_1rm=87.5),
    load_kg=77.5,
    load_lb=170,
    superset="B1",
    rationale="Upper-body strength before the chest pass.",
)
BOX_JUMP = item(
    exercise_id="box_jump_up",
    name="Box jump-up with stabilization",
    form="plyometric",
    level="stabilization",
    sets=2,
    reps=6,
    tempo="X-X-X-X",
    rest_s=60,
    rationale="Hold each landing for 3-5 seconds.",
)


# --- sessions ----------------------------------------------------------------------------------


def section(section_id: SectionId, *items: Item, note: str = "") -> Section:
    return Section(id=section_id, items=items, note=note)


def session(
    day: dt.date,
    phases: tuple[PhaseNumber, ...],
    sections: tuple[Section, ...],
    *,
    minutes: tuple[int, int],
    split: Split = "total_body",
    trimmed: tuple[str, ...] = (),
) -> Session:
    return Session(
        date=day,
        weekday=WEEKDAY_IDS[day.weekday()],
        phases=phases,
        split=split,
        minutes_budget=minutes[0],
        minutes_estimated=minutes[1],
        sections=sections,
        trimmed=trimmed,
    )


def phase1_session(day: dt.date, *, trimmed: bool = False) -> Session:
    """Dana's phase 1 day; a trimmed day loses its skill development and client's choice."""
    return session(
        day,
        (1,),
        (
            section("warm_up", FOAM_ROLL_CALVES, STATIC_CALF_STRETCH, TREADMILL_WALK),
            section("activation", FLOOR_BRIDGE, SINGLE_LEG_BALANCE_REACH),
            section(
                "skill_development",
                *(() if trimmed else (BOX_JUMP,)),
                note="Removed to fit the 60-minute budget." if trimmed else "",
            ),
            section("resistance", BALL_DUMBBELL_CHEST_PRESS, STANDING_CABLE_ROW, BALL_SQUAT),
            section("clients_choice", *(() if trimmed else (STATIONARY_BIKE,))),
            section("cool_down", FOAM_ROLL_CALVES, STATIC_HIP_FLEXOR_STRETCH),
        ),
        minutes=(60, 58 if trimmed else 60),
        trimmed=(
            ("skill_development: Box jump-up with stabilization", "clients_choice: Stationary bike")
            if trimmed
            else ()
        ),
    )


def phase2_session(day: dt.date) -> Session:
    return session(
        day,
        (2,),
        (
            section("warm_up", FOAM_ROLL_CALVES, STATIC_CALF_STRETCH),
            section("activation", FLOOR_BRIDGE),
            section("skill_development", BOX_JUMP),
            section("resistance", BENCH_PRESS, BALL_PUSH_UP, LEG_PRESS, SINGLE_LEG_SQUAT),
            section("clients_choice"),
            section("cool_down", STATIC_HIP_FLEXOR_STRETCH),
        ),
        minutes=(60, 55),
    )


def phase5_session(day: dt.date) -> Session:
    return session(
        day,
        (5,),
        (
            section("warm_up", FOAM_ROLL_CALVES),
            section("activation"),
            section("skill_development", SQUAT_JUMP.model_copy(update={"superset": None})),
            section("resistance", BACK_SQUAT, SQUAT_JUMP, INCLINE_PRESS, MEDICINE_BALL_CHEST_PASS),
            section("clients_choice"),
            section("cool_down", STATIC_HIP_FLEXOR_STRETCH),
        ),
        minutes=(45, 45),
        split="lower",
        trimmed=("activation: all items (optional in phase 5)",),
    )


def _weeks(start: dt.date, plan: tuple[tuple[int, tuple[str, ...]], ...]) -> tuple[Week, ...]:
    """Build consecutive weeks; each plan row is (week count, the phase of Mon/Wed/Fri)."""
    weeks: list[Week] = []
    builders = {
        "1": phase1_session,
        "1t": _trimmed_phase1,
        "2": phase2_session,
        "5": phase5_session,
    }
    for count, days in plan:
        for _ in range(count):
            monday = start + dt.timedelta(weeks=len(weeks))
            sessions = tuple(
                builders[kind](monday + dt.timedelta(days=offset))
                for kind, offset in zip(days, (0, 2, 4), strict=False)
            )
            phases = tuple(sorted({p for s in sessions for p in s.phases}))
            weeks.append(Week(index=len(weeks) + 1, start=monday, phases=phases, sessions=sessions))
    return tuple(weeks)


def _trimmed_phase1(day: dt.date) -> Session:
    return phase1_session(day, trimmed=True)


def dana_program() -> Program:
    """Metric fat-loss client: 2 weeks of phase 1, then 2 of phase 2; warnings present."""
    start = dt.date(2027, 1, 4)
    return Program(
        generator=Generator(version="0.1.0"),
        ruleset="cpt7",
        goal="fat_loss",
        start=start,
        horizon_weeks=4,
        client=dana(),
        inputs=Inputs(
            one_rep_max_kg={"ball_dumbbell_chest_press": 12.5, "barbell_bench_press": 52.5},
            hr_max=183,
            hr_zones=(
                HeartRateZone(zone=1, low=117, high=135),
                HeartRateZone(zone=2, low=136, high=152),
                HeartRateZone(zone=3, low=153, high=None),
            ),
            zones_estimated=True,
            overactive=("gastrocnemius", "soleus", "hip_flexor_complex"),
            underactive=("gluteus_maximus", "anterior_tibialis"),
            cardio_stage=1,
        ),
        warnings=(
            ProgramWarning(
                code="hr.estimated",
                message="Heart-rate zones are estimated from age; confirm with a step test.",
            ),
            ProgramWarning(
                code="load.no_1rm",
                message="No 1RM for standing_cable_row: prescribed by rep max and RPE.",
            ),
        ),
        blocks=(
            Block(
                phase=1,
                phases=(1,),
                start=start,
                end=dt.date(2027, 1, 17),
                weeks=2,
                rationale="New client: start with stabilization.",
            ),
            Block(
                phase=2,
                phases=(2,),
                start=dt.date(2027, 1, 18),
                end=dt.date(2027, 1, 31),
                weeks=2,
            ),
        ),
        weeks=_weeks(start, ((1, ("1", "1t", "1")), (1, ("1t", "1", "1")), (2, ("2", "2", "2")))),
    )


def marcus_program() -> Program:
    """Imperial sports-performance client, cpt6, phases 1, 2 then undulating 1/2/5; no warnings."""
    start = dt.date(2027, 3, 1)
    return Program(
        generator=Generator(version="0.1.0"),
        ruleset="cpt6",
        goal="sports_performance",
        start=start,
        horizon_weeks=6,
        client=marcus(),
        inputs=Inputs(
            one_rep_max_kg={
                "barbell_back_squat": 133,
                "barbell_bench_press": 52.5,
                "barbell_incline_press": 88.5,
            },
            start_phase=1,
            cardio_stage=2,
        ),
        warnings=(),
        blocks=(
            Block(phase=1, phases=(1,), start=start, end=dt.date(2027, 3, 14), weeks=2),
            Block(
                phase=2, phases=(2,), start=dt.date(2027, 3, 15), end=dt.date(2027, 3, 28), weeks=2
            ),
            Block(
                phase=5,
                phases=(1, 2, 5),
                undulating=True,
                start=dt.date(2027, 3, 29),
                end=dt.date(2027, 4, 11),
                weeks=2,
                rationale="Undulating 1/2/5 from month 3 for sports performance.",
            ),
        ),
        weeks=_weeks(start, ((2, ("1", "1")), (2, ("2", "2", "2")), (2, ("1", "2", "5")))),
    )
