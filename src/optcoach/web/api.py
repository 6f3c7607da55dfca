"""The REST API: one NinjaAPI, one router per app, every query scoped to the signed-in user.

Schemas reuse the engine's models (Client, AssessmentInput, Program) so the API speaks the same
JSON as the CLI. Authentication is the Django session (with CSRF for writes); anything not owned
by the caller is a 404, as in the HTML views.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import Http404, HttpRequest
from ninja import NinjaAPI, Router, Schema
from ninja.security import django_auth

from optcoach.model.assessment_input import AssessmentInput
from optcoach.model.program import Program as EngineProgram
from optcoach.web.accounts.models import Profile, role_of
from optcoach.web.assessments.models import Assessment
from optcoach.web.clients.models import Client
from optcoach.web.portal.models import SessionLog
from optcoach.web.programs.models import Program

api = NinjaAPI(
    title="optcoach API",
    version="1",
    description="Clients, assessments, programs and session logs of the signed-in user.",
    auth=django_auth,
    urls_namespace="api",
)


class ClientOut(Schema):
    id: int
    name: str
    email: str
    status: str
    has_portal_account: bool
    intake: dict[str, Any]


class AssessmentOut(Schema):
    id: int
    client_id: int
    date: dt.date
    ruleset: str
    measurements: AssessmentInput
    report: dict[str, Any]


class ProgramSummaryOut(Schema):
    id: int
    client_id: int
    start: dt.date
    horizon_weeks: int
    version: int
    created: dt.datetime


class ProgramEditOut(Schema):
    version: int
    path: str
    summary: str
    before: dict[str, Any]
    after: dict[str, Any]
    issues: list[dict[str, Any]]
    kind: str
    author: str
    decisions: list[dict[str, Any]]
    changes: list[dict[str, Any]]
    edited_by: str | None
    edited: dt.datetime


class SetOut(Schema):
    section_index: int
    section_id: str
    item_index: int
    exercise_id: str
    set_number: int
    target_reps: int | None
    target_duration_s: int | None
    target_load_kg: float | None
    target_tempo: str
    reps: int | None
    duration_s: int | None
    load_kg: float | None
    rpe: float | None
    pain: bool
    note: str


class SessionLogOut(Schema):
    id: int
    program_id: int
    program_version: int
    week_index: int
    session_index: int
    prescribed_date: dt.date
    started: dt.datetime
    finished: dt.datetime | None
    note: str
    sets: list[SetOut]


def _clients_for(request: HttpRequest) -> Any:
    """Return the clients the caller may read: a trainer's own, or a client user's record."""
    role = role_of(request.user)
    if role == Profile.Role.TRAINER:
        return Client.objects.filter(trainer_id=request.user.pk)
    if role == Profile.Role.CLIENT:
        return Client.objects.filter(user_id=request.user.pk)
    return Client.objects.none()


def _client(request: HttpRequest, client_id: int) -> Client:
    client = _clients_for(request).filter(pk=client_id).first()
    if client is None:
        raise Http404("no such client")
    return client


def _client_out(client: Client) -> dict[str, Any]:
    return {
        "id": client.pk,
        "name": client.name,
        "email": client.email,
        "status": client.status,
        "has_portal_account": client.user_id is not None,
        "intake": client.intake,
    }


clients_router = Router(tags=["clients"])


@clients_router.get("/", response=list[ClientOut])
def list_clients(request: HttpRequest) -> list[dict[str, Any]]:
    return [_client_out(c) for c in _clients_for(request)]


@clients_router.get("/{client_id}", response=ClientOut)
def get_client(request: HttpRequest, client_id: int) -> dict[str, Any]:
    return _client_out(_client(request, client_id))


assessments_router = Router(tags=["assessments"])


@assessments_router.get("/clients/{client_id}/assessments", response=list[AssessmentOut])
def list_assessments(request: HttpRequest, client_id: int) -> list[Assessment]:
    return list(_client(request, client_id).assessments.all())


@assessments_router.get("/assessments/{assessment_id}", response=AssessmentOut)
def get_assessment(request: HttpRequest, assessment_id: int) -> Assessment:
    assessment = Assessment.objects.filter(
        pk=assessment_id, client__in=_clients_for(request)
    ).first()
    if assessment is None:
        raise Http404("no such assessment")
    return assessment


programs_router = Router(tags=["programs"])


def _program(request: HttpRequest, program_id: int) -> Program:
    program = Program.objects.filter(pk=program_id, client__in=_clients_for(request)).first()
    if program is None:
        raise Http404("no such program")
    return program


@programs_router.get("/clients/{client_id}/programs", response=list[ProgramSummaryOut])
def list_programs(request: HttpRequest, client_id: int) -> list[Program]:
    return list(_client(request, client_id).programs.defer("document", "original"))


@programs_router.get(
    "/programs/{program_id}", response=EngineProgram, by_alias=True, exclude_none=True
)
def get_program(request: HttpRequest, program_id: int) -> EngineProgram:
    """Return the current version of the program document (optcoach.program/v1)."""
    return _program(request, program_id).engine_program()


@programs_router.get("/programs/{program_id}/edits", response=list[ProgramEditOut])
def list_edits(request: HttpRequest, program_id: int) -> list[dict[str, Any]]:
    return [
        {
            "version": e.version,
            "path": e.path,
            "summary": e.summary,
            "before": e.before,
            "after": e.after,
            "issues": e.issues,
            "kind": e.kind,
            "author": e.author,
            "decisions": e.decisions,
            "changes": e.changes,
            "edited_by": e.edited_by.get_username() if e.edited_by else None,
            "edited": e.edited,
        }
        for e in _program(request, program_id).edits.select_related("edited_by")
    ]


logs_router = Router(tags=["logs"])


@logs_router.get("/clients/{client_id}/logs", response=list[SessionLogOut])
def list_logs(request: HttpRequest, client_id: int) -> list[SessionLog]:
    return list(_client(request, client_id).session_logs.prefetch_related("sets"))


@logs_router.get("/logs/{log_id}", response=SessionLogOut)
def get_log(request: HttpRequest, log_id: int) -> SessionLog:
    log = (
        SessionLog.objects.prefetch_related("sets")
        .filter(pk=log_id, client__in=_clients_for(request))
        .first()
    )
    if log is None:
        raise Http404("no such session log")
    return log


api.add_router("/clients", clients_router)
api.add_router("/", assessments_router)
api.add_router("/", programs_router)
api.add_router("/", logs_router)
