"""Downloads of the chronology and the lists (archive.downloads): every list in CSV, JSON and XLSX for
the page's filter, read back with the csv module, json and openpyxl; each row with its sources, the
precision of its dates and its titles' translation flags as the chapter gives them; file names that
say what they hold; formulas escaped; 304 on the generation's ETag until the archive changes; a bad
filter a 400 naming the parameter; links on every page that carry its filter."""

import csv
import datetime as dt
import io
import json
from pathlib import Path

import openpyxl
import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from archive.downloads import COLUMN_NOTES, CONTENT_TYPES, LISTINGS
from archive.models import Event
from sco_site.page_cache import STORE
from tests import factories

pytestmark = pytest.mark.django_db

BORDER_1990 = "agreement-1990-04-24-border-guidelines"  # 引言 ¶2 (line 7), fn 2 頁124-130 (line 15)
CONVENTION_2001 = "convention-2001-06-15-shanghai"  # line 85 prints its English title; fn 14, fn 15 頁3-5 (line 95)
STATEMENT_911 = "statement-2001-09-heads-of-government-september-11"  # line 97: described, its title not printed
SHANGHAI_2001 = "summit-2001-06-14-shanghai-five"  # line 85: 6月14—15日, fn 12 for who took part
GORBACHEV_1989 = "visit-1989-05-gorbachev-china"  # 1989年5月: known to the month


def body(response) -> bytes:
    assert response.status_code == 200, response.content if not response.streaming else response
    return b"".join(response.streaming_content) if response.streaming else response.content


def read(response, extension: str) -> tuple[list[str], list[dict]]:
    """The column keys and the rows of a download, as a reader's tools read them."""
    data = body(response)
    if extension == "csv":
        text = data.decode("utf-8")
        assert text.startswith("\ufeff"), "a BOM, so that Excel reads the UTF-8"
        reader = csv.DictReader(io.StringIO(text[1:]))
        return list(reader.fieldnames), list(reader)
    if extension == "json":
        parsed = json.loads(data)
        return list(parsed["columns"]), parsed["records"]
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    sheet = workbook.worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    columns = list(values[0])
    return columns, [dict(zip(columns, row, strict=True)) for row in values[1:]]


def download(path: str, extension: str) -> tuple[list[str], list[dict]]:
    return read(Client().get(f"{path}.{extension}"), extension)


def by_slug(rows) -> dict[str, dict]:
    return {row["slug"]: row for row in rows}


@pytest.mark.parametrize("extension", list(CONTENT_TYPES))
@pytest.mark.parametrize("name", list(LISTINGS))
def test_each_list_downloads_in_each_format_and_reads_back_with_its_provenance_columns(name, extension):
    response = Client().get(f"/en/{name}.{extension}")
    assert response["Content-Type"].startswith(CONTENT_TYPES[extension].split(";")[0])
    assert response.streaming, "streamed, never built whole in memory"
    columns, rows = read(response, extension)
    assert columns == list(LISTINGS[name].columns)
    assert {"sources", "source_ids"} <= set(columns)
    # Every published row of the seed cites the chapter or a footnote; a state only through its
    # memberships, and a few states (Afghanistan, the USSR) have none in the archive.
    cited = [row for row in rows if row["sources"]]
    assert cited == rows if name != "states" else len(cited) >= 6
    # The same rows in the same order in every format.
    key = "url"
    assert [row[key] for row in rows] == [row[key] for row in download(f"/en/{name}", "json")[1]]


def test_the_rows_carry_the_footnotes_the_chapters_places_and_the_facts_in_each_language():
    english = by_slug(download("/en/instruments", "json")[1])
    chinese = by_slug(download("/instruments", "csv")[1])
    # Line 7 (引言 ¶2) and fn 2 (line 15: 頁124-130), in the chapter's order.
    facts = " [titles, date, parties]"
    assert english[BORDER_1990]["sources"] == f"ch. 2, introduction, ¶2{facts}; Footnote 2, 頁124-130{facts}"
    assert chinese[BORDER_1990]["sources"].startswith("引言 ¶2 [")
    assert "; 註腳 2、頁124-130 [" in chinese[BORDER_1990]["sources"]
    assert chinese[BORDER_1990]["source_ids"] == "thesis-chapter-2; cicir-2002-sco-new-security-concept-new-mechanism"
    assert "Footnote 15, 頁3-5" in english[CONVENTION_2001]["sources"]  # fn 15, line 95
    # fn 12 (line 89) supports who took part in the sixth meeting: the fact is named.
    meeting = by_slug(download("/en/events", "json")[1])[SHANGHAI_2001]
    assert "Footnote 12 [kind and series, date, places, participants]" in meeting["sources"]
    assert by_slug(download("/events", "json")[1])[SHANGHAI_2001]["sources"].count("註腳 12 [") == 2  # fn 12 cites two works


