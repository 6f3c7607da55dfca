from django.urls import reverse

from tests.web.base import BaseTestCase


class PortalSessionTestCase(BaseTestCase):
    def test_it_shows_a_chosen_session_with_what_was_logged(self) -> None:
        program = self.make_program(self.ana)
        log = self.make_log(program)
        self.login(self.ana_user)
        response = self.client.get(reverse("portal:session", args=[1, 0]))
        self.assertEqual(response.context["log"], log)
        resistance = response.context["rows"][2]
        self.assertEqual([s["done"] is not None for s in resistance["sets"]], [True, False])

    def test_it_404s_without_a_program(self) -> None:
        self.login(self.ana_user)
        self.assertEqual(self.client.get(reverse("portal:session", args=[1, 0])).status_code, 404)
