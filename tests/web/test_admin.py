from django.contrib.auth.models import User

from tests.web.base import BaseTestCase


class AdminTestCase(BaseTestCase):
    def test_it_lets_staff_browse_every_model(self) -> None:
        staff = User.objects.create_superuser("root", "root@example.org", "x")
        program = self.make_program(self.ana)
        log = self.make_log(program)
        assessment = self.make_assessment(self.ana)
        self.client.force_login(staff)
        for url in (
            "/admin/clients/client/",
            f"/admin/clients/client/{self.ana.pk}/change/",
            "/admin/assessments/assessment/",
            f"/admin/assessments/assessment/{assessment.pk}/change/",
            "/admin/programs/program/",
            f"/admin/programs/program/{program.pk}/change/",
            "/admin/portal/sessionlog/",
            f"/admin/portal/sessionlog/{log.pk}/change/",
            "/admin/accounts/profile/",
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)

    def test_it_is_closed_to_trainers(self) -> None:
        self.login(self.alice)
        response = self.client.get("/admin/clients/client/")
        self.assertEqual(response.status_code, 302)
