"""The chronology: date order, filters as GET parameters, CSV and JSON downloads of the same view."""

import csv
import datetime as dt
import io
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import get_resolver

from archive.models import Event, Instrument
from archive.views import PublishedListView
from sco_site.page_cache import STORE
from tests import factories

pytestmark = pytest.mark.django_db


def test_chronology_is_in_date_order_grouped_by_year_with_phases(client):
    html = client.get("/chronology/").getvalue().decode()
    assert html.index('id="year-1989"') < html.index('id="year-1996"') < html.index('id="year-2004"')
    assert "建立信任關係" in html  # 第四節: phase 1 title


def year_links(html: str) -> dict[int, str]:
    return {int(year): link for link, year in re.findall(r'<a href="([^"]*/chronology/([0-9]+)/[^"]*)">[0-9]+</a>', html)}


def test_index_lists_the_years_with_their_counts_in_phase_bands_and_no_rows(client):
    html = client.get("/en/chronology/").getvalue().decode()
    assert 'class="chronology"' not in html, "the rows are on the year pages"
    assert "/events/summit-1996-04-26-shanghai/" not in html
    counts = {int(year): int(n) for year, n in re.findall(r'id="year-([0-9]+)".*?<span class="count">([0-9]+) items?</span>', html)}
    records = json.loads(client.get("/chronology.json").getvalue())["records"]
    assert sum(counts.values()) == len(records)
    assert counts[2001] == sum(r["date_iso"].startswith("2001") for r in records)
    # 第一節: four phases from 1996; 1989–1995 lies outside them (in the list, after the drawing)
    html = html.split("</figure>", 1)[1]
    assert html.index("Outside the four phases") < html.index('id="year-1989"') < html.index("Phase 1:") < html.index('id="year-1996"')


def test_a_year_page_shows_that_year_in_date_order_with_links_to_the_next_years(client):
    html = client.get("/en/chronology/2001/").getvalue().decode()
    # 第一節: the sixth Shanghai Five meeting (14–15 June) comes before the founding of the SCO (15 June)
    assert html.index("/events/summit-2001-06-14-shanghai-five/") < html.index("/events/summit-2001-06-15-shanghai/")
    assert "/instruments/charter-2002-06-sco/" not in html
    assert '<a href="/en/chronology/2000/" rel="prev">' in html and '<a href="/en/chronology/2002/" rel="next">' in html
    assert "Phase 3" in html


def test_filters_carry_from_the_index_to_the_years_and_between_years(client):
    index = client.get("/chronology/", {"kind": "summit", "year_from": "2001"}).getvalue().decode()
    links = year_links(index)
    assert sorted(links) == [2001, 2002, 2003, 2004]
    year = client.get(links[2002].replace("&amp;", "&")).getvalue().decode()
    assert "/events/summit-2002-06-06-st-petersburg/" in year
    assert "/instruments/charter-2002-06-sco/" not in year, "the kind filter still applies"
    assert re.search(r'href="/chronology/2001/\?kind=summit&amp;year_from=2001" rel="prev"', year)
    assert re.search(r'href="/chronology/2003/\?kind=summit&amp;year_from=2001" rel="next"', year)
    assert 'href="/chronology.csv?kind=summit&amp;year_from=2002&amp;year_to=2002"' in year, "a year's page downloads that year"


def test_a_year_without_published_records_is_404(client):
    assert client.get("/chronology/1988/").status_code == 404
    assert client.get("/chronology/20001/").status_code == 404
    # with filters that leave nothing, the year page says so
    response = client.get("/chronology/1988/", {"kind": "summit"})
    assert response.status_code == 200
    assert "沒有符合" in response.getvalue().decode() or "Nothing matches" in response.getvalue().decode()


