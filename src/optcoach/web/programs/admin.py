from django.contrib import admin

from optcoach.web.programs.models import Program, ProgramEdit


@admin.register(Program)
class ProgramAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("client", "start", "horizon_weeks", "version", "created")
    exclude = ("original", "document", "summary")


@admin.register(ProgramEdit)
class ProgramEditAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("program", "version", "summary", "edited_by", "edited")
