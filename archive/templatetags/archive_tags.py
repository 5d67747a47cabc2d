"""Template tags: honest dates, every name form of a record, links that never point at a draft."""

import json
import re

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from archive import languages, notes
from archive.dates import PartialDate
from archive.languages import mark_foreign, script_lang
from archive.locators import page_appendix, page_locator
from archive.models.abstract import FORM_LANG

register = template.Library()


def form_labels():
    return {"zh": _("Chinese"), "en": _("English"), "ru": _("Russian"), "ru_latn": _("Transliteration (as printed)")}


@register.filter
def record_date(record) -> str:
    """'1998年7月3日至4日' / '3–4 July 1998' for a record's principal date, '' when it has none."""
    return record.display_date if getattr(record, "main_date", "") else ""


@register.filter
def date_of(record, prefix: str) -> str:
    """{{ instrument|date_of:"in_force" }}: any of a record's dates at its precision."""
    return record.display_range(prefix) if record is not None else ""


@register.simple_tag
def record_time(record, prefix: str = "") -> str:
    """{% record_time event %} → <time datetime="1998-07-03">1998年7月3日至4日</time>: a record's
    principal date (or its date ``prefix``) as displayed, with the machine-readable start of the
    period at its own precision (1998-07-03, 2000-03, 1999); '' when it has no such date."""
    prefix = prefix or getattr(record, "main_date", "")
    start = record.partial(prefix) if record is not None and prefix else None
    if start is None:
        return ""
    return format_html('<time datetime="{}">{}</time>', start.iso(), record.display_range(prefix))


@register.filter
def partial_date(value, precision="day") -> str:
    """{{ some_date|partial_date:"month" }} → '2000年3月' / 'March 2000'."""
    return PartialDate(value, precision).format() if value else ""


@register.filter
def name_forms(record) -> list[dict]:
    """Every form of a record's name or title, with its language tag and whether it is a translation."""
    if not hasattr(record, "forms"):
        return []
    labels = form_labels()
    translation = getattr(record, f"{record.forms_prefix}_en_is_translation", False)
    return [
        {"label": labels[key], "lang": FORM_LANG[key], "value": value, "translation": key == "en" and translation}
        for key, value in record.forms().items()
        if value
    ]


@register.filter
def archive_aliases(record) -> list[dict]:
    """Other names the archive gives a record that the chapter does not print, with their language."""
    lines = (getattr(record, "aliases_archive", "") or "").splitlines()
    return [{"value": line.strip(), "lang": script_lang(line)} for line in lines if line.strip()]


@register.simple_tag
def record_link(record, text=None):
    """A link to a published record; a draft (or missing) record is plain text, never a link."""
    if record is None:
        return ""
    return notes.record_html(record, text)


@register.filter
def foreign_title_lang(record) -> str:
    """The ``lang`` of a record's title where it is not in the page's language ("" otherwise, and for
    no record)."""
    if not record or isinstance(record, str):
        return ""
    return languages.title_lang(record)


@register.filter
def lang_attribute(record) -> str:
    """{{ record|lang_attribute }}: ` lang="ru"` on an element holding a title in another language."""
    lang = foreign_title_lang(record)
    return format_html(' lang="{}"', lang) if lang else ""


@register.filter
def foreign(text) -> str:
    """{{ text|foreign }}: escaped, each passage in another script than the page's in <span lang>."""
    return mark_foreign(text)


@register.filter
def locator(section: str) -> str:
    """{{ citation.section|locator }}: '第一節 貳 2002年 ¶3', or 'ch. 2, §1.2, 2002, ¶3' in English."""
    return page_locator(section)


@register.simple_tag
def markers(sources, slot: str, row=None) -> str:
    """{% markers sources "chair_rule" %} (or {% markers sources "seat" seat %} at a row the page lists):
    the footnote markers of the citations that support it, each linking to its entry in the sources."""
    anchor = f"{slot}-{row.pk}" if row is not None else slot
    found = sources.markers.get(anchor, []) if sources else []
    if not found:
        return ""
    links = format_html_join(
        ",",
        '<a class="fn-marker" id="{}" href="#source-{}" aria-label="{}">{}</a>',
        ((marker, number, _("Source %(number)s") % {"number": number}, number) for number, marker in found),
    )
    return format_html('<sup class="fn-markers">{}</sup>', links)


@register.filter
def appendix(value: str) -> str:
    """{{ instrument.appendix|appendix }}: '附註三', or 'Appendix 3' in English."""
    return page_appendix(value)


@register.filter
def localized(record, field: str) -> str:
    """{{ event|localized:"summary" }}: see archive.languages.localized."""
    return languages.localized(record, field)


@register.filter
def json_ld(data) -> str:
    """A schema.org data block (not executed), escaped like Django's json_script."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


@register.filter
def plain_number(value) -> str:
    """4200.0000 → 4200, 0.5940 → 0.594; empty stays empty."""
    if value is None or value == "":
        return ""
    text = f"{value.normalize():f}" if hasattr(value, "normalize") else str(value)
    return text


# diff_match_patch's preview markup in django-import-export: the only inline styles it writes.
IMPORT_DIFF_STYLE = re.compile(r'<(ins|del) style="background:#[0-9a-f]{6};">')


@register.filter
def diff_without_styles(diff_html) -> str:
    """An import preview cell without its inline colours, which the CSP forbids (import.css sets them)."""
    # The diff text itself is already escaped, so only the library's own tags can match.
    return mark_safe(IMPORT_DIFF_STYLE.sub(r"<\1>", str(diff_html)))


@register.simple_tag
def page_note(record):
    """{% page_note record as note %}: the note in the page's language (see archive.notes.page_note)."""
    return notes.page_note(record)
