"""The cells of the archive's spreadsheets: how a value is written and read, and what a bad one says.

Relations are written and read as slugs; dates as one column in the archive's compact form
("1998-07-03/1998-07-04", "2000-03", "1999~late": ``archive.dates``); citations as one cell, one
citation per line. Every unknown slug, bad date or bad citation is a ``ValueError`` naming the value,
which the resource turns into a row error naming the column.
"""

from __future__ import annotations

import datetime as dt
import re

from django.conf import settings
from import_export import fields, widgets

from archive.dates import compact_range, parse_range
from archive.locators import chapter_spelling
from archive.models import Source
from archive.registry import facts_of

# ---- formulas and what a cell may hold ------------------------------------------------------------

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters no database column can hold (PostgreSQL refuses NUL; lone surrogates are not text).
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def needs_escape(value: str) -> bool:
    """A formula start, or an apostrophe before one: escaping those too keeps ``'=…`` exact."""
    return value.startswith(FORMULA_STARTS) or (value.startswith("'") and needs_escape(value[1:]))


def escape_formula(value):
    """A cell a spreadsheet would run as a formula gets a leading apostrophe (removed again on import)."""
    if isinstance(value, str) and needs_escape(value):
        return "'" + value
    return value


def unescape_formula(value):
    if isinstance(value, str) and value.startswith("'") and needs_escape(value[1:]):
        return value[1:]
    return value


def read_cell(value):
    """A cell's value as imported: text the database can store, within the length a cell may have,
    with the export's formula escaping undone. A ValueError names what is wrong."""
    if isinstance(value, str):
        if UNSTORABLE.search(value):
            raise ValueError("holds a character that cannot be stored (a NUL or a broken surrogate); remove it")
        if len(value) > settings.IMPORT_MAX_CELL_CHARS:
            raise ValueError(f"is {len(value)} characters long; a cell holds at most {settings.IMPORT_MAX_CELL_CHARS}")
    return unescape_formula(value)


# ---- widgets ----------------------------------------------------------------------------------


class SlugCache:
    """Related rows by slug, one query per related table and import (not one per cell); a slug not
    there is looked up once more (a row added since, such as an organ's parent earlier in its file)."""

    def __init__(self):
        self.tables: dict = {}

    def get(self, model, slug):
        if model not in self.tables:
            self.tables[model] = {obj.slug: obj for obj in model._default_manager.all()}
        found = self.tables[model].get(slug)
        if found is None and (found := model._default_manager.filter(slug=slug).first()) is not None:
            self.tables[model][slug] = found
        return found

    def add(self, instance) -> None:
        """A row the import has just saved (a later row may name it, as an organ names its parent)."""
        if type(instance) in self.tables and getattr(instance, "slug", ""):
            self.tables[type(instance)][instance.slug] = instance


class TextWidget(widgets.CharWidget):
    """Text as is, empty cells as "", formula escaping undone."""

    def __init__(self, **kwargs):
        super().__init__(allow_blank=True, **kwargs)

    def clean(self, value, row=None, **kwargs):
        value = read_cell(value)
        if value is None:
            return ""
        return str(value) if not isinstance(value, str) else value

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class SlugWidget(widgets.ForeignKeyWidget):
    """A foreign key written as the target's slug; an unknown slug is an error naming it."""

    def __init__(self, model, **kwargs):
        super().__init__(model, field="slug", **kwargs)

    def clean(self, value, row=None, slug_cache=None, **kwargs):
        value = (read_cell(value) or "").strip() if isinstance(value, str) or value is None else str(value)
        if not value:
            return None
        found = slug_cache.get(self.model, value) if slug_cache is not None else self.model._default_manager.filter(slug=value).first()
        if found is None:
            raise ValueError(f"no {self.model._meta.verbose_name} with slug “{value}”")
        return found


class SlugListWidget(widgets.ManyToManyWidget):
    """Many-to-many as slugs separated by ";". Unlike the library's widget, unknown values are errors."""

    def __init__(self, model, **kwargs):
        super().__init__(model, separator=";", field="slug", **kwargs)

    def clean(self, value, row=None, slug_cache=None, **kwargs):
        slugs = [part.strip() for part in str(read_cell(value) or "").split(";") if part.strip()]
        if slug_cache is not None:
            found = {slug: obj for slug in slugs if (obj := slug_cache.get(self.model, slug)) is not None}
        else:
            found = {obj.slug: obj for obj in self.model._default_manager.filter(slug__in=slugs)}
        missing = [slug for slug in slugs if slug not in found]
        if missing:
            raise ValueError(f"no {self.model._meta.verbose_name} with slug {', '.join(f'“{s}”' for s in missing)}")
        return [found[slug] for slug in slugs]

    def render(self, value, obj=None, **kwargs):
        return "; ".join(item.slug for item in value.all()) if value is not None else ""


