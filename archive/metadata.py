"""What reference managers and search engines read from a record's page: citation meta tags and
schema.org JSON-LD.

A source's page describes the work the footnote cites (Highwire ``citation_*`` tags, which Zotero,
Mendeley and Google Scholar read), so that saving the page saves the work as the footnote prints
it. Every other record's page describes itself, a page of this archive (Dublin Core ``DC.*``).
"""

from __future__ import annotations

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from archive.bibliography import LANGUAGE_TAG, author_names, edited
from archive.models import Event, Instrument, Organ, Source

SCHEMA_ORG = "https://schema.org"


def page_lang() -> str:
    return "en" if (get_language() or "").startswith("en") else "zh-Hant"


def highwire_date(partial) -> str:
    """Highwire's date form, at the precision known: 2001/05/11, 2004/04 or 2002."""
    return partial.iso().replace("-", "/") if partial else ""


def citation_meta(record, page_url: str) -> list[tuple[str, str]]:
    """(name, content) of the page's citation meta tags; empty values left out."""
    if isinstance(record, Source):
        tags = [("citation_title", record.title)]
        tags += [("citation_editor" if edited(record) else "citation_author", name) for name in author_names(record)]
        # A journal's or paper's title is the container Highwire knows; a site or agency publishes.
        container = "citation_journal_title" if record.kind in ("article", "news") else "citation_publisher"
        tags += [
            ("citation_publication_date", highwire_date(record.partial("issued"))),
            (container, record.container),
            ("citation_volume", record.volume),
            ("citation_issue", record.issue),
            ("citation_publisher", record.publisher),
            ("citation_language", LANGUAGE_TAG.get(record.language, record.language)),
            ("citation_public_url", page_url),
        ]
    else:
        tags = [
            ("DC.title", str(record)),
            ("DC.publisher", _("SCO Founding Archive")),
            ("DC.date", record.updated_at.date().isoformat() if record.updated_at else ""),
            ("DC.type", "Text"),
            ("DC.language", page_lang()),
            ("DC.identifier", page_url),
        ]
    return [(name, content) for name, content in tags if name and content]


def other_names(record) -> list[str]:
    return [value for value in dict.fromkeys(record.forms().values()) if value and value != record.display]


def json_ld(record, page_url: str) -> dict:
    """The schema.org description of an event, instrument, organ or source ({} for other records)."""
    data: dict = {"@context": SCHEMA_ORG, "url": page_url}
    if isinstance(record, Event):
        start, end = record.partial("held"), record.partial_end("held")
        data |= {
            "@type": "Event",
            "name": record.display,
            "startDate": start.iso() if start else None,
            "endDate": end.iso() if end else (start.iso() if start else None),
            "location": [{"@type": "Place", "name": place.display} for place in record.places.all()],
            "description": record.summary_en or record.summary_zh,
        }
    elif isinstance(record, Instrument):
        signed = record.partial("signed")
        data |= {
            "@type": "Legislation",
            "name": record.display,
            "alternateName": other_names(record),
            "legislationType": record.get_kind_display(),
            "legislationDate": signed.iso() if signed else None,
        }
    elif isinstance(record, Organ):
        established = record.partial("established")
        data |= {
            "@type": "Organization",
            "name": record.display,
            "alternateName": other_names(record),
            "foundingDate": established.iso() if established else None,
        }
    elif isinstance(record, Source):
        issued = record.partial("issued")
        kind = {"book": "Book", "article": "ScholarlyArticle", "news": "NewsArticle", "official": "Report", "thesis": "Thesis"}
        data |= {
            "@type": kind.get(record.kind, "WebPage"),
            "name": record.title,
            "author": [{"name": name} for name in author_names(record)] if not edited(record) else None,
            "editor": [{"name": name} for name in author_names(record)] if edited(record) else None,
            "datePublished": issued.iso() if issued else None,
            "isPartOf": {"name": record.container} if record.container else None,
            "publisher": {"name": record.publisher} if record.publisher else None,
            "inLanguage": LANGUAGE_TAG.get(record.language, record.language),
            "sameAs": record.url,
        }
    else:
        return {}
    return {key: value for key, value in data.items() if value}
