import re

from django.core import mail
from django.urls import reverse

from tests.web.base import BaseTestCase


class PasswordResetTestCase(BaseTestCase):
    def test_it_mails_a_link_that_sets_a_new_password(self) -> None:
        response = self.client.post(
            reverse("accounts:password_reset"), {"email": "alice@example.org"}
        )
        self.assertRedirects(response, reverse("accounts:password_reset_done"))
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(mail.outbox[0].subject, "Your optcoach password")
        link = re.search(r"https?://[^/]+(/accounts/reset/\S+)", mail.outbox[0].body)
        assert link is not None
        form_page = self.client.get(link.group(1), follow=True)
        self.assertContains(form_page, "Choose a new password")
        new_password = "another-long-passphrase-42"
        done = self.client.post(
            form_page.redirect_chain[-1][0],
            {"new_password1": new_password, "new_password2": new_password},
        )
        self.assertRedirects(done, reverse("accounts:password_reset_complete"))
        self.alice.refresh_from_db()
        self.assertIs(self.alice.check_password(new_password), True)

    def test_it_sends_nothing_for_an_unknown_address(self) -> None:
        self.client.post(reverse("accounts:password_reset"), {"email": "nobody@example.org"})
        self.assertEqual(mail.outbox, [])
