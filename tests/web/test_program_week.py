from django.urls import reverse

from tests.web.base import BaseTestCase


class ProgramWeekTestCase(BaseTestCase):
    def setUp(self) -> None:
        self.program = self.make_program(self.ana, weeks=2)

    def url(self, week: int, client_id: int | None = None) -> str:
        return reverse("programs:week", args=[client_id or self.ana.pk, self.program.pk, week])

    def test_it_shows_the_week_with_neighbours(self) -> None:
        self.login(self.alice)
        response = self.client.get(self.url(2))
        self.assertEqual(response.context["week"].index, 2)
        self.assertEqual(response.context["previous"].index, 1)
        self.assertIsNone(response.context["next"])

    def test_it_404s_for_a_week_outside_the_program(self) -> None:
        self.login(self.alice)
        self.assertEqual(self.client.get(self.url(3)).status_code, 404)

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        self.assertEqual(self.client.get(self.url(1)).status_code, 404)
