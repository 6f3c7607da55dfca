from django.urls import reverse

from optcoach.web.assessments.models import Assessment
from tests.web.base import BaseTestCase


class AssessmentDetailTestCase(BaseTestCase):
    def setUp(self) -> None:
        self.assessment = self.make_assessment(self.ana, resting_hr=64, waist_cm=80.0)

    def url(self, client_id: int, assessment_id: int) -> str:
        return reverse("assessments:detail", args=[client_id, assessment_id])

    def test_it_shows_measurements_and_findings(self) -> None:
        self.login(self.alice)
        response = self.client.get(self.url(self.ana.pk, self.assessment.pk))
        self.assertEqual(
            response.context["measurements"],
            [("date", "2027-01-04"), ("resting_hr", 64), ("waist_cm", 80.0)],
        )
        self.assertContains(response, "Recommended start: <strong>phase 1</strong>", html=False)

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        self.assertEqual(
            self.client.get(self.url(self.ana.pk, self.assessment.pk)).status_code, 404
        )

    def test_it_404s_when_the_client_in_the_url_is_another(self) -> None:
        self.login(self.alice)
        self.assertEqual(
            self.client.get(self.url(self.ari.pk, self.assessment.pk)).status_code, 404
        )


class AssessmentStorageTestCase(BaseTestCase):
    def test_it_never_overwrites_a_recorded_assessment(self) -> None:
        assessment = self.make_assessment(self.ana, resting_hr=64)
        assessment.measurements = {"resting_hr": 99}
        with self.assertRaisesMessage(ValueError, "assessments are never overwritten"):
            assessment.save()
        self.assertEqual(
            Assessment.objects.get(pk=assessment.pk).measurements,
            {"date": "2027-01-04", "resting_hr": 64},
        )
