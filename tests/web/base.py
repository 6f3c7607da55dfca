"""The shared web test case: trainers alice and bob, each owning two clients.

alice owns "Ana Lima" (with a portal account, user "ana") and "Ari Sato"; bob owns "Bea Cole"
(portal user "bea") and "Ben Ode". Every object view test proves bob gets 404 on alice's data.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth.models import User
from django.test import TestCase, override_settings

from optcoach.web.accounts.models import Profile
from optcoach.web.assessments.models import Assessment
from optcoach.web.clients.models import Client
from optcoach.web.portal.models import SessionLog, SetLog
from optcoach.web.programs.models import Program

PASSWORD = "correct-horse-battery-staple"
START = dt.date(2027, 1, 4)  # a Monday


def intake(name: str, **overrides: Any) -> dict[str, Any]:
    """Return a valid engine client document (optcoach.client/v1) without an assessment."""
    document: dict[str, Any] = {
        "schema": "optcoach.client/v1",
        "name": name,
        "sex": "female",
        "age": 40,
        "height_cm": 165.0,
        "weight_kg": 78.0,  # BMI 28.7: no obesity adaptations in these tests
        "units": "metric",
        "goal": "fat_loss",
        "experience": "beginner",
        "days_per_week": 3,
        "weekdays": ["mon", "wed", "fri"],
        "session_minutes": 60,
        "start_date": START.isoformat(),
        "equipment": [
            "bench",
            "cable_machine",
            "dumbbells",
            "foam_roller",
            "stability_ball",
            "treadmill",
        ],
        "preferences": {"favorites": [], "dislikes": []},
        "injuries": [],
        "conditions": [],
        "medications": [],
        "parq": {f"q{n}": False for n in range(1, 8)},
        "history": {"occupation": "", "lifestyle": ""},
        "medical_clearance": None,
    }
    document.update(overrides)
    return document


def item(exercise_id: str, name: str, form: str, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "exercise_id": exercise_id,
        "name": name,
        "form": form,
        "level": "stabilization",
        "sets": 1,
        "rest_s": 0,
        "rationale": "test fixture",
    }
    base.update(fields)
    return base


def session_document(day: dt.date) -> dict[str, Any]:
    """Return one session with all six sections, as the engine's document shapes it."""
    return {
        "date": day.isoformat(),
        "weekday": ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[day.weekday()],
        "phases": [1],
        "split": "total_body",
        "minutes_budget": 60,
        "minutes_estimated": 48,
        "sections": [
            {
                "id": "warm_up",
                "items": [
                    item(
                        "smr_calves",
                        "Foam Roll Calves",
                        "flexibility",
                        duration_s=30,
                        technique="smr",
                    ),
                ],
            },
            {
                "id": "activation",
                "items": [
                    item("glute_bridge", "Glute Bridge", "core", sets=2, reps=12, tempo="4-2-1-1"),
                ],
            },
            {"id": "skill_development", "items": []},
            {
                "id": "resistance",
                "items": [
                    item(
                        "stability_ball_dumbbell_chest_press",
                        "Stability ball dumbbell chest press",
                        "resistance",
                        sets=2,
                        reps=15,
                        tempo="4-2-1-1",
                        rest_s=60,
                        load_kg=10.0,
                        intensity={"percent_1rm": 55.0},
                    ),
                ],
            },
            {"id": "clients_choice", "items": []},
            {
                "id": "cool_down",
                "items": [
                    item(
                        "static_gastrocnemius_stretch",
                        "Standing Calf Stretch (Straight Knee)",
                        "flexibility",
                        duration_s=30,
                        technique="static",
                    ),
                ],
            },
        ],
    }


def program_document(name: str, weeks: int = 2) -> dict[str, Any]:
    """Return a small program document (phase 1, three sessions a week) for storage tests."""
    week_docs = []
    for index in range(1, weeks + 1):
        week_start = START + dt.timedelta(weeks=index - 1)
        week_docs.append(
            {
                "index": index,
                "start": week_start.isoformat(),
                "phases": [1],
                "sessions": [
                    session_document(week_start + dt.timedelta(days=offset)) for offset in (0, 2, 4)
                ],
            }
        )
    end = START + dt.timedelta(weeks=weeks) - dt.timedelta(days=1)
    return {
        "schema": "optcoach.program/v1",
        "generator": {"name": "optcoach", "version": "test"},
        "ruleset": "cpt7",
        "goal": "fat_loss",
        "start": START.isoformat(),
        "horizon_weeks": weeks,
        "client": intake(name),
        "inputs": {},
        "warnings": [],
        "blocks": [
            {
                "phase": 1,
                "phases": [1],
                "start": START.isoformat(),
                "end": end.isoformat(),
                "weeks": weeks,
                "rationale": "test fixture",
            }
        ],
        "weeks": week_docs,
    }


