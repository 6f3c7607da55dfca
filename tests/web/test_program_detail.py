from django.urls import reverse

from tests.web.base import START, BaseTestCase


class ProgramDetailTestCase(BaseTestCase):
    def setUp(self) -> None:
        self.program = self.make_program(self.ana, weeks=2)

    def url(self, client_id: int, program_id: int) -> str:
        return reverse("programs:detail", args=[client_id, program_id])

    def test_it_shows_the_annual_plan_and_calendar(self) -> None:
        self.login(self.alice)
        response = self.client.get(self.url(self.ana.pk, self.program.pk))
        timeline = response.context["timeline"]
        self.assertEqual([(b["left"], b["width"]) for b in timeline["blocks"]], [(0.0, 100.0)])
        self.assertEqual([m["label"] for m in timeline["months"]], ["Jan 2027"])
        calendar = response.context["calendar"]
        self.assertEqual(
            [[c["weekday"] for c in week["cells"] if c["sessions"]] for week in calendar],
            [["mon", "wed", "fri"], ["mon", "wed", "fri"]],
        )
        session_url = reverse("programs:session", args=[self.ana.pk, self.program.pk, 2, 1])
        self.assertContains(response, f'href="{session_url}"')

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        self.assertEqual(self.client.get(self.url(self.ana.pk, self.program.pk)).status_code, 404)

    def test_it_is_not_for_the_client_user(self) -> None:
        self.login(self.ana_user)
        self.assertEqual(self.client.get(self.url(self.ana.pk, self.program.pk)).status_code, 404)

    def test_it_summarizes_blocks_and_sessions_on_save(self) -> None:
        self.assertEqual(self.program.summary["blocks"][0]["start"], START.isoformat())
        self.assertEqual(
            self.program.summary["sessions"][:3],
            [["2027-01-04", 1, 0], ["2027-01-06", 1, 1], ["2027-01-08", 1, 2]],
        )
