"""Helpers shared by the test modules (no test module imports another): signing staff in, filling an
admin change form, uploading a spreadsheet, dumping the archive, exporting part of it, and a snapshot
of the database that puts back what a test changed."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse

from archive import generation
from archive.seed import FIXTURES_DIR, SEED_FILES
from archive.transfer.archive import MANIFEST, export_archive
from archive.transfer.resources import PlaceResource

# ---- staff and the admin's forms ----------------------------------------------------------------

PASSWORD = "pw-for-tests-only"


def signed_in_staff(client, django_user_model, name: str, group: str):
    """``client`` signed in as a new staff member of ``group`` (Editor or Publisher)."""
    user = django_user_model.objects.create_user(name, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return client


def staff_client(django_user_model, name: str, group: str, language: str = "en") -> Client:
    """A new client of its own, signed in as a new member of ``group``, reading the admin in ``language``."""
    return signed_in_staff(Client(HTTP_ACCEPT_LANGUAGE=language), django_user_model, name, group)


def empty_formsets(page_html: str) -> dict[str, str]:
    """Management data for every inline formset on an admin page: no rows added, none changed."""
    data = {}
    for prefix in re.findall(r'name="([a-z_]+)-TOTAL_FORMS"', page_html):
        data |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}
    return data


def change_form_data(client, url) -> dict:
    """What a browser would post back from the admin change form at ``url`` without editing anything."""
    page = client.get(url)
    assert page.status_code == 200, page
    form = page.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None:
            continue
        if isinstance(value, list | tuple):
            data[name] = [getattr(v, "pk", v) for v in value]
        elif hasattr(value, "pk"):
            data[name] = value.pk
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        else:
            data[name] = value
    return data | empty_formsets(page.content.decode())


def form_errors(response) -> str:
    """The admin form's and its inlines' errors, for an assertion message."""
    context = response.context
    errors = [context["adminform"].form.errors.as_text()]
    errors += [str(formset.formset.errors) + str(formset.formset.non_form_errors()) for formset in context["inline_admin_formsets"]]
    return "\n".join(errors)


# ---- spreadsheets in the admin ------------------------------------------------------------------

CSV_FORMAT = "0"  # position of CSV in SpreadsheetMixin.formats
XLSX_FORMAT = "1"


def upload(client, model: str, name: str, content: bytes, fmt: str = CSV_FORMAT):
    url = reverse(f"admin:archive_{model}_import")
    return client.post(url, {"import_file": SimpleUploadedFile(name, content), "format": fmt}, HTTP_ACCEPT_LANGUAGE="en")


def csv_with_new_place(slug="astana-new", state="kazakhstan") -> bytes:
    """The places as exported, plus one new draft place in ``state``."""
    dataset = PlaceResource().export()
    row = dict.fromkeys(dataset.headers, "")
    row |= {"slug": slug, "status": "draft", "name_zh": "新地點", "name_en_is_translation": "true", "state": state, "kind": "city"}
    dataset.append([row[h] for h in dataset.headers])
    return ("\ufeff" + dataset.export("csv")).encode("utf-8")


def confirm_data(preview) -> dict:
    """The confirm form of an import preview, as the browser posts it."""
    form = preview.context["confirm_form"]
    return {name: field.initial if field.initial is not None else form.initial.get(name) for name, field in form.fields.items()}


# ---- the archive as data ------------------------------------------------------------------------

# Bookkeeping of the database copy, not archive content: an import writes its own.
TIMESTAMPS = ("created_at", "updated_at", "published_at", "version")


def fixture_records() -> list[dict]:
    return [record for name in SEED_FILES for record in json.loads((FIXTURES_DIR / name).read_text(encoding="utf-8"))]


def canonical(records) -> list[str]:
    """Records as sorted JSON lines, timestamps left out."""
    for record in records:
        for name in TIMESTAMPS:
            record["fields"].pop(name, None)
    return sorted(json.dumps(record, sort_keys=True, ensure_ascii=False) for record in records)


def archive_dump() -> list[str]:
    """The whole archive by natural keys, timestamps left out (an import writes new ones) and the
    import log left out (a failed import is recorded too: that is the point of the log)."""
    out = io.StringIO()
    call_command("dumpdata", "archive", exclude=["archive.ImportRecord"], natural_foreign=True, natural_primary=True, stdout=out)
    return canonical(json.loads(out.getvalue()))


def export_files(directory: Path, names: list[str], fmt: str = "csv") -> Path:
    """An export that lists only the files ``names`` in its manifest: importing it touches only them."""
    export_archive(directory, fmt)
    manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"] = [entry for entry in manifest["files"] if entry["resource"] in names]
    assert {entry["resource"] for entry in manifest["files"]} == set(names), names
    (directory / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return directory


# ---- the whole database, row by row --------------------------------------------------------------


SEARCH_INDEX_TABLE = re.compile(r"_search(?:_data|_idx|_docsize|_config)?$")  # an FTS5 table and its shadows (migration 0017)


def read_tables() -> dict[str, tuple[list[str], list[tuple]]]:
    """Every row of every table (Django's, the archive's, the history's, the sign-in log's), in a fixed
    order; not the archive generation, which only moves forward (putting rows back moves it too), nor
    SQLite's search indexes, which their tables' triggers keep (putting rows back rewrites them)."""
    tables = {}
    with connection.cursor() as cursor:
        names = {name for name in connection.introspection.table_names(cursor) if not SEARCH_INDEX_TABLE.search(name)}
        for table in sorted(names - {generation.TABLE}):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            columns = [column[0] for column in cursor.description]
            order = ", ".join(str(position) for position in range(1, len(columns) + 1))
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)} ORDER BY {order}")
            tables[table] = (columns, cursor.fetchall())
    return tables


class DatabaseSnapshot:
    """The committed database at one moment; ``restore()`` puts back exactly the tables that differ.

    Browser tests share one live server and one committed database: whatever a test writes (users,
    sessions, edits, revisions, sign-in attempts, whole records) is undone after it, primary keys,
    timestamps and tree paths included, without reloading the seed.
    """

    def __init__(self):
        self.tables = read_tables()

    def changed_tables(self) -> list[str]:
        now = read_tables()
        return sorted(table for table in self.tables.keys() | now.keys() if self.tables.get(table) != now.get(table))

    def restore(self) -> list[str]:
        changed = self.changed_tables()
        if not changed:
            return []
        quote = connection.ops.quote_name
        # Foreign keys are checked at commit (Django creates them deferrable), so the order of the
        # tables does not matter inside one transaction.
        with transaction.atomic(), connection.cursor() as cursor:
            for table in changed:
                cursor.execute(f"DELETE FROM {quote(table)}")
                columns, rows = self.tables[table]
                if rows:
                    placeholders = ", ".join(["%s"] * len(columns))
                    cursor.executemany(
                        f"INSERT INTO {quote(table)} ({', '.join(map(quote, columns))}) VALUES ({placeholders})",
                        [adapt_row(row) for row in rows],
                    )
        assert self.changed_tables() == [], "the database could not be put back"
        return changed


def adapt_row(row: tuple) -> tuple:
    """Values as read, made writable again: PostgreSQL hands JSON columns back as Python objects."""
    if connection.vendor != "postgresql":
        return row
    from psycopg.types.json import Jsonb

    return tuple(Jsonb(value) if isinstance(value, dict | list) else value for value in row)


# ---- the public site, page by page ----------------------------------------------------------------

# Pages with query strings: a past org chart, chronology and list filters, years of the chronology,
# search results, and the second page of the bibliography and of what a source supports.
PUBLIC_QUERY_PAGES = [
    "/organs/?on=2001-06-15",
    "/organs/?on=2003-06-01",
    "/organs/?on=2004-12-31",
    "/chronology/?kind=summit&year_from=2001",
    "/chronology/?organ=sco-heads-of-state-council&year_from=1996&year_to=2003",
    "/chronology/1989/",
    "/chronology/1999/",  # items known only to the month and to the year, drawn across them
    "/chronology/2001/",
    "/chronology/2001/?kind=summit&year_from=2001",
    "/sources/?page=2",
    "/sources/thesis-chapter-2/?page=2",
    "/events/?kind=summit&framework=shanghai-five",
    "/instruments/?kind=agreement",
    "/search/?q=上海",
    "/search/?q=上海&page=2",
    "/search/?q=Хартия",
]


def public_pages() -> list[str]:
    """Every public HTML page in both languages (zh-Hant at /, English under /en/): the list pages,
    every published record's page, and pages with query strings."""
    from archive.registry import page_models

    paths = ["/", "/chronology/", "/events/", "/instruments/", "/organs/", "/states/", "/people/", "/places/"]
    paths += ["/sources/", "/topics/", "/phases/", "/statistics/", "/search/", *PUBLIC_QUERY_PAGES]
    for entry in page_models():
        paths += [record.get_absolute_url() for record in entry.model.objects.published().order_by("pk")]
    return paths + ["/en" + path for path in paths]


def sources_of(page: str) -> dict[str, str]:
    """A page's sources block: source-N → the text of its entry."""
    return dict(re.findall(r'<li id="(source-\d+)">(.*?)</li>', page, re.S))
