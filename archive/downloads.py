"""Public downloads of what the pages show: the filtered chronology as CSV and JSON.

A bad filter answers 400 in plain text naming the parameter and its value. CSV cells that a
spreadsheet would run as a formula are escaped as the admin's exports escape them.
"""

from __future__ import annotations

import csv
import functools
import io

from django.http import HttpResponse, JsonResponse
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


def chronology_records(request, rows) -> list[dict]:
    records = []
    for row in rows:
        record = row.record
        start, end = record.partial(record.main_date), record.partial_end(record.main_date)
        places = [p.display for p in record.places.all()] if row.kind == "event" else ([record.place.display] if record.place else [])
        records.append(
            {
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
        )
    return records


def download_disposition(extension: str) -> str:
    """An attachment named in the page's language (RFC 6266: an ASCII name and a UTF-8 one)."""
    name = _("sco-chronology")
    return content_disposition_header(True, f"{name}.{extension}")


@chronology_download
def chronology_csv(request, records):
    """The filtered chronology as CSV, UTF-8 with a BOM so that Excel opens the Chinese correctly."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=DOWNLOAD_FIELDS)
    writer.writeheader()
    writer.writerows({key: escape_formula(value) for key, value in record.items()} for record in records)
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = download_disposition("csv")
    return response


@chronology_download
def chronology_json(request, records):
    response = JsonResponse({"records": records}, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = download_disposition("json")
    return response
