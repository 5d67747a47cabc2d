"""The drawn timeline on the chronology's index and year pages: what it draws from the seed, where
each mark leads, the filters it follows, and what it costs in queries."""

import datetime as dt
import html as html_lib
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive import timeline
from archive.generation import forget_counts
from sco_site.page_cache import STORE
from tests import factories

pytestmark = pytest.mark.django_db

PLOT = timeline.WIDTH - 2 * timeline.PAD


def drawing(html: str) -> str:
    found = re.findall(r'<svg class="timeline-drawing".*?</svg>', html, re.S)
    assert len(found) == 1, "one drawing on the page"
    return found[0]


def marks(svg: str) -> dict[str, dict]:
    """Each mark of a year's drawing by the record it leads to: its classes, title, rect, label."""
    found = {}
    for href, classes, title, x, y, width, label in re.findall(
        r'<a href="([^"]+)" class="tl-mark ([^"]+)"><title>([^<]*)</title><rect x="([0-9.]+)" y="([0-9.]+)" width="([0-9.]+)"[^>]*/>'
        r"(?:<text[^>]*>([^<]*)</text>)?</a>",
        svg,
    ):
        found[href] = {"classes": classes.split(), "title": html_lib.unescape(title), "x": float(x), "y": float(y), "width": float(width)}
        found[href]["label"] = html_lib.unescape(label)
    return found


def list_rows(html: str) -> dict[str, str]:
    """The list under the drawing: each row's link → its displayed date."""
    rows = re.findall(r'<li class="chronology-\w+">\s*<time datetime="[^"]+">([^<]+)</time>.*?<a href="([^"]+)"', html, re.S)
    return {href: date for date, href in rows}


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_index_draws_the_years_with_the_phases_as_bands_and_links_each_month_to_its_year(client, prefix):
    html = client.get(f"{prefix}/chronology/").getvalue().decode()
    svg = drawing(html)
    # 第四節: four phases from 1996 to 2004; the archive's items begin in 1989
    assert re.findall(r'<g class="tl-band tl-band-(\d)">', svg) == ["0", "1", "2", "3", "4"]
    labels = re.findall(r'class="tl-year-label[^"]*"[^>]*>([^<]+)</text>', svg)
    assert labels == [f"{year}{'' if prefix else '年'}" for year in range(1989, 2005)]
    # the bars link to their year pages; 1999 has ten items, one known only to the year (the treaty on
    # the comprehensive survey of the boundary), the others in their months
    bars = re.findall(r'<a href="([^"]+)"><title>([^<]+)</title><rect class="tl-bar"', svg)
    in_1999 = [html_lib.unescape(title) for href, title in bars if href == f"{prefix}/chronology/1999/"]
    counts = [int(re.search(r"(\d+) (?:item|項)", title).group(1)) for title in in_1999]
    assert sorted(counts) == [3, 6] and len(in_1999) == 2  # August (the Bishkek summit and its week), November
    strip = re.search(r'<a href="([^"]+)"><title>([^<]+)</title><rect class="tl-strip"', svg)
    assert strip.group(1) == f"{prefix}/chronology/1993/"
    assert ("1993: 2 items known only to the year" if prefix else "1993年：2 項僅知年份") == html_lib.unescape(strip.group(2))
    assert " style=" not in html and "<style" not in html


def test_the_index_drawing_follows_the_filters_and_carries_them_to_the_years(client):
    html = client.get("/en/chronology/", {"kind": "summit", "year_from": "2001"}).getvalue().decode()
    svg = drawing(html)
    links = set(re.findall(r'<a href="([^"]+)"><title>', svg))
    assert links == {f"/en/chronology/{year}/?kind=summit&amp;year_from=2001" for year in (2001, 2002, 2003, 2004)}
    titles = re.findall(r'<rect class="tl-bar"', svg)
    assert len(titles) == 4, "one summit a year, each in its month"
    assert "tl-strip" not in svg


def test_a_year_page_draws_each_row_as_a_mark_with_its_title_and_date_as_the_list_shows_them(client):
    for prefix in ("", "/en"):
        html = client.get(f"{prefix}/chronology/2001/").getvalue().decode()
        drawn, listed = marks(drawing(html)), list_rows(html)
        assert set(drawn) == set(listed) and len(listed) == 7
        for href, mark in drawn.items():
            assert mark["title"].endswith(f"{listed[href]}）" if not prefix else f", {listed[href]}"), mark["title"]
            assert client.get(href).status_code == 200
        labels = re.findall(r'text-anchor="middle">([^<]+)</text>', drawing(html))
        english = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        assert labels == (english if prefix else [f"{n}月" for n in range(1, 13)])
        assert " style=" not in html
    # 第一節: the SCO founded in Shanghai on 15 June 2001, a day
    founding = drawn["/en/events/summit-2001-06-15-shanghai/"]
    assert founding["title"].startswith("Shanghai") or "15 June 2001" in founding["title"]
    assert founding["width"] == timeline.DAY_MARK and "tl-day" in founding["classes"]


