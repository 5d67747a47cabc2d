"""Site plumbing: request size, characters no database can store, the admin's language, privacy of
signed-in responses."""

from pathlib import PurePosixPath

from django.conf import settings
from django.http import HttpResponse, QueryDict
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _

from archive.filters import shown
from archive.transfer.columns import UNSTORABLE


class AdminLanguageMiddleware:
    """i18n_patterns with an unprefixed default language pins every unprefixed URL to zh-Hant;
    the admin instead follows the language cookie (set by /i18n/setlang/) or Accept-Language."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = ("/admin/",)

    def __call__(self, request):
        if request.path_info.startswith(self.prefixes):
            language = translation.get_language_from_request(request, check_path=False)
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        if request.path_info.startswith(self.prefixes):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        return response


class PrivateWhenSignedInMiddleware:
    """A signed-in user's response may hold drafts (the staff preview) or their name: no shared
    cache may keep it, and a cache must tell apart requests with and without a session cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.user.is_authenticated:
            patch_cache_control(response, private=True)
        patch_vary_headers(response, ("Cookie",))
        return response


class RequestSizeLimitMiddleware:
    """A body larger than MAX_REQUEST_BYTES is refused from its Content-Length, before anything reads
    or parses it (a spreadsheet over the import limit costs no CPU)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return HttpResponse("Bad Content-Length.\n", status=400, content_type="text/plain; charset=utf-8")
        if length > settings.MAX_REQUEST_BYTES:
            limit = settings.MAX_REQUEST_BYTES // (1024 * 1024)
            return HttpResponse(
                f"The request is larger than {limit} MB and was not read.\n", status=413, content_type="text/plain; charset=utf-8"
            )
        return self.get_response(request)


class RefuseUnstorableInputMiddleware:
    """A NUL or a lone surrogate anywhere a view or a library may read it (the path, the query string's
    and the form's names and values, cookies, headers) answers 400 before any view runs, naming the
    parameter: PostgreSQL cannot store a NUL (psycopg raises DataError), neither database's driver can
    encode a lone surrogate, and SQLite would quietly keep what PostgreSQL refuses, so both databases
    answer alike. One check here instead of one per view, form and admin page. Uploaded files are the
    importer's to check: there such a cell is a row error naming row, column and field.

    After the language middlewares, so that the page speaks the reader's language; before anything
    that reads the session or the user."""

    TEXT_SUFFIXES = {".csv", ".json", ".svg", ".xml", ".txt"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        problems = self.problems(request)
        if not problems:
            return self.get_response(request)
        if PurePosixPath(request.path_info).suffix in self.TEXT_SUFFIXES:
            # A download or data file: a plain-text answer, one line per parameter, as its filters give.
            return HttpResponse("".join(f"{problem}\n" for problem in problems), status=400, content_type="text/plain; charset=utf-8")
        # The page's language switch keeps the query string: not this one, which could not even be encoded.
        request.GET = QueryDict()
        return render(request, "400.html", {"problems": problems}, status=400)

    def problems(self, request) -> list[str]:
        found = []
        if UNSTORABLE.search(request.path_info):
            found.append(_("address: %(message)s") % {"message": self.message(request.path_info)})
        sources = [request.GET]
        if request.method == "POST":
            sources.append(request.POST)
        for source in sources:
            for name, values in source.lists():
                for value in [name, *values]:
                    if UNSTORABLE.search(value):
                        found.append(f"{shown(name)}: {self.message(value)}")
                        break
        for name, value in request.COOKIES.items():
            if bad := next((text for text in (value, name) if UNSTORABLE.search(text)), None):
                found.append(_("cookie %(name)s: %(message)s") % {"name": shown(name), "message": self.message(bad)})
        for key, value in request.META.items():
            if key.startswith("HTTP_") and isinstance(value, str) and UNSTORABLE.search(value):
                header = key.removeprefix("HTTP_").replace("_", "-").title()
                found.append(_("header %(name)s: %(message)s") % {"name": header, "message": self.message(value)})
        return found

    @staticmethod
    def message(value: str) -> str:
        if "\x00" in value:
            return _("“%(value)s” contains a NUL character, which is not allowed.") % {"value": shown(value)}
        return _("“%(value)s” contains a lone surrogate (half of a UTF-16 pair), which is not text.") % {"value": shown(value)}