class StrictDecimalWidget(widgets.DecimalWidget):
    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row=row, **kwargs)
        except Exception:
            raise ValueError(f"“{value}” is not a number") from None

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else f"{value.normalize():f}"


class StrictIntegerWidget(widgets.IntegerWidget):
    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row=row, **kwargs)
        except Exception:
            raise ValueError(f"“{value}” is not a whole number") from None


class BooleanTextWidget(widgets.BooleanWidget):
    TRUE = {"1", "true", "yes", "y", "是"}
    FALSE = {"0", "false", "no", "n", "否", ""}

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            return value
        text = str(value if value is not None else "").strip().lower()
        if text in self.TRUE:
            return True
        if text in self.FALSE:
            return False
        raise ValueError(f"“{value}” is neither true nor false")

    def render(self, value, obj=None, **kwargs):
        return "true" if value else "false"


class TimestampWidget(widgets.Widget):
    """A moment (``published_at``, ``updated_at``) as ISO 8601 in UTC, "2001-06-15T08:30:00Z"; empty is none.
    Text must name its time zone ("Z" or an offset): a bare time would be read in some zone by guess."""

    def clean(self, value, row=None, **kwargs):
        return parse_timestamp(read_cell(value))

    def render(self, value, obj=None, **kwargs):
        return render_timestamp(value)


def render_timestamp(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def parse_timestamp(value) -> dt.datetime | None:
    if isinstance(value, dt.datetime):  # a cell a spreadsheet program turned into a date: it has no zone, UTC is what we wrote
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"“{text}” is not a date and time such as 2001-06-15T08:30:00Z") from None
    if moment.tzinfo is None:
        raise ValueError(f"“{text}” has no time zone: end it with Z (UTC) or an offset such as +08:00")
    return moment.astimezone(dt.UTC)


# ---- dates ------------------------------------------------------------------------------------


def date_kwargs(prefix: str, text: str | None, *, with_end: bool = False) -> dict:
    """The model fields of one compact date column; empty text clears them."""
    empty = {f"{prefix}_on": None, f"{prefix}_precision": "day", f"{prefix}_qualifier": ""}
    if with_end:
        empty |= {f"{prefix}_until": None, f"{prefix}_until_precision": "day"}
    start, end = parse_range(text or "", with_end=with_end)
    if start is None:
        return empty
    kwargs = empty | {f"{prefix}_on": start.value, f"{prefix}_precision": start.precision, f"{prefix}_qualifier": start.qualifier}
    if end is not None:
        kwargs |= {f"{prefix}_until": end.value, f"{prefix}_until_precision": end.precision}
    return kwargs


def render_partial(instance, prefix: str) -> str:
    return compact_range(instance.partial(prefix), instance.partial_end(prefix))


class PartialDateField(fields.Field):
    """One column holding a date with its precision (and, for ranges, its last day)."""

    def __init__(self, prefix: str, column_name: str, *, with_end: bool = False):
        super().__init__(attribute=f"{prefix}_on", column_name=column_name, widget=widgets.Widget())
        self.prefix = prefix
        self.with_end = with_end

    def parsed(self, row) -> dict:
        return date_kwargs(self.prefix, str(read_cell(row[self.column_name]) or ""), with_end=self.with_end)

    def clean(self, row, **kwargs):
        """The first day: what a natural key made of this column looks up."""
        return self.parsed(row)[f"{self.prefix}_on"]

    def save(self, instance, row, is_m2m=False, **kwargs):
        for name, value in self.parsed(row).items():
            setattr(instance, name, value)

    def export(self, instance, **kwargs):
        return render_partial(instance, self.prefix)


# ---- citations --------------------------------------------------------------------------------

CITATION_SEPARATOR = " | "
CITATION_PARTS = ("source", "footnote", "pages", "section", "note_en", "note_zh", "published_at", "updated_at", "facts")
# The parts that are the citation's content; then its dates, optional (format 4 on); then the facts
# of the record it supports, optional (format 5 on; none: the record as a whole).
CITATION_CONTENT = 6
CITATION_DATES = ("published_at", "updated_at")
FACTS_SEPARATOR = ", "
UNESCAPED_BAR = re.compile(r"(?<!\\)\|")


def escape_bars(text: str) -> str:
    return text.replace("|", "\\|")


def citation_line(parts: list[str]) -> str:
    """source slug | footnote | pages | section | note_en | note_zh | published_at | updated_at | facts;
    a bar inside a note is written ``\\|``; empty parts at the end are left out."""
    parts = [*parts[:4], *map(escape_bars, parts[4:CITATION_CONTENT]), *parts[CITATION_CONTENT:]]
    while parts and not parts[-1]:
        parts.pop()
    return CITATION_SEPARATOR.join(parts)


def stored_citations(instance) -> list:
    if instance.pk is None:
        return []
    prefetched = "citations" in getattr(instance, "_prefetched_objects_cache", {})
    return list(instance.citations.all() if prefetched else instance.citations.select_related("source"))


