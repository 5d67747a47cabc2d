"""sitemap.xml: published records only, in both languages."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from archive.registry import page_models


class RecordSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def __init__(self, model):
        self.model = model

    def items(self):
        return self.model.objects.published().order_by("slug")

    def lastmod(self, record):
        return record.updated_at


class PageSitemap(Sitemap):
    i18n = True
    alternates = True

    def items(self):
        return [
            "home",
            "chronology",
            "event-list",
            "instrument-list",
            "organ-chart",
            "state-list",
            "person-list",
            "source-list",
            "statistics",
        ]

    def location(self, name):
        return reverse(f"archive:{name}")


SITEMAPS = {
    "pages": PageSitemap(),
    **{entry.key: RecordSitemap(entry.model) for entry in page_models()},
}
