from django.urls import reverse

from tests.web.base import BaseTestCase


class ProgramSessionTestCase(BaseTestCase):
    def setUp(self) -> None:
        self.program = self.make_program(self.ana, weeks=2)

    def url(self, week: int, session: int) -> str:
        return reverse("programs:session", args=[self.ana.pk, self.program.pk, week, session])

    def test_it_shows_six_sections_with_acute_variables(self) -> None:
        self.login(self.alice)
        response = self.client.get(self.url(1, 0))
        self.assertEqual(
            [s.id for s in response.context["session"].sections],
            [
                "warm_up",
                "activation",
                "skill_development",
                "resistance",
                "clients_choice",
                "cool_down",
            ],
        )
        self.assertContains(response, "Stability ball dumbbell chest press")
        self.assertContains(response, "<td>4-2-1-1</td>", html=True)
        self.assertContains(response, "<td>10 kg</td>", html=True)
        self.assertContains(response, "55.0 % 1RM")

    def test_it_shows_loads_in_the_clients_units(self) -> None:
        self.ana.intake["units"] = "imperial"
        self.ana.save()
        self.login(self.alice)
        response = self.client.get(self.url(1, 0))
        self.assertContains(response, "<td>22 lb</td>", html=True)

    def test_it_links_the_clients_log(self) -> None:
        log = self.make_log(self.program)
        self.login(self.alice)
        response = self.client.get(self.url(1, 0))
        self.assertContains(response, reverse("programs:log", args=[self.ana.pk, log.pk]))

    def test_it_404s_for_a_missing_session(self) -> None:
        self.login(self.alice)
        self.assertEqual(self.client.get(self.url(1, 3)).status_code, 404)

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        self.assertEqual(self.client.get(self.url(1, 0)).status_code, 404)
