"""A character no database can store (NUL; a lone surrogate, which is not text) anywhere in a request
is a 400 naming the parameter, in the reader's language, before any view runs: on PostgreSQL psycopg
would raise DataError (a 500), SQLite would quietly answer. In a spreadsheet it is a row error naming
row, column and field, and nothing is written. Runs on both databases (CI runs the suite on each)."""

import hashlib
import json
import shutil

import pytest
from axes.models import AccessAttempt
from django.http import QueryDict
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from archive.models import Event
from archive.transfer.archive import MANIFEST, import_archive
from archive.transfer.resources import ARCHIVE_RESOURCES
from sco_site.middleware import RefuseUnstorableInputMiddleware
from tests.helpers import DatabaseSnapshot, csv_with_new_place, export_files, upload

pytestmark = pytest.mark.django_db

NUL_MESSAGE_EN = "contains a NUL character, which is not allowed."
NUL_MESSAGE_ZH = "含有 NUL 字元，不可使用。"

# Every public route, with the parameters it reads and one it does not.
ROUTES = [
    ("/", "x"),
    ("/chronology/", "topic"),
    ("/chronology/", "year_from"),
    ("/chronology.csv", "organ"),
    ("/chronology.json", "kind"),
    ("/events/", "framework"),
    ("/events/", "page"),
    ("/instruments/", "state"),
    ("/organs/", "on"),
    ("/organs/chart.svg", "on"),
    ("/states/", "page"),
    ("/people/", "page"),
    ("/places/", "page"),
    ("/sources/", "page"),
    ("/topics/", "x"),
    ("/phases/", "x"),
    ("/statistics/", "x"),
    ("/search/", "q"),
    ("/search/", "type"),
    ("/search/", "page"),
    ("/events/summit-1996-04-26-shanghai/", "x"),
    ("/sitemap.xml", "p"),
    ("/i18n/setlang/", "next"),
]


@pytest.mark.parametrize(("path", "parameter"), ROUTES)
def test_a_nul_in_any_parameter_of_any_public_route_is_a_400_naming_it(client, path, parameter):
    query = {"q": "上海", parameter: "2001\x00"} if path == "/search/" else {parameter: "2001\x00"}
    response = client.get(path, query)
    assert response.status_code == 400
    body = response.content.decode()
    assert "\x00" not in body, "the message writes the character as an escape"
    assert f"{parameter}: 「2001\\x00」{NUL_MESSAGE_ZH}" in body


@pytest.mark.parametrize(("path", "parameter"), [("/en/search/", "q"), ("/en/chronology/", "topic"), ("/en/organs/", "on")])
def test_the_400_page_speaks_english_under_en(client, path, parameter):
    response = client.get(path, {parameter: "\x00"})
    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="en">' in html and "<h1>Bad request</h1>" in html
    assert "default-src 'self'" in response["Content-Security-Policy"] and response["X-Frame-Options"] == "DENY"
    assert f"<li>{parameter}: “\\x00” {NUL_MESSAGE_EN}</li>" in html
    assert 'role="alert"' in html


def test_the_400_page_speaks_chinese_by_default(client):
    html = client.get("/search/", {"q": "\x00"}).content.decode()
    assert '<html lang="zh-Hant">' in html and "<h1>請求有誤</h1>" in html


def test_a_download_answers_in_plain_text(client):
    response = client.get("/en/chronology.json", {"topic": "\x00", "kind": "summit"})
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == f"topic: “\\x00” {NUL_MESSAGE_EN}\n"


def test_a_nul_in_a_parameters_name_or_the_path_is_a_400(client):
    assert client.get("/en/search/?q=x&%00=1").status_code == 400
    response = client.get("/en/events/%00/")
    assert response.status_code == 400
    assert "address: “/en/events/\\x00/”" in response.content.decode()


def test_a_session_cookie_holding_a_nul_is_a_400_and_never_looked_up(client):
    client.cookies["sessionid"] = "abcdefgh\x00ijklmnop"
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert "cookie sessionid:" in response.content.decode()


