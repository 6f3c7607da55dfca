from django.urls import reverse

from optcoach.web.clients.models import Client
from tests.web.base import BaseTestCase

VALID = {
    "name": "Cy Park",
    "email": "cy@example.org",
    "sex": "male",
    "age": "52",
    "units": "imperial",
    "height": "70",
    "weight": "200",
    "goal": "general_fitness",
    "experience": "beginner",
    "days_per_week": "2",
    "weekdays": ["tue", "mon"],
    "session_minutes": "45",
    "equipment": ["dumbbells", "bench"],
    "conditions": ["hypertension"],
    "beta_blockers": "on",
    "medications": "lisinopril",
    "q1": "yes",
    "q2": "no",
    "q3": "no",
    "q4": "no",
    "q5": "yes",
    "q6": "no",
    "q7": "no",
    "clearance_date": "2026-12-01",
    "clearance_by": "Dr. Ng",
}


class ClientNewTestCase(BaseTestCase):
    url = reverse("clients:new")

    def test_it_stores_the_engine_client_document(self) -> None:
        self.login(self.alice)
        response = self.client.post(self.url, VALID)
        cy = Client.objects.get(name="Cy Park")
        self.assertRedirects(response, cy.get_absolute_url())
        self.assertEqual(cy.trainer, self.alice)
        self.assertEqual(
            cy.intake,
            {
                "schema": "optcoach.client/v1",
                "name": "Cy Park",
                "sex": "male",
                "units": "imperial",
                "height_in": 70.0,
                "weight_lb": 200.0,
                "goal": "general_fitness",
                "experience": "beginner",
                "days_per_week": 2,
                "session_minutes": 45,
                "equipment": ["bench", "dumbbells"],
                "preferences": {"favorites": [], "dislikes": []},
                "injuries": [],
                "conditions": [{"id": "hypertension"}],
                "medications": ["lisinopril", "beta_blockers"],
                "parq": {
                    "q1": True,
                    "q2": False,
                    "q3": False,
                    "q4": False,
                    "q5": True,
                    "q6": False,
                    "q7": False,
                },
                "history": {"occupation": "", "lifestyle": ""},
                "medical_clearance": {"date": "2026-12-01", "by": "Dr. Ng"},
                "age": 52,
                "weekdays": ["mon", "tue"],
            },
        )
        self.assertEqual(cy.engine_client().body_weight_kg, 90.72)

    def test_it_shows_engine_errors_beside_the_fields(self) -> None:
        self.login(self.alice)
        data = {**VALID, "age": "3", "height": "400", "days_per_week": "5", "clearance_date": ""}
        response = self.client.post(self.url, data)
        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].errors
        self.assertEqual(sorted(errors), ["age", "clearance_date", "height"])
        self.assertEqual(errors["age"], ["Input should be greater than or equal to 6"])
        self.assertContains(response, 'id="age-error"')
        self.assertFalse(Client.objects.filter(name="Cy Park").exists())

    def test_it_requires_every_parq_answer(self) -> None:
        self.login(self.alice)
        data = {k: v for k, v in VALID.items() if k != "q3"}
        response = self.client.post(self.url, data)
        self.assertEqual(response.context["form"].errors, {"q3": ["This field is required."]})

    def test_it_survives_junk_input(self) -> None:
        self.login(self.alice)
        junk = {key: "\x00<>'\"" * 3 for key in VALID}
        junk["weekdays"] = ["someday"]
        response = self.client.post(self.url, junk)
        self.assertEqual(response.status_code, 200)
        self.assertIn("name", response.context["form"].errors)
        self.assertEqual(Client.objects.filter(trainer=self.alice).count(), 2)
