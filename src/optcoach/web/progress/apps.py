from django.apps import AppConfig


class ProgressConfig(AppConfig):
    name = "optcoach.web.progress"
    label = "progress"
