"""The trainer runs progression on request, or re-plans the future from a new assessment."""

import datetime as dt

from django.urls import reverse

from optcoach.model.assessment_input import AssessmentInput
from optcoach.web.assessments.findings import findings_for
from optcoach.web.assessments.models import Assessment
from optcoach.web.programs.models import Program, ProgramEdit
from tests.web.base import START, BaseTestCase, bench_press_document, log_bench_press


class ProgramProgressTestCase(BaseTestCase):
    def setUp(self) -> None:
        document = bench_press_document("Ana Lima")
        self.program = Program.objects.create(
            client=self.ana,
            original=document,
            document=document,
            start=START,
            horizon_weeks=4,
            created_by=self.alice,
        )
        self.url = reverse("programs:progress", args=[self.ana.pk, self.program.pk])

    def log(self, session_index: int, reps: int) -> None:
        """Store week 1's session as logged (2 sets at 40 kg) without finishing it."""
        log_bench_press(self.program, 1, session_index, [(reps, 40.0), (reps, 40.0)])

    def assess(self, day: dt.date) -> Assessment:
        measurements = AssessmentInput.model_validate({"date": day.isoformat(), "ohsa": []})
        return Assessment.objects.create(
            client=self.ana,
            date=day,
            measurements=measurements.model_dump(mode="json", exclude_none=True),
            report=findings_for(self.ana, measurements),
            recorded_by=self.alice,
        )

    def test_it_runs_progression_when_the_trainer_asks(self) -> None:
        self.log(0, 12)
        self.log(1, 13)
        self.login(self.alice)
        response = self.client.post(self.url)
        self.assertRedirects(response, self.program.get_absolute_url())
        edit = ProgramEdit.objects.get()
        self.assertEqual(
            (edit.version, edit.author, edit.edited_by, edit.summary),
            (2, "optcoach progression", self.alice, "run by alice: load up 42.5 kg"),
        )
        self.assertEqual(
            [str(m) for m in response.wsgi_request._messages], ["Saved as version 2: 1 decision."]
        )

    def test_it_says_when_there_is_nothing_to_change(self) -> None:
        self.login(self.alice)
        response = self.client.post(self.url)
        self.assertEqual(
            [str(m) for m in response.wsgi_request._messages],
            ["Progression found nothing to change."],
        )
        self.assertEqual(ProgramEdit.objects.count(), 0)

    def test_it_replans_the_future_from_a_new_assessment(self) -> None:
        assessment = self.assess(dt.date(2027, 1, 13))
        self.login(self.alice)
        detail = self.client.get(assessment.get_absolute_url())
        self.assertContains(detail, "Re-plan the future from this assessment")
        response = self.client.post(self.url, {"assessment": str(assessment.pk)})
        self.assertRedirects(response, self.program.get_absolute_url())
        edit = ProgramEdit.objects.get()
        self.assertEqual(
            [(d["kind"], d["date"]) for d in edit.decisions],
            [("reassessment", "2027-01-14"), ("replan", "2027-01-18")],
        )
        self.assertEqual(
            edit.summary,
            "re-plan from the assessment of 2027-01-13 by alice: reassessment "
            "overactive none; underactive none; replan phase 2",
        )
        self.program.refresh_from_db()
        weeks = self.program.document["weeks"]
        self.assertEqual(
            [w["start"] for w in weeks], ["2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25"]
        )
        self.assertEqual(
            [w["sessions"][0]["sections"][3]["items"][0]["load_kg"] for w in weeks[:2]],
            [40.0, 40.0],
        )
        self.assertEqual(self.program.document["client"]["assessment"]["date"], "2027-01-13")

    def test_it_shows_the_engines_refusal_when_a_replan_needs_clearance(self) -> None:
        self.ana.intake["parq"]["q2"] = True
        self.ana.save()
        assessment = self.assess(dt.date(2027, 1, 13))
        self.login(self.alice)
        response = self.client.post(self.url, {"assessment": str(assessment.pk)})
        self.assertRedirects(response, self.program.get_absolute_url())
        [message] = [str(m) for m in response.wsgi_request._messages]
        self.assertIn("clearance", message)
        self.assertEqual(ProgramEdit.objects.count(), 0)
        self.program.refresh_from_db()
        self.assertEqual(self.program.version, 1)

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        self.assertEqual(self.client.post(self.url).status_code, 404)
        self.login(self.ana_user)
        self.assertEqual(self.client.post(self.url).status_code, 404)
        bobs = self.make_program(self.bea)
        foreign = self.assess(dt.date(2027, 1, 13))
        self.login(self.bob)
        url = reverse("programs:progress", args=[self.bea.pk, bobs.pk])
        self.assertEqual(self.client.post(url, {"assessment": str(foreign.pk)}).status_code, 404)
        self.assertEqual(ProgramEdit.objects.count(), 0)