def test_dates_keep_their_precision_and_a_range_its_last_day():
    rows = by_slug(download("/en/chronology", "json")[1])
    meeting = rows[SHANGHAI_2001]
    assert (meeting["date"], meeting["date_iso"], meeting["precision"], meeting["precision_end"]) == (
        "14–15 June 2001",
        "2001-06-14/2001-06-15",
        "day",
        "day",
    )
    visit = rows[GORBACHEV_1989]
    assert (visit["date"], visit["date_iso"], visit["precision"], visit["precision_end"]) == ("May 1989", "1989-05", "month", "")
    organs = by_slug(download("/organs", "csv")[1])
    heads_of_government = organs["sco-heads-of-government"]  # 第一節 貳 2001年 ¶2: 2001年9月
    assert (heads_of_government["established_iso"], heads_of_government["established_precision"]) == ("2001-09", "month")
    assert heads_of_government["parent"] == "sco-meeting-mechanisms"
    china = by_slug(download("/en/states", "json")[1])["china"]
    assert china["memberships_iso"] == "shanghai-five member 1996-04-26/2001-06-15; sco member 2001-06-15/"


def test_the_translation_flags_of_the_title_forms_follow_the_chapter():
    for extension in CONTENT_TYPES:
        rows = by_slug(download("/en/instruments", extension)[1])
        flags = {slug: (rows[slug]["title_en_is_translation"], rows[slug]["title_zh_is_archive_wording"]) for slug in rows}
        as_text = {True: "true", False: "false"} if extension == "csv" else {True: True, False: False}
        assert flags[CONVENTION_2001] == (as_text[False], as_text[False])  # its English title printed (line 85)
        assert flags[BORDER_1990] == (as_text[True], as_text[False])  # Chinese as printed, English the archive's
        assert flags[STATEMENT_911] == (as_text[True], as_text[True])  # described only (line 97)
        assert rows[STATEMENT_911]["precision"] == "month"


def test_the_figures_keep_the_printed_value_and_give_numbers():
    rows = download("/en/statistics", "json")[1]
    kazakh_oil = next(row for row in rows if row["state"] == "Kazakhstan" and row["indicator"] == "proven-oil-reserves")
    assert (kazakh_oil["value_as_printed"], kazakh_oil["low"], kazakh_oil["high"]) == ("9~17.6", 9, 17.6)  # Table 2-2, line 333
    assert kazakh_oil["sources"] == "ch. 2, §3.3, Table 2-2"
    assert rows[0]["dataset"] == "table-2-2", "the chapter's table first, as the page shows it"


def test_the_xlsx_has_the_column_notes_in_the_files_language():
    workbook = openpyxl.load_workbook(io.BytesIO(body(Client().get("/events.xlsx"))), read_only=True)
    assert workbook.sheetnames == ["events", "欄位說明"]
    notes = dict(list(workbook["欄位說明"].iter_rows(values_only=True))[1:])
    assert notes["precision"].startswith("日期（期間則為首日）的精確程度")
    english = json.loads(body(Client().get("/en/events.json")))["columns"]
    assert english["title_en_is_translation"] == str(COLUMN_NOTES["title_en_is_translation"])


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/en/chronology.csv?year_from=2001&year_to=2002", "sco-chronology-2001-2002-en.csv"),
        ("/chronology.csv?year=2003", "sco-chronology-2003-zh-Hant.csv"),
        ("/instruments.xlsx", "sco-instruments-zh-Hant.xlsx"),
        ("/en/events.json?kind=summit", "sco-events-kind-summit-en.json"),
        ("/en/events.json?kind=summit&framework=sco&year_from=2002&page=3&utm=x", "sco-events-from-2002-kind-summit-framework-sco-en.json"),
        ("/en/chronology.json?topic=border&state=china&year_to=1999", "sco-chronology-to-1999-state-china-topic-border-en.json"),
        ("/en/states.csv?kind=summit", "sco-states-en.csv"),  # no filter: the whole list
    ],
)
def test_file_names_say_what_they_hold_and_in_which_language(path, name):
    response = Client().get(path)
    assert response.status_code == 200
    assert response["Content-Disposition"] == f"attachment; filename=\"{name}\"; filename*=utf-8''{name}"


def test_a_title_a_spreadsheet_would_run_is_escaped_in_csv_and_xlsx_not_in_json():
    factories.event(published=True, slug="other-2004-formula", title_zh="=1+1", title_en="@SUM(A1)", held_on=dt.date(2004, 3, 1))
    _, rows = download("/en/events", "csv")
    row = by_slug(rows)["other-2004-formula"]
    assert (row["title_zh"], row["title_en"]) == ("'=1+1", "'@SUM(A1)")
    workbook = openpyxl.load_workbook(io.BytesIO(body(Client().get("/en/chronology.xlsx?year=2004"))))
    sheet = workbook.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    made = next(row for row in sheet.iter_rows(min_row=2) if row[header.index("slug")].value == "other-2004-formula")
    cell = made[header.index("title_zh")]
    assert (cell.value, cell.data_type) == ("'=1+1", "s"), "text, never a formula"
    assert by_slug(download("/en/events", "json")[1])["other-2004-formula"]["title_zh"] == "=1+1"  # JSON runs nothing


