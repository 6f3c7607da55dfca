"""URL map: one include per app, the API under /api/, the admin for staff."""

from django.contrib import admin
from django.urls import include, path

from optcoach.web.accounts import views as account_views
from optcoach.web.api import api

urlpatterns = [
    path("", account_views.home, name="home"),
    path("accounts/", include("optcoach.web.accounts.urls")),
    path("clients/", include("optcoach.web.clients.urls")),
    path("clients/<int:client_id>/assessments/", include("optcoach.web.assessments.urls")),
    path("clients/<int:client_id>/programs/", include("optcoach.web.programs.urls")),
    path("clients/<int:client_id>/progress/", include("optcoach.web.progress.urls")),
    path("me/", include("optcoach.web.portal.urls")),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
]

handler404 = "optcoach.web.errors.not_found"
handler500 = "optcoach.web.errors.server_error"
