"""Progress charts for the trainer (any of their clients) and for the client (their own)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from optcoach.web.clients.models import Client
from optcoach.web.ownership import (
    client_required,
    get_client_for_portal,
    get_client_for_trainer,
    trainer_required,
)
from optcoach.web.portal.models import SetLog
from optcoach.web.programs import progression
from optcoach.web.programs.engine import ProgramError
from optcoach.web.progress import adherence
from optcoach.web.progress.series import build_charts, build_log_chart


def _adherence(client: Client) -> dict[str, Any]:
    """Return the engine's adherence for the client's current program (read only)."""
    program = client.programs.first()
    if program is None:
        return {"adherence": None}
    try:
        result = progression.compute(program, timezone.localdate(), with_client=False)
    except ProgramError as error:
        return {"adherence": None, "adherence_error": str(error)}
    found = result.adherence
    return {
        "adherence": found,
        "adherence_rows": adherence.rows(found, client.display_units),
        "adherence_chart": adherence.sets_chart(found),
        "volume_unit": "lb" if client.display_units == "imperial" else "kg",
    }


def _render(request: HttpRequest, client: Client, template: str) -> HttpResponse:
    charts = build_charts(client.assessments.all(), client.display_units)
    sets = SetLog.objects.filter(session_log__client=client).select_related("session_log")
    charts.append(build_log_chart(sets, client.display_units))
    return render(
        request,
        template,
        {
            "client": client,
            "charts": [c for c in charts if not c.is_empty],
            "empty": [c for c in charts if c.is_empty],
            **_adherence(client),
        },
    )


@trainer_required
def charts(request: HttpRequest, client_id: int) -> HttpResponse:
    return _render(request, get_client_for_trainer(request, client_id), "progress/charts.html")


@client_required
def my_charts(request: HttpRequest) -> HttpResponse:
    return _render(request, get_client_for_portal(request), "progress/my_charts.html")
