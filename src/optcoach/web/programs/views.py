"""Program screens: generate (preview, then save), the annual plan, a week, a session card,
editing one item with the validator's verdict before saving, the edit history, session logs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from optcoach.model.program import Program as EngineProgram
from optcoach.render import render_program
from optcoach.web.ownership import (
    get_assessment_for_trainer,
    get_client_for_trainer,
    get_program_for_trainer,
    get_session_log_for_trainer,
    trainer_required,
)
from optcoach.web.programs import engine, progression
from optcoach.web.programs.forms import GenerateForm, ItemEditForm, OverrideForm, ProgressRunForm
from optcoach.web.programs.models import BlockOverride, Program, ProgramEdit
from optcoach.web.programs.schedule import find_session, find_week, months_between
from optcoach.web.units import from_display, to_display

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _generation_params(form: GenerateForm) -> dict[str, Any]:
    return {
        "start": form.cleaned_data.get("start"),
        "weeks": form.cleaned_data["weeks"],
        "ruleset": form.cleaned_data.get("ruleset") or None,
    }


@trainer_required
def program_new(request: HttpRequest, client_id: int) -> HttpResponse:
    """Show the generation form; with parameters, the engine's program as a preview."""
    client = get_client_for_trainer(request, client_id)
    form = GenerateForm(request.GET if "weeks" in request.GET else None)
    context: dict[str, Any] = {"client": client, "form": form, "preview": None}
    if form.is_bound and form.is_valid():
        try:
            program, assessment = engine.build(client, **_generation_params(form))
        except engine.ProgramError as error:
            form.add_error(None, str(error))
        else:
            context.update(
                preview=program,
                assessment=assessment,
                timeline=_timeline(program),
                first_week=_week_grid(program, program.weeks[0]) if program.weeks else None,
            )
    return render(request, "programs/new.html", context)


@trainer_required
@require_POST
def program_save(request: HttpRequest, client_id: int) -> HttpResponse:
    """Build again from the same parameters (the engine is deterministic) and store it."""
    client = get_client_for_trainer(request, client_id)
    form = GenerateForm(request.POST)
    if not form.is_valid():
        return render(request, "programs/new.html", {"client": client, "form": form}, status=400)
    try:
        program, assessment = engine.build(client, **_generation_params(form))
    except engine.ProgramError as error:
        form.add_error(None, str(error))
        return render(request, "programs/new.html", {"client": client, "form": form}, status=400)
    document = program.model_dump(mode="json", by_alias=True)
    stored = Program.objects.create(
        client=client,
        assessment=assessment,
        original=document,
        document=document,
        start=program.start,
        horizon_weeks=program.horizon_weeks,
        created_by=request.user,
    )
    progression.refresh_reassessment(stored, program)
    messages.success(request, "Program saved as version 1.")
    return redirect(stored)


@trainer_required
def program_detail(request: HttpRequest, client_id: int, program_id: int) -> HttpResponse:
    stored = get_program_for_trainer(request, client_id, program_id)
    program = stored.engine_program()
    decisions = progression.recorded_decisions(stored)
    override_form = _override_form(decisions)
    return render(
        request,
        "programs/detail.html",
        {
            "client": stored.client,
            "stored": stored,
            "program": program,
            "timeline": _timeline(program),
            "calendar": [_week_grid(program, week) for week in program.weeks],
            "edits": stored.edits.select_related("edited_by")[:5],
            "decisions": decisions,
            "override_form": override_form,
            "overrides": stored.overrides.select_related("made_by"),
            "today": timezone.localdate(),
        },
    )


def _override_form(decisions: list[dict[str, Any]]) -> OverrideForm | None:
    """Return the override form for the latest block-end verdict, or None without one."""
    verdicts = [d for d in decisions if d["kind"] == "block_end" and d.get("block_start")]
    if not verdicts:
        return None
    latest = max(verdicts, key=lambda d: (d["version"], d["date"]))
    return OverrideForm(initial={"block_start": latest["block_start"]})


