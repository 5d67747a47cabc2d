"""The bibliography for reference managers: BibLaTeX (UTF-8), CSL-JSON and RIS, one source or all.

Every field is the footnote's as printed: the title in its own script, the authors as the footnote
names them (never split into family and given names the footnote does not give; a body that wrote
the work stays one name), the container, volume, issue and pages as printed, the date at the
precision the footnote gives. The archive's English translations of titles are left out: they are
not in the footnotes. Each entry's key is the source's slug, so it never changes once published.

The ``.bib`` is BibLaTeX-style (``@online``, ``@report``, ``@thesis``; ``date`` at its precision) in
UTF-8: classic BibTeX reads neither those types nor Chinese or Cyrillic, biber and the reference
managers (Zotero, JabRef) read both.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.http import content_disposition_header

from archive.locators import CHINESE_NUMBERS
from archive.models import Source

# ---- what the footnote prints ---------------------------------------------------------------------

# Several authors are separated by 、 or ; in the chapter, or by "and" / 與 as the footnote prints
# them ("C. Fairbanks and S. F. Starr", 薛君度與邢廣程). "and" and 與 also occur inside the name of a
# body (…民族與宗教研究中心), so they separate only what reads as personal names: two to four
# Chinese characters, or up to four capitalised words or initials.
AUTHOR_SEPARATORS = re.compile(r"\s*[、;；]\s*")
JOINED = re.compile(r"\s+and\s+|與")
PERSONAL_NAME = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|(?:[A-ZА-ЯЁ][\w.'’-]*)(?:\s+[A-ZА-ЯЁ][\w.'’-]*){0,3})$")


def author_names(source: Source) -> list[str]:
    """The names of the footnote's authors (or editors), each as printed."""
    names = []
    for name in AUTHOR_SEPARATORS.split((source.authors or "").strip()):
        parts = [part.strip() for part in JOINED.split(name)]
        names.extend(parts if len(parts) > 1 and all(PERSONAL_NAME.match(part) for part in parts) else [name.strip()])
    return [name for name in names if name]


# The label a footnote prints before its pages (頁124-130, pp.71-73, стр. 7-14, 第10版): the
# reference formats add their own ("頁 124–130", "pp. 71–73"), so they carry the numbers only.
PAGE_LABEL = re.compile(r"^\s*(?:頁|pp?\.|pg\.|стр\.|第)\s*(?P<numbers>.*?)\s*版?\s*$")


def page_numbers(pages: str) -> str:
    """The numbers of the pages as the footnote prints them, without its label: '頁124-130' → '124-130',
    '第七版' (a newspaper's page 7) → '7'."""
    match = PAGE_LABEL.match(pages or "")
    numbers = match["numbers"] if match else (pages or "").strip()
    return str(CHINESE_NUMBERS.get(numbers, numbers))


def edited(source: Source) -> bool:
    """The footnote names the persons as editors (主編), not authors."""
    return "主編" in (source.as_printed or "")


LANGUAGE_TAG = {"zh": "zh-Hant"}
BIBLATEX_LANGID = {"en": "english", "ru": "russian", "zh": "chinese"}

# kind → (BibLaTeX type, CSL type, RIS type); a newspaper article without a paper is a web page.
TYPES = {
    "book": ("book", "book", "BOOK"),
    "article": ("article", "article-journal", "JOUR"),
    "news": ("article", "article-newspaper", "NEWS"),
    "official": ("report", "report", "GOVDOC"),
    "web": ("online", "webpage", "ELEC"),
    "thesis": ("thesis", "thesis", "THES"),
}


@dataclass
class Entry:
    """One source as the three formats need it."""

    source: Source

    @property
    def key(self) -> str:
        return self.source.slug

    @property
    def types(self) -> tuple[str, str, str]:
        biblatex, csl, ris = TYPES.get(self.source.kind, ("misc", "document", "GEN"))
        if self.source.kind == "news" and not self.source.container:
            biblatex = "online"
        return biblatex, csl, ris

    @property
    def issued(self):
        return self.source.partial("issued")


def entries(sources) -> list[Entry]:
    return [Entry(source) for source in sources]


# ---- BibLaTeX ---------------------------------------------------------------------------------

LATEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
LATEX_SPECIALS = re.compile("[" + re.escape("".join(LATEX_SPECIAL)) + "]")


def latex_escape(text: str) -> str:
    return LATEX_SPECIALS.sub(lambda match: LATEX_SPECIAL[match.group()], text)


def verbatim(url: str) -> str:
    """A URL as BibLaTeX's verbatim ``url`` field takes it: as printed, braces percent-encoded."""
    return url.replace("{", "%7B").replace("}", "%7D")


