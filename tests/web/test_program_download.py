from django.urls import reverse

from tests.web.base import BaseTestCase


class ProgramDownloadTestCase(BaseTestCase):
    def setUp(self) -> None:
        self.program = self.make_program(self.ana)

    def url(self, fmt: str) -> str:
        return reverse("programs:download", args=[self.ana.pk, self.program.pk, fmt])

    def test_it_serves_the_engines_renderings(self) -> None:
        self.login(self.alice)
        pdf = self.client.get(self.url("pdf"))
        self.assertEqual(pdf["Content-Type"], "application/pdf")
        self.assertEqual(pdf.content[:5], b"%PDF-")
        self.assertEqual(
            pdf["Content-Disposition"],
            f'attachment; filename="program-{self.ana.pk}-{self.program.pk}-v1.pdf"',
        )
        ics = self.client.get(self.url("ics")).content.decode()
        self.assertEqual(ics.count("BEGIN:VEVENT"), 6)
        self.assertEqual(self.client.get(self.url("json")).json()["horizon_weeks"], 2)

    def test_it_404s_for_an_unknown_format(self) -> None:
        self.login(self.alice)
        self.assertEqual(self.client.get(self.url("docx")).status_code, 404)

    def test_it_checks_ownership(self) -> None:
        self.login(self.bob)
        self.assertEqual(self.client.get(self.url("pdf")).status_code, 404)


class PortalCalendarTestCase(BaseTestCase):
    def test_it_gives_the_client_their_sessions(self) -> None:
        self.make_program(self.ana)
        self.login(self.ana_user)
        response = self.client.get(reverse("portal:calendar"))
        self.assertEqual(response.content.decode().count("BEGIN:VEVENT"), 6)

    def test_it_404s_without_a_program(self) -> None:
        self.make_program(self.ana)
        self.login(self.bea_user)
        self.assertEqual(self.client.get(reverse("portal:calendar")).status_code, 404)
