from django.urls import reverse

from optcoach.web.assessments.models import Assessment
from tests.web.base import BaseTestCase

MEASURED = {
    "date": "2027-01-02",
    "resting_hr": "72",
    "blood_pressure": "124/78",
    "weight": "82",
    "waist_cm": "88",
    "hip_cm": "104",
    "skinfold_biceps": "8",
    "skinfold_triceps": "14",
    "skinfold_subscapular": "10",
    "skinfold_suprailiac": "8",
    "ohsa_anterior": ["knees_move_inward"],
    "ohsa_lateral": ["excessive_forward_lean"],
    "push_up_reps": "12",
    "lift1_exercise": "dumbbell_chest_press",
    "lift1_weight": "12",
    "lift1_reps": "10",
}


class AssessmentNewTestCase(BaseTestCase):
    def url(self, client_id: int) -> str:
        return reverse("assessments:new", args=[client_id])

    def test_it_groups_ohsa_compensations_by_view(self) -> None:
        self.login(self.alice)
        form = self.client.get(self.url(self.ana.pk)).context["form"]
        self.assertEqual(
            [value for value, _ in form.fields["ohsa_anterior"].choices],
            ["feet_turn_out", "knees_move_inward", "knees_move_outward"],
        )
        self.assertEqual(
            [title for title, _ in form.groups()],
            [
                "Vitals",
                "Body composition",
                "Cardiorespiratory tests",
                "Movement assessments",
                "Performance tests",
            ],
        )

    def test_it_records_measurements_and_the_engines_findings(self) -> None:
        self.login(self.alice)
        response = self.client.post(self.url(self.ana.pk), MEASURED)
        assessment = Assessment.objects.get(client=self.ana)
        self.assertRedirects(response, assessment.get_absolute_url())
        self.assertEqual(
            assessment.measurements,
            {
                "date": "2027-01-02",
                "resting_hr": 72,
                "blood_pressure": "124/78",
                "weight_kg": 82.0,
                "waist_cm": 88.0,
                "hip_cm": 104.0,
                "skinfolds_mm": {
                    "biceps": 8.0,
                    "triceps": 14.0,
                    "subscapular": 10.0,
                    "suprailiac": 8.0,
                },
                "static_posture": [],
                "ohsa": ["knees_move_inward", "excessive_forward_lean"],
                "pushing": [],
                "pulling": [],
                "push_up_reps": 12,
                "shark_skill_faults": 0,
                "strength_tests": [],
                "lifts": [{"exercise_id": "dumbbell_chest_press", "weight_kg": 12.0, "reps": 10}],
            },
        )
        report = assessment.report
        self.assertEqual(
            (
                report["blood_pressure"]["category"],
                report["bmi"]["value"],
                report["body_fat"]["percent"],
                report["one_rep_max"],
                report["recommended_start_phase"],
            ),
            ("elevated", 30.1, 28.1, {"dumbbell_chest_press": 16.0}, 1),
        )
        self.assertEqual((assessment.recorded_by, assessment.ruleset), (self.alice, "cpt7"))

    def test_it_keeps_earlier_assessments_and_reports_the_change(self) -> None:
        self.login(self.alice)
        self.client.post(self.url(self.ana.pk), {**MEASURED, "push_up_reps": "8"})
        first = Assessment.objects.get()
        self.client.post(self.url(self.ana.pk), {**MEASURED, "date": "2027-02-01"})
        self.assertEqual(Assessment.objects.filter(client=self.ana).count(), 2)
        self.assertEqual(Assessment.objects.get(pk=first.pk).measurements["push_up_reps"], 8)
        latest = Assessment.objects.exclude(pk=first.pk).get()
        changes = {c["measure"]: c for c in latest.report["reassessment"]["changes"]}
        self.assertEqual(
            changes["push_up_reps"],
            {
                "measure": "push_up_reps",
                "before": 8.0,
                "after": 12.0,
                "change": 4.0,
                "verdict": "better",
            },
        )
        self.assertNotIn("previous", latest.measurements)

    def test_it_shows_engine_errors_beside_the_fields(self) -> None:
        self.login(self.alice)
        data = {
            **MEASURED,
            "blood_pressure": "80/120",
            "skinfold_triceps": "95",
            "lift1_reps": "",
            "lift1_weight": "12",
        }
        response = self.client.post(self.url(self.ana.pk), data)
        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].errors
        self.assertEqual(
            errors,
            {
                "blood_pressure": ["the diastolic number must be below the systolic"],
                "skinfold_triceps": ["Input should be less than or equal to 80"],
                "lift1_reps": ["Input should be a valid integer"],
            },
        )
        self.assertEqual(Assessment.objects.count(), 0)

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        self.assertEqual(self.client.get(self.url(self.ana.pk)).status_code, 404)
        self.assertEqual(self.client.post(self.url(self.ana.pk), MEASURED).status_code, 404)
        self.assertEqual(Assessment.objects.count(), 0)


class AssessmentPreviewTestCase(BaseTestCase):
    def url(self, client_id: int) -> str:
        return reverse("assessments:preview", args=[client_id])

    def test_it_returns_findings_without_saving(self) -> None:
        self.login(self.alice)
        response = self.client.post(
            self.url(self.ana.pk),
            {"date": "2027-01-02", "blood_pressure": "150/95"},
            headers={"HX-Request": "true"},
        )
        self.assertTemplateNotUsed(response, "base.html")
        self.assertEqual(response.context["report"]["blood_pressure"]["category"], "stage_2")
        self.assertContains(response, "150/95 · Stage 2")
        self.assertEqual(Assessment.objects.count(), 0)

    def test_it_lists_field_errors_in_the_fragment(self) -> None:
        self.login(self.alice)
        response = self.client.post(
            self.url(self.ana.pk), {"date": "2027-01-02", "resting_hr": "400"}
        )
        self.assertIsNone(response.context["report"])
        self.assertContains(
            response, "Resting heart rate (bpm)</a>: Input should be less than or equal to 250"
        )

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        self.assertEqual(self.client.post(self.url(self.ana.pk), {}).status_code, 404)
