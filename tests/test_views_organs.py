"""The org chart as of a date, the SVG download, and an organ's page (第二節)."""

import pytest

pytestmark = pytest.mark.django_db


def test_chart_on_2003_01_01_lacks_the_permanent_bodies_that_2004_12_31_shows(client):
    early = client.get("/organs/?on=2003-01-01").content.decode()
    late = client.get("/organs/?on=2004-12-31").content.decode()
    assert "/organs/sco-secretariat/" not in early
    assert "/organs/rats-executive-committee/" not in early
    assert "/organs/sco-secretariat/" in late
    assert "/organs/rats-executive-committee/" in late
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
