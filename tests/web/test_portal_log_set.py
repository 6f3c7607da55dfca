from decimal import Decimal

from django.urls import reverse

from optcoach.web.portal.models import SessionLog, SetLog
from tests.web.base import START, BaseTestCase


class PortalLogSetTestCase(BaseTestCase):
    def setUp(self) -> None:
        self.program = self.make_program(self.ana)

    def url(self, set_number: int = 1, item: tuple[int, int] = (3, 0)) -> str:
        return reverse("portal:log_set", args=[1, 0, item[0], item[1], set_number])

    def test_it_stores_target_beside_actual(self) -> None:
        self.login(self.ana_user)
        response = self.client.post(
            self.url(2),
            {"reps": "13", "load": "12.5", "rpe": "8.5", "pain": "on", "note": "left shoulder"},
            headers={"HX-Request": "true"},
        )
        self.assertTemplateUsed(response, "portal/item.html")
        log = SessionLog.objects.get()
        self.assertEqual(
            (log.client, log.program, log.program_version, log.prescribed_date),
            (self.ana, self.program, 1, START),
        )
        row = SetLog.objects.get()
        self.assertEqual(
            (
                row.section_id,
                row.exercise_id,
                row.set_number,
                row.target_reps,
                row.target_load_kg,
                row.target_tempo,
                row.reps,
                row.load_kg,
                row.rpe,
                row.pain,
                row.note,
            ),
            (
                "resistance",
                "stability_ball_dumbbell_chest_press",
                2,
                15,
                10.0,
                "4-2-1-1",
                13,
                12.5,
                Decimal("8.5"),
                True,
                "left shoulder",
            ),
        )

    def test_it_converts_pounds_to_kilograms(self) -> None:
        self.ana.intake["units"] = "imperial"
        self.ana.save()
        self.login(self.ana_user)
        self.client.post(self.url(1), {"reps": "15", "load": "22.5"})
        self.assertEqual(SetLog.objects.get().load_kg, 10.206)

    def test_it_updates_a_set_logged_twice(self) -> None:
        self.login(self.ana_user)
        self.client.post(self.url(1), {"reps": "15"})
        self.client.post(self.url(1), {"reps": "12"})
        self.assertEqual(list(SetLog.objects.values_list("reps", flat=True)), [12])

    def test_it_shows_errors_beside_the_set_and_stores_nothing(self) -> None:
        self.login(self.ana_user)
        response = self.client.post(
            self.url(1),
            {"reps": "-3", "rpe": "11", "load": "heavy"},
            headers={"HX-Request": "true"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(sorted(response.context["errors"]), ["load", "reps", "rpe"])
        self.assertEqual(SetLog.objects.count(), 0)

    def test_it_404s_for_sets_beyond_the_prescription(self) -> None:
        self.login(self.ana_user)
        self.assertEqual(self.client.post(self.url(3), {"reps": "5"}).status_code, 404)
        self.assertEqual(self.client.post(self.url(1, (9, 0)), {"reps": "5"}).status_code, 404)

    def test_it_checks_ownership(self) -> None:
        self.login(self.bea_user)
        self.assertEqual(self.client.post(self.url(1), {"reps": "5"}).status_code, 404)
        self.login(self.alice)
        self.assertEqual(self.client.post(self.url(1), {"reps": "5"}).status_code, 404)
        self.assertEqual(SetLog.objects.count(), 0)