def test_a_login_with_a_nul_in_the_name_or_a_header_is_a_400_and_logs_no_attempt(client):
    attempts = AccessAttempt.objects.count()
    assert client.post("/admin/login/", {"username": "ed\x00", "password": "x"}).status_code == 400
    response = client.post("/admin/login/", {"username": "ed", "password": "x"}, HTTP_USER_AGENT="bot\x00", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert "header User-Agent: “bot\\x00”" in response.content.decode()
    assert AccessAttempt.objects.count() == attempts


def test_an_admin_post_with_a_nul_is_a_400_and_changes_nothing(admin_client_logged_in):
    event = Event.objects.get(slug="summit-1996-04-26-shanghai")
    url = reverse("admin:archive_event_change", args=[event.pk])
    response = admin_client_logged_in.post(url, {"title_en": "Shanghai\x00", "slug": event.slug}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert "title_en: “Shanghai\\x00”" in response.content.decode()
    event.refresh_from_db()
    assert event.title_en != "Shanghai\x00"
    changelist = admin_client_logged_in.get(reverse("admin:archive_event_changelist"), {"q": "\x00"}, HTTP_ACCEPT_LANGUAGE="en")
    assert changelist.status_code == 400


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_lone_surrogate_is_a_400_with_a_message_that_can_be_sent(method):
    """The test client cannot encode a lone surrogate, and Django decodes a query string's broken
    UTF-8 to U+FFFD; a surrogate can still reach a view through other decoders, so the check sees it."""
    request = getattr(RequestFactory(), method)("/en/search/")
    data = QueryDict(mutable=True)
    data["q"] = "上海\ud800"
    setattr(request, method.upper(), data)
    with translation.override("en"):
        response = RefuseUnstorableInputMiddleware(lambda request: pytest.fail("the view ran"))(request)
    assert response.status_code == 400
    assert "q: “上海\\ud800” contains a lone surrogate (half of a UTF-16 pair), which is not text." in response.content.decode()


def test_a_percent_encoded_surrogate_is_read_as_replacement_characters_and_searched(client):
    assert client.get("/search/?q=%ED%A0%80").status_code == 200


def test_ordinary_text_passes(client):
    assert client.get("/en/search/", {"q": "Хартия 憲章 \u2028 \x7f \ufffd"}).status_code == 200


# ---- spreadsheets --------------------------------------------------------------------------------


def import_with_cell(tmp_path, base, entry, column: str, cell: str):
    """``entry``'s file, its first three rows, with ``cell`` in ``column`` of the first."""
    rows = json.loads((base / entry["name"]).read_text(encoding="utf-8"))[:3]
    rows[0][column] = cell
    folder = tmp_path / "case"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    content = json.dumps(rows, ensure_ascii=True).encode("utf-8")  # "\ud800" travels as an escape
    (folder / entry["name"]).write_bytes(content)
    manifest = json.loads((base / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"] = [entry | {"sha256": hashlib.sha256(content).hexdigest()}]
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return import_archive(folder)


def cells_refused(tmp_path, every_column: bool) -> list[tuple]:
    base = export_files(tmp_path / "base", [name for name, _ in ARCHIVE_RESOURCES], "json")
    before = DatabaseSnapshot()
    failures = []
    for entry in json.loads((base / MANIFEST).read_text(encoding="utf-8"))["files"]:
        columns = list(json.loads((base / entry["name"]).read_text(encoding="utf-8"))[0])
        for column in columns if every_column else columns[:1]:
            for cell in ("a\x00b", "\ud800x"):
                report = import_with_cell(tmp_path, base, entry, column, cell)
                errors = report.all_errors()
                expected = f"{entry['name']}, row 2, column {column}: holds a"
                if report.ok or not any(error.startswith(expected) and "in the field “" in error for error in errors):
                    failures.append((entry["name"], column, repr(cell), errors[:2]))
                for error in errors:
                    error.encode("utf-8")  # printable: a surrogate is written as an escape
    assert before.changed_tables() in ([], ["archive_importrecord"]), "nothing but the import log is written"
    return failures


@pytest.mark.slow
def test_an_unstorable_cell_in_the_key_column_of_every_spreadsheet_is_a_row_error(tmp_path):
    """The key is read before any row (to look the rows up at once): it fails first, if anything does."""
    assert cells_refused(tmp_path, every_column=False) == []


@pytest.mark.sweep
def test_an_unstorable_cell_in_any_column_of_every_spreadsheet_is_a_row_error(tmp_path):
    assert cells_refused(tmp_path, every_column=True) == []


def test_the_row_error_names_row_column_and_field(tmp_path):
    base = export_files(tmp_path / "base", ["places"], "json")
    entry = json.loads((base / MANIFEST).read_text(encoding="utf-8"))["files"][0]
    before = DatabaseSnapshot()
    report = import_with_cell(tmp_path, base, entry, "name_en", "Almaty\x00")
    expected = "places.json, row 2, column name_en: holds a NUL character, which no database can store, in the field “"
    assert expected in report.all_errors()[0]
    assert "(value “Almaty\\x00”)" in report.all_errors()[0]
    assert before.changed_tables() == []


def test_an_admin_upload_with_a_nul_in_a_cell_previews_the_row_error_and_writes_nothing(admin_client_logged_in):
    content = csv_with_new_place(slug="astana-nul").replace("新地點".encode(), "新\x00地點".encode())
    before = DatabaseSnapshot()
    response = upload(admin_client_logged_in, "place", "places.csv", content)
    assert response.status_code == 200
    html = response.content.decode()
    assert "holds a NUL character, which no database can store" in html and "新\\x00地點" in html
    assert "confirm_form" not in response.context or response.context["confirm_form"] is None
    assert before.changed_tables() == ["django_session"], "the session is renewed on every request; nothing else is written"
