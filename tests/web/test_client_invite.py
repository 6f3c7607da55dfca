from django.urls import reverse

from optcoach.web.clients.models import Invitation
from tests.web.base import BaseTestCase


class ClientInviteTestCase(BaseTestCase):
    def url(self, client_id: int) -> str:
        return reverse("clients:invite", args=[client_id])

    def test_it_creates_one_open_invitation(self) -> None:
        self.login(self.alice)
        self.client.post(self.url(self.ari.pk))
        first = Invitation.objects.get(client=self.ari)
        self.client.post(self.url(self.ari.pk))
        second = Invitation.objects.get(client=self.ari)
        self.assertNotEqual(first.code, second.code)
        page = self.client.get(self.ari.get_absolute_url())
        self.assertContains(page, second.code)
        self.assertContains(page, f"/accounts/join/{second.code}/")

    def test_it_does_not_invite_a_client_with_an_account(self) -> None:
        self.login(self.alice)
        response = self.client.post(self.url(self.ana.pk), follow=True)
        self.assertContains(response, "This client already has an account.")
        self.assertEqual(Invitation.objects.filter(client=self.ana).count(), 0)

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        self.assertEqual(self.client.post(self.url(self.ari.pk)).status_code, 404)
        self.assertEqual(Invitation.objects.count(), 0)
