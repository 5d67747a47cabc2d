"""Public pages from each worker's memory, valid while the archive generation stays the same.

``PageCacheMiddleware`` sits right after WhiteNoise: an anonymous reader's GET or HEAD of a page it
has kept is answered before the locale, session, CSRF, authentication and axes middlewares run, with
the headers the page was first sent with (Content-Type, Content-Language, Vary; the security, frame
and CSP headers are added again by the middlewares in front of this one, as for any answer). The
page is kept under the generation read before it was rendered (archive.generation) and the local
date (the sources block says "accessed on" today), and dropped when either moves.

Anonymous means no session cookie: a signed-in editor's request is never answered from memory and
its response never kept. Neither is a draft preview, a request other than GET or HEAD, an answer
other than 200, one marked private or no-store, one that sets a cookie or carries a CSRF token, nor
a page of a view not wrapped in ``cached_page`` with its query parameters (the admin, the language
switch, the health check, the downloads). A request with a parameter its view does not read goes by the
cache, so that made-up parameters cannot fill it.

Pages kept carry ``Cache-Control: public, max-age=0, must-revalidate``, a weak ``ETag`` made of the
generation, the deploy (a digest of the code, templates, translations and static files) and the date,
and ``Last-Modified``; a matching ``If-None-Match`` is answered 304 without rendering. Signed-in
requests never reach this code, so never get a 304 from the anonymous ETag.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpResponse, HttpResponseNotModified
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, parse_etags, urlencode

from archive.generation import GENERATION, forget_counts

CACHE_CONTROL = "public, max-age=0, must-revalidate"
PERSONAL_COOKIES = ("messages",)  # besides the session cookie
PAGE_OVERHEAD = 512  # bytes counted per page besides its body and headers
DEPLOY_FILES = (".py", ".html", ".txt", ".svg", ".xml", ".mo", ".css", ".js", ".json")


def cached_page(view, *parameters: str):
    """``view``, whose answers to anonymous readers may be kept; it reads the query parameters ``parameters``."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        return view(request, *args, **kwargs)

    wrapped.cache_parameters = frozenset(parameters)
    return wrapped


def cache_parameters(path: str) -> frozenset[str] | None:
    """The query parameters the path's view reads, or None when its answers are never kept."""
    language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    try:
        with translation.override(language):
            match = resolve(path)
    except Resolver404:
        return None
    return getattr(match.func, "cache_parameters", None)


@functools.cache
def deploy_id() -> str:
    """A digest of what renders a page besides the archive: code, templates, translations, static files."""
    digest = hashlib.sha256()
    for folder in ("sco_site", "archive", "templates", "locale"):
        for path in sorted((settings.BASE_DIR / folder).rglob("*")):
            if path.suffix in DEPLOY_FILES and path.is_file() and "migrations" not in path.parts:
                digest.update(str(path.relative_to(settings.BASE_DIR)).encode())
                digest.update(path.read_bytes())
    manifest = settings.STATIC_ROOT and settings.BASE_DIR / settings.STATIC_ROOT / "staticfiles.json"
    if manifest and manifest.is_file():
        digest.update(manifest.read_bytes())
    return digest.hexdigest()[:12]


@dataclass(frozen=True)
class Stamp:
    """What a kept page is valid under: the generation and the local date."""

    generation: int
    changed_at: int  # microseconds since the epoch
    day: dt.date

    @property
    def etag(self) -> str:
        return f'W/"{self.generation:x}-{deploy_id()}-{self.day:%Y%m%d}"'

    @property
    def last_modified(self) -> str:
        midnight = timezone.make_aware(dt.datetime.combine(self.day, dt.time.min)).timestamp()
        return http_date(max(self.changed_at / 1_000_000, midnight))

    def matches(self, request) -> bool:
        header = request.META.get("HTTP_IF_NONE_MATCH")
        return bool(header) and self.etag in parse_etags(header)

    def not_modified(self, vary: str = "Cookie", language: str | None = None) -> HttpResponseNotModified:
        response = HttpResponseNotModified()
        for name, value in (("Cache-Control", CACHE_CONTROL), ("ETag", self.etag), ("Last-Modified", self.last_modified), ("Vary", vary)):
            response[name] = value
        if language:
            response.headers["Content-Language"] = language
        return response


@dataclass(frozen=True)
class Page:
    body: bytes
    headers: tuple[tuple[str, str], ...]

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(name) + len(value) for name, value in self.headers) + PAGE_OVERHEAD

    def response(self) -> HttpResponse:
        return HttpResponse(self.body, headers=dict(self.headers))


