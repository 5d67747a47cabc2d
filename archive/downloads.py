"""Public downloads of what the pages show: the filtered chronology as CSV and JSON, streamed a
row at a time (``selectors.chronology_rows`` reads the records in chunks), so that memory stays
flat whatever the archive's size.

A bad filter answers 400 in plain text naming the parameter and its value. CSV cells that a
spreadsheet would run as a formula are escaped as the admin's exports escape them.
"""

from __future__ import annotations

import csv
import functools
import json
from collections.abc import Iterable, Iterator

from django.http import HttpResponse, StreamingHttpResponse
from django.utils import translation
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from archive import selectors
from archive.dates import format_range
from archive.filters import RecordFilterForm
from archive.transfer.columns import escape_formula

DOWNLOAD_FIELDS = ["date", "date_iso", "precision", "type", "kind", "title_zh", "title_en", "title_ru", "title_ru_latn", "places", "url"]


def chronology_download(view):
    """A download of the filtered chronology: the view gets the records; a bad filter answers 400
    in plain text, one line per parameter naming it and its value."""

    @functools.wraps(view)
    def download(request):
        form = RecordFilterForm(request.GET, scope="chronology")
        if not form.is_valid():
            return HttpResponse(form.problems_as_text(), status=400, content_type="text/plain; charset=utf-8")
        return view(request, chronology_records(request, selectors.chronology_rows(form.filters)))

    return download


def chronology_records(request, rows) -> Iterator[dict]:
    """The rows as the downloads write them, in the request's language: the body is written after
    the view has returned, when another request may have changed the thread's language."""
    with translation.override(translation.get_language()):
        yield from (download_record(request, row) for row in rows)


def download_record(request, row) -> dict:
    record = row.record
    start, end = record.partial(record.main_date), record.partial_end(record.main_date)
    places = [p.display for p in record.places.all()] if row.kind == "event" else ([record.place.display] if record.place else [])
    return {
        "date": format_range(start, end),
        "date_iso": start.iso() + (f"/{end.iso()}" if end else ""),
        "precision": start.precision,
        "type": row.kind,
        "kind": record.kind,
        "title_zh": record.title_zh,
        "title_en": record.title_en,
        "title_ru": record.title_ru,
        "title_ru_latn": record.title_ru_latn,
        "places": "; ".join(places),
        "url": request.build_absolute_uri(record.get_absolute_url()),
    }


def download_disposition(extension: str) -> str:
    """An attachment named in the page's language (RFC 6266: an ASCII name and a UTF-8 one)."""
    name = _("sco-chronology")
    return content_disposition_header(True, f"{name}.{extension}")


class Line:
    """The file ``csv.writer`` writes to: it hands each line back instead of keeping it."""

    def write(self, line: str) -> str:
        return line


def csv_lines(records: Iterable[dict]) -> Iterator[str]:
    writer = csv.DictWriter(Line(), fieldnames=DOWNLOAD_FIELDS)
    yield "\ufeff" + writer.writeheader()
    for record in records:
        yield writer.writerow({key: escape_formula(value) for key, value in record.items()})


def json_chunks(records: Iterable[dict]) -> Iterator[str]:
    """``{"records": [...]}`` indented as ``json.dumps(indent=2)`` writes it, one record at a time."""
    yield '{\n  "records": ['
    separator = "\n"
    for record in records:
        yield separator + "\n".join("    " + line for line in json.dumps(record, ensure_ascii=False, indent=2).splitlines())
        separator = ",\n"
    yield "\n  ]\n}" if separator != "\n" else "]\n}"


def streamed(chunks: Iterator[str], content_type: str, extension: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse((chunk.encode("utf-8") for chunk in chunks), content_type=content_type)
    response["Content-Disposition"] = download_disposition(extension)
    return response


@chronology_download
def chronology_csv(request, records):
    """The filtered chronology as CSV, UTF-8 with a BOM so that Excel opens the Chinese correctly."""
    return streamed(csv_lines(records), "text/csv; charset=utf-8", "csv")


@chronology_download
def chronology_json(request, records):
    return streamed(json_chunks(records), "application/json", "json")
