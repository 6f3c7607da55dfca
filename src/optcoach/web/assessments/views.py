"""Record an assessment (findings appear while typing, via HTMX) and read a recorded one."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from optcoach.catalog import load_catalog
from optcoach.web.assessments.findings import FindingsError, findings_for, ruleset_of
from optcoach.web.assessments.forms import AssessmentForm
from optcoach.web.assessments.models import Assessment
from optcoach.web.clients.models import Client
from optcoach.web.ownership import (
    get_assessment_for_trainer,
    get_client_for_trainer,
    trainer_required,
)
from optcoach.web.programs.progression import refresh_reassessment


def _form(request: HttpRequest, client: Client) -> AssessmentForm:
    data = request.POST if request.method == "POST" else None
    return AssessmentForm(data, ruleset=ruleset_of(client), units=client.display_units)


@trainer_required
@require_http_methods(["GET", "POST"])
def assessment_new(request: HttpRequest, client_id: int) -> HttpResponse:
    client = get_client_for_trainer(request, client_id)
    form = _form(request, client)
    report = None
    if request.method == "POST" and form.is_valid() and form.engine_input is not None:
        try:
            report = findings_for(client, form.engine_input)
        except FindingsError as error:
            form.add_error(None, str(error))
        else:
            assessment = Assessment.objects.create(
                client=client,
                date=form.cleaned_data["date"],
                measurements=form.engine_input.model_dump(mode="json", exclude_none=True),
                report=report,
                ruleset=ruleset_of(client),
                recorded_by=request.user,
            )
            for program in client.programs.all()[:1]:
                refresh_reassessment(program)
            messages.success(request, "Assessment recorded.")
            return redirect(assessment)
    lift_exercises = [(e.id, e.name) for e in load_catalog().select(form="resistance")]
    return render(
        request,
        "assessments/new.html",
        {"client": client, "form": form, "report": report, "lift_exercises": lift_exercises},
    )


@trainer_required
@require_POST
def assessment_preview(request: HttpRequest, client_id: int) -> HttpResponse:
    """Return the findings fragment for the measurements typed so far (nothing is saved)."""
    client = get_client_for_trainer(request, client_id)
    form = _form(request, client)
    report = None
    error = None
    if form.is_valid() and form.engine_input is not None:
        try:
            report = findings_for(client, form.engine_input)
        except FindingsError as exc:
            error = str(exc)
    return render(
        request,
        "assessments/new_findings.html",
        {"client": client, "form": form, "report": report, "error": error},
    )


@trainer_required
def assessment_detail(request: HttpRequest, client_id: int, assessment_id: int) -> HttpResponse:
    assessment = get_assessment_for_trainer(request, client_id, assessment_id)
    program = assessment.client.programs.defer("document", "original").first()
    return render(
        request,
        "assessments/detail.html",
        {
            "client": assessment.client,
            "assessment": assessment,
            "report": assessment.report,
            "program": program,
            "measurements": sorted(
                (k, v) for k, v in assessment.measurements.items() if v not in ([], {}, None)
            ),
        },
    )
