from django.urls import path

from optcoach.web.clients import views

app_name = "clients"

urlpatterns = [
    path("", views.client_list, name="list"),
    path("new/", views.client_new, name="new"),
    path("<int:client_id>/", views.client_detail, name="detail"),
    path("<int:client_id>/intake/", views.client_intake, name="intake"),
    path("<int:client_id>/status/", views.client_status, name="status"),
    path("<int:client_id>/invite/", views.client_invite, name="invite"),
]
