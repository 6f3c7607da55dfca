import datetime as dt

from django.urls import reverse
from django.utils import timezone

from optcoach.web.accounts.models import Profile
from optcoach.web.clients.models import Invitation
from tests.web.base import PASSWORD, BaseTestCase


class JoinTestCase(BaseTestCase):
    def setUp(self) -> None:
        self.invitation = Invitation.objects.create(client=self.ari, created_by=self.alice)

    def test_it_creates_the_client_account_and_links_it(self) -> None:
        response = self.client.post(
            reverse("accounts:join", args=[self.invitation.code]),
            {"username": "ari", "password1": PASSWORD, "password2": PASSWORD},
        )
        self.assertRedirects(response, reverse("portal:today"))
        self.ari.refresh_from_db()
        assert self.ari.user is not None
        self.assertEqual(self.ari.user.username, "ari")
        self.assertEqual(self.ari.user.profile.role, Profile.Role.CLIENT)
        self.invitation.refresh_from_db()
        self.assertIsNotNone(self.invitation.accepted)

    def test_it_refuses_a_used_invitation(self) -> None:
        self.client.post(
            reverse("accounts:join", args=[self.invitation.code]),
            {"username": "ari", "password1": PASSWORD, "password2": PASSWORD},
        )
        self.client.logout()
        response = self.client.get(reverse("accounts:join", args=[self.invitation.code]))
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, "This invitation is not valid", status_code=404)

    def test_it_refuses_an_expired_invitation(self) -> None:
        Invitation.objects.filter(pk=self.invitation.pk).update(
            created=timezone.now() - dt.timedelta(days=15)
        )
        response = self.client.post(
            reverse("accounts:join", args=[self.invitation.code]),
            {"username": "ari", "password1": PASSWORD, "password2": PASSWORD},
        )
        self.assertContains(response, "it expired", status_code=404)
        self.ari.refresh_from_db()
        self.assertIsNone(self.ari.user)

    def test_it_refuses_an_unknown_code(self) -> None:
        response = self.client.get(reverse("accounts:join", args=["ZZZZZZZZZZ"]))
        self.assertEqual(response.status_code, 404)

    def test_it_rejects_a_taken_username_beside_the_field(self) -> None:
        response = self.client.post(
            reverse("accounts:join", args=[self.invitation.code]),
            {"username": "ALICE", "password1": PASSWORD, "password2": PASSWORD},
        )
        self.assertEqual(response.context["form"].errors, {"username": ["This username is taken."]})


class JoinCodeTestCase(BaseTestCase):
    def test_it_forwards_a_typed_code_to_its_invitation(self) -> None:
        invitation = Invitation.objects.create(client=self.ari, created_by=self.alice)
        typed = f" {invitation.code[:5].lower()}-{invitation.code[5:].lower()} "
        response = self.client.post(reverse("accounts:join_code"), {"code": typed})
        self.assertRedirects(response, reverse("accounts:join", args=[invitation.code]))

    def test_it_explains_a_malformed_code(self) -> None:
        response = self.client.post(reverse("accounts:join_code"), {"code": "abc!"})
        self.assertEqual(
            response.context["form"].errors["code"],
            ["An invitation code has 10 letters and digits, as your trainer gave it."],
        )
