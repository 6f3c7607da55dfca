"""Who may see what: one helper per object, each raising Http404 for anyone but the owner.

A trainer owns their clients and everything hanging off them; a client user owns their own
client record, its programs and its logs. Anything else is "not found", never "forbidden", so
an id reveals nothing about other trainers' data.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse

from optcoach.web.accounts.models import Profile, role_of
from optcoach.web.assessments.models import Assessment
from optcoach.web.clients.models import Client
from optcoach.web.portal.models import SessionLog
from optcoach.web.programs.models import Program

View = Callable[..., HttpResponse]


def trainer_required(view: View) -> View:
    """Let signed-in trainers through; 404 for client users, login redirect for anonymous."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if role_of(request.user) != Profile.Role.TRAINER:
            raise Http404("trainer pages only")
        return view(request, *args, **kwargs)

    return wrapper


def client_required(view: View) -> View:
    """Let signed-in client users with a linked client record through; 404 for anyone else."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if role_of(request.user) != Profile.Role.CLIENT:
            raise Http404("client pages only")
        return view(request, *args, **kwargs)

    return wrapper


def get_client_for_trainer(request: HttpRequest, client_id: int) -> Client:
    try:
        return Client.objects.get(pk=client_id, trainer_id=request.user.pk)
    except Client.DoesNotExist:
        raise Http404("no such client") from None


def get_assessment_for_trainer(
    request: HttpRequest, client_id: int, assessment_id: int
) -> Assessment:
    try:
        return Assessment.objects.select_related("client").get(
            pk=assessment_id, client_id=client_id, client__trainer_id=request.user.pk
        )
    except Assessment.DoesNotExist:
        raise Http404("no such assessment") from None


def get_program_for_trainer(request: HttpRequest, client_id: int, program_id: int) -> Program:
    try:
        return Program.objects.select_related("client").get(
            pk=program_id, client_id=client_id, client__trainer_id=request.user.pk
        )
    except Program.DoesNotExist:
        raise Http404("no such program") from None


def get_session_log_for_trainer(request: HttpRequest, client_id: int, log_id: int) -> SessionLog:
    try:
        return SessionLog.objects.select_related("client", "program").get(
            pk=log_id, client_id=client_id, client__trainer_id=request.user.pk
        )
    except SessionLog.DoesNotExist:
        raise Http404("no such session log") from None


def get_client_for_portal(request: HttpRequest) -> Client:
    """Return the client record of the signed-in client user; 404 when none is linked."""
    try:
        return Client.objects.get(user_id=request.user.pk)
    except Client.DoesNotExist:
        raise Http404("no client record for this account") from None


def get_session_log_for_portal(request: HttpRequest, log_id: int) -> SessionLog:
    try:
        return SessionLog.objects.select_related("client", "program").get(
            pk=log_id, client__user_id=request.user.pk
        )
    except SessionLog.DoesNotExist:
        raise Http404("no such session log") from None
