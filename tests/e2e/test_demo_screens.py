"""Walk every screen of the demo in a real browser, as a newcomer would after
``optcoach serve --demo``, and keep a screenshot of each."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command

from optcoach.web.clients.models import Client
from optcoach.web.management.commands.seed_demo import DEMO_CLIENT, DEMO_PASSWORD, DEMO_TRAINER

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _sign_in(page: Any, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_load_state()


def _visit(page: Any, url: str) -> None:
    response = page.goto(url)
    assert response is not None and response.status == 200, url


def test_demo_screens(live_server: Any, browser: Any, shoot: Any) -> None:
    call_command("seed_demo")
    base = live_server.url
    dana = Client.objects.get(name="Dana Reyes")
    program = dana.programs.get()
    assessment = dana.assessments.first()
    assert assessment is not None

    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    _sign_in(page, base, DEMO_TRAINER)
    assert page.url == f"{base}/clients/"
    names = page.locator("table.clients tbody tr td:first-child a").all_inner_texts()
    assert names == ["Dana Reyes", "Marco Bianchi", "Priya Nair", "Ruth Evans"]
    shoot(page, "demo-client-list", full_page=False)

    screens = {
        "demo-client": dana.get_absolute_url(),
        "demo-intake": f"/clients/{dana.pk}/intake/",
        "demo-assessment": assessment.get_absolute_url(),
        "demo-new-assessment": f"/clients/{dana.pk}/assessments/new/",
        "demo-annual-plan": program.get_absolute_url(),
        "demo-week": f"{program.get_absolute_url()}weeks/1/",
        "demo-session-card": f"{program.get_absolute_url()}weeks/1/sessions/0/",
        "demo-item-edit": f"{program.get_absolute_url()}weeks/1/sessions/0/items/3/0/",
        "demo-history": f"{program.get_absolute_url()}history/",
        "demo-progress": f"/clients/{dana.pk}/progress/",
        "demo-log": f"/clients/{dana.pk}/programs/logs/{dana.session_logs.first().pk}/",
        "demo-new-program": f"/clients/{dana.pk}/programs/new/",
    }
    for name, path in screens.items():
        _visit(page, f"{base}{path}")
        shoot(page, name)
        if name in {"demo-annual-plan", "demo-session-card", "demo-assessment"}:
            shoot(page, f"{name}-top", full_page=False)

    # Closing the loop: the demo's logged sessions produced the engine's decisions.
    _visit(page, f"{base}{program.get_absolute_url()}")
    stored = [d for edit in program.edits.all() for d in edit.decisions]
    rows = page.locator("#progression table.decisions tbody tr").all_inner_texts()
    # How many depends on the weekday the demo is seeded on; every one is on the page.
    assert stored, "the demo's history should trigger a 2-for-2"
    assert [row.split("\t")[0] for row in rows] == [f"v{program.version}"] * len(stored)
    assert all("2-for-2" in row for row in rows), rows
    page.locator("#progression").scroll_into_view_if_needed()
    shoot(page, "demo-progression", full_page=False)

    ruth = Client.objects.get(name="Ruth Evans")
    _visit(page, f"{base}/clients/{ruth.pk}/programs/new/?weeks=12")
    assert "clearance" in page.inner_text(".errors")
    shoot(page, "demo-clearance-required")
    context.close()

    phone = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = phone.new_page()
    _sign_in(page, base, DEMO_CLIENT)
    assert page.url == f"{base}/me/"
    page.wait_for_selector("form.set-row")
    shoot(page, "demo-phone-today", full_page=False)
    for name, path in {
        "demo-phone-history": "/me/history/",
        "demo-phone-progress": "/me/progress/",
    }.items():
        _visit(page, f"{base}{path}")
        shoot(page, name, full_page=False)
    phone.close()
