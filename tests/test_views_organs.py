"""The org chart as of a date, the SVG download, and an organ's page (第二節)."""

import datetime as dt
import re

import pytest

from archive.models import Event, EventKind

pytestmark = pytest.mark.django_db

QUERIES_OF_THE_CHART = 6  # levels drawn, organs below them, seats, heads, openings and their bodies, however many organs


def test_chart_on_2003_01_01_lacks_the_permanent_bodies_that_2004_12_31_shows(client):
    early = client.get("/organs/?on=2003-01-01").content.decode()
    late = client.get("/organs/?on=2004-12-31").content.decode()
    assert "/organs/sco-secretariat/" not in early
    assert "/organs/rats-executive-committee/" not in early
    assert "/organs/sco-secretariat/" in late
    assert "/organs/rats/#sub-bodies" in late, "the RATS's bodies (level 4) are on its page"
    assert "/organs/rats/#sub-bodies" not in early
    assert "張德廣" in late and "張德廣" not in early  # first Secretary-General from 2004-01-15
    assert "2003年1月1日" in early


def test_chart_before_2001_shows_the_shanghai_five(client):
    html = client.get("/organs/?on=2000-12-31").content.decode()
    assert "/organs/shanghai-five/" in html
    assert "/organs/sco/" not in html


def test_latest_chart_omits_ended_bodies_and_states_its_rule(client):
    html = client.get("/organs/").content.decode()
    assert "/organs/shanghai-five/" not in html
    assert "/organs/sco-secretariat/" in html
    assert "<details" in html  # the rule for month-precision and unknown dates


@pytest.mark.parametrize("value", ["2004-13-45", "2003-02-30", "yesterday", "2003-1-1'--"])
def test_malformed_or_impossible_date_gets_a_clear_message(client, value):
    response = client.get("/organs/", {"on": value})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_chart_downloads_as_svg(client):
    response = client.get("/organs/chart.svg?on=2004-12-31")
    assert response["Content-Type"].startswith("image/svg+xml")
    body = response.content.decode()
    assert body.lstrip().startswith("<?xml") and "<svg" in body
    assert "秘書處" in body and "塔什干" in body


def test_organ_page_shows_seats_heads_children_and_legal_basis(client):
    html = client.get("/organs/rats/").content.decode()
    assert "/organs/rats-council/" in html and "/organs/rats-executive-committee/" in html
    assert "/instruments/agreement-2002-06-rats/" in html
    assert "比什凱克" in html and "塔什干" in html
    committee = client.get("/organs/rats-executive-committee/").content.decode()
    assert "/people/kasymov/" in committee


# ---- a body known only to the month, from its (or a sub-body's) opening (#14) -----------------
# Chapter line 145: the Secretariat's opening ceremony on 2004年1月15日 and the opening ceremony of
# the RATS Executive Committee on 6月17日 (2004); line 214: the Secretariat 「2004年1月成立」; line 218:
# the RATS 「2004年6月正式啓動」 (no day, no opening of its own); lines 145 and 391: both permanent
# bodies began work in 2004.


def chart_slugs(client, day: str, lang: str = "") -> tuple[set[str], str]:
    html = client.get(f"{lang}/organs/", {"on": day}).content.decode()
    return set(re.findall(r'href="(?:/en)?/organs/([a-z0-9-]+)/"', html)), html


@pytest.mark.parametrize("day", ["2003-01-01", "2003-06-01"])
def test_before_2004_no_permanent_body_and_the_empty_box_says_so(client, day):
    """Lines 145, 218, 391: the Secretariat and the RATS began work in 2004."""
    slugs, html = chart_slugs(client, day)
    assert "sco-permanent-bodies" in slugs  # the 常設機構 box of the SCO (line 210)
    assert not slugs & {"sco-secretariat", "rats", "rats-council", "rats-executive-committee"}
    assert "當日其所屬機構均尚未成立。" in html
    english = chart_slugs(client, day, "/en")[1]
    assert "None of its bodies existed yet on that day." in english


def test_secretariat_shows_from_its_opening_ceremony_on_15_january_2004(client):
    """Line 214 dates the Secretariat to 2004年1月 only; line 145 its opening ceremony to 2004年1月15日."""
    assert "sco-secretariat" not in chart_slugs(client, "2004-01-14")[0]
    slugs, html = chart_slugs(client, "2004-01-20")
    assert "sco-secretariat" in slugs and "張德廣" in html  # appointed at the opening (line 145)
    assert "當日其所屬機構均尚未成立。" not in html
    assert "rats" not in slugs


def test_rats_shows_from_its_executive_committees_opening_on_17_june_2004(client):
    """Line 218: the RATS 2004年6月, with no opening of its own; line 145: its Executive Committee's
    opening ceremony on 6月17日 opens it too."""
    slugs, html = chart_slugs(client, "2004-06-16")
    assert "rats" not in slugs and "/organs/rats/#sub-bodies" not in html
    slugs, html = chart_slugs(client, "2004-06-17")
    assert {"rats", "sco-secretariat"} <= slugs
    assert '<a href="/organs/rats/#sub-bodies">其下另有2個機構，見其頁面</a>' in html  # the Council and the Executive Committee


def test_both_permanent_bodies_at_the_end_of_2004(client):
    """Lines 145 and 391: both permanent bodies at work in 2004."""
    slugs, html = chart_slugs(client, "2004-12-31")
    assert {"sco-secretariat", "rats"} <= slugs and "/organs/rats/#sub-bodies" in html
    assert "當日其所屬機構均尚未成立。" not in html


def test_the_opening_comes_from_the_events_kind_and_organ_not_from_named_records(client):
    opening = Event.objects.get(slug="opening-2004-01-15-secretariat")
    Event.objects.filter(pk=opening.pk).update(kind=EventKind.OTHER)  # no longer an opening
    assert "sco-secretariat" not in chart_slugs(client, "2004-01-20")[0]
    assert "sco-secretariat" in chart_slugs(client, "2004-01-31")[0]  # the month's last day
    Event.objects.filter(pk=opening.pk).update(kind=EventKind.FOUNDING, held_on=dt.date(2004, 1, 25))
    assert "sco-secretariat" not in chart_slugs(client, "2004-01-24")[0]
    assert "sco-secretariat" in chart_slugs(client, "2004-01-25")[0]
    Event.objects.filter(pk=opening.pk).update(held_on=dt.date(2003, 12, 20))  # outside the month: does not count
    assert "sco-secretariat" not in chart_slugs(client, "2004-01-30")[0]
    Event.objects.filter(pk=opening.pk).update(held_on=dt.date(2004, 1, 10), status="draft")  # drafts open nothing
    assert "sco-secretariat" not in chart_slugs(client, "2004-01-20")[0]


def test_the_rule_stated_on_the_chart_page_names_openings_of_sub_bodies(client):
    english = client.get("/en/organs/").content.decode()
    assert "opening or founding of a sub-body opens its parent too" in english
    chinese = client.get("/organs/").content.decode()
    assert "下屬機構的成立或開幕也使其上級機構成立" in chinese


def test_the_empty_box_is_written_in_the_svg_too(client):
    body = client.get("/organs/chart.svg?on=2003-06-01").content.decode()
    assert "當日其所屬機構均尚未成立。" in body


def test_the_chart_page_costs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    # One more: the archive generation, which the tests re-read on every request (sco_site.page_cache).
    with django_assert_max_num_queries(QUERIES_OF_THE_CHART + 1):
        client.get("/organs/?on=2004-12-31")
