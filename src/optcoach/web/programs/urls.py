from django.urls import path

from optcoach.web.programs import views

app_name = "programs"

urlpatterns = [
    path("new/", views.program_new, name="new"),
    path("save/", views.program_save, name="save"),
    path("<int:program_id>/", views.program_detail, name="detail"),
    path("<int:program_id>/progress/", views.program_progress, name="progress"),
    path("<int:program_id>/override/", views.program_override, name="override"),
    path("<int:program_id>/history/", views.program_history, name="history"),
    path("<int:program_id>/download/<str:fmt>/", views.program_download, name="download"),
    path("<int:program_id>/weeks/<int:week_index>/", views.program_week, name="week"),
    path(
        "<int:program_id>/weeks/<int:week_index>/sessions/<int:session_index>/",
        views.program_session,
        name="session",
    ),
    path(
        "<int:program_id>/weeks/<int:week_index>/sessions/<int:session_index>/"
        "items/<int:section_index>/<int:item_index>/",
        views.item_edit,
        name="item_edit",
    ),
    path("logs/<int:log_id>/", views.session_log, name="log"),
]
