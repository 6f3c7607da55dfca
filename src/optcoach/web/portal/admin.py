from django.contrib import admin

from optcoach.web.portal.models import SessionLog, SetLog


class SetLogInline(admin.TabularInline):  # type: ignore[type-arg]
    model = SetLog
    extra = 0


@admin.register(SessionLog)
class SessionLogAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("client", "prescribed_date", "week_index", "session_index", "finished")
    inlines = [SetLogInline]
