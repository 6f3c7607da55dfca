"""The main flows in a real browser: a trainer signs up, adds a client, records an assessment,
generates and saves a program, opens a session; the invited client signs in and logs a set."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.contrib.auth.models import User

from optcoach.web.assessments.models import Assessment
from optcoach.web.clients.models import Client
from optcoach.web.portal.models import SetLog
from optcoach.web.programs.models import Program

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-trainer-passphrase-7"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def test_trainer_to_client_flow(live_server: Any, browser: Any, shoot: Any) -> None:
    base = live_server.url
    trainer = browser.new_context(viewport=DESKTOP)
    page = trainer.new_page()
    page.set_default_timeout(60_000)

    # The trainer signs up and lands on an empty client list.
    page.goto(f"{base}/accounts/signup/")
    page.fill("#id_username", "tess")
    page.fill("#id_email", "tess@example.org")
    page.fill("#id_first_name", "Tess")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/clients/")
    assert page.inner_text("h1") == "Clients"

    # ...adds a client with a full PAR-Q+.
    page.click("text=Add a client")
    page.fill("#id_name", "Dana Reyes")
    page.fill("#id_email", "dana@example.org")
    page.select_option("#id_sex", "female")
    page.fill("#id_age", "40")
    page.fill("#id_height", "165")
    page.fill("#id_weight", "82")
    page.select_option("#id_goal", "fat_loss")
    page.fill("#id_days_per_week", "3")
    for day in ("mon", "wed", "fri"):
        page.check(f"input[name=weekdays][value={day}]")
    for equipment in (
        "dumbbells",
        "bench",
        "cable_machine",
        "stability_ball",
        "foam_roller",
        "treadmill",
    ):
        page.check(f"input[name=equipment][value={equipment}]")
    for question in range(1, 8):
        page.check(f"input[name=q{question}][value=no]")
    page.click("form.intake button[type=submit]")
    page.wait_for_selector("text=Dana Reyes added.")
    client = Client.objects.get(name="Dana Reyes")
    assert client.trainer == User.objects.get(username="tess")

    # ...records an assessment; findings appear while typing (HTMX), before saving.
    page.click("text=New assessment")
    page.fill("#id_resting_hr", "72")
    page.fill("#id_blood_pressure", "124/78")
    page.fill("#id_weight", "82")
    page.fill("#id_waist_cm", "88")
    page.fill("#id_hip_cm", "104")
    page.check("input[name=ohsa_anterior][value=knees_move_inward]")
    page.check("input[name=ohsa_lateral][value=excessive_forward_lean]")
    page.fill("#id_push_up_reps", "12")
    page.locator("#id_push_up_reps").blur()
    page.wait_for_selector("#findings >> text=Recommended start")
    assert "Elevated" in page.inner_text("#findings")
    assert Assessment.objects.count() == 0
    shoot(page, "assessment-live-findings")
    page.click("#assessment-form button[type=submit]")
    page.wait_for_selector("text=Assessment recorded.")
    assert Assessment.objects.get(client=client).report["recommended_start_phase"] == 1
    shoot(page, "assessment")

    # ...generates a program, previews it, saves it.
    page.click("text=Generate a program from this")
    page.fill("#id_weeks", "12")
    page.click("text=Preview")
    page.wait_for_selector("text=Save this program")
    assert Program.objects.count() == 0
    page.click("text=Save this program")
    page.wait_for_selector("text=Program saved as version 1.")
    program = Program.objects.get(client=client)
    assert program.horizon_weeks == 12
    shoot(page, "annual-plan")

    # ...opens the first session card: all six sections.
    page.locator("a.session-chip").first.click()
    page.wait_for_selector("article.session-card")
    sections = page.locator("section.section h3").all_inner_texts()
    assert [re.sub(r"^\d\. ", "", s) for s in sections] == [
        "Warm-up",
        "Activation",
        "Skill development",
        "Resistance",
        "Client's choice",
        "Cool-down",
    ]
    shoot(page, "session-card")

    # ...invites the client.
    page.goto(f"{base}{client.get_absolute_url()}")
    page.click("text=Invite Dana Reyes")
    link = page.get_attribute("#invite-link", "href")
    assert link is not None and link.startswith("/accounts/join/")
    trainer.close()

    # The client opens the link on a phone, sets a password, and logs a set.
    phone = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = phone.new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{base}{link}")
    page.fill("#id_username", "dana")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/me/")
    first_set = page.locator("form.set-row").first
    first_set.locator("input[name=rpe]").fill("7")
    first_set.locator("button[type=submit]").click()
    page.wait_for_selector("form.set-row.done")
    row = SetLog.objects.get()
    assert (row.session_log.client, row.set_number, row.rpe) == (client, 1, 7)
    shoot(page, "phone-today")
    phone.close()
