"""A trainer overrides the engine's block-end verdict: recorded (who, when, why) and applied."""

from django.urls import reverse

from optcoach.web.programs.models import BlockOverride, Program, ProgramEdit
from tests.web.base import START, BaseTestCase, bench_press_document


class ProgramOverrideTestCase(BaseTestCase):
    def setUp(self) -> None:
        document = bench_press_document("Ana Lima", weeks=4, block_weeks=(1, 3))
        self.program = Program.objects.create(
            client=self.ana,
            original=document,
            document=document,
            start=START,
            horizon_weeks=4,
            created_by=self.alice,
        )
        self.url = reverse("programs:override", args=[self.ana.pk, self.program.pk])

    def finish_first_block(self) -> None:
        self.login(self.ana_user)
        for session_index in (0, 1, 2):
            for set_number in (1, 2):
                url = reverse("portal:log_set", args=[1, session_index, 3, 0, set_number])
                self.client.post(url, {"reps": "10", "load": "40"})
            self.client.post(reverse("portal:finish", args=[1, session_index]))

    def test_it_records_the_engines_verdict_and_offers_the_override(self) -> None:
        self.finish_first_block()
        verdicts = [
            (d["kind"], d["action"], d["block_start"], d["by"])
            for edit in ProgramEdit.objects.all()
            for d in edit.decisions
        ]
        self.assertEqual(verdicts, [("block_end", "advance", "2027-01-04", "optcoach")])
        self.login(self.alice)
        page = self.client.get(self.program.get_absolute_url())
        self.assertEqual(page.context["override_form"].initial, {"block_start": "2027-01-04"})
        self.assertContains(page, "Override the block-end decision")

    def test_it_applies_and_records_an_override(self) -> None:
        self.finish_first_block()
        self.login(self.alice)
        response = self.client.post(
            self.url,
            {"block_start": "2027-01-04", "decision": "repeat", "reason": "sore shoulder"},
        )
        self.assertRedirects(response, self.program.get_absolute_url())
        override = BlockOverride.objects.get()
        self.assertEqual(
            (override.program, str(override.block_start), override.decision, override.made_by),
            (self.program, "2027-01-04", "repeat", self.alice),
        )
        edit = ProgramEdit.objects.get(kind="override")
        self.assertEqual(edit.edited_by, self.alice)
        verdict = next(d for d in edit.decisions if d["kind"] == "block_end")
        self.assertEqual(
            (verdict["rule"], verdict["action"], verdict["by"]), ("override", "repeat", "alice")
        )
        self.program.refresh_from_db()
        phases = [block["phase"] for block in self.program.document["blocks"]]
        self.assertEqual(phases[:2], [2, 2])
        page = self.client.get(self.program.get_absolute_url())
        self.assertContains(
            page, "repeat the phase for the block from 4 Jan 2027 — “sore shoulder” · alice"
        )

    def test_it_applies_the_latest_override_of_a_block(self) -> None:
        self.finish_first_block()
        self.login(self.alice)
        for decision in ("repeat", "advance"):
            self.client.post(
                self.url, {"block_start": "2027-01-04", "decision": decision, "reason": "x"}
            )
        self.assertEqual(
            list(BlockOverride.objects.values_list("decision", flat=True)), ["repeat", "advance"]
        )
        latest = ProgramEdit.objects.get(version=4)
        # "advance" after a "repeat" moves the future back up to the route's next phase
        self.assertEqual(
            [(d["kind"], d["action"], d["by"]) for d in latest.decisions],
            [("block_end", "advance", "alice"), ("replan", "replan", "optcoach")],
        )

    def test_it_refuses_a_day_no_block_starts_on(self) -> None:
        self.login(self.alice)
        response = self.client.post(
            self.url, {"block_start": "2027-01-05", "decision": "repeat", "reason": "x"}
        )
        self.assertRedirects(response, self.program.get_absolute_url())
        self.assertEqual(BlockOverride.objects.count(), 0)
        self.assertEqual(
            [str(m) for m in response.wsgi_request._messages],
            ["Override, block_start: No block of this program starts on that day."],
        )

    def test_it_checks_ownership(self) -> None:
        data = {"block_start": "2027-01-04", "decision": "repeat", "reason": "x"}
        self.login(self.bob)
        self.assertEqual(self.client.post(self.url, data).status_code, 404)
        self.login(self.ana_user)
        self.assertEqual(self.client.post(self.url, data).status_code, 404)
        self.assertEqual(BlockOverride.objects.count(), 0)
