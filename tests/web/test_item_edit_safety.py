"""Item editing: a safety violation (``safety.*``) is never saved, whatever the trainer ticks."""

from django.urls import reverse

from optcoach.web.programs.models import Program, ProgramEdit
from tests.web.base import START, BaseTestCase, intake, program_document


class ItemEditSafetyTestCase(BaseTestCase):
    def setUp(self) -> None:
        document = program_document("Ana Lima")
        document["client"] = intake("Ana Lima", conditions=[{"id": "hypertension"}])
        self.program = Program.objects.create(
            client=self.ana,
            original=document,
            document=document,
            start=START,
            horizon_weeks=2,
            created_by=self.alice,
        )
        self.url = reverse("programs:item_edit", args=[self.ana.pk, self.program.pk, 1, 0, 3, 0])

    def post(self, **changes: str) -> object:
        data = {
            "exercise_id": "stability_ball_dumbbell_chest_press",
            "sets": "2",
            "reps": "15",
            "duration_s": "",
            "tempo": "4-2-1-1",
            "load": "10",
            "action": "save",
            "accept_violations": "on",
        }
        return self.client.post(self.url, {**data, **changes})

    def test_it_refuses_a_safety_violation_even_with_the_tick(self) -> None:
        self.login(self.alice)
        response = self.post(reps="8")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            [i.code for i in response.context["refused"]],
            ["safety.E006"],
        )
        self.assertContains(response, "cannot be saved, even with the tick")
        self.program.refresh_from_db()
        self.assertEqual(self.program.version, 1)
        self.assertEqual(ProgramEdit.objects.count(), 0)
