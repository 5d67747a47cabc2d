"""The rows of the downloads (archive.downloads): what each column holds, a row of each list as a
dict of column key → value in the active language, and the records of each list read in chunks."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import OuterRef, Prefetch, Subquery
from django.db.models.functions import Length, Substr
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext

from archive import selectors
from archive.dates import format_range
from archive.facts import fact_label
from archive.languages import localized
from archive.locators import page_locator
from archive.models import Membership, Organ, State

CHUNK = 2000
# What each column holds, the same for every list that has it.
COLUMN_NOTES = {
    "date": gettext_lazy("The date as the pages write it, in the file's language, as precise as the chapter gives it."),
    "date_iso": gettext_lazy("The date in ISO 8601 at its precision (1998-07-03, 2000-03, 1999); a range as start/end."),
    "precision": gettext_lazy("The precision of the date (of its first day for a range): day, month or year."),
    "precision_end": gettext_lazy("The precision of a range's last day; empty for a single date."),
    "date_as_printed": gettext_lazy("The chapter's wording of the date where it is vague or irregular."),
    "type": gettext_lazy("event (a meeting or milestone) or instrument."),
    "kind": gettext_lazy("The kind of record (the values of the site's kind filter)."),
    "framework": gettext_lazy("shanghai-five, sco or bilateral; empty where the chapter does not place it."),
    "ordinal": gettext_lazy("The meeting's number in its series as the chapter states it."),
    "title_zh": gettext_lazy("The title in Traditional Chinese, as printed in the chapter."),
    "title_en": gettext_lazy("The title in English."),
    "title_ru": gettext_lazy("The title in Russian (Cyrillic), as printed."),
    "title_ru_latn": gettext_lazy("The chapter's own Latin transliteration of the Russian title, as printed."),
    "title_en_is_translation": gettext_lazy("true when the chapter does not print the English title: it is the archive's translation."),
    "title_zh_is_archive_wording": gettext_lazy(
        "true when the chapter only describes the document: the Chinese title is the archive's wording."
    ),
    "name_zh": gettext_lazy("The name in Traditional Chinese, as printed in the chapter."),
    "name_en": gettext_lazy("The name in English."),
    "name_ru": gettext_lazy("The name in Russian (Cyrillic), as printed."),
    "name_ru_latn": gettext_lazy("The chapter's own Latin transliteration of the Russian name, as printed."),
    "name_en_is_translation": gettext_lazy("true when the chapter does not print the English name: it is the archive's translation."),
    "places": gettext_lazy("The places, in the file's language, separated by “; ”."),
    "place": gettext_lazy("The place of signing, in the file's language."),
    "host": gettext_lazy("The host state, in the file's language."),
    "organ": gettext_lazy("The body that met, in the file's language."),
    "event": gettext_lazy("The meeting at which it was signed, in the file's language."),
    "appendix": gettext_lazy("The chapter's appendix that prints it."),
    "in_force": gettext_lazy("The date of entry into force, in the file's language."),
    "in_force_iso": gettext_lazy("The date of entry into force in ISO 8601 at its precision."),
    "in_force_precision": gettext_lazy("The precision of the date of entry into force: day, month or year."),
    "iso_code": gettext_lazy("The ISO 3166 alpha-3 code."),
    "ru_sort_key": gettext_lazy("The short Russian name the rotation of chairs and hosts follows."),
    "memberships": gettext_lazy("The state's memberships (framework, status, period), in the file's language, separated by “; ”."),
    "memberships_iso": gettext_lazy(
        "The same memberships as framework, status and period in ISO 8601 at each date's precision (start/end; an open end is empty)."
    ),
    "parent": gettext_lazy("The slug of the body it belongs to; empty for a top-level organ."),
    "depth": gettext_lazy("The level in the organ tree (1: top level)."),
    "established": gettext_lazy("The date of establishment, in the file's language."),
    "established_iso": gettext_lazy("The date of establishment in ISO 8601 at its precision."),
    "established_precision": gettext_lazy("The precision of the date of establishment: day, month or year."),
    "ended": gettext_lazy("The date the organ ended, in the file's language."),
    "ended_iso": gettext_lazy("The date the organ ended in ISO 8601 at its precision."),
    "ended_precision": gettext_lazy("The precision of the date the organ ended: day, month or year."),
    "dataset": gettext_lazy("The table or passage the figure belongs to (table-2-2 is the chapter's Table 2-2)."),
    "dataset_title": gettext_lazy("The title of the table or passage, in the file's language."),
    "indicator": gettext_lazy("What the figure measures (a stable key)."),
    "indicator_zh": gettext_lazy("What the figure measures, in Chinese as printed."),
    "indicator_en": gettext_lazy("What the figure measures, in English."),
    "state": gettext_lazy("The state the figure is about, in the file's language."),
    "scope": gettext_lazy("The scope of the figure, in Chinese as printed."),
    "scope_en": gettext_lazy("The scope of the figure, in English."),
    "value_as_printed": gettext_lazy("The figure exactly as printed (9~17.6, ---)."),
    "low": gettext_lazy("The figure as a number (the low end of a range); empty where the chapter prints none."),
    "high": gettext_lazy("The high end of a range; the same as low for a single figure."),
    "unit": gettext_lazy("The unit, in Chinese as printed."),
    "unit_en": gettext_lazy("The unit, in English."),
    "year": gettext_lazy("The year the figure refers to, where given."),
    "sources": gettext_lazy(
        "Every source of the row, separated by “; ”: the chapter's footnote with its pages as printed, or the chapter's "
        "section and paragraph where no footnote supports it, and in brackets the facts the citation supports where it names them."
    ),
    "source_ids": gettext_lazy("The slugs of those sources in the same order (their bibliography entries are /bibliography/<slug>.bib …)."),
    "slug": gettext_lazy("The record's stable identifier, the last part of its address."),
    "url": gettext_lazy("The record's page in the file's language."),
}


# ---- what a row holds ---------------------------------------------------------------------------


def citation_text(citation) -> str:
    """'Footnote 12, 頁 4 [date, places]' / '註12，…'; the chapter's place where no footnote supports it."""
    if citation.footnote:
        text = _("Footnote %(number)s") % {"number": citation.footnote}
        if citation.section:
            text += f" ({page_locator(citation.section)})"
    else:
        text = page_locator(citation.section)
    if citation.pages:
        text += pgettext("between the items of a list", ", ") + citation.pages
    if citation.facts:
        text += " [" + pgettext("between the items of a list", ", ").join(fact_label(key) for key in citation.facts) + "]"
    return text