@trainer_required
@require_POST
def program_progress(request: HttpRequest, client_id: int, program_id: int) -> HttpResponse:
    """Run progression now (the trainer asks), or re-plan the future from an assessment."""
    stored = get_program_for_trainer(request, client_id, program_id)
    form = ProgressRunForm(request.POST)
    if not form.is_valid():
        messages.error(request, "The assessment to re-plan from is not valid.")
        return redirect(stored)
    today = timezone.localdate()
    trigger = f"run by {request.user.get_username()}"
    if assessment_id := form.cleaned_data.get("assessment"):
        assessment = get_assessment_for_trainer(request, client_id, assessment_id)
        # The engine re-plans from an assessment taken before its first changeable day.
        today = max(today, assessment.date + dt.timedelta(days=1))
        trigger = f"re-plan from the assessment of {assessment.date} by {request.user}"
    try:
        outcome = progression.run(stored, today=today, trigger=trigger, user=request.user)
    except engine.ProgramError as error:
        messages.error(request, str(error))
        return redirect(stored)
    if outcome.version is None:
        messages.info(request, "Progression found nothing to change.")
    else:
        count = len(outcome.decisions)
        messages.success(
            request,
            f"Saved as version {outcome.version}: {count} decision{'s' if count != 1 else ''}.",
        )
    return redirect(stored)


@trainer_required
@require_POST
def program_override(request: HttpRequest, client_id: int, program_id: int) -> HttpResponse:
    """Record a trainer's block-end verdict and apply it through the engine."""
    stored = get_program_for_trainer(request, client_id, program_id)
    form = OverrideForm(request.POST)
    starts = {block.start for block in stored.engine_program().blocks}
    if form.is_valid() and form.cleaned_data["block_start"] not in starts:
        form.add_error("block_start", "No block of this program starts on that day.")
    if not form.is_valid():
        for field, errors in form.errors.items():
            messages.error(request, f"Override, {field}: {' '.join(errors)}")
        return redirect(stored)
    data = form.cleaned_data
    try:
        with transaction.atomic():
            BlockOverride.objects.create(
                program=stored,
                block_start=data["block_start"],
                decision=data["decision"],
                reason=data["reason"],
                made_by=request.user,
            )
            outcome = progression.run(
                stored,
                today=timezone.localdate(),
                trigger=f"override by {request.user.get_username()}: {data['decision']}",
                user=request.user,
                kind=ProgramEdit.Kind.OVERRIDE,
            )
    except engine.ProgramError as error:
        messages.error(request, str(error))
        return redirect(stored)
    label = dict(BlockOverride.Decision.choices)[data["decision"]]
    version = f" (version {outcome.version})" if outcome.version else ""
    messages.success(request, f"Override recorded: {label}{version}.")
    return redirect(stored)


@trainer_required
def program_week(
    request: HttpRequest, client_id: int, program_id: int, week_index: int
) -> HttpResponse:
    stored = get_program_for_trainer(request, client_id, program_id)
    program = stored.engine_program()
    week = find_week(program, week_index)
    if week is None:
        raise Http404("no such week")
    return render(
        request,
        "programs/week.html",
        {
            "client": stored.client,
            "stored": stored,
            "program": program,
            "week": week,
            "grid": _week_grid(program, week),
            "previous": find_week(program, week_index - 1),
            "next": find_week(program, week_index + 1),
        },
    )


@trainer_required
def program_session(
    request: HttpRequest, client_id: int, program_id: int, week_index: int, session_index: int
) -> HttpResponse:
    stored = get_program_for_trainer(request, client_id, program_id)
    program = stored.engine_program()
    session = find_session(program, week_index, session_index)
    if session is None:
        raise Http404("no such session")
    log = stored.session_logs.filter(week_index=week_index, session_index=session_index).first()
    return render(
        request,
        "programs/session.html",
        {
            "client": stored.client,
            "stored": stored,
            "program": program,
            "week_index": week_index,
            "session_index": session_index,
            "session": session,
            "units": stored.client.display_units,
            "editable": True,
            "log": log,
            "notes": progression.notes_by_item(stored, week_index, session_index),
        },
    )


