"""Junk input never produces a 500: every form answers with messages, a 404 or a 405."""

from __future__ import annotations

from django.test import override_settings
from django.urls import reverse

from tests.web.base import BaseTestCase

JUNK_VALUES = (
    "",
    " ",
    "-1",
    "1e309",
    "NaN",
    "0x10",
    "9" * 40,
    "<script>alert(1)</script>",
    "\x00",
    "'; DROP TABLE clients;--",
    "ünïcødé ✓",
    "2027-02-30",
    "[1,2]",
    "{}",
)


@override_settings(DEBUG_PROPAGATE_EXCEPTIONS=False)
class BadInputTestCase(BaseTestCase):
    def setUp(self) -> None:
        self.program = self.make_program(self.ana)
        self.client.raise_request_exception = False

    def fields_for(self, url: str) -> list[str]:
        response = self.client.get(url)
        form = response.context["form"] if response.context and "form" in response.context else None
        return list(form.fields) if form is not None else ["reps", "load", "rpe", "note"]

    def assert_never_500(self, url: str, fields: list[str]) -> None:
        for value in JUNK_VALUES:
            data = {name: value for name in fields}
            with self.subTest(url=url, value=value):
                response = self.client.post(url, data)
                self.assertIn(response.status_code, {200, 302, 400, 404, 405})
                if value in JUNK_VALUES[:3]:
                    response = self.client.post(url, {name: [value, value] for name in fields})
                    self.assertIn(response.status_code, {200, 302, 400, 404, 405})

    def test_it_answers_junk_on_trainer_forms(self) -> None:
        self.login(self.alice)
        for url in (
            reverse("clients:new"),
            reverse("clients:intake", args=[self.ana.pk]),
            reverse("assessments:new", args=[self.ana.pk]),
        ):
            self.assert_never_500(url, self.fields_for(url))
        self.assert_never_500(reverse("clients:status", args=[self.ana.pk]), ["status"])
        self.assert_never_500(
            reverse("programs:item_edit", args=[self.ana.pk, self.program.pk, 1, 0, 3, 0]),
            [
                "exercise_id",
                "sets",
                "reps",
                "duration_s",
                "tempo",
                "load",
                "accept_violations",
                "action",
            ],
        )
        self.assert_never_500(
            reverse("programs:save", args=[self.ana.pk]), ["start", "weeks", "ruleset"]
        )
        for query in (
            {"weeks": "abc"},
            {"weeks": "0"},
            {"weeks": "5", "start": "junk"},
            {"weeks": "5", "ruleset": "cpt9"},
        ):
            with self.subTest(query=query):
                response = self.client.get(reverse("programs:new", args=[self.ana.pk]), query)
                self.assertEqual(response.status_code, 200)
                self.assertTrue(response.context["form"].errors)

    def test_it_answers_junk_on_account_forms(self) -> None:
        for url in (
            reverse("accounts:signup"),
            reverse("accounts:login"),
            reverse("accounts:join_code"),
            reverse("accounts:password_reset"),
        ):
            self.assert_never_500(url, self.fields_for(url))

    def test_it_answers_junk_on_the_portal(self) -> None:
        self.login(self.ana_user)
        url = reverse("portal:log_set", args=[1, 0, 3, 0, 1])
        self.assert_never_500(url, ["reps", "duration_s", "load", "rpe", "pain", "note"])
        self.assert_never_500(reverse("portal:finish", args=[1, 0]), ["note"])

    def test_it_404s_on_out_of_range_ids(self) -> None:
        self.login(self.alice)
        big = 2**62
        for url in (
            f"/clients/{big}/",
            f"/clients/{self.ana.pk}/programs/{big}/",
            f"/clients/{self.ana.pk}/programs/{self.program.pk}/weeks/{big}/",
            f"/clients/{self.ana.pk}/programs/{self.program.pk}/weeks/1/sessions/{big}/",
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)
