from django.apps import AppConfig


class ClientsConfig(AppConfig):
    name = "optcoach.web.clients"
    label = "clients"
    default_auto_field = "django.db.models.BigAutoField"
