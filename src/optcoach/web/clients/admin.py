from django.contrib import admin

from optcoach.web.clients.models import Client, Invitation


@admin.register(Client)
class ClientAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "trainer", "status", "user", "created")
    list_filter = ("status",)
    search_fields = ("name", "email")


admin.site.register(Invitation)
