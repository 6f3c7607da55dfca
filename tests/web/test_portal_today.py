import datetime as dt
from unittest import mock

from django.urls import reverse

from tests.web.base import START, BaseTestCase

TODAY = "django.utils.timezone.localdate"


class PortalTodayTestCase(BaseTestCase):
    url = reverse("portal:today")

    def test_it_shows_todays_session_with_set_rows(self) -> None:
        self.make_program(self.ana)
        self.login(self.ana_user)
        with mock.patch(TODAY, return_value=START + dt.timedelta(days=2)):
            response = self.client.get(self.url)
        self.assertEqual(response.context["session"].date, START + dt.timedelta(days=2))
        self.assertIs(response.context["is_today"], True)
        self.assertEqual(
            [(r["item"].exercise_id, len(r["sets"])) for r in response.context["rows"]],
            [
                ("smr_calves", 1),
                ("glute_bridge", 2),
                ("stability_ball_dumbbell_chest_press", 2),
                ("static_gastrocnemius_stretch", 1),
            ],
        )
        self.assertContains(response, '<meta name="viewport"', html=False)

    def test_it_shows_the_next_session_on_a_rest_day(self) -> None:
        self.make_program(self.ana)
        self.login(self.ana_user)
        with mock.patch(TODAY, return_value=START + dt.timedelta(days=1)):
            response = self.client.get(self.url)
        self.assertEqual(response.context["session"].date, START + dt.timedelta(days=2))
        self.assertContains(response, "Next: Wednesday 6 Jan")

    def test_it_says_when_there_is_no_program(self) -> None:
        self.login(self.ana_user)
        self.assertContains(self.client.get(self.url), "has not published a program yet")

    def test_it_says_when_the_program_is_over(self) -> None:
        self.make_program(self.ana)
        self.login(self.ana_user)
        with mock.patch(TODAY, return_value=START + dt.timedelta(days=60)):
            self.assertContains(self.client.get(self.url), "Program complete")

    def test_it_shows_a_client_only_their_own_program(self) -> None:
        self.make_program(self.bea)
        self.login(self.ana_user)
        self.assertContains(self.client.get(self.url), "has not published a program yet")

    def test_it_is_not_for_trainers(self) -> None:
        self.login(self.alice)
        self.assertEqual(self.client.get(self.url).status_code, 404)
