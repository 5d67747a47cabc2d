"""The org chart to three levels on one page, at most 20 boxes under one parent; what it leaves out is
counted on its box and listed on the organ's own page (its sub-bodies two levels down, 20 a page),
so that every published organ stays within reach of the chart (issue #15)."""

import datetime as dt
import io
import re
from collections import deque

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Organ
from archive.orgchart import CHART_CHILDREN, CHART_DEPTH, PAGE_CHILDREN
from sco_site.page_cache import STORE
from tests import factories

pytestmark = pytest.mark.django_db

ORGAN_LINK = re.compile(r'href="(?:/en)?/organs/([a-z0-9-]+)/(?:\?page=(\d+))?(?:#sub-bodies)?"')


def chart_links(html: str) -> set[str]:
    return {slug for slug, _page in ORGAN_LINK.findall(html)}


@pytest.fixture
def deep():
    """A group five levels deep: group › a › b › c › d; c is established on 1 January 2003."""
    group = factories.organ(published=True, kind="group", slug="deep-group")
    a = factories.organ(group, published=True, kind="category", slug="deep-a")
    b = factories.organ(a, published=True, kind="meeting", slug="deep-b")
    c = factories.organ(b, published=True, kind="sub-body", slug="deep-c", established_on=dt.date(2003, 1, 1), established_precision="day")
    d = factories.organ(c, published=True, kind="sub-body", slug="deep-d")
    return group, a, b, c, d


def test_the_chart_draws_three_levels_and_counts_the_rest_on_the_box_they_hang_from(client, deep):
    assert CHART_DEPTH == 3
    html = client.get("/en/organs/").content.decode()
    assert {"deep-group", "deep-a", "deep-b"} <= chart_links(html)
    assert "/organs/deep-c/" not in html and "/organs/deep-d/" not in html
    assert '<a href="/en/organs/deep-b/#sub-bodies">2 more organs, 2 levels deep, on its page</a>' in html
    chinese = client.get("/organs/").content.decode()
    assert '<a href="/organs/deep-b/#sub-bodies">其下另有2個機構（共2層），見其頁面</a>' in chinese


def test_the_levels_below_are_on_the_organs_page_and_the_next_page_down(client, deep):
    html = client.get("/en/organs/deep-b/").content.decode()
    assert 'id="sub-bodies"' in html
    assert "/en/organs/deep-c/" in html and "/en/organs/deep-d/" in html  # two levels down
    assert "since 1 January 2003" in html
    assert "/en/organs/deep-d/" in client.get("/en/organs/deep-c/").content.decode()
    group_page = client.get("/en/organs/deep-group/").content.decode()
    assert "/en/organs/deep-a/" in group_page and "/en/organs/deep-b/" in group_page
    assert '<a href="/en/organs/deep-b/#sub-bodies">2 more organs, 2 levels deep, on its page</a>' in group_page


def test_the_date_filter_counts_only_the_organs_that_stood_on_that_day(client, deep):
    before = client.get("/en/organs/", {"on": "2002-12-31"}).content.decode()
    assert "deep-b" in chart_links(before)
    assert "/en/organs/deep-b/#sub-bodies" not in before, "c (and d under it) did not exist yet"
    after = client.get("/en/organs/", {"on": "2003-01-01"}).content.decode()
    assert '<a href="/en/organs/deep-b/#sub-bodies">2 more organs, 2 levels deep, on its page</a>' in after
    svg = client.get("/en/organs/chart.svg", {"on": "2002-12-31"}).content.decode()
    assert "deep-b/#sub-bodies" not in svg


def test_the_svg_draws_three_levels_and_links_the_rest_to_the_organs_page(client, deep):
    svg = client.get("/en/organs/chart.svg").content.decode()
    names = {organ.slug: organ.name_zh for organ in deep}
    assert names["deep-b"] in svg and names["deep-c"] not in svg and names["deep-d"] not in svg
    assert '<a href="http://testserver/en/organs/deep-b/#sub-bodies">' in svg
    assert "2 more organs, 2 levels deep, on its page" in svg


