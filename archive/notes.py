"""Editorial notes: one per language, and references to other records written ``[[slug]]``.

A note never names a record by its slug in the reader's sight: ``[[slug]]`` renders as that record's
title in the page's language, a link when the record is published and plain text while it is a draft.
A slug that names no record is refused where notes are written (the admin's forms, the imports).
"""

from __future__ import annotations

import re

from django.template.defaultfilters import linebreaksbr
from django.utils.html import escape, format_html, linebreaks
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from archive.languages import foreign_lang, mark_foreign, title_lang

REFERENCE = re.compile(r"\[\[([a-z0-9][a-z0-9-]*)\]\]")
NOTE_FIELDS = ("note_zh", "note_en")


def referable_models():
    """Models a note can refer to: the archive's models with a page, found by slug."""
    from django.apps import apps

    return [
        model
        for model in apps.get_app_config("archive").get_models()
        if hasattr(model, "get_absolute_url") and any(field.name == "slug" for field in model._meta.fields)
    ]


def referenced_slugs(text: str) -> list[str]:
    return REFERENCE.findall(text or "")


def find_records(slugs) -> dict[str, object]:
    """slug → record (draft or published), the first model in the registry's order that has it."""
    found: dict[str, object] = {}
    wanted = set(slugs)
    for model in referable_models():
        missing = wanted - found.keys()
        if not missing:
            break
        for record in model._base_manager.filter(slug__in=missing):
            found.setdefault(record.slug, record)
    return found


def unknown_slugs(text: str) -> list[str]:
    slugs = referenced_slugs(text)
    found = find_records(slugs) if slugs else {}
    return [slug for slug in dict.fromkeys(slugs) if slug not in found]


def note_errors(record) -> dict[str, str]:
    """field → message for every note of ``record`` that refers to a record the archive lacks."""
    errors = {}
    for field in NOTE_FIELDS:
        if missing := unknown_slugs(getattr(record, field, "")):
            errors[field] = _("No record has the slug %(slugs)s: write [[slug]] with the slug of an existing record.") % {
                "slugs": ", ".join(f"“{slug}”" for slug in missing)
            }
    return errors


def record_html(record, label=None, draft_class="") -> SafeString:
    """A link to a published record, plain text for a draft; its title carries its ``lang`` when it
    is not in the page's language."""
    text = str(record) if label is None else label
    lang = title_lang(record) if label is None else foreign_lang(str(text))
    lang_attribute = format_html(' lang="{}"', lang) if lang else ""
    if getattr(record, "is_published", False) and hasattr(record, "get_absolute_url"):
        return format_html('<a href="{}"{}>{}</a>', record.get_absolute_url(), lang_attribute, text)
    class_attribute = format_html(' class="{}"', draft_class) if draft_class else ""
    return format_html("<span{}{}>{}</span>", class_attribute, lang_attribute, text)


def render_references(text: str, lang: str = "") -> SafeString:
    """Escape ``text`` (marking passages in another script) and turn each ``[[slug]]`` into the
    record's title (a link if published)."""
    records = find_records(referenced_slugs(text))
    pieces, last = [], 0
    for match in REFERENCE.finditer(text):
        pieces.append(mark_foreign(text[last : match.start()], lang))
        record = records.get(match.group(1))
        if record is None:
            pieces.append(escape(_("(a record no longer in the archive)")))
            last = match.end()
            continue
        pieces.append(record_html(record, draft_class="draft-reference"))
        last = match.end()
    pieces.append(mark_foreign(text[last:], lang))
    return mark_safe("".join(pieces))


def page_note(record) -> dict | None:
    """The note a page shows: in the page's language, else the other one marked as such; None if neither."""
    english = (get_language() or "").lower().startswith("en")
    own, other = ("note_en", "note_zh") if english else ("note_zh", "note_en")
    text, fallback = getattr(record, own, ""), False
    if not text:
        text, fallback = getattr(record, other, ""), True
    if not text:
        return None
    lang = ("zh-Hant" if english else "en") if fallback else ""
    rendered = render_references(text, lang)
    return {
        "html": mark_safe(linebreaks(rendered)),  # paragraphs, for a block
        "inline": mark_safe(linebreaksbr(rendered)),  # for a table cell or a list item
        "lang": lang,
        "fallback": fallback,
    }
