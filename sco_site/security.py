"""Login throttling (django-axes): the client's address behind trusted proxies, the lockout page, and the
admin's password change throttled like a login."""

from __future__ import annotations

import ipaddress

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off, get_failure_limit
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.forms import AdminPasswordChangeForm
from django.contrib.auth.signals import user_login_failed
from django.contrib.auth.views import PasswordChangeView
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _


def client_ip(request: HttpRequest) -> str | None:
    """The client's address: REMOTE_ADDR, or behind N trusted proxies the address the outermost one saw."""
    remote_addr = request.META.get("REMOTE_ADDR")
    proxy_count = settings.TRUSTED_PROXY_COUNT
    if proxy_count <= 0:
        # Nothing in front of us: X-Forwarded-For is whatever the client chose to send.
        return remote_addr
    forwarded = [part.strip() for part in request.headers.get("x-forwarded-for", "").split(",") if part.strip()]
    # Each trusted proxy appends the address it was connected from, so the client is the
    # proxy_count-th entry from the right; anything further left is the client's own claim.
    if len(forwarded) < proxy_count:
        return remote_addr
    try:
        return str(ipaddress.ip_address(forwarded[-proxy_count]))
    except ValueError:
        return remote_addr


def lockout_response(request: HttpRequest, original_response: HttpResponse | None = None, credentials: dict | None = None) -> HttpResponse:
    """The admin-styled page shown instead of the login form while a username is locked at an address."""
    cool_off = get_cool_off(request)
    context = {
        **admin.site.each_context(request),
        "title": _("Sign-in locked"),
        "failure_limit": get_failure_limit(request, credentials),
        "cooloff_minutes": int(cool_off.total_seconds() // 60) if cool_off else None,
    }
    return render(request, "admin/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)


class ThrottledPasswordChangeForm(AdminPasswordChangeForm):
    """The admin's password change, with the old password counted like a login: wrong guesses lock
    the account at that address as failed logins do (django-axes), so a stolen session cannot be
    used to guess the password behind it."""

    def __init__(self, user, *args, request=None, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.request = request

    def clean_old_password(self):
        credentials = {"username": self.user.get_username()}
        if AxesProxyHandler.is_locked(self.request, credentials):
            self.request.axes_locked_out = True
            raise ValidationError(_("Too many wrong passwords: try again later."), code="locked")
        try:
            return super().clean_old_password()
        except ValidationError:
            user_login_failed.send(sender=__name__, credentials=credentials, request=self.request)
            raise


class ThrottledPasswordChangeView(PasswordChangeView):
    form_class = ThrottledPasswordChangeForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}


def password_change(request):
    """admin.site.password_change with the throttled form (same URL, template and context)."""
    request.current_app = admin.site.name
    view = ThrottledPasswordChangeView.as_view(
        success_url=reverse("admin:password_change_done"),
        extra_context=admin.site.each_context(request),
    )
    return admin.site.admin_view(view)(request)
