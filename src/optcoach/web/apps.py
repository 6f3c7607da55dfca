"""The optcoach web project itself as an app: shared templates, static files, commands."""

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "optcoach.web"
    label = "optcoach_web"
    verbose_name = "optcoach"
