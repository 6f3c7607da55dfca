"""Trainer sign-up, the role-aware home page, and clients joining by invitation."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from optcoach.web.accounts.forms import InvitationCodeForm, JoinForm, TrainerSignupForm
from optcoach.web.accounts.models import Profile, role_of
from optcoach.web.clients.models import Invitation

User = get_user_model()


def home(request: HttpRequest) -> HttpResponse:
    role = role_of(request.user)
    if role == Profile.Role.TRAINER:
        return redirect("clients:list")
    if role == Profile.Role.CLIENT:
        return redirect("portal:today")
    if request.user.is_authenticated and request.user.is_staff:
        return redirect("admin:index")
    return render(request, "accounts/home.html")


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    form = TrainerSignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            Profile.objects.create(user=user, role=Profile.Role.TRAINER)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "Welcome to optcoach. Add your first client.")
        return redirect("clients:list")
    return render(request, "accounts/signup.html", {"form": form})


@require_http_methods(["GET", "POST"])
def join_code(request: HttpRequest) -> HttpResponse:
    form = InvitationCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return redirect("accounts:join", code=form.cleaned_data["code"])
    return render(request, "accounts/join_code.html", {"form": form})


def _open_invitation(code: str) -> Invitation | None:
    invitation = Invitation.objects.select_related("client").filter(code=code.upper()[:40]).first()
    if invitation is None or not invitation.is_open:
        return None
    return invitation


@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, code: str) -> HttpResponse:
    invitation = _open_invitation(code)
    if invitation is None:
        return render(request, "accounts/join_invalid.html", status=404)
    form = JoinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            client = invitation.client
            user = User.objects.create_user(
                username=form.cleaned_data["username"],
                email=client.email,
                password=form.cleaned_data["password1"],
                first_name=client.name[:150],
            )
            Profile.objects.create(user=user, role=Profile.Role.CLIENT)
            client.user = user
            client.save(update_fields=["user", "updated"])
            invitation.accepted = timezone.now()
            invitation.save(update_fields=["accepted"])
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "Your account is ready.")
        return redirect("portal:today")
    return render(request, "accounts/join.html", {"form": form, "invitation": invitation})