def stored_citation_parts(citation) -> list[str]:
    return [
        citation.source.slug,
        str(citation.footnote or ""),
        citation.pages,
        citation.section,
        citation.note_en,
        citation.note_zh,
        render_timestamp(citation.published_at),
        render_timestamp(citation.updated_at),
        FACTS_SEPARATOR.join(citation.facts),
    ]


def pending_citation_parts(item: dict) -> list[str]:
    parts = [item["source"].slug, str(item["footnote"] or ""), item["pages"], item["section"], item["note_en"], item["note_zh"]]
    if item["dates_given"]:
        parts += [render_timestamp(item["published_at"]), render_timestamp(item["updated_at"])]
    return [*parts, FACTS_SEPARATOR.join(item["facts"])]


def render_citations(instance) -> str:
    return "\n".join(citation_line(stored_citation_parts(c)) for c in stored_citations(instance))


def citations_differ(instance, pending: list[dict]) -> bool:
    """Whether the file's citations differ from the stored ones; a line without dates leaves them as stored."""
    stored = stored_citations(instance)
    if len(stored) != len(pending):
        return True
    for citation, item in zip(stored, pending, strict=True):
        have = stored_citation_parts(citation)
        if not item["dates_given"]:
            have = have[:CITATION_CONTENT] + have[CITATION_CONTENT + len(CITATION_DATES) :]
        if have != pending_citation_parts(item):
            return True
    return False


def upgrade_citations_cell(text: str) -> str:
    """A citations cell of format 1 or 2 (source | footnote | pages | section | note, the note taking
    every bar after the fourth) in the current form: the note becomes the English note."""
    lines = []
    for line in (text or "").splitlines():
        parts = [part.strip() for part in line.split("|")] + [""] * 5
        lines.append(citation_line([*parts[:4], "|".join(parts[4:]).strip(" |"), ""]) if line.strip() else line)
    return "\n".join(lines)


def parse_facts(text: str, model, number: int) -> list[str]:
    """'date, places' → the keys in the order the record's page shows them; an unknown key is an error."""
    wanted = [key.strip() for key in text.split(",") if key.strip()]
    vocabulary = [key for key, _label in facts_of(model)] if model is not None else wanted
    unknown = [key for key in wanted if key not in vocabulary]
    if unknown:
        raise ValueError(
            f"citation line {number}: no fact “{'”, “'.join(unknown)}” "
            f"(a citation of a {model._meta.verbose_name} names {', '.join(vocabulary) or 'no facts'})"
        )
    return [key for key in vocabulary if key in wanted]


def parse_citations(text: str, model=None, slug_cache: SlugCache | None = None) -> list[dict]:
    """One citation per line: source slug | footnote | pages | section | note_en | note_zh, then
    optionally published_at | updated_at (a line without them leaves a citation's dates to the import),
    then optionally the facts of the record it supports (none: the record as a whole). Sources are
    looked up in ``slug_cache`` where given (an import: one query for all of them)."""
    parsed = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        parts = [part.strip().replace("\\|", "|") for part in UNESCAPED_BAR.split(line)]
        if len(parts) > len(CITATION_PARTS):
            raise ValueError(
                f"citation line {number}: more than {len(CITATION_PARTS)} parts "
                f"({' | '.join(CITATION_PARTS)}); write a bar inside a note as \\|"
            )
        item = dict(zip(CITATION_PARTS, parts + [""] * len(CITATION_PARTS), strict=False))
        slug, footnote = item["source"], item["footnote"]
        if footnote and not re.fullmatch("[0-9]{1,4}", footnote):
            raise ValueError(f"citation line {number}: footnote “{footnote}” is not a number")
        if not footnote and not item["section"]:
            raise ValueError(f"citation line {number}: give a footnote number or the chapter's section")
        item["source"] = slug_cache.get(Source, slug) if slug_cache is not None else Source.objects.filter(slug=slug).first()
        if item["source"] is None:
            raise ValueError(f"citation line {number}: no source with slug “{slug}”")
        item["footnote"] = int(footnote) if footnote else None
        item["section"] = chapter_spelling(item["section"])
        item["facts"] = parse_facts(item["facts"], model, number)
        item["dates_given"] = len(parts) > CITATION_CONTENT
        for name in CITATION_DATES:
            try:
                item[name] = parse_timestamp(item[name])
            except ValueError as error:
                raise ValueError(f"citation line {number}, {name}: {error}") from None
        parsed.append(item)
    return parsed


class CitationsField(fields.Field):
    """The citations of a record in one cell; checked on import, written after the record is saved."""

    def __init__(self):
        super().__init__(attribute="citations", column_name="citations", widget=widgets.Widget())

    def save(self, instance, row, is_m2m=False, slug_cache=None, **kwargs):
        instance._pending_citations = parse_citations(str(read_cell(row[self.column_name]) or ""), type(instance), slug_cache)

    def export(self, instance, **kwargs):
        return render_citations(instance)
