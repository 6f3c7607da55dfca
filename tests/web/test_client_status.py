from django.urls import reverse

from optcoach.web.clients.models import Client
from tests.web.base import BaseTestCase


class ClientStatusTestCase(BaseTestCase):
    def url(self, client_id: int) -> str:
        return reverse("clients:status", args=[client_id])

    def test_it_sets_the_status(self) -> None:
        self.login(self.alice)
        self.client.post(self.url(self.ari.pk), {"status": "paused"})
        self.ari.refresh_from_db()
        self.assertEqual(self.ari.status, Client.Status.PAUSED)

    def test_it_rejects_an_unknown_status(self) -> None:
        self.login(self.alice)
        response = self.client.post(self.url(self.ari.pk), {"status": "deleted"}, follow=True)
        self.assertContains(response, "Choose one of the listed statuses.")
        self.ari.refresh_from_db()
        self.assertEqual(self.ari.status, Client.Status.ACTIVE)

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        self.assertEqual(
            self.client.post(self.url(self.ari.pk), {"status": "paused"}).status_code, 404
        )

    def test_it_refuses_get(self) -> None:
        self.login(self.alice)
        self.assertEqual(self.client.get(self.url(self.ari.pk)).status_code, 405)