def test_a_matching_etag_is_answered_304_and_a_change_gives_a_fresh_file():
    path = "/en/events.csv?kind=summit"
    first = Client().get(path)
    tag = first["ETag"]
    assert tag.startswith('W/"') and first["Cache-Control"] == "public, max-age=0, must-revalidate"
    again = Client().get(path, HTTP_IF_NONE_MATCH=tag)
    assert again.status_code == 304 and again["ETag"] == tag and not again.content
    # Another language, filter or format is another file.
    assert Client().get("/events.csv?kind=summit", HTTP_IF_NONE_MATCH=tag).status_code == 200
    assert Client().get("/en/events.csv?kind=ministerial", HTTP_IF_NONE_MATCH=tag).status_code == 200
    assert Client().get("/en/events.json?kind=summit", HTTP_IF_NONE_MATCH=tag).status_code == 200
    # An unknown parameter changes nothing the file holds.
    assert Client().get(f"{path}&utm_source=x", HTTP_IF_NONE_MATCH=tag).status_code == 304
    Event.objects.filter(slug=SHANGHAI_2001).update(title_en="Sixth Shanghai Five summit, retitled")
    changed = Client().get(path, HTTP_IF_NONE_MATCH=tag)
    assert changed.status_code == 200 and changed["ETag"] != tag
    assert "Sixth Shanghai Five summit, retitled" in body(changed).decode()


def test_downloads_are_not_kept_in_the_page_cache():
    STORE.clear()
    for extension in CONTENT_TYPES:
        body(Client().get(f"/en/instruments.{extension}"))
    assert not any("instruments." in key for key in STORE.pages)


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        ("/events.csv?year_from=19x6", "year_from"),
        ("/en/instruments.xlsx?kind=summit", "kind"),  # a kind of meeting, not of instrument
        ("/en/events.json?framework=nato", "framework"),
        ("/chronology.xlsx?year_from=2004&year_to=2001", "year_to"),
        ("/en/instruments.csv?state=not%20a%20slug", "state"),
    ],
)
def test_a_bad_filter_is_a_400_naming_the_parameter(path, parameter):
    response = Client().get(path)
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().startswith(f"{parameter}: ")
    assert "Content-Disposition" not in response


def test_an_unknown_list_or_format_is_a_404():
    for path in ("/people.csv", "/events.xls", "/en/chronology.pdf"):
        assert Client().get(path).status_code == 404, path


@pytest.mark.parametrize(
    ("page", "link"),
    [
        ("/events/?kind=summit&page=1&utm=x", "/events.{extension}?kind=summit"),
        ("/instruments/?state=china&topic=", "/instruments.{extension}?state=china"),
        ("/chronology/?organ=sco-heads-of-government", "/chronology.{extension}?organ=sco-heads-of-government"),
        ("/chronology/2002/?kind=summit", "/chronology.{extension}?kind=summit&amp;year_from=2002&amp;year_to=2002"),
        ("/states/", "/states.{extension}"),
        ("/organs/?on=2002-06-07", "/organs.{extension}"),
        ("/statistics/", "/statistics.{extension}"),
    ],
)
def test_each_page_links_its_downloads_in_its_language_with_its_filter(page, link):
    for prefix, words in (("", "每一列載明其出處"), ("/en", "Each row names its sources")):
        html = body(Client().get(prefix + page)).decode()
        for extension in CONTENT_TYPES:
            assert f'href="{prefix}{link.format(extension=extension)}"' in html, (prefix + page, extension)
        assert words in html


def queries(path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        body(Client().get(path))
    return len(captured)


@pytest.mark.slow
def test_the_query_count_does_not_grow_with_the_rows(monkeypatch):
    """Twenty more rows in every list, each with a citation (and a state with its membership), cost no
    query more: the rows' places, hosts, citations and sources come by chunk (a small chunk here, so
    that the rows span several)."""
    monkeypatch.setattr("archive.download_rows.CHUNK", 1000)
    paths = [f"/en/{name}.{extension}" for name in LISTINGS for extension in ("csv", "xlsx")]
    before = {path: queries(path) for path in paths}
    source, place = factories.source(published=True), factories.place(published=True)
    parent = factories.organ(published=True)
    for number in range(20):
        event = factories.event(published=True, held_on=dt.date(2004, 2, 1), host=factories.state(published=True))
        event.places.add(place)
        instrument = factories.instrument(published=True, signed_on=dt.date(2004, 2, 2), place=place, event=event)
        state = factories.state(published=True)
        membership = factories.membership(state, published=True, framework="sco", role="observer", starts_on=dt.date(2004, 6, 17))
        organ = factories.organ(parent, published=True)
        statistic = factories.statistic(published=True, state=state)
        for record in (event, instrument, membership, organ, statistic):
            factories.citation(record, source=source, published=True, footnote=number + 1, pages="頁 1", facts=[])
    after = {path: queries(path) for path in paths}
    assert after == before
    assert len(read(Client().get("/en/states.csv"), "csv")[1]) >= 20


def test_the_data_note_describes_every_column():
    note = (Path(__file__).resolve().parent.parent / "docs" / "downloads.md").read_text(encoding="utf-8")
    with translation.override("en"):
        for listing in LISTINGS.values():
            for key in listing.columns:
                assert f"| `{key}` | {COLUMN_NOTES[key]} |" in note, key