def _item_or_404(program: EngineProgram, address: engine.ItemAddress) -> tuple[Any, Any]:
    session = find_session(program, address.week_index, address.session_index)
    if session is None or not 0 <= address.section_index < len(session.sections):
        raise Http404("no such item")
    items = session.sections[address.section_index].items
    if not 0 <= address.item_index < len(items):
        raise Http404("no such item")
    return session, items[address.item_index]


@trainer_required
@require_http_methods(["GET", "POST"])
def item_edit(
    request: HttpRequest,
    client_id: int,
    program_id: int,
    week_index: int,
    session_index: int,
    section_index: int,
    item_index: int,
) -> HttpResponse:
    """Edit one item: "check" shows the validator's findings; "save" stores a new version."""
    stored = get_program_for_trainer(request, client_id, program_id)
    program = stored.engine_program()
    address = engine.ItemAddress(week_index, session_index, section_index, item_index)
    session, item = _item_or_404(program, address)
    units = stored.client.display_units
    choices = engine.swap_choices(program, item)
    initial = {
        "exercise_id": item.exercise_id,
        "sets": item.sets,
        "reps": item.reps,
        "duration_s": item.duration_s,
        "tempo": item.tempo or "",
        "load": to_display(item.load_kg, units)
        if units == "metric" or item.load_lb is None
        else item.load_lb,
    }
    form = ItemEditForm(
        request.POST if request.method == "POST" else None,
        initial=initial,
        exercise_choices=choices,
        units=units,
    )
    context: dict[str, Any] = {
        "client": stored.client,
        "stored": stored,
        "item": item,
        "session": session,
        "address": address,
        "form": form,
        "units": units,
        "issues": None,
        "error": None,
    }
    if request.method == "POST" and form.is_valid():
        outcome = _check_edit(request, stored, program, address, form, units)
        if isinstance(outcome, HttpResponse):
            return outcome
        context.update(outcome)
    template = (
        "programs/item_edit_result.html"
        if request.headers.get("HX-Request")
        else ("programs/item_edit.html")
    )
    return render(request, template, context)


def _check_edit(
    request: HttpRequest,
    stored: Program,
    program: EngineProgram,
    address: engine.ItemAddress,
    form: ItemEditForm,
    units: str,
) -> dict[str, Any] | HttpResponse:
    data = form.cleaned_data
    load = data.get("load")
    change = engine.ItemChange(
        exercise_id=data["exercise_id"],
        sets=data["sets"],
        reps=data.get("reps"),
        duration_s=data.get("duration_s"),
        tempo=(data.get("tempo") or "").strip() or None,
        load_kg=from_display(load, units),
        load_lb=load if units == "imperial" else None,
    )
    try:
        edited, before, after = engine.apply_change(
            program, address, change, request.user.get_username()
        )
    except engine.ProgramError as error:
        return {"error": str(error)}
    issues = engine.new_issues(engine.check(program), engine.check(edited))
    refused = engine.safety_issues(issues)
    if request.POST.get("action") != "save":
        return {"issues": issues, "refused": refused, "checked": True}
    if refused:
        form.add_error(
            None,
            "Safety violations (contraindications, limits, clearance) cannot be accepted: "
            "change the item until none is left.",
        )
        return {"issues": issues, "refused": refused, "checked": True}
    if issues and not data.get("accept_violations"):
        form.add_error(
            "accept_violations", "The validator reports violations: review them or accept them."
        )
        return {"issues": issues, "refused": refused, "checked": True}
    with transaction.atomic():
        locked = Program.objects.select_for_update().get(pk=stored.pk)
        if locked.version != stored.version:
            return {"error": "Someone saved another version meanwhile: reload and try again."}
        locked.version += 1
        locked.document = edited.model_dump(mode="json", by_alias=True)
        locked.save()
        ProgramEdit.objects.create(
            program=locked,
            version=locked.version,
            path=address.path(program),
            summary=engine.summarize_change(before, after),
            before=before,
            after=after,
            issues=[issue.model_dump(mode="json") for issue in issues],
            edited_by=request.user,
        )
    messages.success(request, f"Saved as version {locked.version}.")
    url = reverse(
        "programs:session",
        args=[stored.client_id, stored.pk, address.week_index, address.session_index],
    )
    if request.headers.get("HX-Request"):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = url
        return response
    return redirect(url)


