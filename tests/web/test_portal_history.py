from django.urls import reverse

from tests.web.base import BaseTestCase


class PortalHistoryTestCase(BaseTestCase):
    def test_it_lists_only_the_clients_own_logs(self) -> None:
        mine = self.make_log(self.make_program(self.ana), finished=True)
        self.make_log(self.make_program(self.bea))
        self.login(self.ana_user)
        response = self.client.get(reverse("portal:history"))
        self.assertEqual(list(response.context["logs"]), [mine])


class PortalLogTestCase(BaseTestCase):
    def setUp(self) -> None:
        self.log = self.make_log(self.make_program(self.ana))

    def test_it_shows_the_sets(self) -> None:
        self.login(self.ana_user)
        response = self.client.get(reverse("portal:log", args=[self.log.pk]))
        self.assertEqual([s.reps for s in response.context["sets"]], [14])
        self.assertContains(response, "Continue this session")

    def test_it_checks_ownership(self) -> None:
        self.login(self.bea_user)
        self.assertEqual(
            self.client.get(reverse("portal:log", args=[self.log.pk])).status_code, 404
        )
        self.login(self.bob)
        self.assertEqual(
            self.client.get(reverse("portal:log", args=[self.log.pk])).status_code, 404
        )
