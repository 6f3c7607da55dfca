import datetime as dt
from unittest import mock

from django.urls import reverse

from optcoach.web.clients.models import Client
from optcoach.web.programs.progression import refresh_reassessment
from tests.web.base import START, BaseTestCase


class ClientListTestCase(BaseTestCase):
    url = reverse("clients:list")

    def names(self, response) -> list[str]:  # type: ignore[no-untyped-def]
        return [row["client"].name for row in response.context["rows"]]

    def test_it_lists_only_the_trainers_clients(self) -> None:
        self.login(self.alice)
        self.assertEqual(self.names(self.client.get(self.url)), ["Ana Lima", "Ari Sato"])

    def test_it_searches_by_name_and_status(self) -> None:
        Client.objects.filter(pk=self.ari.pk).update(status=Client.Status.PAUSED)
        self.login(self.alice)
        self.assertEqual(self.names(self.client.get(self.url, {"q": "ari"})), ["Ari Sato"])
        self.assertEqual(self.names(self.client.get(self.url, {"status": "paused"})), ["Ari Sato"])
        self.assertEqual(self.names(self.client.get(self.url, {"q": "Bea"})), [])

    def test_it_returns_only_the_rows_to_htmx(self) -> None:
        self.login(self.alice)
        response = self.client.get(self.url, {"q": "Ana"}, headers={"HX-Request": "true"})
        self.assertTemplateUsed(response, "clients/list_rows.html")
        self.assertTemplateNotUsed(response, "base.html")

    def test_it_shows_phase_next_session_and_reassessment(self) -> None:
        program = self.make_program(self.ana, weeks=6)
        self.make_assessment(self.ana, START - dt.timedelta(days=2))
        refresh_reassessment(program)
        self.login(self.alice)
        with mock.patch("django.utils.timezone.localdate", return_value=START):
            rows = self.client.get(self.url).context["rows"]
        ana = rows[0]["status"]
        self.assertEqual(
            (ana.phase, ana.next_session, ana.reassessment_due, rows[0]["overdue"]),
            (1, START, dt.date(2027, 2, 1), False),
        )
        ari = rows[1]["status"]
        self.assertEqual((ari.phase, ari.next_session, ari.reassessment_due), (None, None, START))

    def test_it_ignores_junk_filters(self) -> None:
        self.login(self.alice)
        response = self.client.get(self.url, {"status": "<script>", "q": "x" * 500})
        self.assertEqual(self.names(response), ["Ana Lima", "Ari Sato"])

    def test_it_is_not_for_client_users(self) -> None:
        self.login(self.ana_user)
        self.assertEqual(self.client.get(self.url).status_code, 404)
