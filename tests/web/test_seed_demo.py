from io import StringIO

from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import TestCase, override_settings

from optcoach.web.clients.models import Client
from optcoach.web.portal.models import SessionLog


@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
class SeedDemoTestCase(TestCase):
    def test_it_creates_the_demo_once_and_prints_credentials(self) -> None:
        out = StringIO()
        call_command("seed_demo", stdout=out)
        self.assertEqual(
            out.getvalue(),
            "Demo data ready.\n"
            "  Trainer: username 'demo', password 'optcoach-demo'\n"
            "  Client portal: username 'dana', password 'optcoach-demo'\n",
        )
        demo = User.objects.get(username="demo")
        clients = Client.objects.filter(trainer=demo)
        self.assertEqual(
            [(c.name, c.assessments.count(), c.programs.count()) for c in clients],
            [
                ("Dana Reyes", 2, 1),
                ("Marco Bianchi", 1, 1),
                ("Priya Nair", 1, 1),
                ("Ruth Evans", 0, 0),
            ],
        )
        dana = clients.get(name="Dana Reyes")
        self.assertEqual(dana.user, User.objects.get(username="dana"))
        logs = SessionLog.objects.filter(client=dana)
        self.assertEqual(logs.count(), 5)
        self.assertEqual({log.finished is not None for log in logs}, {True})
        for log in logs:
            for row in log.sets.all():
                self.assertEqual(row.load_kg, row.target_load_kg)
        phases = {
            c.name: c.programs.get().summary["blocks"][0]["phase"]
            for c in clients.exclude(name="Ruth Evans")
        }
        self.assertEqual(len(phases), 3)

        call_command("seed_demo", stdout=StringIO())
        self.assertEqual(Client.objects.count(), 4)
        self.assertIs(User.objects.get(username="demo").check_password("optcoach-demo"), True)
