import datetime as dt

from django.urls import reverse

from optcoach.web.portal.models import SessionLog
from optcoach.web.programs.models import ProgramEdit
from tests.web.base import START, BaseTestCase


class PortalFinishTestCase(BaseTestCase):
    def setUp(self) -> None:
        self.program = self.make_program(self.ana)

    def test_it_finishes_the_session_with_a_note(self) -> None:
        self.login(self.ana_user)
        response = self.client.post(reverse("portal:finish", args=[1, 1]), {"note": "good"})
        log = SessionLog.objects.get()
        self.assertRedirects(response, reverse("portal:log", args=[log.pk]))
        self.assertEqual((log.week_index, log.session_index, log.note), (1, 1, "good"))
        self.assertIsNotNone(log.finished)

    def test_it_finishes_even_when_progression_is_refused(self) -> None:
        self.ana.intake["parq"]["q2"] = True  # a re-plan now needs a medical clearance
        self.ana.save()
        self.make_assessment(self.ana, START + dt.timedelta(days=1))
        self.login(self.ana_user)
        self.client.post(
            reverse("portal:log_set", args=[1, 1, 3, 0, 1]), {"reps": "15", "load": "10"}
        )
        with self.assertLogs("optcoach.web.portal.views", "WARNING") as logs:
            response = self.client.post(reverse("portal:finish", args=[1, 1]))
        log = SessionLog.objects.get()
        self.assertRedirects(response, reverse("portal:log", args=[log.pk]))
        self.assertIsNotNone(log.finished)
        self.assertIn("clearance", logs.output[0])
        self.assertEqual(ProgramEdit.objects.count(), 0)

    def test_it_404s_for_a_missing_session(self) -> None:
        self.login(self.ana_user)
        self.assertEqual(self.client.post(reverse("portal:finish", args=[7, 0])).status_code, 404)

    def test_it_checks_ownership(self) -> None:
        self.login(self.bea_user)
        self.assertEqual(self.client.post(reverse("portal:finish", args=[1, 1])).status_code, 404)
        self.assertEqual(SessionLog.objects.count(), 0)
