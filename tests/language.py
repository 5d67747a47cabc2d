"""One language per page, nothing internal: the checker behind the whole-site language sweep.

``language_problems(html, page_lang)`` reads a page as a reader (or a screen reader) does: every text
node and every attribute a reader meets (``alt``, ``title``, ``aria-label``, ``placeholder``), each
with the ``lang`` of its nearest element that declares one. It reports:

- on English pages, Han characters outside an element whose ``lang`` is Chinese;
- on every page, Cyrillic outside ``lang="ru"``;
- on Chinese pages, Latin words outside ``lang="en"`` or ``"ru-Latn"`` (a short allow-list aside);
- anywhere, what belongs to the site's makers: field names (``title_zh``), slugs, repository paths,
  the word "Markdown".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# Latin a Chinese page may show unmarked: acronyms of bodies and forms, and the locators' letters.
LATIN_ALLOWED = frozenset({"SCO", "RATS", "CICA", "ASEAN", "NATO", "CIS", "SVG", "CSV", "JSON", "URL", "PDF", "ISBN", "RSS"})
LATIN_ALLOWED |= {"BibTeX", "RIS", "CSL", "fn", "pp", "p", "vs"}
LATIN_ALLOWED |= {"BibLaTeX", "Zotero"}  # names of a format and of a reference manager
FIELD_NAME = re.compile(r"\b[a-z]+(?:_[a-z]+)*_(?:zh|en|ru|ru_latn|latn)\b|\b_(?:zh|en|ru|ru_latn)\b")
SLUG = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b")
PATH = re.compile(r"(?:\.\./|\b(?:fixtures|archive|templates|tests|sco_site|shared)/)\S*|\b\S+\.(?:py|txt|json|yaml|md)\b")
MARKUP_WORDS = re.compile(r"\bMarkdown\b", re.IGNORECASE)

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
SKIPPED = frozenset({"script", "style", "template"})
READ_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")


@dataclass(frozen=True)
class Passage:
    text: str
    lang: str
    where: str  # the element (and attribute) it stands in


class _Reader(HTMLParser):
    def __init__(self, page_lang: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str]] = [("document", page_lang)]
        self.passages: list[Passage] = []
        self.skipping = 0

    @property
    def lang(self) -> str:
        return self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        lang = attributes.get("lang", attributes.get("xml:lang"))
        lang = self.lang if lang is None else lang
        if tag in SKIPPED:
            self.skipping += 1
        for name in READ_ATTRIBUTES:
            if attributes.get(name):
                self.passages.append(Passage(attributes[name], lang, f"<{tag} {name}>"))
        if tag == "input" and attributes.get("type") in ("submit", "button") and attributes.get("value"):
            self.passages.append(Passage(attributes["value"], lang, f"<{tag} value>"))
        if tag not in VOID:
            self.stack.append((tag, lang))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in SKIPPED and self.skipping:
            self.skipping -= 1
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                break

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.passages.append(Passage(data, self.lang, f"<{self.stack[-1][0]}>"))


def passages(html: str, page_lang: str) -> list[Passage]:
    reader = _Reader(page_lang)
    reader.feed(html)
    reader.close()
    return reader.passages


def _is(lang: str, *prefixes: str) -> bool:
    lang = lang.lower()
    return any(lang == prefix or lang.startswith(prefix + "-") for prefix in prefixes)


def _latin_words(text: str) -> list[str]:
    """Latin words of two letters or more, but acronyms (ABC, SCO) and the allow-list."""
    text = URL.sub(" ", text)
    return [
        word for word in LATIN_WORD.findall(text) if word not in LATIN_ALLOWED and len(word) > 1 and not (word.isupper() and len(word) <= 5)
    ]


def language_problems(html: str, page_lang: str, slugs=frozenset()) -> list[str]:
    """What a reader of a ``page_lang`` page (``zh-Hant`` or ``en``) should not meet, one line each;
    ``slugs`` are the archive's record slugs, which a reader never sees outside a link's address."""
    english_page = _is(page_lang, "en")
    problems = []
    for passage in passages(html, page_lang):
        text, lang = passage.text, passage.lang
        found = []
        if english_page and not _is(lang, "zh") and (han := HAN.findall(text)):
            found.append(f"Chinese outside lang=zh: {' '.join(han)[:40]!r}")
        if not _is(lang, "ru") and (cyrillic := CYRILLIC.findall(text)):
            found.append(f"Cyrillic outside lang=ru: {' '.join(cyrillic)[:40]!r}")
        if not english_page and not _is(lang, "en", "ru", "fr", "de") and (words := _latin_words(text)):
            found.append(f"Latin outside lang=en: {' '.join(words)[:60]!r}")
        bare = URL.sub(" ", text)
        for pattern, what in ((FIELD_NAME, "field name"), (PATH, "repository path"), (MARKUP_WORDS, "markup word")):
            if match := pattern.search(bare):
                found.append(f"{what}: {match.group(0)!r}")
        if shown := [slug for slug in SLUG.findall(bare) if slug in slugs]:
            found.append(f"slug: {shown[0]!r}")
        problems += [f"{passage.where} {problem} in {text.strip()[:80]!r}" for problem in found]
    return problems
