from django.contrib.auth.models import User
from django.urls import reverse

from optcoach.web.accounts.models import Profile
from tests.web.base import PASSWORD, BaseTestCase


class SignupTestCase(BaseTestCase):
    url = reverse("accounts:signup")

    def test_it_creates_a_trainer_and_signs_in(self) -> None:
        response = self.client.post(
            self.url,
            {
                "username": "carol",
                "email": "Carol@Example.org",
                "first_name": "Carol",
                "password1": PASSWORD,
                "password2": PASSWORD,
            },
        )
        self.assertRedirects(response, reverse("clients:list"))
        carol = User.objects.get(username="carol")
        self.assertEqual(carol.email, "carol@example.org")
        self.assertEqual(carol.profile.role, Profile.Role.TRAINER)
        self.assertEqual(self.client.get(reverse("clients:list")).context["rows"], [])

    def test_it_rejects_a_taken_email_beside_the_field(self) -> None:
        response = self.client.post(
            self.url,
            {
                "username": "carol",
                "email": "ALICE@example.org",
                "password1": PASSWORD,
                "password2": PASSWORD,
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.context["form"].errors["email"],
            ["An account with this email already exists."],
        )
        self.assertFalse(User.objects.filter(username="carol").exists())

    def test_it_rejects_mismatched_and_weak_passwords(self) -> None:
        response = self.client.post(
            self.url,
            {
                "username": "carol",
                "email": "c@example.org",
                "password1": "123",
                "password2": "1234",
            },
        )
        self.assertEqual(list(response.context["form"].errors), ["password2"])
