"""Progress charts for the trainer (any of their clients) and for the client (their own)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from optcoach.web.clients.models import Client
from optcoach.web.ownership import (
    client_required,
    get_client_for_portal,
    get_client_for_trainer,
    trainer_required,
)
from optcoach.web.portal.models import SetLog
from optcoach.web.progress.series import build_charts, build_log_chart


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
        },
    )


@trainer_required
def charts(request: HttpRequest, client_id: int) -> HttpResponse:
    return _render(request, get_client_for_trainer(request, client_id), "progress/charts.html")


@client_required
def my_charts(request: HttpRequest) -> HttpResponse:
    return _render(request, get_client_for_portal(request), "progress/my_charts.html")