def provenance(citations: Iterable) -> dict:
    cited = sorted(citations, key=lambda citation: (citation.chapter_order, citation.pk))
    return {
        "sources": "; ".join(citation_text(citation) for citation in cited),
        "source_ids": "; ".join(citation.source.slug for citation in cited),
    }


def forms(record) -> dict:
    """Every form of the record's title or name as stored, and whether the English one is a translation."""
    prefix = record.forms_prefix
    return {
        **{f"{prefix}_{key}": value for key, value in record.forms().items()},
        f"{prefix}_en_is_translation": getattr(record, f"{prefix}_en_is_translation"),
    }


def dated(record, prefix: str, key: str, *, precision_key: str = "", with_end: bool = False) -> dict:
    """The date ``prefix`` of a record as text in the page's language, ISO at its precision, and its precision."""
    start, end = record.partial(prefix), record.partial_end(prefix)
    row = {
        key: format_range(start, end),
        f"{key}_iso": (start.iso() + (f"/{end.iso()}" if end else "")) if start else "",
        precision_key or f"{key}_precision": start.precision if start else "",
    }
    if with_end:
        row["precision_end"] = end.precision if end else ""
    return row


def number(value: Decimal | None):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def display(record) -> str:
    return record.display if record is not None else ""


def event_row(request, event) -> dict:
    return {
        **dated(event, "held", "date", precision_key="precision", with_end=True),
        "date_as_printed": event.date_as_printed,
        "type": "event",
        "kind": event.kind,
        "framework": event.framework,
        "ordinal": event.ordinal,
        **forms(event),
        "title_zh_is_archive_wording": False,
        "places": "; ".join(place.display for place in event.places.all()),
        "host": display(event.host),
        "organ": display(event.organ),
        **provenance(event.citations.all()),
        "slug": event.slug,
        "url": request.build_absolute_uri(event.get_absolute_url()),
    }


