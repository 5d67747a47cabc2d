"""Error pages of the whole site (public and admin)."""

import sys

from django.conf import settings
from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.defaults import server_error as django_server_error

# How long a reader (or a crawler) is asked to wait before trying again while the database is away.
RETRY_AFTER_SECONDS = 30


def database_unavailable(exception: BaseException | None) -> bool:
    """The database could not be reached or dropped the connection: refused, closed, timed out
    (Django wraps each driver's errors in these two)."""
    return isinstance(exception, OperationalError | InterfaceError)


def server_error(request):
    """handler500. Django calls it while handling the exception, wherever it was raised (a view, a
    template, a middleware such as the session's). A database that does not answer is an outage,
    not a fault of the page: 503 with a short page in the reader's language; anything else is the
    500 page. (With DJANGO_DEBUG on, Django shows its own debugging page instead of either.)"""
    if database_unavailable(sys.exc_info()[1]):
        return service_unavailable(request)
    return django_server_error(request)


def service_unavailable(request) -> HttpResponse:
    """The outage page, in the language the locale middlewares chose for this request (zh-Hant,
    English under /en/, the admin's own). It needs no database: rendered without context processors
    (no session, no user), from a template that extends nothing."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    other = next(code for code, _name in settings.LANGUAGES if code != language)
    context = {
        "LANGUAGE_CODE": language,
        "stylesheet": stylesheet(),
        "home": reverse("archive:home"),
        "here": request.get_full_path(),
        "other_language": {"code": other, "name": dict(settings.LANGUAGES)[other], "url": translate_url(request.path, other)},
    }
    response = HttpResponse(loader.render_to_string("503.html", context), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Content-Language"] = language
    patch_cache_control(response, no_store=True)
    return response


def stylesheet() -> str:
    """The site's stylesheet, or none when the static files were not collected (the page must render)."""
    try:
        return static("archive/site.css")
    except ValueError:
        return ""
