from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "optcoach.web.assessments"
    label = "assessments"
    default_auto_field = "django.db.models.BigAutoField"
