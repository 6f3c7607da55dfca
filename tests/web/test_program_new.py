import datetime as dt

from django.urls import reverse

from optcoach.web.programs.models import Program
from tests.web.base import START, BaseTestCase


class ProgramNewTestCase(BaseTestCase):
    def url(self, client_id: int) -> str:
        return reverse("programs:new", args=[client_id])

    def test_it_shows_the_form_without_building(self) -> None:
        self.login(self.alice)
        response = self.client.get(self.url(self.ana.pk))
        self.assertIsNone(response.context["preview"])
        self.assertEqual(response.context["form"].is_bound, False)

    def test_it_previews_the_engines_program_without_saving(self) -> None:
        self.make_assessment(self.ana, resting_hr=70, ohsa=["knees_move_inward"])
        self.login(self.alice)
        response = self.client.get(
            self.url(self.ana.pk), {"weeks": "8", "start": START.isoformat(), "ruleset": ""}
        )
        preview = response.context["preview"]
        self.assertEqual((preview.start, preview.horizon_weeks), (START, 8))
        self.assertEqual([w.index for w in preview.weeks], list(range(1, 9)))
        self.assertEqual(preview.blocks[0].start, START)
        self.assertEqual(response.context["first_week"]["week"].index, 1)
        self.assertContains(response, "Save this program")
        self.assertContains(response, '<input type="hidden" name="weeks" value="8">', html=True)
        self.assertEqual(Program.objects.count(), 0)

    def test_it_names_the_clearance_a_client_needs(self) -> None:
        self.ari.intake["parq"]["q2"] = True
        self.ari.save()
        self.login(self.alice)
        response = self.client.get(self.url(self.ari.pk), {"weeks": "8"})
        self.assertIsNone(response.context["preview"])
        errors = response.context["form"].non_field_errors()
        self.assertEqual(len(errors), 1)
        self.assertIn("clearance", errors[0])

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        self.assertEqual(self.client.get(self.url(self.ana.pk), {"weeks": "8"}).status_code, 404)


class ProgramSaveTestCase(BaseTestCase):
    def url(self, client_id: int) -> str:
        return reverse("programs:save", args=[client_id])

    def test_it_stores_the_previewed_program_as_version_one(self) -> None:
        assessment = self.make_assessment(self.ana, resting_hr=70)
        self.login(self.alice)
        params = {"weeks": "6", "start": START.isoformat(), "ruleset": "cpt7"}
        preview = self.client.get(reverse("programs:new", args=[self.ana.pk]), params)
        response = self.client.post(self.url(self.ana.pk), params)
        program = Program.objects.get()
        self.assertRedirects(response, program.get_absolute_url())
        self.assertEqual(
            (
                program.client,
                program.assessment,
                program.version,
                program.start,
                program.horizon_weeks,
                program.created_by,
            ),
            (self.ana, assessment, 1, START, 6, self.alice),
        )
        expected = preview.context["preview"].model_dump(mode="json", by_alias=True)
        self.assertEqual(program.document, expected)
        self.assertEqual(program.original, expected)
        self.assertEqual(
            program.summary["sessions"][0][0], program.document["weeks"][0]["sessions"][0]["date"]
        )

    def test_it_rejects_bad_parameters_beside_the_field(self) -> None:
        self.login(self.alice)
        response = self.client.post(self.url(self.ana.pk), {"weeks": "0", "start": "soon"})
        self.assertEqual(response.status_code, 400)
        self.assertEqual(sorted(response.context["form"].errors), ["start", "weeks"])
        self.assertEqual(Program.objects.count(), 0)

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        response = self.client.post(self.url(self.ana.pk), {"weeks": "4"})
        self.assertEqual(response.status_code, 404)
        self.assertEqual(Program.objects.count(), 0)

    def test_it_saves_a_start_date_relative_to_the_client(self) -> None:
        self.login(self.alice)
        self.client.post(self.url(self.ari.pk), {"weeks": "4", "start": "", "ruleset": ""})
        program = Program.objects.get()
        self.assertEqual(program.start, dt.date.fromisoformat(self.ari.intake["start_date"]))
