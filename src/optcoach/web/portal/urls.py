from django.urls import path

from optcoach.web.portal import views
from optcoach.web.progress import views as progress_views

app_name = "portal"

urlpatterns = [
    path("", views.today, name="today"),
    path("history/", views.history, name="history"),
    path("history/<int:log_id>/", views.log_detail, name="log"),
    path("progress/", progress_views.my_charts, name="progress"),
    path("calendar.ics", views.calendar, name="calendar"),
    path("sessions/<int:week_index>/<int:session_index>/", views.session_view, name="session"),
    path("sessions/<int:week_index>/<int:session_index>/finish/", views.finish, name="finish"),
    path(
        "sessions/<int:week_index>/<int:session_index>/items/<int:section_index>/"
        "<int:item_index>/sets/<int:set_number>/",
        views.log_set,
        name="log_set",
    ),
]