def instrument_row(request, instrument) -> dict:
    return {
        **dated(instrument, "signed", "date", precision_key="precision", with_end=True),
        "type": "instrument",
        "kind": instrument.kind,
        **forms(instrument),
        "title_zh_is_archive_wording": not instrument.title_as_printed,
        "places": display(instrument.place),
        "place": display(instrument.place),
        "event": display(instrument.event),
        "appendix": instrument.appendix,
        **dated(instrument, "in_force", "in_force"),
        **provenance(instrument.citations.all()),
        "slug": instrument.slug,
        "url": request.build_absolute_uri(instrument.get_absolute_url()),
    }


def chronology_row(request, row) -> dict:
    return (event_row if row.kind == "event" else instrument_row)(request, row.record)


def membership_iso(membership) -> str:
    start, end = membership.partial("starts"), membership.partial("ends")
    period = f"{start.iso() if start else ''}/{end.iso() if end else ''}"
    return f"{membership.framework} {membership.role} {period}"


def membership_text(membership) -> str:
    return f"{membership.get_framework_display()} {membership.get_role_display()} {membership.display_period()}"


def state_row(request, state) -> dict:
    memberships = list(state.memberships.all())
    return {
        **forms(state),
        "iso_code": state.iso_code,
        "ru_sort_key": state.ru_sort_key,
        "memberships": "; ".join(membership_text(m) for m in memberships),
        "memberships_iso": "; ".join(membership_iso(m) for m in memberships),
        **provenance(citation for membership in memberships for citation in membership.citations.all()),
        "slug": state.slug,
        "url": request.build_absolute_uri(state.get_absolute_url()),
    }


def organ_row(request, organ) -> dict:
    return {
        **forms(organ),
        "kind": organ.kind,
        "parent": organ.parent_slug or "",
        "depth": organ.depth,
        **dated(organ, "established", "established"),
        **dated(organ, "ended", "ended"),
        **provenance(organ.citations.all()),
        "slug": organ.slug,
        "url": request.build_absolute_uri(organ.get_absolute_url()),
    }


def statistic_row(request, statistic) -> dict:
    return {
        "dataset": statistic.dataset,
        "dataset_title": localized(statistic, "dataset_title"),
        "indicator": statistic.indicator,
        "indicator_zh": statistic.indicator_zh,
        "indicator_en": statistic.indicator_en,
        "state": display(statistic.state),
        "scope": statistic.scope,
        "scope_en": statistic.scope_en,
        "value_as_printed": statistic.value_as_printed,
        "low": number(statistic.low),
        "high": number(statistic.high),
        "unit": statistic.unit,
        "unit_en": statistic.unit_en,
        "year": statistic.year,
        **provenance(statistic.citations.all()),
        "url": request.build_absolute_uri(f"{reverse('archive:statistics')}#ds-{statistic.dataset}"),
    }


# ---- the records of each list, a chunk at a time -------------------------------------------------


def collected(records: Iterable) -> Iterator:
    """The records, the memory of each chunk freed once it is written: a chunk's records and their
    prefetched rows refer to each other (a citation to its record), which only the collector's
    oldest generation would otherwise free, late, so that memory would grow with the rows."""
    for number, record in enumerate(records, start=1):
        yield record
        if number % CHUNK == 0:
            gc.collect()


