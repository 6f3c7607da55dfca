from django.urls import reverse

from tests.web.base import BaseTestCase


class ApiTestCase(BaseTestCase):
    def get(self, path: str):  # type: ignore[no-untyped-def]
        return self.client.get(f"/api/{path}")

    def test_it_requires_a_session(self) -> None:
        self.assertEqual(self.get("clients/").status_code, 401)

    def test_it_lists_the_trainers_clients(self) -> None:
        self.login(self.alice)
        body = self.get("clients/").json()
        self.assertEqual([c["name"] for c in body], ["Ana Lima", "Ari Sato"])
        self.assertEqual(body[0]["has_portal_account"], True)

    def test_it_gives_a_client_user_only_their_record(self) -> None:
        self.login(self.ana_user)
        self.assertEqual([c["name"] for c in self.get("clients/").json()], ["Ana Lima"])
        self.assertEqual(self.get(f"clients/{self.ari.pk}").status_code, 404)

    def test_it_returns_the_program_document(self) -> None:
        program = self.make_program(self.ana)
        self.login(self.alice)
        body = self.get(f"programs/{program.pk}").json()
        self.assertEqual(body["schema"], "optcoach.program/v1")
        self.assertEqual(
            [s["id"] for s in body["weeks"][0]["sessions"][0]["sections"]],
            [
                "warm_up",
                "activation",
                "skill_development",
                "resistance",
                "clients_choice",
                "cool_down",
            ],
        )

    def test_it_returns_assessments_and_logs(self) -> None:
        assessment = self.make_assessment(self.ana, resting_hr=60)
        log = self.make_log(self.make_program(self.ana))
        self.login(self.ana_user)
        assessments = self.get(f"clients/{self.ana.pk}/assessments").json()
        self.assertEqual(
            [(a["id"], a["measurements"]["resting_hr"]) for a in assessments],
            [(assessment.pk, 60)],
        )
        logs = self.get(f"clients/{self.ana.pk}/logs").json()
        self.assertEqual(
            [(x["id"], [(s["target_reps"], s["reps"]) for s in x["sets"]]) for x in logs],
            [(log.pk, [(15, 14)])],
        )

    def test_it_checks_ownership(self) -> None:
        program = self.make_program(self.ana)
        assessment = self.make_assessment(self.ana)
        log = self.make_log(program)
        self.login(self.bob)
        for path in (
            f"clients/{self.ana.pk}",
            f"clients/{self.ana.pk}/assessments",
            f"clients/{self.ana.pk}/programs",
            f"clients/{self.ana.pk}/logs",
            f"assessments/{assessment.pk}",
            f"programs/{program.pk}",
            f"programs/{program.pk}/edits",
            f"logs/{log.pk}",
        ):
            with self.subTest(path=path):
                self.assertEqual(self.get(path).status_code, 404)

    def test_it_publishes_an_openapi_schema(self) -> None:
        response = self.client.get(reverse("api:openapi-json"))
        paths = sorted(response.json()["paths"])
        self.assertIn("/api/programs/{program_id}", paths)
