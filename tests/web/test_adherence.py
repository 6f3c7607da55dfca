"""Adherence on the progress pages: the engine's planned versus completed sessions, sets and
volume per week, as a table and an SVG chart for the trainer and a summary for the client."""

from django.urls import reverse

from optcoach.web.programs.models import Program
from optcoach.web.progress.adherence import AdherenceRow
from tests.web.base import START, BaseTestCase, bench_press_document, log_bench_press


class AdherenceTestCase(BaseTestCase):
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
        log_bench_press(self.program, 1, 0, [(12, 40.0), (12, 40.0)])
        log_bench_press(self.program, 1, 1, [(12, 40.0), (12, 40.0)])
        log_bench_press(self.program, 2, 0, [(8, 42.5)])
        self.url = reverse("progress:charts", args=[self.ana.pk])

    def test_it_shows_the_trainer_exact_numbers_per_week(self) -> None:
        self.login(self.alice)
        response = self.client.get(self.url)
        self.assertEqual(
            response.context["adherence_rows"],
            [
                AdherenceRow(1, "2027-01-04", 3, 2, 6, 4, 2400, 1920),
                AdherenceRow(2, "2027-01-11", 1, 1, 2, 1, 800, 340),
            ],
        )
        found = response.context["adherence"]
        self.assertEqual(
            (found.planned_sessions, found.completed_sessions, found.session_rate),
            (4, 3, 75.0),
        )
        self.assertEqual((found.planned_sets, found.completed_sets, found.set_rate), (8, 5, 62.5))
        self.assertContains(response, "3 of 4 planned sessions completed (75.0 %); 5 of 8")
        svg = str(response.context["adherence_chart"])
        self.assertEqual(svg.count("<rect"), 4)
        self.assertIn("<title>week 2: 1 done sets</title>", svg)
        self.assertContains(response, "<td>2</td><td>2027-01-11</td><td>1 / 1</td><td>1 / 2</td>")

    def test_it_gives_the_client_a_summary(self) -> None:
        self.login(self.ana_user)
        response = self.client.get(reverse("portal:progress"))
        self.assertContains(
            response,
            "You trained 3 of your 4 planned sessions (75 %) and did 5 of 8 strength sets "
            "(63 %). Last week: 1 of 1 sessions.",
        )

    def test_it_has_nothing_to_show_without_a_program(self) -> None:
        self.login(self.alice)
        response = self.client.get(reverse("progress:charts", args=[self.ari.pk]))
        self.assertIsNone(response.context["adherence"])
        self.assertNotContains(response, 'id="adherence"')

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        self.assertEqual(self.client.get(self.url).status_code, 404)
        self.login(self.bea_user)
        response = self.client.get(reverse("portal:progress"))
        self.assertIsNone(response.context["adherence"])
