"""Trainer screens for clients: the list, adding one, the profile, intake, invitation."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.db.models import Max, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from optcoach.web.clients.forms import ClientSearchForm, IntakeForm, StatusForm
from optcoach.web.clients.models import Client, Invitation
from optcoach.web.clients.status import status_for
from optcoach.web.ownership import get_client_for_trainer, trainer_required
from optcoach.web.programs.models import Program


@trainer_required
def client_list(request: HttpRequest) -> HttpResponse:
    form = ClientSearchForm(request.GET or None)
    clients = Client.objects.filter(trainer=request.user).annotate(
        last_assessed=Max("assessments__date")
    )
    if form.is_valid():
        if query := form.cleaned_data["q"].strip():
            clients = clients.filter(Q(name__icontains=query) | Q(email__icontains=query))
        if status := form.cleaned_data["status"]:
            clients = clients.filter(status=status)
    clients_list = list(clients)
    latest: dict[int, Program] = {}
    for program in (
        Program.objects.filter(client__in=clients_list)
        .defer("document", "original")
        .order_by("client_id", "-created", "-id")
    ):
        latest.setdefault(program.client_id, program)
    today = timezone.localdate()
    rows = []
    for client in clients_list:
        program = latest.get(client.pk)
        status = status_for(
            program.summary if program else None,
            client.last_assessed,
            today,
            program.reassessment_due if program else None,
        )
        rows.append(
            {
                "client": client,
                "status": status,
                "overdue": status.is_reassessment_overdue(today),
                "due_soon": status.is_reassessment_due_soon(today),
                "program": program,
            }
        )
    reminders = [
        row for row in rows if row["due_soon"] and row["client"].status == Client.Status.ACTIVE
    ]
    template = (
        "clients/list_rows.html" if request.headers.get("HX-Request") else "clients/list.html"
    )
    return render(
        request, template, {"form": form, "rows": rows, "today": today, "reminders": reminders}
    )


@trainer_required
@require_http_methods(["GET", "POST"])
def client_new(request: HttpRequest) -> HttpResponse:
    form = IntakeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        client = Client.objects.create(
            trainer=request.user,
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"] or "",
            intake=form.engine_document,
        )
        messages.success(request, f"{client.name} added.")
        return redirect(client)
    return render(request, "clients/intake.html", {"form": form, "client": None})


@trainer_required
def client_detail(request: HttpRequest, client_id: int) -> HttpResponse:
    client = get_client_for_trainer(request, client_id)
    assessments = client.assessments.all()
    programs = client.programs.defer("document", "original")
    today = timezone.localdate()
    latest_program = programs.first()
    last_assessed = assessments.first().date if assessments.exists() else None  # type: ignore[union-attr]
    status = status_for(
        latest_program.summary if latest_program else None,
        last_assessed,
        today,
        latest_program.reassessment_due if latest_program else None,
    )
    invitation = client.invitations.filter(accepted__isnull=True).first()
    logs = client.session_logs.select_related("program")[:10]
    return render(
        request,
        "clients/detail.html",
        {
            "client": client,
            "assessments": assessments,
            "programs": programs,
            "status": status,
            "overdue": status.is_reassessment_overdue(today),
            "due_soon": status.is_reassessment_due_soon(today),
            "invitation": invitation if client.user_id is None else None,
            "status_form": StatusForm(initial={"status": client.status}),
            "logs": logs,
            "parq_yes": [k for k, v in sorted(client.intake.get("parq", {}).items()) if v],
        },
    )


@trainer_required
@require_http_methods(["GET", "POST"])
def client_intake(request: HttpRequest, client_id: int) -> HttpResponse:
    client = get_client_for_trainer(request, client_id)
    form = IntakeForm(request.POST or None, initial=IntakeForm.initial_for(client))
    if request.method == "POST" and form.is_valid():
        client.name = form.cleaned_data["name"]
        client.email = form.cleaned_data["email"] or ""
        client.intake = form.engine_document
        client.save()
        messages.success(request, "Intake saved.")
        return redirect(client)
    return render(request, "clients/intake.html", {"form": form, "client": client})


@trainer_required
@require_POST
def client_status(request: HttpRequest, client_id: int) -> HttpResponse:
    client = get_client_for_trainer(request, client_id)
    form = StatusForm(request.POST)
    if form.is_valid():
        client.status = form.cleaned_data["status"]
        client.save(update_fields=["status", "updated"])
        messages.success(request, f"Status set to {client.get_status_display().lower()}.")
    else:
        messages.error(request, "Choose one of the listed statuses.")
    return redirect(client)


@trainer_required
@require_POST
def client_invite(request: HttpRequest, client_id: int) -> HttpResponse:
    client = get_client_for_trainer(request, client_id)
    if client.user_id is not None:
        messages.error(request, "This client already has an account.")
        return redirect(client)
    with transaction.atomic():
        client.invitations.filter(accepted__isnull=True).delete()
        Invitation.objects.create(client=client, created_by=request.user)
    messages.success(request, "Invitation ready: share the link or the code.")
    return redirect(client)
