from django.urls import reverse

from tests.web.base import PASSWORD, BaseTestCase


class LoginTestCase(BaseTestCase):
    def test_it_signs_in_with_the_password(self) -> None:
        response = self.client.post(
            reverse("accounts:login"), {"username": "alice", "password": PASSWORD}
        )
        self.assertRedirects(response, reverse("home"), fetch_redirect_response=False)
        self.assertEqual(self.client.session["_auth_user_id"], str(self.alice.pk))

    def test_it_shows_an_error_for_a_wrong_password(self) -> None:
        response = self.client.post(
            reverse("accounts:login"), {"username": "alice", "password": "nope"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Please enter a correct username and password")

    def test_it_redirects_anonymous_users_to_sign_in(self) -> None:
        url = reverse("clients:list")
        response = self.client.get(url)
        self.assertRedirects(response, f"{reverse('accounts:login')}?next={url}")