def chunked(queryset) -> Iterator:
    """The records of ``queryset`` ``CHUNK`` at a time, each chunk with its prefetches, drafts cleared."""
    for record in collected(queryset.iterator(chunk_size=CHUNK)):
        selectors.without_drafts([record])
        yield record


CITATIONS = selectors.published_citations()


def chronology_records(filters):
    return collected(selectors.chronology_rows(filters, chunk_size=CHUNK, prefetch=[CITATIONS]))


def event_records(filters):
    return chunked(selectors.events(filters).prefetch_related(CITATIONS).order_by("held_on", "slug"))


def instrument_records(filters):
    return chunked(selectors.instruments(filters).prefetch_related(CITATIONS).order_by("signed_on", "slug"))


def state_records(filters):
    memberships = Membership.objects.published().order_by("starts_on", "framework").prefetch_related(CITATIONS)
    return chunked(State.objects.published().prefetch_related(Prefetch("memberships", queryset=memberships)))


def organ_records(filters):
    parent = Organ.objects.published().filter(path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Organ.steplen))
    return chunked(
        Organ.objects.published().annotate(parent_slug=Subquery(parent.values("slug")[:1])).prefetch_related(CITATIONS).order_by("path")
    )


def statistic_records(filters):
    return chunked(selectors.statistics_in_order())


@dataclass(frozen=True)
class Listing:
    name: str  # in the URL and the file name
    scope: str  # RecordFilterForm's scope; "" for a list without filters (the whole published list)
    columns: tuple[str, ...]
    records: Callable
    row: Callable


PROVENANCE = ("sources", "source_ids")
TITLES = ("title_zh", "title_en", "title_ru", "title_ru_latn", "title_en_is_translation")
NAMES = ("name_zh", "name_en", "name_ru", "name_ru_latn", "name_en_is_translation")
MAIN_DATE = ("date", "date_iso", "precision", "precision_end")

LISTINGS = {
    listing.name: listing
    for listing in (
        Listing(
            "chronology",
            "chronology",
            (*MAIN_DATE, "type", "kind", *TITLES, "title_zh_is_archive_wording", "places", *PROVENANCE, "slug", "url"),
            chronology_records,
            chronology_row,
        ),
        Listing(
            "events",
            "events",
            (*MAIN_DATE, "date_as_printed", "kind", "framework", "ordinal", *TITLES, "places", "host", "organ", *PROVENANCE, "slug", "url"),
            event_records,
            event_row,
        ),
        Listing(
            "instruments",
            "instruments",
            (
                *MAIN_DATE,
                "kind",
                *TITLES,
                "title_zh_is_archive_wording",
                "appendix",
                "place",
                "event",
                "in_force",
                "in_force_iso",
                "in_force_precision",
                *PROVENANCE,
                "slug",
                "url",
            ),
            instrument_records,
            instrument_row,
        ),
        Listing(
            "states",
            "",
            (*NAMES, "iso_code", "ru_sort_key", "memberships", "memberships_iso", *PROVENANCE, "slug", "url"),
            state_records,
            state_row,
        ),
        Listing(
            "organs",
            "",
            (
                *NAMES,
                "kind",
                "parent",
                "depth",
                "established",
                "established_iso",
                "established_precision",
                "ended",
                "ended_iso",
                "ended_precision",
                *PROVENANCE,
                "slug",
                "url",
            ),
            organ_records,
            organ_row,
        ),
        Listing(
            "statistics",
            "",
            (
                "dataset",
                "dataset_title",
                "indicator",
                "indicator_zh",
                "indicator_en",
                "state",
                "scope",
                "scope_en",
                "value_as_printed",
                "low",
                "high",
                "unit",
                "unit_en",
                "year",
                *PROVENANCE,
                "url",
            ),
            statistic_records,
            statistic_row,
        ),
    )
}
