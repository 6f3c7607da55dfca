from django.urls import reverse

from optcoach.web.portal.models import SessionLog
from tests.web.base import BaseTestCase


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

    def test_it_404s_for_a_missing_session(self) -> None:
        self.login(self.ana_user)
        self.assertEqual(self.client.post(reverse("portal:finish", args=[7, 0])).status_code, 404)

    def test_it_checks_ownership(self) -> None:
        self.login(self.bea_user)
        self.assertEqual(self.client.post(reverse("portal:finish", args=[1, 1])).status_code, 404)
        self.assertEqual(SessionLog.objects.count(), 0)
