"""Login throttling hooks for django-axes: the client's address behind trusted proxies, the lockout page."""

from __future__ import annotations

import ipaddress

from axes.helpers import get_cool_off, get_failure_limit
from django.conf import settings
from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
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