def test_a_long_list_of_siblings_shows_the_first_twenty_and_the_rest_on_the_parents_page(client):
    parent = factories.organ(published=True, kind="group", slug="wide-group")
    children = [factories.organ(parent, published=True, kind="meeting", slug=f"wide-{n:02d}") for n in range(CHART_CHILDREN + 5)]
    html = client.get("/en/organs/").content.decode()
    drawn = {slug for slug in chart_links(html) if slug.startswith("wide-") and slug != "wide-group"}
    assert drawn == {child.slug for child in children[:CHART_CHILDREN]}, "the first twenty, in the tree's order"
    assert '<a href="/en/organs/wide-group/#sub-bodies">5 more organs on its page</a>' in html
    svg = client.get("/en/organs/chart.svg").content.decode()
    assert children[CHART_CHILDREN - 1].name_zh in svg and children[CHART_CHILDREN].name_zh not in svg
    first = client.get("/en/organs/wide-group/")
    second = client.get("/en/organs/wide-group/", {"page": 2})
    on_pages = [slug for page in (first, second) for slug in re.findall(r'href="/en/organs/(wide-\d\d)/"', page.content.decode())]
    assert on_pages == [child.slug for child in children]
    assert len(first.context["sub_bodies"]) == PAGE_CHILDREN
    assert 'href="?page=2#sub-bodies" rel="next"' in first.content.decode()


def test_a_draft_sub_body_takes_its_own_sub_bodies_off_the_organs_page(client, deep):
    c = deep[3]
    Organ.objects.filter(pk=c.pk).update(status="draft")
    html = client.get("/en/organs/deep-b/").content.decode()
    assert "/en/organs/deep-c/" not in html and "/en/organs/deep-d/" not in html
    assert "/en/organs/deep-b/#sub-bodies" not in client.get("/en/organs/").content.decode()


def unreachable_from_the_chart(client) -> set[str]:
    """The published organs a reader cannot reach by following links from /organs/ (organ pages,
    their sub-bodies and the pages of those)."""
    seen, queue = set(), deque(["/organs/", "/organs/?on=2000-12-31"])  # the latest state, and the Shanghai Five's
    visited = set()
    while queue:
        url = queue.popleft()
        if url in visited:
            continue
        visited.add(url)
        response = client.get(url)
        assert response.status_code == 200, url
        for slug, page in ORGAN_LINK.findall(response.content.decode()):
            seen.add(slug)
            queue.append(f"/organs/{slug}/" + (f"?page={page}" if page else ""))
    return set(Organ.objects.published().values_list("slug", flat=True)) - seen


def test_every_organ_of_the_seed_is_within_reach_of_the_chart(client):
    """Chapter §2 (lines 206–220): the ministers' meetings under 成員國各部門領導人會議 and the RATS's
    Council and Executive Committee are the fourth level: on their parents' pages."""
    assert Organ.objects.published().filter(depth__gt=CHART_DEPTH).exists()
    assert unreachable_from_the_chart(client) == set()


@pytest.mark.slow
def test_every_organ_stays_within_reach_at_ten_times_the_archive(client):
    call_command("generate_archive", scale=10, stdout=io.StringIO())
    assert Organ.objects.filter(slug__startswith="gen-", depth__gt=CHART_DEPTH).count() > 20
    html = client.get("/organs/").content.decode()
    assert not any(slug.count("-") > 3 for slug in chart_links(html) if slug.startswith("gen-root")), "no level 4 on the chart"
    assert unreachable_from_the_chart(client) == set()


def page_queries(client, path: str) -> int:
    STORE.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


@pytest.mark.parametrize("path", ["/organs/", "/organs/chart.svg", "/organs/?on=2004-12-31", "/organs/sco/", "/organs/rats/"])
@pytest.mark.slow
def test_the_chart_and_an_organs_page_cost_the_same_queries_at_ten_times_the_archive(client, path):
    on_the_seed = page_queries(client, path)
    call_command("generate_archive", scale=10, stdout=io.StringIO())
    rats = Organ.objects.get(slug="rats")
    for _ in range(PAGE_CHILDREN + 5):
        factories.organ(rats, published=True, kind="sub-body")
    assert page_queries(client, path) == on_the_seed
