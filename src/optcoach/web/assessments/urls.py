from django.urls import path

from optcoach.web.assessments import views

app_name = "assessments"

urlpatterns = [
    path("new/", views.assessment_new, name="new"),
    path("preview/", views.assessment_preview, name="preview"),
    path("<int:assessment_id>/", views.assessment_detail, name="detail"),
]