def test_a_long_year_is_paginated_by_50_rows_in_date_order_without_loss(client):
    for number in range(130):
        factories.event(published=True, slug=f"other-1999-many-{number:03}", held_on=dt.date(1999, 1 + number % 12, 1 + number % 28))
    for number in range(30):
        factories.instrument(published=True, slug=f"agreement-1999-many-{number:03}", signed_on=dt.date(1999, 1 + number % 12, 1))
    factories.event(published=False, slug="other-1999-draft", held_on=dt.date(1999, 5, 5))
    records = json.loads(client.get("/chronology.json?year=1999").getvalue())["records"]
    expected = [r["url"].rstrip("/").rsplit("/", 1)[1] for r in records]
    assert len(expected) > 160
    pages = -(-len(expected) // 50)
    shown = []
    for number in range(1, pages + 1):
        page = client.get("/en/chronology/1999/", {"page": number})
        rows = page.context["rows"]
        assert len(rows) == (50 if number < pages else len(expected) - 50 * (pages - 1))
        shown += [row.record.slug for row in rows]
    assert shown == expected
    assert "other-1999-draft" not in " ".join(shown)
    assert page.context["page_obj"].paginator.num_pages == pages == 4
    assert 'rel="prev"' in page.getvalue().decode().split('class="pagination"')[1]
    assert (
        Event.objects.filter(slug__startswith="other-1999-many").count() + Instrument.objects.filter(slug__contains="1999-many").count()
        == 160
    )


def test_filter_by_kind_and_years(client):
    rows = json.loads(client.get("/chronology.json?kind=summit&year_from=2001&year_to=2004").getvalue())["records"]
    assert rows and {r["kind"] for r in rows} == {"summit"}
    assert all("2001" <= r["date_iso"][:4] <= "2004" for r in rows)
    assert "summit-2002-06-06-st-petersburg" in " ".join(r["url"] for r in rows)


def test_filter_by_state_keeps_its_meetings_and_instruments(client):
    """Uzbekistan: observer at Dushanbe 2000, member from 2001 (第一節)."""
    rows = json.loads(client.get("/chronology.json?state=uzbekistan").getvalue())["records"]
    urls = " ".join(r["url"] for r in rows)
    assert "summit-2000-07-05-dushanbe" in urls
    assert "summit-1996-04-26-shanghai" not in urls


def test_filter_by_organ_and_topic(client):
    rows = json.loads(client.get("/chronology.json?organ=sco-heads-of-government").getvalue())["records"]
    meetings = [r for r in rows if r["type"] == "event"]
    assert len(meetings) == 3  # 2001 Almaty, 2003 Beijing, 2004 Bishkek
    signed_there = {r["title_zh"] for r in rows if r["type"] == "instrument"}
    assert "上海合作組織成員國多邊經貿合作綱要" in signed_there  # Beijing 2003 (fn 25)
    border = json.loads(client.get("/chronology.json?topic=border&kind=instruments").getvalue())["records"]
    assert any(r["title_zh"] == "中俄國界西段協定" for r in border)


def test_month_precision_items_are_marked_not_given_a_day(client):
    rows = json.loads(client.get("/chronology.json?year_from=2000&year_to=2000&kind=ministerial").getvalue())["records"]
    astana = next(r for r in rows if "astana" in r["url"])
    assert (astana["date"], astana["date_iso"], astana["precision"]) == ("2000年3月", "2000-03", "month")


def test_csv_download_has_a_bom_and_the_same_rows(client):
    response = client.get("/chronology.csv?kind=summit")
    assert response.streaming, "written a row at a time, never held whole in memory"
    body = response.getvalue().decode("utf-8")
    assert body.startswith("\ufeff")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
    as_json = json.loads(client.get("/chronology.json?kind=summit").getvalue())["records"]
    assert [r["url"] for r in rows] == [r["url"] for r in as_json]
    assert any(r["title_zh"] == "上海五國元首第一次會晤（上海高峰會）" for r in rows)


def test_bad_year_filter_gets_a_message_not_a_500(client):
    response = client.get("/chronology/?year_from=19x6")
    assert response.status_code == 400
    assert 'role="alert"' in response.getvalue().decode()


def test_the_counts_are_read_once_per_generation_and_again_after_a_write(client):
    """The month counts read every dated row: the index, its English twin and every year page share
    one reading per generation (archive.generation.per_generation), and a write is counted at once."""
    first = counted_queries(client, "/chronology/")
    assert counted_queries(client, "/en/chronology/") == first - 2, "the events' and the instruments' month counts are kept"
    STORE.clear()
    total = client.get("/en/chronology/").context["total"]
    factories.event(published=True, slug="other-1990-03-counted", held_on=dt.date(1990, 3, 1))
    response = client.get("/en/chronology/")
    assert response.context["total"] == total + 1
    years = {entry["year"]: entry["count"] for band in response.context["bands"] for entry in band["years"]}
    assert client.get("/en/chronology/1990/").context["page_obj"].paginator.count == years[1990] == 2  # the seed has one (1990)
    factories.event(published=False, slug="other-1990-04-draft", held_on=dt.date(1990, 4, 1))
    assert client.get("/chronology/").context["total"] == total + 1, "a draft is written, and counted nowhere"


def counted_queries(client, path) -> int:
    STORE.clear()  # the page itself would be answered from memory
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


def test_the_lists_counts_and_years_follow_each_write(client):
    """The lists' lengths and year menus are kept per generation too (selectors.published_count …)."""

    def listed(path, **query):
        STORE.clear()
        context = client.get(path, query).context
        return context["paginator"].count, list(context.get("years", []))

    events, years = listed("/en/events/")
    summits, _ = listed("/en/events/", kind="summit")
    factories.event(published=True, kind="summit", slug="summit-1988-06-counted", held_on=dt.date(1988, 6, 1))
    assert listed("/en/events/") == (events + 1, sorted([*years, 1988]))
    assert listed("/en/events/", kind="summit")[0] == summits + 1
    factories.event(published=False, slug="other-1987-draft", held_on=dt.date(1987, 1, 1))
    assert listed("/en/events/") == (events + 1, sorted([*years, 1988]))
    sources, _ = listed("/en/sources/")
    factories.source(published=True)
    assert listed("/en/sources/")[0] == sources + 1


def every_list_view():
    """Each URL whose view is a PublishedListView, found in the URL configuration."""
    for pattern in get_resolver("archive.urls").url_patterns:
        view_class = getattr(pattern.callback, "view_class", None)
        if view_class and issubclass(view_class, PublishedListView):
            yield "/" + str(pattern.pattern)


@pytest.mark.parametrize("path", sorted(every_list_view()))
@pytest.mark.parametrize("query", [{}, {"kind": "summit"}, {"kind": "declaration", "year_from": "2001"}])
def test_a_list_kept_count_is_the_length_of_the_list_it_shows(client, path, query):
    """A list's length is kept per generation (PublishedListView.row_count): it must be the length of
    the queryset the view lists, filters included, drafts left out."""
    factories.event(published=False, slug="other-2001-draft-counted", kind="summit", held_on=dt.date(2001, 3, 1))
    STORE.clear()
    response = client.get(path, query)
    context = response.context
    if response.status_code == 400:  # a filter this list has not: refused with its message
        return
    assert context["paginator"].count == context["view"].get_queryset().count()
