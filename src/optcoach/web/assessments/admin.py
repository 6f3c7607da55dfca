from django.contrib import admin

from optcoach.web.assessments.models import Assessment


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("client", "date", "ruleset", "recorded_by", "created")
    readonly_fields = ("client", "date", "measurements", "report", "ruleset", "recorded_by")

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False  # assessments are never overwritten