# Fast hashing: the tests create and sign in many users; real hashing is Django's concern.
@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
class BaseTestCase(TestCase):
    alice: User
    bob: User
    ana: Client
    ari: Client
    bea: Client
    ben: Client
    ana_user: User
    bea_user: User

    @classmethod
    def setUpTestData(cls) -> None:
        cls.alice = cls.make_user("alice", Profile.Role.TRAINER)
        cls.bob = cls.make_user("bob", Profile.Role.TRAINER)
        cls.ana_user = cls.make_user("ana", Profile.Role.CLIENT)
        cls.bea_user = cls.make_user("bea", Profile.Role.CLIENT)
        cls.ana = Client.objects.create(
            trainer=cls.alice,
            user=cls.ana_user,
            name="Ana Lima",
            email="ana@example.org",
            intake=intake("Ana Lima"),
        )
        cls.ari = Client.objects.create(
            trainer=cls.alice, name="Ari Sato", intake=intake("Ari Sato", sex="male", age=33)
        )
        cls.bea = Client.objects.create(
            trainer=cls.bob, user=cls.bea_user, name="Bea Cole", intake=intake("Bea Cole")
        )
        cls.ben = Client.objects.create(trainer=cls.bob, name="Ben Ode", intake=intake("Ben Ode"))

    @staticmethod
    def make_user(username: str, role: str) -> User:
        user = User.objects.create_user(username, f"{username}@example.org", PASSWORD)
        Profile.objects.create(user=user, role=role)
        return user

    # -- fixtures for object views --------------------------------------------------------

    @staticmethod
    def make_assessment(client: Client, day: dt.date = START, **measurements: Any) -> Assessment:
        return Assessment.objects.create(
            client=client,
            date=day,
            measurements={"date": day.isoformat(), **measurements},
            report={"recommended_start_phase": 1},
            recorded_by=client.trainer,
        )

    @staticmethod
    def make_program(client: Client, weeks: int = 2) -> Program:
        document = program_document(client.name, weeks)
        return Program.objects.create(
            client=client,
            original=document,
            document=document,
            start=START,
            horizon_weeks=weeks,
            created_by=client.trainer,
        )

    @staticmethod
    def make_log(program: Program, *, finished: bool = False) -> SessionLog:
        log = SessionLog.objects.create(
            client=program.client,
            program=program,
            program_version=program.version,
            week_index=1,
            session_index=0,
            prescribed_date=START,
        )
        SetLog.objects.create(
            session_log=log,
            section_index=3,
            section_id="resistance",
            item_index=0,
            exercise_id="stability_ball_dumbbell_chest_press",
            set_number=1,
            target_reps=15,
            target_load_kg=10.0,
            reps=14,
            load_kg=10.0,
            pain=False,
        )
        if finished:
            log.finished = log.started
            log.save()
        return log

    def login(self, user: User) -> None:
        self.client.force_login(user)


def bench_press_document(
    name: str, weeks: int = 4, block_weeks: tuple[int, ...] = (4,)
) -> dict[str, Any]:
    """Return a program of barbell bench press sessions (2 x 10 at 40 kg, 70 % 1RM), three a
    week, in blocks of ``block_weeks`` weeks alternating phases 2 and 3: the same target and
    load every session, so the 2-for-2 rule can be met by logging two sessions."""
    document = program_document(name, weeks)
    document["client"] = intake(name, equipment=["barbell", "bench", "dumbbells", "foam_roller"])
    document["inputs"] = {"one_rep_max_kg": {"barbell_bench_press": 60.0}, "start_phase": 2}
    blocks = []
    first = 0
    for number, length in enumerate(block_weeks):
        start = START + dt.timedelta(weeks=first)
        blocks.append(
            {
                "phase": 2 + number % 2,
                "phases": [2 + number % 2],
                "start": start.isoformat(),
                "end": (start + dt.timedelta(weeks=length, days=-1)).isoformat(),
                "weeks": length,
                "rationale": "test fixture",
            }
        )
        for week in document["weeks"][first : first + length]:
            week["phases"] = [2 + number % 2]
            for session in week["sessions"]:
                session["phases"] = [2 + number % 2]
                session["sections"][3]["items"] = [
                    item(
                        "barbell_bench_press",
                        "Barbell Bench Press",
                        "resistance",
                        level="strength",
                        sets=2,
                        reps=10,
                        tempo="2-0-2-0",
                        rest_s=60,
                        load_kg=40.0,
                        intensity={"percent_1rm": 70.0},
                    )
                ]
        first += length
    document["blocks"] = blocks
    return document


def log_bench_press(
    program: Program, week_index: int, session_index: int, sets: list[tuple[int, float]]
) -> SessionLog:
    """Store one bench press session (``sets`` as (reps, kg)) of ``bench_press_document``."""
    day = START + dt.timedelta(weeks=week_index - 1, days=2 * session_index)
    log = SessionLog.objects.create(
        client=program.client,
        program=program,
        program_version=program.version,
        week_index=week_index,
        session_index=session_index,
        prescribed_date=day,
    )
    for number, (reps, kg) in enumerate(sets, start=1):
        SetLog.objects.create(
            session_log=log,
            section_index=3,
            section_id="resistance",
            item_index=0,
            exercise_id="barbell_bench_press",
            set_number=number,
            target_reps=10,
            target_load_kg=40.0,
            reps=reps,
            load_kg=kg,
        )
    return log
