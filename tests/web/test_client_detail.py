from django.urls import reverse

from tests.web.base import BaseTestCase


class ClientDetailTestCase(BaseTestCase):
    def url(self, client_id: int) -> str:
        return reverse("clients:detail", args=[client_id])

    def test_it_shows_profile_assessments_programs(self) -> None:
        assessment = self.make_assessment(self.ari)
        program = self.make_program(self.ari)
        self.login(self.alice)
        response = self.client.get(self.url(self.ari.pk))
        self.assertEqual(list(response.context["assessments"]), [assessment])
        self.assertEqual(list(response.context["programs"]), [program])
        self.assertContains(response, "Fat loss")
        self.assertContains(response, f'href="{assessment.get_absolute_url()}"')

    def test_it_lists_parq_yes_answers(self) -> None:
        self.ari.intake["parq"]["q2"] = True
        self.ari.save()
        self.login(self.alice)
        response = self.client.get(self.url(self.ari.pk))
        self.assertEqual(response.context["parq_yes"], ["q2"])
        self.assertContains(response, "medical clearance needed")

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        self.assertEqual(self.client.get(self.url(self.ana.pk)).status_code, 404)

    def test_it_is_not_for_client_users(self) -> None:
        self.login(self.ana_user)
        self.assertEqual(self.client.get(self.url(self.ana.pk)).status_code, 404)