class PageStore:
    """A least-recently-used store of pages, bounded in bytes, holding pages of one stamp only."""

    def __init__(self):
        self.lock = threading.Lock()
        self.pages: OrderedDict[str, Page] = OrderedDict()
        self.size = 0
        self.stamp: Stamp | None = None

    def clear(self):
        with self.lock:
            self.pages.clear()
            self.size = 0

    def get(self, key: str, stamp: Stamp) -> Page | None:
        with self.lock:
            if stamp != self.stamp:
                self.pages.clear()
                self.size = 0
                self.stamp = stamp
                return None
            page = self.pages.get(key)
            if page is not None:
                self.pages.move_to_end(key)
            return page

    def put(self, key: str, page: Page, stamp: Stamp):
        limit = settings.PAGE_CACHE_MAX_BYTES
        if page.size > limit // 4:  # one large page may not push out most others
            return
        with self.lock:
            if stamp != self.stamp:  # the generation moved while the page was rendered
                return
            if key in self.pages:
                self.size -= self.pages.pop(key).size
            self.pages[key] = page
            self.size += page.size
            while self.size > limit:
                _key, evicted = self.pages.popitem(last=False)
                self.size -= evicted.size


STORE = PageStore()


@receiver(setting_changed)
def settings_changed(*, setting, **kwargs):
    """A changed setting is a new deploy (in the tests): nothing rendered or counted before it is kept."""
    STORE.clear()
    forget_counts()
    if setting in ("REDIS_URL", "ARCHIVE_GENERATION_REDIS_KEY", "DATABASES"):
        GENERATION.configure()


def personal(request) -> bool:
    meta = request.META
    if "HTTP_AUTHORIZATION" in meta:
        return True
    if "HTTP_COOKIE" not in meta:  # most readers: no cookie to parse
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or any(name in cookies for name in PERSONAL_COOKIES)


def page_key(request, host: str) -> str:
    """Scheme, host, path and the query in a canonical order (parameters sorted, values as given)."""
    query = urlencode(sorted(request.GET.lists()), doseq=True) if request.META.get("QUERY_STRING") else ""
    return f"{request.scheme}://{host}{request.path}?{query}"


class Stamps:
    """The stamp pages are kept under now: made again when the generation is read again, and at
    least every second (the date moves at midnight), not for every request."""

    def __init__(self):
        self.made: tuple | None = None  # (generation read, monotonic time it expires, stamp)

    def current(self, generation) -> Stamp:
        now, made = time.monotonic(), self.made
        if made is None or made[0] is not generation or now >= made[1]:
            self.made = made = (generation, now + 1.0, Stamp(generation.number, generation.changed_at, timezone.localdate()))
        return made[2]


STAMPS = Stamps()


def keepable(request, response) -> bool:
    """A response the same for every anonymous reader, that any cache may keep."""
    if response.status_code != 200 or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if getattr(request, "_csp_nonce", None) or "'nonce-" in response.get("Content-Security-Policy", ""):
        return False  # a nonce is the request's own (the CSP middleware, outside this one, writes its header)
    return response.streaming or b"csrfmiddlewaretoken" not in response.content


def mark_public(response, stamp: Stamp):
    response["Cache-Control"] = CACHE_CONTROL
    response["ETag"] = stamp.etag
    response["Last-Modified"] = stamp.last_modified
    # The URL fixes the language (zh-Hant unprefixed, English under /en/): no copy per browser language.
    vary = [value.strip() for value in response.get("Vary", "").split(",") if value.strip()]
    response["Vary"] = ", ".join(value for value in vary if value.lower() != "accept-language")
    patch_vary_headers(response, ("Cookie",))


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.PAGE_CACHE_MAX_BYTES <= 0 or request.method not in ("GET", "HEAD") or personal(request):
            return self.get_response(request)
        try:
            host = request.get_host()
        except DisallowedHost:
            return self.get_response(request)
        generation = GENERATION.current()
        if generation is None:  # neither Redis nor the database has answered since start-up
            return self.get_response(request)
        stamp = STAMPS.current(generation)
        try:
            key = page_key(request, host)
        except UnicodeError:  # refused further in (RefuseUnstorableInputMiddleware)
            return self.get_response(request)
        page = STORE.get(key, stamp)
        if page is not None:
            if stamp.matches(request):
                headers = dict(page.headers)
                return stamp.not_modified(headers.get("Vary", "Cookie"), headers.get("Content-Language"))
            return page.response()
        parameters = cache_parameters(request.path_info)
        if parameters is None or not set(request.GET) <= parameters:
            return self.get_response(request)
        if stamp.matches(request):
            return stamp.not_modified(language=translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE)
        response = self.get_response(request)
        if keepable(request, response):
            mark_public(response, stamp)
            if request.method == "GET" and not response.streaming:
                STORE.put(key, Page(response.content, tuple(response.items())), stamp)
        return response
