"""The client's portal: today's session on a phone, logging each set, finishing, history."""

from __future__ import annotations

import logging
from typing import Any

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from optcoach.model.program import Item, Session
from optcoach.web.clients.models import Client
from optcoach.web.ownership import (
    client_required,
    get_client_for_portal,
    get_session_log_for_portal,
)
from optcoach.web.portal.forms import FinishForm, SetLogForm
from optcoach.web.portal.models import SessionLog, SetLog
from optcoach.web.programs import progression
from optcoach.web.programs.engine import ProgramError
from optcoach.web.programs.models import Program
from optcoach.web.programs.schedule import find_session, next_session
from optcoach.web.programs.views import program_file
from optcoach.web.units import from_display, to_display

logger = logging.getLogger(__name__)
Notes = dict[tuple[int, int], list[dict[str, Any]]]


def _current_program(client: Client) -> Program | None:
    return client.programs.first()


def _item_rows(
    session: Session, log: SessionLog | None, units: str, notes: Notes | None = None
) -> list[dict[str, Any]]:
    """Return every item of the session with its prescribed sets, what was logged and the
    progression changes made to it (so the client sees why a load moved)."""
    logged: dict[tuple[int, int, int], SetLog] = {}
    if log is not None:
        logged = {(s.section_index, s.item_index, s.set_number): s for s in log.sets.all()}
    rows = []
    for section_index, section in enumerate(session.sections):
        for item_index, item in enumerate(section.items):
            row = _item_row(section_index, section.id, item_index, item, logged, units)
            row["notes"] = (notes or {}).get((section_index, item_index), [])
            rows.append(row)
    return rows


def _item_row(
    section_index: int,
    section_id: str,
    item_index: int,
    item: Item,
    logged: dict[tuple[int, int, int], SetLog],
    units: str,
) -> dict[str, Any]:
    target_kg = _target_kg(item)
    sets = []
    for number in range(1, item.sets + 1):
        done = logged.get((section_index, item_index, number))
        sets.append(
            {
                "number": number,
                "done": done,
                "load_display": to_display(done.load_kg if done else target_kg, units),
            }
        )
    return {
        "section_index": section_index,
        "section_id": section_id,
        "item_index": item_index,
        "item": item,
        "sets": sets,
        "complete": all(s["done"] is not None for s in sets),
    }


def _target_kg(item: Item) -> float | None:
    if item.load_kg is not None:
        return item.load_kg
    return from_display(item.load_lb, "imperial") if item.load_lb is not None else None


@client_required
def today(request: HttpRequest) -> HttpResponse:
    client = get_client_for_portal(request)
    program = _current_program(client)
    context: dict[str, Any] = {"client": client, "program": program, "units": client.display_units}
    if program is None:
        return render(request, "portal/today.html", context)
    ref = next_session(program.document, timezone.localdate())
    if ref is None:
        return render(request, "portal/today.html", {**context, "over": True})
    return _session_page(request, client, program, ref.week_index, ref.session_index, context)


@client_required
def session_view(request: HttpRequest, week_index: int, session_index: int) -> HttpResponse:
    client = get_client_for_portal(request)
    program = _current_program(client)
    if program is None:
        raise Http404("no program")
    context = {"client": client, "program": program, "units": client.display_units}
    return _session_page(request, client, program, week_index, session_index, context)


def _session_page(
    request: HttpRequest,
    client: Client,
    program: Program,
    week_index: int,
    session_index: int,
    context: dict[str, Any],
) -> HttpResponse:
    session = find_session(program.engine_program(), week_index, session_index)
    if session is None:
        raise Http404("no such session")
    log = program.session_logs.filter(week_index=week_index, session_index=session_index).first()
    return render(
        request,
        "portal/today.html",
        {
            **context,
            "session": session,
            "week_index": week_index,
            "session_index": session_index,
            "log": log,
            "rows": _item_rows(
                session,
                log,
                client.display_units,
                progression.notes_by_item(program, week_index, session_index),
            ),
            "is_today": session.date == timezone.localdate(),
            "finish_form": FinishForm(),
        },
    )


