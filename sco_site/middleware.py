"""Site plumbing: request size, the admin's language, privacy of signed-in responses."""

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers


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
