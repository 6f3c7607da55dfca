"""End to end through the Django test client: a client's logged sets change the loads of their
next sessions (the engine's 2-for-2 rule), and the trainer sees why."""

from django.urls import reverse
from django.utils.html import escape

from optcoach.web.programs.models import Program, ProgramEdit
from tests.web.base import START, BaseTestCase, bench_press_document

REASON = (
    "last set 2+ reps over the 10-rep target on 4 Jan and 6 Jan 2027 (2-for-2 rule): "
    "40 -> 42.5 kg (+2.5 kg, beginner, upper body, rounded to the equipment's steps) "
    "for the next 10 session(s)"
)


class ProgressionLoopTestCase(BaseTestCase):
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

    def train(self, session_index: int, reps: str) -> None:
        """Log both bench press sets of week 1's session and finish it, as the client."""
        for set_number in (1, 2):
            url = reverse("portal:log_set", args=[1, session_index, 3, 0, set_number])
            response = self.client.post(url, {"reps": reps, "load": "40"})
            self.assertEqual(response.status_code, 302)
        response = self.client.post(reverse("portal:finish", args=[1, session_index]))
        self.assertEqual(response.status_code, 302)

    def bench_loads(self) -> list[float]:
        self.program.refresh_from_db()
        return [
            session["sections"][3]["items"][0]["load_kg"]
            for week in self.program.document["weeks"]
            for session in week["sessions"]
        ]

    def test_it_raises_the_next_loads_after_two_sessions_over_target(self) -> None:
        self.login(self.ana_user)
        self.train(0, "12")
        self.assertEqual(self.program.edits.count(), 0)  # one session proves nothing yet
        self.train(1, "12")
        self.assertEqual(self.bench_loads(), [40.0, 40.0] + [42.5] * 10)
        edit = ProgramEdit.objects.get()
        self.assertEqual(
            (edit.version, edit.kind, edit.author, edit.edited_by, edit.path),
            (2, "progression", "optcoach progression", self.ana_user, "weeks (from 2027-01-07)"),
        )
        self.assertEqual(edit.summary, "session of 2027-01-06 finished by ana: load up 42.5 kg")
        self.assertEqual(
            [(d["kind"], d["date"], d["before"], d["after"], d["reason"]) for d in edit.decisions],
            [("load_up", "2027-01-08", "40 kg", "42.5 kg", REASON)],
        )
        self.assertEqual(
            [(c["week_index"], c["session_index"], c["change"]) for c in edit.changes],
            [(1, 2, "load 40 → 42.5 kg")]
            + [(week, session, "load 40 → 42.5 kg") for week in (2, 3, 4) for session in (0, 1, 2)],
        )

    def test_it_shows_the_trainer_why_on_the_program_page_and_the_session_card(self) -> None:
        self.login(self.ana_user)
        self.train(0, "12")
        self.train(1, "12")
        self.login(self.alice)
        page = self.client.get(self.program.get_absolute_url())
        self.assertContains(page, escape(REASON))
        self.assertContains(page, "40 kg → 42.5 kg")
        self.assertContains(page, "v2 · session of 2027-01-06 finished by ana: load up 42.5 kg")
        card = self.client.get(
            reverse("programs:session", args=[self.ana.pk, self.program.pk, 1, 2])
        )
        self.assertContains(card, f"v2: load 40 → 42.5 kg — {escape(REASON)}")
        past = self.client.get(
            reverse("programs:session", args=[self.ana.pk, self.program.pk, 1, 1])
        )
        self.assertNotContains(past, "42.5")
        history = self.client.get(reverse("programs:history", args=[self.ana.pk, self.program.pk]))
        self.assertContains(history, "optcoach progression")

    def test_it_tells_the_client_why_on_their_next_session(self) -> None:
        self.login(self.ana_user)
        self.train(0, "12")
        self.train(1, "12")
        response = self.client.get(reverse("portal:session", args=[1, 2]))
        self.assertContains(response, "<strong>42.5 kg</strong>")
        self.assertContains(response, f"load 40 → 42.5 kg: {escape(REASON)}")

    def test_it_keeps_the_loads_when_the_target_is_only_met(self) -> None:
        self.login(self.ana_user)
        self.train(0, "10")
        self.train(1, "10")
        self.assertEqual(self.bench_loads(), [40.0] * 12)
        self.assertEqual(self.program.version, 1)
        self.assertEqual(self.program.edits.count(), 0)