@client_required
@require_POST
def log_set(
    request: HttpRequest,
    week_index: int,
    session_index: int,
    section_index: int,
    item_index: int,
    set_number: int,
) -> HttpResponse:
    """Record one set against the prescribed item; return the item's card (HTMX) or redirect."""
    client = get_client_for_portal(request)
    program = _current_program(client)
    if program is None:
        raise Http404("no program")
    session = find_session(program.engine_program(), week_index, session_index)
    if session is None or not 0 <= section_index < len(session.sections):
        raise Http404("no such item")
    section = session.sections[section_index]
    if not 0 <= item_index < len(section.items):
        raise Http404("no such item")
    item = section.items[item_index]
    if not 1 <= set_number <= item.sets:
        raise Http404("no such set")
    units = client.display_units
    form = SetLogForm(request.POST)
    errors = None
    if form.is_valid():
        data = form.cleaned_data
        log = _open_log(client, program, week_index, session_index, session)
        SetLog.objects.update_or_create(
            session_log=log,
            section_index=section_index,
            item_index=item_index,
            set_number=set_number,
            defaults={
                "section_id": section.id,
                "exercise_id": item.exercise_id,
                "target_reps": item.reps,
                "target_duration_s": item.duration_s,
                "target_load_kg": _target_kg(item),
                "target_tempo": item.tempo or "",
                "reps": data.get("reps"),
                "duration_s": data.get("duration_s"),
                "load_kg": from_display(data.get("load"), units),
                "rpe": data.get("rpe"),
                "pain": bool(data.get("pain")),
                "note": data.get("note") or "",
                "logged": timezone.now(),
            },
        )
    else:
        errors = form.errors
    if not request.headers.get("HX-Request"):
        if errors:
            for field, messages_ in errors.items():
                messages.error(request, f"Set {set_number}, {field}: {' '.join(messages_)}")
        return redirect("portal:session", week_index=week_index, session_index=session_index)
    log = program.session_logs.filter(week_index=week_index, session_index=session_index).first()
    logged = {}
    if log is not None:
        logged = {
            (s.section_index, s.item_index, s.set_number): s
            for s in log.sets.filter(section_index=section_index, item_index=item_index)
        }
    row = _item_row(section_index, section.id, item_index, item, logged, units)
    notes = progression.notes_by_item(program, week_index, session_index)
    row["notes"] = notes.get((section_index, item_index), [])
    return render(
        request,
        "portal/item.html",
        {
            "row": row,
            "units": units,
            "week_index": week_index,
            "session_index": session_index,
            "errors": errors,
            "error_set": set_number if errors else None,
        },
        status=200,
    )


def _open_log(
    client: Client, program: Program, week_index: int, session_index: int, session: Session
) -> SessionLog:
    defaults = {
        "client": client,
        "program_version": program.version,
        "prescribed_date": session.date,
    }
    try:
        with transaction.atomic():
            log, _ = SessionLog.objects.get_or_create(
                program=program,
                week_index=week_index,
                session_index=session_index,
                defaults=defaults,
            )
    except IntegrityError:
        log = SessionLog.objects.get(
            program=program, week_index=week_index, session_index=session_index
        )
    return log


@client_required
@require_POST
def finish(request: HttpRequest, week_index: int, session_index: int) -> HttpResponse:
    client = get_client_for_portal(request)
    program = _current_program(client)
    if program is None:
        raise Http404("no program")
    session = find_session(program.engine_program(), week_index, session_index)
    if session is None:
        raise Http404("no such session")
    form = FinishForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    log = _open_log(client, program, week_index, session_index, session)
    log.finished = timezone.now()
    log.note = note
    log.save(update_fields=["finished", "note"])
    _progress(program, session.date, request)
    messages.success(request, "Session finished. Well done.")
    return redirect("portal:log", log_id=log.pk)


def _progress(program: Program, day: object, request: HttpRequest) -> None:
    """Let the engine update the coming sessions from the logs; the client's finish stands even
    when it cannot (e.g. a re-plan that needs a medical clearance: the trainer sees that when
    running it from the program page)."""
    try:
        progression.run(
            program,
            today=timezone.localdate(),
            trigger=f"session of {day} finished by {request.user.get_username()}",
            user=request.user,
        )
    except ProgramError as error:
        logger.warning("progression of program %s skipped: %s", program.pk, error)


@client_required
def history(request: HttpRequest) -> HttpResponse:
    client = get_client_for_portal(request)
    logs = client.session_logs.all()
    return render(request, "portal/history.html", {"client": client, "logs": logs})


@client_required
def log_detail(request: HttpRequest, log_id: int) -> HttpResponse:
    log = get_session_log_for_portal(request, log_id)
    return render(
        request,
        "portal/log.html",
        {
            "client": log.client,
            "log": log,
            "sets": log.sets.all(),
            "units": log.client.display_units,
        },
    )


@client_required
def calendar(request: HttpRequest) -> HttpResponse:
    """Return the client's current program as an iCalendar file for their phone's calendar."""
    client = get_client_for_portal(request)
    program = _current_program(client)
    if program is None:
        raise Http404("no program")
    return program_file(program.engine_program(), "ics", "optcoach-sessions")