DOWNLOADS = {
    "pdf": ("application/pdf", "pdf"),
    "ics": ("text/calendar; charset=utf-8", "ics"),
    "md": ("text/markdown; charset=utf-8", "md"),
    "json": ("application/json", "json"),
}


def program_file(program: EngineProgram, fmt: str, stem: str) -> HttpResponse:
    """Return the engine's rendering of ``program`` as a download; 404 for unknown formats."""
    if fmt not in DOWNLOADS:
        raise Http404("no such format")
    content_type, extension = DOWNLOADS[fmt]
    body = render_program(program, fmt)  # type: ignore[arg-type]
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{stem}.{extension}"'
    return response


@trainer_required
def program_download(
    request: HttpRequest, client_id: int, program_id: int, fmt: str
) -> HttpResponse:
    stored = get_program_for_trainer(request, client_id, program_id)
    stem = f"program-{stored.client_id}-{stored.pk}-v{stored.version}"
    return program_file(stored.engine_program(), fmt, stem)


@trainer_required
def program_history(request: HttpRequest, client_id: int, program_id: int) -> HttpResponse:
    stored = get_program_for_trainer(request, client_id, program_id)
    return render(
        request,
        "programs/history.html",
        {
            "client": stored.client,
            "stored": stored,
            "edits": stored.edits.select_related("edited_by"),
        },
    )


@trainer_required
def session_log(request: HttpRequest, client_id: int, log_id: int) -> HttpResponse:
    """Show a client's logged session to the trainer: target beside actual, set by set."""
    log = get_session_log_for_trainer(request, client_id, log_id)
    return render(
        request,
        "programs/log.html",
        {
            "client": log.client,
            "log": log,
            "sets": log.sets.all(),
            "units": log.client.display_units,
        },
    )


# ---- display geometry (no training logic: positions of dates on a line) -------------------


def _timeline(program: EngineProgram) -> dict[str, Any]:
    """Return the annual plan as blocks and months positioned in percent of the horizon."""
    if not program.blocks:
        return {"blocks": [], "months": []}
    start = program.blocks[0].start
    end = program.blocks[-1].end
    total = (end - start).days + 1

    def percent(days: int) -> float:
        return round(100.0 * days / total, 3)

    blocks = [
        {
            "block": block,
            "left": percent((block.start - start).days),
            "width": percent((block.end - block.start).days + 1),
        }
        for block in program.blocks
    ]
    months = [
        {
            "label": span.label,
            "left": percent((span.start - start).days),
            "width": percent(span.days),
        }
        for span in months_between(start, end)
    ]
    return {"blocks": blocks, "months": months, "start": start, "end": end}


def _week_grid(program: EngineProgram, week: Any) -> dict[str, Any]:
    """Return a week as seven weekday cells, each holding its sessions with their index."""
    cells: list[dict[str, Any]] = []
    for offset in range(len(WEEKDAYS)):
        date = week.start + dt.timedelta(days=offset)
        day = WEEKDAYS[date.weekday()]
        sessions = [
            {"index": index, "session": session}
            for index, session in enumerate(week.sessions)
            if session.date == date
        ]
        cells.append({"weekday": day, "date": date, "sessions": sessions})
    return {"week": week, "cells": cells}
