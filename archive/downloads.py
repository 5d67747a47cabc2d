"""Public downloads of what the pages list: the chronology, the meetings, the instruments, the states,
the organs and the figures, each as CSV, JSON and XLSX, for the filter of the page they come from.

Every row keeps its provenance: its sources (the footnote and its pages, or the chapter's section
and paragraph, with the facts the citation names), the precision of its dates, and which of its
title forms the chapter does not print. Column keys are English snake_case whatever the language
(``COLUMN_NOTES`` says what each holds; the JSON and the XLSX carry those notes, docs/downloads.md
too); dates and names in text are in the page's language, every title form as stored.

Rows are read in chunks (``QuerySet.iterator`` with the chunk's prefetches), CSV and JSON written a
row at a time as the response streams, XLSX through openpyxl's write-only mode into a temporary file
served by ``FileResponse``: memory stays flat whatever the archive's size. Nothing is kept in the
page cache; a weak ``ETag`` made of the archive generation, the deploy, the list, the format, the
filters and the language answers a matching ``If-None-Match`` with 304.

A bad filter answers 400 in plain text naming the parameter and its value. Cells that a spreadsheet
would run as a formula are escaped as the admin's exports escape them, in CSV and XLSX.
"""

from __future__ import annotations

import csv
import hashlib
import json
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict

from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotModified, StreamingHttpResponse
from django.utils import translation
from django.utils.http import content_disposition_header, parse_etags
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from archive.download_rows import COLUMN_NOTES, LISTINGS, Listing
from archive.filters import RecordFilterForm
from archive.generation import GENERATION
from archive.languages import page_lang
from archive.transfer.columns import escape_formula
from sco_site.page_cache import deploy_id

__all__ = ["COLUMN_NOTES", "CONTENT_TYPES", "LISTINGS", "download"]

CACHE_CONTROL = "public, max-age=0, must-revalidate"

# ---- file names, validators ---------------------------------------------------------------------


def file_name(listing: Listing, filters, extension: str) -> str:
    """'sco-chronology-2001-2002-kind-summit-en.csv': the list, the filters set (ASCII), the language."""
    parts = ["sco", listing.name]
    if filters is not None:
        first, last = filters.year_from, filters.year_to
        if first and last:
            parts.append(str(first) if first == last else f"{first}-{last}")
        elif first:
            parts.append(f"from-{first}")
        elif last:
            parts.append(f"to-{last}")
        for name in ("kind", "framework", "organ", "state", "topic"):
            if value := slugify(getattr(filters, name)):
                parts += [name, value]
    parts.append(page_lang())
    return "-".join(parts) + f".{extension}"


def disposition(name: str) -> str:
    """An attachment with both of RFC 6266's names (the name is ASCII, so both are the same)."""
    header = content_disposition_header(True, name)
    return f"{header}; filename*=utf-8''{name}" if "filename*" not in header else header


def etag(listing: Listing, extension: str, filters) -> str | None:
    """A weak validator: the archive generation, the deploy, and what the file holds (list, format,
    filters, language). None while the generation cannot be read."""
    generation = GENERATION.current()
    if generation is None:
        return None
    held = json.dumps([listing.name, extension, asdict(filters) if filters is not None else None, translation.get_language()])
    return f'W/"{generation.number:x}-{deploy_id()}-{hashlib.sha256(held.encode()).hexdigest()[:16]}"'


def validated(response, tag: str | None, name: str):
    response["Content-Disposition"] = disposition(name)
    if tag:
        response["ETag"] = tag
        response["Cache-Control"] = CACHE_CONTROL
    return response


# ---- the formats --------------------------------------------------------------------------------


def localized_rows(request, listing: Listing, filters) -> Iterator[dict]:
    """The rows, each with the listing's columns, in the request's language (read now): CSV and JSON
    are written after the view has returned, when another request may have changed the thread's language."""
    language = translation.get_language()

    def rows():
        with translation.override(language):
            for record in listing.records(filters):
                row = listing.row(request, record)
                yield {key: row.get(key) for key in listing.columns}

    return rows()


def csv_value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return escape_formula(value)


class Line:
    """The file ``csv.writer`` writes to: it hands each line back instead of keeping it."""

    def write(self, line: str) -> str:
        return line


def csv_lines(columns, rows: Iterable[dict]) -> Iterator[str]:
    """UTF-8 with a BOM so that Excel opens the Chinese correctly."""
    writer = csv.writer(Line())
    yield "\ufeff" + writer.writerow(columns)
    for row in rows:
        yield writer.writerow([csv_value(row[key]) for key in columns])


def json_head(listing: Listing) -> str:
    """What the file holds, in the request's language: the list, the language, each column's note."""
    notes = {key: str(COLUMN_NOTES[key]) for key in listing.columns}
    head = json.dumps({"list": listing.name, "language": page_lang(), "columns": notes}, ensure_ascii=False, indent=2)
    return head[: head.rindex("}")].rstrip() + ',\n  "records": ['


def json_chunks(head: str, rows: Iterable[dict]) -> Iterator[str]:
    """``{"list": …, "columns": {...}, "records": [...]}`` as ``json.dumps(indent=2)`` writes it, a record at a time."""
    yield head
    separator = "\n"
    for row in rows:
        yield separator + "\n".join("    " + line for line in json.dumps(row, ensure_ascii=False, indent=2).splitlines())
        separator = ",\n"
    yield "\n  ]\n}\n" if separator != "\n" else "]\n}\n"


def xlsx_value(value):
    if isinstance(value, str):
        return escape_formula(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def xlsx_file(listing: Listing, rows: Iterable[dict]):
    """The rows on a first sheet (a row of column keys, then a row per record), the columns' notes on
    a second; written by openpyxl's write-only mode to a temporary file, which is returned at its start."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(listing.name)
    sheet.append(list(listing.columns))
    for row in rows:
        sheet.append([xlsx_value(row[key]) for key in listing.columns])
    notes = workbook.create_sheet(_("columns"))
    notes.append([_("column"), _("what it holds")])
    for key in listing.columns:
        notes.append([key, xlsx_value(str(COLUMN_NOTES[key]))])
    file = tempfile.TemporaryFile()  # noqa: SIM115  (FileResponse closes it, and the system deletes it, once sent)
    try:
        workbook.save(file)
    except BaseException:
        file.close()
        raise
    file.seek(0)
    return file


CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def download(request, name: str, extension: str):
    """One list (``LISTINGS``) in one format (``CONTENT_TYPES``), for the filters of the query string."""
    listing = LISTINGS.get(name)
    if listing is None or extension not in CONTENT_TYPES:
        raise Http404("No such download.")
    filters = None
    if listing.scope:
        form = RecordFilterForm(request.GET, scope=listing.scope)
        if not form.is_valid():
            return HttpResponse(form.problems_as_text(), status=400, content_type="text/plain; charset=utf-8")
        filters = form.filters
    tag = etag(listing, extension, filters)
    if tag and tag in parse_etags(request.headers.get("If-None-Match", "")):
        response = HttpResponseNotModified()
        response["ETag"], response["Cache-Control"] = tag, CACHE_CONTROL
        return response
    rows = localized_rows(request, listing, filters)
    content_type = CONTENT_TYPES[extension]
    if extension == "xlsx":
        response = FileResponse(xlsx_file(listing, rows), content_type=content_type)
    else:
        chunks = csv_lines(listing.columns, rows) if extension == "csv" else json_chunks(json_head(listing), rows)
        response = StreamingHttpResponse((chunk.encode("utf-8") for chunk in chunks), content_type=content_type)
    return validated(response, tag, file_name(listing, filters, extension))
