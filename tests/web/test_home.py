from django.urls import reverse

from tests.web.base import BaseTestCase


class HomeTestCase(BaseTestCase):
    def test_it_shows_the_welcome_page_to_visitors(self) -> None:
        response = self.client.get(reverse("home"))
        self.assertContains(response, "Sign up as a trainer")

    def test_it_sends_trainers_to_their_client_list(self) -> None:
        self.login(self.alice)
        response = self.client.get(reverse("home"))
        self.assertRedirects(response, reverse("clients:list"))

    def test_it_sends_clients_to_today(self) -> None:
        self.login(self.ana_user)
        response = self.client.get(reverse("home"))
        self.assertRedirects(response, reverse("portal:today"))
