from django.urls import reverse

from tests.web.base import BaseTestCase
from tests.web.test_client_new import VALID


class ClientIntakeTestCase(BaseTestCase):
    def url(self, client_id: int) -> str:
        return reverse("clients:intake", args=[client_id])

    def test_it_prefills_the_form_from_the_document(self) -> None:
        self.login(self.alice)
        form = self.client.get(self.url(self.ana.pk)).context["form"]
        self.assertEqual(
            {k: form.initial[k] for k in ("name", "units", "height", "weight", "goal", "q1")},
            {
                "name": "Ana Lima",
                "units": "metric",
                "height": 165.0,
                "weight": 78.0,
                "goal": "fat_loss",
                "q1": "no",
            },
        )

    def test_it_saves_a_changed_intake(self) -> None:
        self.login(self.alice)
        response = self.client.post(self.url(self.ana.pk), {**VALID, "name": "Ana L."})
        self.assertRedirects(response, self.ana.get_absolute_url())
        self.ana.refresh_from_db()
        self.assertEqual((self.ana.name, self.ana.intake["name"]), ("Ana L.", "Ana L."))
        self.assertEqual(self.ana.intake["weight_lb"], 200.0)

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        self.assertEqual(self.client.get(self.url(self.ana.pk)).status_code, 404)
        self.assertEqual(self.client.post(self.url(self.ana.pk), VALID).status_code, 404)
        self.ana.refresh_from_db()
        self.assertEqual(self.ana.name, "Ana Lima")
