"""sitemap.xml: an index of sections (the pages, then one per kind of record), each section in
pages of at most ``URLS_PER_PAGE`` addresses; published records only, in both languages."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from archive.registry import page_models

# Each record is listed once per language: a page of a section holds this many addresses.
URLS_PER_PAGE = 5000


class RecordSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    limit = URLS_PER_PAGE

    def __init__(self, model):
        self.model = model

    def items(self):
        return self.model.objects.published().order_by("slug")

    def lastmod(self, record):
        return record.updated_at

    def get_latest_lastmod(self):
        """The index's date for the section, in one query (Django's default reads every record)."""
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    limit = URLS_PER_PAGE

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
