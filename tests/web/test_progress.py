import datetime as dt

from django.urls import reverse

from optcoach.web.assessments.models import Assessment
from optcoach.web.portal.models import SetLog
from tests.web.base import START, BaseTestCase


class ProgressChartsTestCase(BaseTestCase):
    def setUp(self) -> None:
        for weeks, (kg, fat, pushups, one_rm) in enumerate(
            [(82.0, 31.0, 10, 30.0), (80.0, 29.5, 14, 34.0)]
        ):
            day = START + dt.timedelta(weeks=4 * weeks)
            Assessment.objects.create(
                client=self.ana,
                date=day,
                measurements={"date": day.isoformat(), "weight_kg": kg, "push_up_reps": pushups},
                report={
                    "body_fat": {"percent": fat, "method": "durnin_womersley"},
                    "one_rep_max": {"dumbbell_chest_press": one_rm},
                },
            )

    def test_it_draws_the_series_from_the_assessments(self) -> None:
        self.login(self.alice)
        response = self.client.get(reverse("progress:charts", args=[self.ana.pk]))
        charts = {c.title: c for c in response.context["charts"]}
        self.assertEqual(
            sorted(charts),
            ["Body fat (%)", "Body weight (kg)", "Estimated 1RM (kg)", "Performance tests"],
        )
        self.assertEqual(
            charts["Body weight (kg)"].series[0].points,
            [(START, 82.0), (START + dt.timedelta(weeks=4), 80.0)],
        )
        self.assertEqual(
            charts["Estimated 1RM (kg)"].series[0].points,
            [(START, 30.0), (START + dt.timedelta(weeks=4), 34.0)],
        )
        self.assertContains(response, "<svg", count=4)
        self.assertContains(response, "body fat 2027-02-01: 29.5 %")

    def test_it_estimates_1rms_from_logged_sets_with_the_engine(self) -> None:
        log = self.make_log(self.make_program(self.ana))  # 14 reps at 10 kg on START
        SetLog.objects.create(
            session_log=log,
            section_index=3,
            section_id="resistance",
            item_index=0,
            exercise_id="stability_ball_dumbbell_chest_press",
            set_number=2,
            reps=8,
            load_kg=12.0,
        )
        self.login(self.alice)
        response = self.client.get(reverse("progress:charts", args=[self.ana.pk]))
        charts = {c.title: c for c in response.context["charts"]}
        series = charts["Estimated 1RM from logged sets (kg)"].series
        self.assertEqual(
            [(s.label, s.points) for s in series],
            [("stability ball dumbbell chest press", [(START, 15.2)])],
        )

    def test_it_converts_to_pounds_for_imperial_clients(self) -> None:
        self.ana.intake["units"] = "imperial"
        self.ana.save()
        self.login(self.alice)
        response = self.client.get(reverse("progress:charts", args=[self.ana.pk]))
        charts = {c.title: c for c in response.context["charts"]}
        self.assertEqual(
            [v for _, v in charts["Body weight (lb)"].series[0].points], [180.8, 176.4]
        )

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        self.assertEqual(
            self.client.get(reverse("progress:charts", args=[self.ana.pk])).status_code, 404
        )

    def test_it_shows_the_client_their_own_charts(self) -> None:
        self.login(self.ana_user)
        response = self.client.get(reverse("portal:progress"))
        self.assertEqual(len(response.context["charts"]), 4)
        self.login(self.bea_user)
        response = self.client.get(reverse("portal:progress"))
        self.assertEqual(response.context["charts"], [])
