"""Sign-up and invitation forms: shape checks only; Django's validators judge passwords."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import UserCreationForm

from optcoach.web.clients.models import CODE_ALPHABET, CODE_LENGTH

User = get_user_model()


class TrainerSignupForm(UserCreationForm):  # type: ignore[type-arg]
    email = forms.EmailField(required=True)
    first_name = forms.CharField(max_length=150, required=False, label="Your name")

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username", "email", "first_name")

    def clean_email(self) -> str:
        email = str(self.cleaned_data["email"]).strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError("An account with this email already exists.")
        return email


class InvitationCodeForm(forms.Form):
    code = forms.CharField(max_length=40, label="Invitation code")

    def clean_code(self) -> str:
        code = "".join(str(self.cleaned_data["code"]).split()).upper().replace("-", "")
        if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
            raise forms.ValidationError(
                f"An invitation code has {CODE_LENGTH} letters and digits, as your trainer gave it."
            )
        return code


class JoinForm(forms.Form):
    """A client accepting an invitation picks a username and password."""

    username = forms.CharField(max_length=150)
    password1 = forms.CharField(label="Password", widget=forms.PasswordInput, strip=False)
    password2 = forms.CharField(label="Password again", widget=forms.PasswordInput, strip=False)

    def clean_username(self) -> str:
        username = str(self.cleaned_data["username"]).strip()
        field = User._meta.get_field("username")
        for validator in field.validators:
            validator(username)
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError("This username is taken.")
        return username

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", "The two passwords differ.")
        elif first:
            try:
                password_validation.validate_password(
                    first, User(username=cleaned.get("username", ""))
                )
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned
