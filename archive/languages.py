"""One language per page: passages in another script carry their ``lang`` (WCAG 3.1.2).

A note, a unit or a title may quote the chapter's Chinese on an English page, a Russian title on any
page, or an English title on a Chinese page. ``mark_foreign`` wraps each such run in
``<span lang="…">`` so that a screen reader and a browser read it in its own language.
"""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCTUATION = "\u3000-\u303f\uff00-\uffef—…·"
_CYRILLIC = "\u0400-\u04ff"

HAN_RUN = re.compile(rf"[{_HAN}](?:[{_HAN}{_CJK_PUNCTUATION}\d\s.~%-]*[{_HAN}{_CJK_PUNCTUATION}])?")
CYRILLIC_RUN = re.compile(rf"[{_CYRILLIC}](?:[{_CYRILLIC}\d\s.,:;\-–—\"'«»()/№]*[{_CYRILLIC}])?")
LATIN_RUN = re.compile(r"[A-Za-z](?:[A-Za-z0-9\s.,:;'’&/()\-–]*[A-Za-z0-9.)])?")


def is_english_page() -> bool:
    return (get_language() or "").lower().startswith("en")


def page_lang() -> str:
    return "en" if is_english_page() else "zh-Hant"


def localized(record, field: str) -> str:
    """``field``_en on English pages, ``field``_zh otherwise, each falling back to the other.

    A record or dict whose Chinese form has no suffix (a statistic's ``unit`` beside ``unit_en``)
    works too."""
    get = record.get if isinstance(record, dict) else lambda name, default: getattr(record, name, default)
    chinese = get(f"{field}_zh", "") or get(field, "")
    english = get(f"{field}_en", "")
    return (english or chinese) if is_english_page() else (chinese or english)


def title_lang(record) -> str:
    """The ``lang`` a record's title needs on this page (the form it shows, else its script), or ""."""
    return foreign_lang(str(record), getattr(record, "display_lang", ""))


def script_lang(text: str) -> str:
    """The language tag of a name by its script: Han → zh-Hant, Cyrillic → ru, otherwise English."""
    if re.search(f"[{_HAN}]", text):
        return "zh-Hant"
    if re.search(f"[{_CYRILLIC}]", text):
        return "ru"
    return "en"


def foreign_lang(text: str, lang: str = "") -> str:
    """The ``lang`` a passage needs on this page (its own, else read off its script), or "" when it
    is in the page's language."""
    lang = lang or script_lang(text or "")
    return "" if lang.split("-")[0].lower() == page_lang().split("-")[0].lower() else lang


def _foreign_runs(text: str, english: bool):
    """(start, end, lang) of every run of text in another script than the surrounding text's."""
    runs = [(match.start(), match.end(), "ru") for match in CYRILLIC_RUN.finditer(text)]
    if english:
        runs += [(match.start(), match.end(), "zh-Hant") for match in HAN_RUN.finditer(text)]
    else:
        runs += [(match.start(), match.end(), "en") for match in LATIN_RUN.finditer(text)]
    runs.sort()
    last = 0
    for start, end, lang in runs:
        if start >= last:  # a Latin run inside a Cyrillic one (a number's letter) stays in it
            yield start, end, lang
            last = end


def mark_foreign(text: str, lang: str = "") -> SafeString:
    """Escape ``text``, wrapping each run in another script than the page's (or than ``lang``, the
    language of the text around it) in ``<span lang>``."""
    text = str(text or "")
    pieces, last = [], 0
    for start, end, run_lang in _foreign_runs(text, (lang or page_lang()) == "en"):
        pieces.append(escape(text[last:start]))
        pieces.append(f'<span lang="{run_lang}">{escape(text[start:end])}</span>')
        last = end
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))
