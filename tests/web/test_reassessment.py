"""Reassessment reminders: the engine's due date in the client list, a banner on the trainer's
dashboard (the client list) and on the client's page; recording an assessment moves it."""

import datetime as dt
from unittest import mock

from django.urls import reverse

from optcoach.web.programs.progression import refresh_reassessment
from tests.web.base import START, BaseTestCase
from tests.web.test_assessment_new import MEASURED

BANNER_DAY = dt.date(2027, 1, 27)  # five days before the block's 4-week reassessment


class ReassessmentTestCase(BaseTestCase):
    def setUp(self) -> None:
        self.program = self.make_program(self.ana, weeks=10)
        self.make_assessment(self.ana, START - dt.timedelta(days=2))
        self.make_assessment(self.ari, START - dt.timedelta(days=2))
        refresh_reassessment(self.program)

    def get(self, url: str, day: dt.date) -> object:
        with mock.patch("django.utils.timezone.localdate", return_value=day):
            return self.client.get(url)

    def test_it_stores_the_engines_due_date(self) -> None:
        self.program.refresh_from_db()
        self.assertEqual(self.program.reassessment_due, dt.date(2027, 2, 1))

    def test_it_reminds_on_the_dashboard_within_a_week(self) -> None:
        self.login(self.alice)
        early = self.get(reverse("clients:list"), START)
        self.assertEqual(early.context["reminders"], [])
        self.assertNotContains(early, 'id="reassessment-reminders"')
        soon = self.get(reverse("clients:list"), BANNER_DAY)
        self.assertEqual([r["client"].name for r in soon.context["reminders"]], ["Ana Lima"])
        self.assertContains(soon, "Ana Lima</a>: 1 Feb 2027")
        late = self.get(reverse("clients:list"), dt.date(2027, 2, 3))
        self.assertContains(late, "Ana Lima</a>: overdue since 1 Feb 2027")

    def test_it_shows_a_banner_on_the_clients_page(self) -> None:
        self.login(self.alice)
        page = self.get(reverse("clients:detail", args=[self.ana.pk]), BANNER_DAY)
        self.assertContains(page, "Reassessment due on 1 Feb 2027.")
        quiet = self.get(reverse("clients:detail", args=[self.ana.pk]), START)
        self.assertNotContains(quiet, 'id="reassessment-reminder"')

    def test_it_moves_the_date_when_an_assessment_is_recorded(self) -> None:
        self.login(self.alice)
        response = self.client.post(
            reverse("assessments:new", args=[self.ana.pk]), {**MEASURED, "date": "2027-01-30"}
        )
        self.assertEqual(response.status_code, 302)
        self.program.refresh_from_db()
        self.assertEqual(self.program.reassessment_due, dt.date(2027, 3, 1))

    def test_it_is_not_shown_to_another_trainer(self) -> None:
        self.login(self.bob)
        page = self.get(reverse("clients:list"), BANNER_DAY)
        self.assertEqual(  # bob's own clients, never assessed
            [r["client"].name for r in page.context["reminders"]], ["Bea Cole", "Ben Ode"]
        )
        self.assertEqual(
            self.get(reverse("clients:detail", args=[self.ana.pk]), BANNER_DAY).status_code, 404
        )
