"""``manage.py seed_demo``: a demo trainer with clients at different points of their training.

Every number comes from the engine: the clients' measurements are invented, the findings and
programs are what ``assess`` and ``build_program`` make of them, and the logged sets repeat the
prescription. Dates are relative to today so "today's session" exists. Running it again only
resets the demo passwords.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from optcoach.model.assessment_input import AssessmentInput
from optcoach.web.accounts.models import Profile
from optcoach.web.assessments.findings import findings_for, ruleset_of
from optcoach.web.assessments.models import Assessment
from optcoach.web.clients.models import Client, Invitation
from optcoach.web.portal.models import SessionLog, SetLog
from optcoach.web.programs import engine, progression
from optcoach.web.programs.models import Program
from optcoach.web.programs.schedule import find_session, session_refs

DEMO_TRAINER = "demo"
DEMO_CLIENT = "dana"
DEMO_PASSWORD = "optcoach-demo"
FULL_GYM = [
    "barbell",
    "bench",
    "box",
    "cable_machine",
    "cones",
    "dumbbells",
    "foam_roller",
    "agility_ladder",
    "kettlebells",
    "medicine_ball",
    "pull_up_bar",
    "resistance_bands",
    "selectorized_machines",
    "squat_rack",
    "stability_ball",
    "balance_disc",
    "treadmill",
    "stationary_bike",
]
NO_PARQ = {f"q{n}": False for n in range(1, 8)}


def _intake(name: str, **fields: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "schema": "optcoach.client/v1",
        "name": name,
        "experience": "beginner",
        "days_per_week": 3,
        "weekdays": ["mon", "wed", "fri"],
        "session_minutes": 60,
        "equipment": FULL_GYM,
        "preferences": {"favorites": [], "dislikes": []},
        "injuries": [],
        "conditions": [],
        "medications": [],
        "parq": NO_PARQ,
        "history": {"occupation": "", "lifestyle": ""},
        "medical_clearance": None,
    }
    document.update(fields)
    return document


def _demo_clients(start: dt.date) -> list[dict[str, Any]]:
    """Return the demo clients: intake, assessments (oldest first), whether to plan and log."""
    iso = start.isoformat()
    return [
        {
            "intake": _intake(
                "Dana Reyes",
                sex="female",
                age=40,
                height_cm=165,
                weight_kg=82,
                units="metric",
                goal="fat_loss",
                start_date=iso,
                history={"occupation": "accountant", "lifestyle": "desk job, walks the dog"},
            ),
            "email": "dana@example.org",
            "assessments": [
                {
                    "days_before": 35,
                    "resting_hr": 76,
                    "blood_pressure": "128/82",
                    "weight_kg": 84,
                    "waist_cm": 91,
                    "hip_cm": 105,
                    "skinfolds_mm": {
                        "biceps": 9,
                        "triceps": 15,
                        "subscapular": 11,
                        "suprailiac": 9,
                    },
                    "ohsa": ["knees_move_inward", "excessive_forward_lean", "arms_fall_forward"],
                    "push_up_reps": 8,
                    "lifts": [{"exercise_id": "dumbbell_chest_press", "weight_kg": 10, "reps": 10}],
                },
                {
                    "days_before": 3,
                    "resting_hr": 72,
                    "blood_pressure": "124/78",
                    "weight_kg": 82,
                    "waist_cm": 88,
                    "hip_cm": 104,
                    "skinfolds_mm": {
                        "biceps": 8,
                        "triceps": 14,
                        "subscapular": 10,
                        "suprailiac": 8,
                    },
                    "ohsa": ["knees_move_inward", "excessive_forward_lean"],
                    "push_up_reps": 12,
                    "lifts": [{"exercise_id": "dumbbell_chest_press", "weight_kg": 12, "reps": 10}],
                },
            ],
            "plan": True,
            "log_sessions": 5,
            "portal_user": DEMO_CLIENT,
        },
        {
            "intake": _intake(
                "Marco Bianchi",
                sex="male",
                age=29,
                height_cm=180,
                weight_kg=78,
                units="metric",
                goal="muscle_gain",
                experience="intermediate",
                days_per_week=4,
                weekdays=["mon", "tue", "thu", "fri"],
                start_date=iso,
            ),
            "email": "marco@example.org",
            "assessments": [
                {
                    "days_before": 5,
                    "resting_hr": 62,
                    "blood_pressure": "118/76",
                    "weight_kg": 78,
                    "waist_cm": 80,
                    "hip_cm": 95,
                    "ohsa": ["low_back_arches"],
                    "push_up_reps": 35,
                    "lifts": [
                        {"exercise_id": "barbell_bench_press", "weight_kg": 70, "reps": 5},
                        {"exercise_id": "barbell_back_squat", "weight_kg": 90, "reps": 5},
                    ],
                },
            ],
            "plan": True,
            "log_sessions": 0,
        },
        {
            "intake": _intake(
                "Priya Nair",
                sex="female",
                age=34,
                height_in=64,
                weight_lb=140,
                units="imperial",
                goal="max_strength",
                experience="advanced",
                days_per_week=4,
                weekdays=["mon", "tue", "thu", "sat"],
                start_date=iso,
                session_minutes=75,
            ),
            "email": "priya@example.org",
            "assessments": [
                {
                    "days_before": 7,
                    "resting_hr": 58,
                    "blood_pressure": "112/72",
                    "weight_lb": 140,
                    "waist_cm": 70,
                    "hip_cm": 94,
                    "push_up_reps": 40,
                    "lifts": [
                        {"exercise_id": "barbell_back_squat", "weight_lb": 185, "reps": 3},
                        {"exercise_id": "barbell_bench_press", "weight_lb": 105, "reps": 5},
                    ],
                },
            ],
            "plan": True,
            "log_sessions": 0,
        },
        {
            "intake": _intake(
                "Ruth Evans",
                sex="female",
                age=68,
                height_cm=160,
                weight_kg=70,
                units="metric",
                goal="general_fitness",
                days_per_week=2,
                weekdays=["tue", "thu"],
                conditions=[{"id": "hypertension"}],
                parq={**NO_PARQ, "q1": True, "q5": True},
                start_date=iso,
            ),
            "email": "",
            "assessments": [],
            "plan": False,
            "log_sessions": 0,
        },
    ]


class Command(BaseCommand):
    help = "Create a demo trainer (credentials printed) with clients, assessments and programs."

    def handle(self, *args: Any, **options: Any) -> None:
        today = timezone.localdate()
        start = today - dt.timedelta(days=today.weekday()) - dt.timedelta(weeks=2)
        trainer = User.objects.filter(username=DEMO_TRAINER).first()
        if trainer is None:
            with transaction.atomic():
                trainer = self._user(DEMO_TRAINER, Profile.Role.TRAINER, "Demo Trainer")
                for spec in _demo_clients(start):
                    self._client(trainer, spec, today, start)
        else:
            for username in (DEMO_TRAINER, DEMO_CLIENT):
                user = User.objects.filter(username=username).first()
                if user is not None:
                    user.set_password(DEMO_PASSWORD)
                    user.save(update_fields=["password"])
        self.stdout.write(
            "Demo data ready.\n"
            f"  Trainer: username {DEMO_TRAINER!r}, password {DEMO_PASSWORD!r}\n"
            f"  Client portal: username {DEMO_CLIENT!r}, password {DEMO_PASSWORD!r}\n"
        )

    @staticmethod
    def _user(username: str, role: str, name: str) -> User:
        user = User.objects.create_user(
            username, f"{username}@example.org", DEMO_PASSWORD, first_name=name
        )
        Profile.objects.create(user=user, role=role)
        return user

    def _client(self, trainer: User, spec: dict[str, Any], today: dt.date, start: dt.date) -> None:
        intake = spec["intake"]
        client = Client.objects.create(
            trainer=trainer, name=intake["name"], email=spec["email"], intake=intake
        )
        for raw in spec["assessments"]:
            measured = {k: v for k, v in raw.items() if k != "days_before"}
            day = today - dt.timedelta(days=raw["days_before"])
            measurements = AssessmentInput.model_validate({"date": day.isoformat(), **measured})
            Assessment.objects.create(
                client=client,
                date=day,
                measurements=measurements.model_dump(mode="json", exclude_none=True),
                report=findings_for(client, measurements),
                ruleset=ruleset_of(client),
                recorded_by=trainer,
            )
        if spec.get("portal_user"):
            client.user = self._user(spec["portal_user"], Profile.Role.CLIENT, intake["name"])
            client.save(update_fields=["user"])
        elif spec["email"]:
            Invitation.objects.create(client=client, created_by=trainer)
        if not spec["plan"]:
            return
        program, assessment = engine.build(client, ruleset=None, start=start, weeks=52)
        document = program.model_dump(mode="json", by_alias=True)
        stored = Program.objects.create(
            client=client,
            assessment=assessment,
            original=document,
            document=document,
            start=program.start,
            horizon_weeks=program.horizon_weeks,
            created_by=trainer,
        )
        past = [ref for ref in session_refs(document) if ref.date < today]
        logged = past[-spec["log_sessions"] :] if spec["log_sessions"] else []
        for position, ref in enumerate(logged):
            # The latest two sessions go well (2 reps over target), so the demo shows the
            # engine's progression decisions; the earlier ones fall one rep short.
            extra = 2 if position >= len(logged) - 2 else -1
            self._log(stored, client, ref.week_index, ref.session_index, ref.date, extra)
        if spec["log_sessions"]:
            # What the portal does after each finished session: the engine reads the log.
            try:
                progression.run(stored, today=today, trigger="demo history", user=None)
            except engine.ProgramError as error:
                self.stderr.write(f"progression skipped for {client.name}: {error}")
        progression.refresh_reassessment(stored)

    @staticmethod
    def _log(
        stored: Program,
        client: Client,
        week_index: int,
        session_index: int,
        day: dt.date,
        extra: int,
    ) -> None:
        """Log the prescribed resistance sets as done, ``extra`` reps on the last set."""
        session = find_session(stored.engine_program(), week_index, session_index)
        if session is None:
            return
        finished = timezone.make_aware(dt.datetime.combine(day, dt.time(18, 30)))
        log = SessionLog.objects.create(
            client=client,
            program=stored,
            program_version=stored.version,
            week_index=week_index,
            session_index=session_index,
            prescribed_date=day,
            started=finished - dt.timedelta(minutes=55),
            finished=finished,
        )
        for section_index, section in enumerate(session.sections):
            if section.id != "resistance":
                continue
            for item_index, item in enumerate(section.items):
                for number in range(1, item.sets + 1):
                    last = number == item.sets
                    SetLog.objects.create(
                        session_log=log,
                        section_index=section_index,
                        section_id=section.id,
                        item_index=item_index,
                        exercise_id=item.exercise_id,
                        set_number=number,
                        target_reps=item.reps,
                        target_duration_s=item.duration_s,
                        target_load_kg=item.load_kg,
                        target_tempo=item.tempo or "",
                        reps=(max(1, item.reps + extra) if last and item.reps else item.reps),
                        duration_s=item.duration_s,
                        load_kg=item.load_kg,
                        rpe=Decimal("8.0") if last else Decimal("7.0"),
                        logged=finished,
                    )
