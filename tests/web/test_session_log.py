from django.urls import reverse

from tests.web.base import BaseTestCase


class SessionLogTestCase(BaseTestCase):
    def setUp(self) -> None:
        self.program = self.make_program(self.ana)
        self.log = self.make_log(self.program, finished=True)

    def url(self, client_id: int) -> str:
        return reverse("programs:log", args=[client_id, self.log.pk])

    def test_it_shows_target_beside_actual(self) -> None:
        self.login(self.alice)
        response = self.client.get(self.url(self.ana.pk))
        self.assertEqual(
            [
                (s.target_reps, s.reps, s.target_load_kg, s.load_kg)
                for s in response.context["sets"]
            ],
            [(15, 14, 10.0, 10.0)],
        )
        self.assertContains(response, "<td>15 reps</td>", html=True)
        self.assertContains(response, "<td>14 reps</td>", html=True)

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        self.assertEqual(self.client.get(self.url(self.ana.pk)).status_code, 404)

    def test_it_404s_under_another_client_of_the_same_trainer(self) -> None:
        self.login(self.alice)
        self.assertEqual(self.client.get(self.url(self.ari.pk)).status_code, 404)
