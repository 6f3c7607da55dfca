from django.apps import AppConfig


class ProgramsConfig(AppConfig):
    name = "optcoach.web.programs"
    label = "programs"
    default_auto_field = "django.db.models.BigAutoField"
