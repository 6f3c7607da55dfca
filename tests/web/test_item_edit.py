from django.urls import reverse

from optcoach.web.programs.models import Program, ProgramEdit
from tests.web.base import BaseTestCase

RESISTANCE = (1, 0, 3, 0)  # week 1, session 0, section 3 (resistance), item 0


class ItemEditTestCase(BaseTestCase):
    def setUp(self) -> None:
        self.program = self.make_program(self.ana)

    def url(self, client_id: int | None = None, address: tuple[int, ...] = RESISTANCE) -> str:
        return reverse(
            "programs:item_edit", args=[client_id or self.ana.pk, self.program.pk, *address]
        )

    def data(self, **changes: str) -> dict[str, str]:
        base = {
            "exercise_id": "stability_ball_dumbbell_chest_press",
            "sets": "2",
            "reps": "15",
            "duration_s": "",
            "tempo": "4-2-1-1",
            "load": "10",
        }
        return {**base, **changes}

    def item(self, program: Program) -> dict[str, object]:
        section = program.document["weeks"][0]["sessions"][0]["sections"][3]
        return dict(section["items"][0])

    def test_it_offers_the_catalogs_swaps_first_the_current_exercise(self) -> None:
        self.login(self.alice)
        form = self.client.get(self.url()).context["form"]
        ids = [value for value, _ in form.fields["exercise_id"].choices]
        self.assertEqual(
            ids[:3],
            [
                "stability_ball_dumbbell_chest_press",
                "stability_ball_alternating_dumbbell_chest_press",
                "stability_ball_single_arm_dumbbell_chest_press",
            ],
        )
        self.assertEqual(form.initial["load"], 10.0)

    def test_it_shows_new_violations_on_check_without_saving(self) -> None:
        self.login(self.alice)
        response = self.client.post(
            self.url(),
            {**self.data(sets="9"), "action": "check"},
            headers={"HX-Request": "true"},
        )
        self.assertTemplateUsed(response, "programs/item_edit_result.html")
        self.assertEqual(
            [(i.code, i.path, i.message) for i in response.context["issues"]],
            [
                (
                    "phase1.E002",
                    "weeks[0].sessions[0].sections[3].items[0].sets",
                    "sets 9; phase 1 allows 1-3",
                )
            ],
        )
        self.program.refresh_from_db()
        self.assertEqual((self.program.version, self.item(self.program)["sets"]), (1, 2))

    def test_it_refuses_to_save_violations_unless_accepted(self) -> None:
        self.login(self.alice)
        response = self.client.post(self.url(), {**self.data(sets="9"), "action": "save"})
        self.assertEqual(
            response.context["form"].errors["accept_violations"],
            ["The validator reports violations: review them or accept them."],
        )
        self.program.refresh_from_db()
        self.assertEqual(self.program.version, 1)
        self.client.post(
            self.url(), {**self.data(sets="9"), "action": "save", "accept_violations": "on"}
        )
        self.program.refresh_from_db()
        self.assertEqual((self.program.version, self.item(self.program)["sets"]), (2, 9))
        edit = ProgramEdit.objects.get()
        self.assertEqual([i["code"] for i in edit.issues], ["phase1.E002"])

    def test_it_saves_a_swap_as_a_new_version_with_who_and_what(self) -> None:
        self.login(self.alice)
        response = self.client.post(
            self.url(),
            {**self.data(exercise_id="push_up", load="", sets="3", reps="12"), "action": "save"},
        )
        self.assertRedirects(
            response, reverse("programs:session", args=[self.ana.pk, self.program.pk, 1, 0])
        )
        self.program.refresh_from_db()
        item = self.item(self.program)
        self.assertEqual(
            (item["exercise_id"], item["name"], item["sets"], item["reps"], item["load_kg"]),
            ("push_up", "Push-up", 3, 12, None),
        )
        self.assertEqual(
            item["rationale"],
            "test fixture Swapped by alice from Stability ball dumbbell chest press to Push-up.",
        )
        self.assertEqual(
            self.item(Program.objects.get(pk=self.program.pk))["exercise_id"], "push_up"
        )
        self.assertEqual(
            self.program.original["weeks"][0]["sessions"][0]["sections"][3]["items"][0][
                "exercise_id"
            ],
            "stability_ball_dumbbell_chest_press",
        )
        edit = ProgramEdit.objects.get()
        self.assertEqual(
            (edit.version, edit.path, edit.summary, edit.edited_by),
            (
                2,
                "weeks[0].sessions[0].sections[3].items[0]",
                "exercise_id stability_ball_dumbbell_chest_press → push_up; sets 2 → 3; "
                "reps 15 → 12; load_kg 10.0 → None",
                self.alice,
            ),
        )

    def test_it_stores_pounds_for_imperial_clients(self) -> None:
        self.ana.intake["units"] = "imperial"
        self.ana.save()
        self.login(self.alice)
        self.assertEqual(self.client.get(self.url()).context["form"].initial["load"], 22.0)
        self.client.post(self.url(), {**self.data(load="25"), "action": "save"})
        self.program.refresh_from_db()
        item = self.item(self.program)
        self.assertEqual((item["load_kg"], item["load_lb"]), (11.34, 25.0))

    def test_it_rejects_an_exercise_outside_the_suggestions(self) -> None:
        self.login(self.alice)
        response = self.client.post(
            self.url(), {**self.data(exercise_id="barbell_back_squat"), "action": "save"}
        )
        self.assertEqual(list(response.context["form"].errors), ["exercise_id"])

    def test_it_404s_for_a_missing_item(self) -> None:
        self.login(self.alice)
        self.assertEqual(self.client.get(self.url(address=(1, 0, 2, 0))).status_code, 404)
        self.assertEqual(self.client.get(self.url(address=(1, 0, 9, 0))).status_code, 404)

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        self.assertEqual(self.client.get(self.url()).status_code, 404)
        response = self.client.post(self.url(), {**self.data(sets="1"), "action": "save"})
        self.assertEqual(response.status_code, 404)
        self.program.refresh_from_db()
        self.assertEqual(self.program.version, 1)