def test_month_and_year_precision_items_are_drawn_across_their_month_and_year(client):
    html = client.get("/en/chronology/1999/").getvalue().decode()
    drawn = marks(drawing(html))
    # the treaty on the survey and demarcation of the boundary, "late 1999" (年底): the year's last third
    treaty = drawn["/en/instruments/treaty-1999-china-russia-border-demarcation/"]
    assert "tl-year" in treaty["classes"] and "tl-instrument" in treaty["classes"] and "late 1999" in treaty["title"]
    assert treaty["x"] + treaty["width"] == pytest.approx(timeline.WIDTH - timeline.PAD, abs=0.1)
    assert treaty["width"] == pytest.approx(122 * PLOT / 365, abs=0.2)  # September to December
    # 1993's policy concept, dated to the year alone: the whole year
    html = client.get("/en/chronology/1993/").getvalue().decode()
    concept = marks(drawing(html))["/en/instruments/policy-1993-russia-foreign-policy-concept/"]
    assert "tl-year" in concept["classes"] and (concept["x"], concept["width"]) == (timeline.PAD, PLOT)
    # Rakhmonov's visit to China, August 1999: the 31 days of August
    html = client.get("/en/chronology/1999/").getvalue().decode()
    drawn = marks(drawing(html))
    visit = drawn["/en/events/visit-1999-08-rakhmonov-china/"]
    assert "tl-month" in visit["classes"]
    assert visit["x"] == pytest.approx(timeline.PAD + 212 * PLOT / 365, abs=0.1)
    assert visit["width"] == pytest.approx(31 * PLOT / 365, abs=0.2)
    assert "August 1999" in visit["title"]
    # the Bishkek summit, 24–26 August 1999: three days
    bishkek = drawn["/en/events/summit-1999-08-24-bishkek/"]
    assert "tl-day" in bishkek["classes"] and bishkek["width"] == pytest.approx(3 * PLOT / 365, abs=0.2)
    html = client.get("/en/chronology/2003/").getvalue().decode()
    # Coalition-2003, "August – 12 August 2003": from the first day it may be to the 12th, uncertain
    exercise = marks(drawing(html))["/en/events/exercise-2003-08-coalition-2003/"]
    assert "tl-month" in exercise["classes"] and exercise["width"] == pytest.approx(12 * PLOT / 365, abs=0.2)


def test_a_year_page_drawing_follows_the_filters(client):
    html = client.get("/en/chronology/2002/", {"kind": "instruments"}).getvalue().decode()
    drawn = marks(drawing(html))
    assert drawn and all("tl-instrument" in mark["classes"] for mark in drawn.values())
    assert set(drawn) == set(list_rows(html))


def test_many_items_on_one_day_stack_in_lanes_and_the_rest_is_a_count(client):
    for number in range(40):
        factories.event(published=True, slug=f"other-1995-same-day-{number:02}", held_on=dt.date(1995, 3, 3))
    html = client.get("/en/chronology/1995/").getvalue().decode()
    svg = drawing(html)
    drawn = marks(svg)
    lanes = {mark["y"] for mark in drawn.values()}
    assert len(lanes) == timeline.MAX_LANES == len(drawn) - 1, "one lane each, and the Kazakh border ratification in October shares one"
    more = re.findall(r'<text class="tl-more"[^>]*><title>([^<]+)</title>\+(\d+)</text>', svg)
    assert more == [("Mar: 28 more in the list below", "28")]
    assert len(list_rows(html)) == 41, "the list below has them all"


def queries(client, path) -> int:
    STORE.clear()
    forget_counts()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


@pytest.mark.parametrize("path", ["/chronology/", "/chronology/2003/"])
def test_the_drawing_costs_no_query(client, monkeypatch, path):
    drawn = queries(client, path)
    monkeypatch.setattr(timeline, "overview", lambda *args, **kwargs: None)
    monkeypatch.setattr(timeline, "year_layout", lambda *args, **kwargs: None)
    STORE.clear()
    assert "timeline-drawing" not in client.get(path).getvalue().decode()
    assert queries(client, path) == drawn


def test_a_paginated_year_draws_the_rows_of_its_page_and_says_which(client):
    for number in range(105):
        factories.event(published=True, slug=f"other-1991-many-{number:03}", held_on=dt.date(1991, 1 + number % 12, 1 + number % 28))
    third = client.get("/en/chronology/1991/", {"page": 3}).getvalue().decode()
    drawn, listed = marks(drawing(third)), list_rows(third)
    assert set(drawn) == set(listed) and len(listed) == 6  # 105 and the USSR's dissolution (December 1991), 50 a page
    assert "Items 101 to 106 of 1991 along its months" in third
    first = client.get("/chronology/1991/").getvalue().decode()
    assert "1991年第 1 至 50 項，按月份排列" in first
    assert not set(marks(drawing(first))) & set(listed)
