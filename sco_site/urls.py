from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import index, sitemap
from django.urls import include, path
from django.views.generic import TemplateView

from archive.bibliography import bibliography_file
from archive.sitemaps import SITEMAPS
from archive.views import healthz
from sco_site.page_cache import cached_page
from sco_site.security import password_change

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Before the admin's own URLs: the same page, with the old password throttled like a login.
    path("admin/password_change/", password_change),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", cached_page(index), {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"}, name="sitemap"),
    path("sitemap-<section>.xml", cached_page(sitemap, "p"), {"sitemaps": SITEMAPS}, name="sitemap-section"),
    # The bibliography for reference managers: one URL per file, whatever the page's language.
    path("bibliography.<str:fmt>", cached_page(bibliography_file), name="bibliography-file"),
    path("bibliography/<slug:slug>.<str:fmt>", cached_page(bibliography_file), name="source-bibliography-file"),
    path(
        "robots.txt",
        cached_page(TemplateView.as_view(template_name="robots.txt", content_type="text/plain; charset=utf-8")),
        name="robots",
    ),
]
urlpatterns += i18n_patterns(path("", include("archive.urls")), prefix_default_language=False)

# A database that does not answer is a 503 page in the reader's language; any other error the 500 page.
handler500 = "sco_site.views.server_error"
