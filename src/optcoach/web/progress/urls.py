from django.urls import path

from optcoach.web.progress import views

app_name = "progress"

urlpatterns = [
    path("", views.charts, name="charts"),
]