def bibtex_entry(entry: Entry) -> str:
    source = entry.source
    biblatex_type = entry.types[0]
    names = " and ".join("{" + latex_escape(name) + "}" for name in author_names(source))
    container_field = {"article": "journaltitle", "report": "institution"}.get(biblatex_type, "organization")
    fields = [
        ("editor" if edited(source) else "author", names),
        ("title", latex_escape(source.title)),
        (container_field, latex_escape(source.container)),
        ("entrysubtype", "newspaper" if source.kind == "news" and biblatex_type == "article" else ""),
        ("volume", latex_escape(source.volume)),
        ("number", latex_escape(source.issue)),
        ("pages", latex_escape(page_numbers(source.pages))),
        ("location", latex_escape(source.publication_place)),
        ("publisher", latex_escape(source.publisher)),
        ("date", entry.issued.iso() if entry.issued else ""),
        ("url", verbatim(source.url)),
        ("langid", BIBLATEX_LANGID.get(source.language, "")),
        ("annotation", latex_escape(" ".join(source.as_printed.split()))),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@{biblatex_type}{{{entry.key},\n{body}\n}}\n"


def bibtex(items: list[Entry]) -> str:
    header = "% BibLaTeX, UTF-8 (biber): SCO Founding Archive, the sources of chapter 2 as its footnotes print them\n\n"
    return header + "\n".join(bibtex_entry(entry) for entry in items)


# ---- CSL-JSON ---------------------------------------------------------------------------------


def csl_item(entry: Entry) -> dict:
    source = entry.source
    names = [{"literal": name} for name in author_names(source)]
    item = {
        "id": entry.key,
        "type": entry.types[1],
        "title": source.title,
        "editor" if edited(source) else "author": names,
        "container-title": source.container,
        "volume": source.volume,
        "issue": source.issue,
        "page": page_numbers(source.pages),
        "publisher": source.publisher,
        "publisher-place": source.publication_place,
        "URL": source.url,
        "language": LANGUAGE_TAG.get(source.language, source.language),
        "note": " ".join(source.as_printed.split()),
    }
    if entry.issued:
        item["issued"] = {"date-parts": [[int(part) for part in entry.issued.iso().split("-")]]}
    return {name: value for name, value in item.items() if value}


def csl_json(items: list[Entry]) -> str:
    return json.dumps([csl_item(entry) for entry in items], ensure_ascii=False, indent=2) + "\n"


# ---- RIS --------------------------------------------------------------------------------------


def ris_entry(entry: Entry) -> list[tuple[str, str]]:
    source = entry.source
    issued = entry.issued
    lines = [("TY", entry.types[2]), ("ID", entry.key)]
    lines += [("ED" if edited(source) else "AU", name) for name in author_names(source)]
    lines += [
        ("TI", source.title),
        ("T2", source.container),
        ("VL", source.volume),
        ("IS", source.issue),
        ("SP", page_numbers(source.pages)),
        ("CY", source.publication_place),
        ("PB", source.publisher),
        ("PY", str(issued.value.year) if issued else ""),
        # RIS dates are YYYY/MM/DD/ with the parts the footnote does not give left empty.
        ("DA", "/".join([*issued.iso().split("-"), "", ""][:3]) + "/" if issued else ""),
        ("UR", source.url),
        ("LA", LANGUAGE_TAG.get(source.language, source.language)),
        ("N1", " ".join(source.as_printed.split())),
        ("ER", ""),
    ]
    return [(tag, value) for tag, value in lines if value or tag == "ER"]


def ris(items: list[Entry]) -> str:
    lines = [f"{tag}  - {value}" for entry in items for tag, value in ris_entry(entry)]
    return "\r\n".join(lines) + "\r\n"


# ---- the files --------------------------------------------------------------------------------

# The URL's extension → (media type, writer).
FORMATS = {
    "bib": ("application/x-bibtex; charset=utf-8", bibtex),
    "csl.json": ("application/vnd.citationstyles.csl+json; charset=utf-8", csl_json),
    "ris": ("application/x-research-info-systems; charset=utf-8", ris),
}
WHOLE_NAME = "sco-archive-bibliography"


def bibliography_file(request, fmt: str, slug: str = ""):
    """One published source (``slug``) or the whole published bibliography in a format of FORMATS."""
    if fmt not in FORMATS:
        raise Http404("No such format.")
    content_type, writer = FORMATS[fmt]
    published = Source.objects.published()
    sources = [get_object_or_404(published, slug=slug)] if slug else list(published.order_by("slug"))
    response = HttpResponse(writer(entries(sources)), content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(False, f"{slug or WHOLE_NAME}.{fmt}")
    return response
