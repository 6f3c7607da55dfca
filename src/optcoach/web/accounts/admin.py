from django.contrib import admin

from optcoach.web.accounts.models import Profile

admin.site.register(Profile)
