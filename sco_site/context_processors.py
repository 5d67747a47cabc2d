"""Every page's language alternates (hreflang, the language switch) and canonical URL."""

from django.conf import settings
from django.urls import translate_url


def site(request):
    path = request.path
    alternates = [
        {"code": code, "name": name, "url": request.build_absolute_uri(translate_url(path, code)), "path": translate_url(path, code)}
        for code, name in settings.LANGUAGES
    ]
    return {"alternates": alternates, "canonical_url": request.build_absolute_uri(path)}
