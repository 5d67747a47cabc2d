"""The chronology: date order, filters as GET parameters, CSV and JSON downloads of the same view."""

import csv
import io
import json

import pytest

pytestmark = pytest.mark.django_db


def test_chronology_is_in_date_order_grouped_by_year_with_phases(client):
    html = client.get("/chronology/").content.decode()
    assert html.index('id="year-1989"') < html.index('id="year-1996"') < html.index('id="year-2004"')
    assert "建立信任關係" in html  # 第四節: phase 1 title


def test_filter_by_kind_and_years(client):
    rows = json.loads(client.get("/chronology.json?kind=summit&year_from=2001&year_to=2004").content)["records"]
    assert rows and {r["kind"] for r in rows} == {"summit"}
    assert all("2001" <= r["date_iso"][:4] <= "2004" for r in rows)
    assert "summit-2002-06-06-st-petersburg" in " ".join(r["url"] for r in rows)


def test_filter_by_state_keeps_its_meetings_and_instruments(client):
    """Uzbekistan: observer at Dushanbe 2000, member from 2001 (第一節)."""
    rows = json.loads(client.get("/chronology.json?state=uzbekistan").content)["records"]
    urls = " ".join(r["url"] for r in rows)
    assert "summit-2000-07-05-dushanbe" in urls
    assert "summit-1996-04-26-shanghai" not in urls


def test_filter_by_organ_and_topic(client):
    rows = json.loads(client.get("/chronology.json?organ=sco-heads-of-government").content)["records"]
    meetings = [r for r in rows if r["type"] == "event"]
    assert len(meetings) == 3  # 2001 Almaty, 2003 Beijing, 2004 Bishkek
    signed_there = {r["title_zh"] for r in rows if r["type"] == "instrument"}
    assert "上海合作組織成員國多邊經貿合作綱要" in signed_there  # Beijing 2003 (fn 25)
    border = json.loads(client.get("/chronology.json?topic=border&kind=instruments").content)["records"]
    assert any(r["title_zh"] == "中俄國界西段協定" for r in border)


def test_month_precision_items_are_marked_not_given_a_day(client):
    rows = json.loads(client.get("/chronology.json?year_from=2000&year_to=2000&kind=ministerial").content)["records"]
    astana = next(r for r in rows if "astana" in r["url"])
    assert (astana["date"], astana["date_iso"], astana["precision"]) == ("2000年3月", "2000-03", "month")


def test_csv_download_has_a_bom_and_the_same_rows(client):
    response = client.get("/chronology.csv?kind=summit")
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
    as_json = json.loads(client.get("/chronology.json?kind=summit").content)["records"]
    assert [r["url"] for r in rows] == [r["url"] for r in as_json]
    assert any(r["title_zh"] == "上海五國元首第一次會晤（上海高峰會）" for r in rows)


def test_bad_year_filter_gets_a_message_not_a_500(client):
    response = client.get("/chronology/?year_from=19x6")
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
