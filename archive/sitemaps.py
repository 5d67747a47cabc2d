"""sitemap.xml: an index of sections (the pages, then one per kind of record), each section in
pages of at most ``URLS_PER_PAGE`` addresses; published records only, in both languages."""

import functools

from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.core.signals import setting_changed
from django.db.models import Max
from django.dispatch import receiver
from django.urls import get_script_prefix, reverse
from django.utils import translation

from archive.generation import per_generation
from archive.registry import page_models
from archive.selectors import published_count

# Each record is listed once per language: a page of a section holds this many addresses. An
# address with its alternate languages takes about 390 bytes: 500 keep a page near 200 KB, under the
# 300 KB every public page keeps to (5,000 made pages of 1.9 MB, rendered in 10 s at 100 times the seed).
URLS_PER_PAGE = 500


@per_generation
def latest_update(model):
    """The index's date for a section: read once per generation (at 1000 times the seed the
    sections' latest dates and counts took 28 ms of the index's 50)."""
    return model.objects.published().aggregate(latest=Max("updated_at"))["latest"]


@functools.lru_cache(maxsize=8 * URLS_PER_PAGE)
def record_path(model, slug: str, language: str, script_prefix: str) -> str:
    """A record's address in a language (under the site's script prefix), which a section's page asks
    four times for each address it lists (the address, then each language's and the default one
    among its alternates)."""
    with translation.override(language):
        return model(slug=slug).get_absolute_url()


@receiver(setting_changed)
def forget_paths(**kwargs):
    """Another URL configuration or set of languages (in the tests) gives other addresses."""
    record_path.cache_clear()


class InLanguages:
    """The (record, language) pairs that ``Sitemap._items()`` would list for a queryset, as a
    sequence ``Paginator`` reads a page at a time: the records' count, then one query for the page's
    records (Django's own list holds every record of the section to serve any page of it)."""

    def __init__(self, records, languages: list[str], record_count: int):
        self.records, self.languages, self.record_count = records, languages, record_count

    def count(self) -> int:
        return self.record_count * len(self.languages)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[tuple]:
        size = len(self.languages)
        start, stop = window.start or 0, window.stop
        first = start // size
        records = self.records[first : -(-stop // size)] if stop is not None else self.records[first:]
        pairs = [(record, language) for record in records for language in self.languages]
        return pairs[start - first * size : None if stop is None else stop - first * size]


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

    def _location(self, item, force_lang_code=None):
        record, language = item
        return record_path(self.model, record.slug, force_lang_code or language, get_script_prefix())

    @property
    def paginator(self):
        return Paginator(InLanguages(self.items(), self._languages(), published_count(self.model)), self.limit)

    def get_latest_lastmod(self):
        return latest_update(self.model)


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
