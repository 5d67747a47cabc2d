"""The public pages: every URL in both languages, key content, drafts hidden, bounded queries."""

import pytest
from django.urls import reverse

from archive.models import Event, Instrument, Organ

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/chronology/",
    "/events/",
    "/events/summit-1998-07-03-almaty/",
    "/instruments/",
    "/instruments/charter-2002-06-sco/",
    "/organs/",
    "/organs/rats/",
    "/states/",
    "/states/uzbekistan/",
    "/people/",
    "/people/kasymov/",
    "/places/",
    "/places/tashkent/",
    "/sources/",
    "/sources/thesis-chapter-2/",
    "/topics/",
    "/topics/border/",
    "/phases/",
    "/statistics/",
    "/search/?q=上海",
]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_answers_in_chinese_and_english(client, path):
    chinese = client.get(path)
    assert chinese.status_code == 200
    assert '<html lang="zh-Hant">' in chinese.content.decode()
    english = client.get("/en" + path)
    assert english.status_code == 200
    assert '<html lang="en">' in english.content.decode()


def test_pages_carry_canonical_hreflang_and_a_language_switch_to_the_same_record(client):
    html = client.get("/events/summit-1998-07-03-almaty/").content.decode()
    assert '<link rel="canonical" href="http://testserver/events/summit-1998-07-03-almaty/">' in html
    assert 'hreflang="en" href="http://testserver/en/events/summit-1998-07-03-almaty/"' in html
    assert 'hreflang="zh-Hant" href="http://testserver/events/summit-1998-07-03-almaty/"' in html
    assert 'href="/en/events/summit-1998-07-03-almaty/" hreflang="en"' in html


def test_event_page_shows_dates_place_participants_and_instruments(client):
    """第一節 壹 1998: 7 月 3—4 日, 阿拉木圖, Primakov for Russia (fn 5), the Almaty statement."""
    html = client.get("/events/summit-1998-07-03-almaty/").content.decode()
    assert "1998年7月3日至4日" in html
    assert "阿拉木圖" in html
    assert reverse("archive:person-detail", args=["primakov"]) in html
    assert reverse("archive:instrument-detail", args=["statement-1998-07-almaty"]) in html
    assert "註腳 5" in html  # fn 5: Yeltsin absent, Primakov attended
    assert "Footnote 5" in client.get("/en/events/summit-1998-07-03-almaty/").content.decode()
    english = client.get("/en/events/summit-1998-07-03-almaty/").content.decode()
    assert "3–4 July 1998" in english
    assert 'type="application/ld+json"' in html and '"startDate": "1998-07-03"' in html


def test_instrument_page_marks_languages_translations_and_relations_both_ways(client):
    html = client.get("/instruments/charter-2002-06-sco/").content.decode()
    assert '<dd lang="ru">Хартия Шанхайской Организации Сотрудничества</dd>' in html
    assert '<dd lang="ru-Latn">Hartija Shanhaijskoi Organizazii Sotrudnistvestva</dd>' in html
    assert "附註三" in html
    # amended by the 2003 protocol (第一節 貳 2003年 ¶4)
    assert reverse("archive:instrument-detail", args=["protocol-2003-09-charter-amendment"]) in html
    protocol = client.get("/instruments/protocol-2003-09-charter-amendment/").content.decode()
    assert reverse("archive:instrument-detail", args=["charter-2002-06-sco"]) in protocol


def test_draft_event_is_404_and_vanishes_from_lists_chronology_search_and_sitemap(client):
    Event.objects.filter(slug="summit-1998-07-03-almaty").update(status="draft")
    assert client.get("/events/summit-1998-07-03-almaty/").status_code == 404
    assert client.get("/en/events/summit-1998-07-03-almaty/").status_code == 404
    for path in [
        "/events/",
        "/chronology/",
        "/chronology.csv",
        "/chronology.json",
        "/search/?q=阿拉木圖",
        "/sitemap.xml",
        "/states/kazakhstan/",
    ]:
        assert "summit-1998-07-03-almaty" not in client.get(path).content.decode(), path


def test_a_published_page_leaves_out_a_draft_it_refers_to(client):
    Instrument.objects.filter(slug="statement-1998-07-almaty").update(status="draft")
    Event.objects.filter(slug="summit-1998-07-03-almaty").update(status="draft")
    html = client.get("/states/russia/").content.decode()
    assert "/events/summit-1998-07-03-almaty/" not in html
    instrument = client.get("/instruments/agreement-1998-07-china-kazakhstan-supplementary-second/").content.decode()
    assert "/events/summit-1998-07-03-almaty/" not in instrument
    assert "阿拉木圖高峰會" not in instrument, "a draft is not named either"


def test_draft_organ_leaves_the_org_chart(client):
    Organ.objects.filter(slug="rats").update(status="draft")
    html = client.get("/organs/").content.decode()
    assert "/organs/rats/" not in html
    assert "/organs/rats-executive-committee/" not in html, "its sub-bodies go with it"
    assert client.get("/organs/rats/").status_code == 404


def test_unknown_address_is_a_404_page_in_both_languages(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "找不到這個頁面" in response.content.decode()
    assert client.get("/en/events/no-such-event/").status_code == 404


def test_robots_and_sitemap(client):
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in robots and "sitemap.xml" in robots
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/events/summit-1996-04-26-shanghai/" in sitemap
    assert "/en/events/summit-1996-04-26-shanghai/" in sitemap


@pytest.mark.parametrize(
    ("path", "limit"),
    [
        ("/events/summit-2004-06-17-tashkent/", 14),
        ("/instruments/charter-2002-06-sco/", 12),
        ("/chronology/", 12),
        ("/organs/", 6),
        ("/organs/rats/", 12),
        ("/states/china/", 10),
        ("/search/?q=上海", 18),  # two per record type, whatever the number of hits
    ],
)
def test_query_count_does_not_grow_with_the_data(client, django_assert_max_num_queries, path, limit):
    with django_assert_max_num_queries(limit):
        assert client.get(path).status_code == 200


def test_event_list_filters_by_kind_framework_and_year(client):
    html = client.get("/events/", {"kind": "summit", "framework": "shanghai-five", "year": "1998"}).content.decode()
    assert "/events/summit-1998-07-03-almaty/" in html
    assert "/events/summit-1997-04-24-moscow/" not in html
    assert "/events/summit-2002-06-06-st-petersburg/" not in html


def test_server_error_page_is_bilingual_and_shows_no_traceback(client, monkeypatch):
    from archive import views

    def broken(*args, **kwargs):
        raise RuntimeError("database exploded")

    monkeypatch.setattr(views.selectors, "home_counts", broken)
    client.raise_request_exception = False
    response = client.get("/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "伺服器錯誤" in html and "Server error" in html
    assert "database exploded" not in html and "Traceback" not in html
