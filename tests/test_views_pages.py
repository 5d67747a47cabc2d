"""The public pages: every URL in both languages, key content, drafts hidden, bounded queries."""

import datetime as dt
import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import Q
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from archive.generation import bump, forget_counts
from archive.models import (
    Appointment,
    Citation,
    Event,
    Instrument,
    InstrumentParty,
    InstrumentRelation,
    Organ,
    OrganSeat,
    Participation,
    Person,
    Place,
    Source,
    State,
    Topic,
)
from sco_site.page_cache import STORE
from tests import factories

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
    host = factories.state(published=True)
    event = factories.event(published=True, kind="summit", title_zh="測試元首會晤", host=host)
    factories.participation(event, host, published=True)
    pages = ["/events/", f"/chronology/{event.held_on.year}/", "/chronology.csv", "/chronology.json", "/search/?q=測試元首會晤"]
    pages += ["/sitemap-event.xml", host.get_absolute_url()]
    for path in pages:
        assert event.slug in client.get(path).getvalue().decode(), f"published: listed on {path}"
    Event.objects.filter(pk=event.pk).update(status="draft")
    assert client.get(event.get_absolute_url()).status_code == 404
    assert client.get("/en" + event.get_absolute_url()).status_code == 404
    for path in pages:
        assert event.slug not in client.get(path).getvalue().decode(), f"draft: still on {path}"


def test_a_published_page_leaves_out_a_draft_it_refers_to(client):
    state = factories.state(published=True)
    meeting = factories.event(published=True, kind="summit", title_zh="測試高峰會")
    factories.participation(meeting, state, published=True)
    instrument = factories.instrument(published=True, event=meeting)
    statement = factories.instrument(published=True, event=meeting)
    factories.party(statement, state, published=True)
    assert meeting.get_absolute_url() in client.get(state.get_absolute_url()).content.decode()
    assert statement.get_absolute_url() in client.get(state.get_absolute_url()).content.decode()
    assert meeting.get_absolute_url() in client.get(instrument.get_absolute_url()).content.decode()
    Instrument.objects.filter(pk=statement.pk).update(status="draft")
    Event.objects.filter(pk=meeting.pk).update(status="draft")
    html = client.get(state.get_absolute_url()).content.decode()
    assert meeting.get_absolute_url() not in html
    assert statement.get_absolute_url() not in html
    page = client.get(instrument.get_absolute_url()).content.decode()
    assert meeting.get_absolute_url() not in page
    assert "測試高峰會" not in page, "a draft is not named either"


def test_draft_organ_leaves_the_org_chart(client):
    organ = factories.organ(published=True, kind="group")
    sub_body = factories.organ(organ, published=True, kind="sub-body")
    html = client.get("/organs/").content.decode()
    assert organ.get_absolute_url() in html and sub_body.get_absolute_url() in html
    Organ.objects.filter(pk=organ.pk).update(status="draft")
    html = client.get("/organs/").content.decode()
    assert organ.get_absolute_url() not in html
    assert sub_body.get_absolute_url() not in html, "its sub-bodies go with it"
    assert client.get(organ.get_absolute_url()).status_code == 404


def test_unknown_address_is_a_404_page_in_both_languages(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "找不到這個頁面" in response.content.decode()
    assert client.get("/en/events/no-such-event/").status_code == 404


def test_robots_and_sitemap(client):
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in robots and "sitemap.xml" in robots
    index = client.get("/sitemap.xml").content.decode()
    assert "<sitemapindex" in index and "http://testserver/sitemap-event.xml" in index
    sitemap = client.get("/sitemap-event.xml").content.decode()
    assert "/events/summit-1996-04-26-shanghai/" in sitemap
    assert "/en/events/summit-1996-04-26-shanghai/" in sitemap


def test_a_sitemap_section_is_paged_at_500_addresses(client):
    """Each record is listed once per language: 260 events and the seed's make more than 500
    addresses and at most 1,000: two pages, the first full and under 300 KB."""
    Event.objects.bulk_create(
        Event(slug=f"other-2004-bulk-{number:04}", kind="other", title_zh="測試", held_on=dt.date(2004, 1, 1), status="published")
        for number in range(260)
    )
    index = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/sitemap-event.xml?p=2" in index and "sitemap-event.xml?p=3" not in index
    first, second = (client.get("/sitemap-event.xml", {"p": number}).content.decode() for number in (1, 2))
    addresses = first.count("<url>") + second.count("<url>")
    assert first.count("<url>") == 500 and len(first.encode()) < 300_000
    assert addresses == 2 * Event.objects.published().count()


# Every public page and download, with the most queries allowed where one was pinned. Each record
# counted has something in each of its page's lists at both sizes, as has each group of the search:
# Django skips the query of a prefetch that has nothing to fetch, which is not growth.
COUNTED_PAGES = {
    "home": ("/", None),
    "chronology": ("/chronology/", 12),
    "chronology year": ("/chronology/2004/", None),
    "chronology csv": ("/chronology.csv", None),
    "chronology json": ("/chronology.json", None),
    "chronology xlsx": ("/chronology.xlsx", None),
    "event csv": ("/events.csv", None),
    "instrument json": ("/en/instruments.json", None),
    "state xlsx": ("/states.xlsx", None),
    "organ csv": ("/organs.csv", None),
    "statistics json": ("/en/statistics.json", None),
    "event list": ("/events/", None),
    "instrument list": ("/instruments/", None),
    "state list": ("/states/", None),
    "person list": ("/people/", None),
    "place list": ("/places/", None),
    "source list": ("/sources/", None),
    "topic list": ("/topics/", None),
    "phase list": ("/phases/", None),
    "event": ("/events/summit-2004-06-17-tashkent/", 14),
    "instrument": ("/instruments/charter-2002-06-sco/", 12),
    "organ": ("/organs/rats/", 12),
    "state": ("/states/china/", 10),
    "person with offices": ("/people/kasymov/", None),
    "person at meetings": ("/people/jiang-zemin/", None),
    "place": ("/places/tashkent/", None),
    "source": ("/sources/thesis-chapter-2/", None),
    "topic": ("/topics/border/", None),
    "org chart": ("/organs/", 6),
    "org chart svg": ("/organs/chart.svg", None),
    "statistics": ("/statistics/", None),
    "search": ("/search/?q=an", 18),  # two per record type with hits, whatever their number
    "search in one type": ("/search/?q=上海&type=event", None),
    "sitemap": ("/sitemap.xml", None),
    "sitemap section": ("/sitemap-event.xml", None),
}


def queries_per_page(client) -> dict[str, tuple[int, int]]:
    """Each counted page's number of queries and size in bytes."""
    counts = {}
    for name, (path, _) in COUNTED_PAGES.items():
        cache.clear()
        STORE.clear()  # a kept page would be answered from memory, without its queries
        forget_counts()  # and counts kept for the generation would be read without theirs
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
            body = response.getvalue()
        assert response.status_code == 200, path
        counts[name] = (len(queries), len(body))
    return counts


def grow_around_the_pages():
    """generate_archive links its records only to each other: link them to the records whose pages
    are counted too, so that every list on those pages grows about tenfold."""
    states = list(State.objects.filter(slug__startswith="gen-"))
    places = list(Place.objects.filter(slug__startswith="gen-"))
    sources = list(Source.objects.filter(slug__startswith="gen-"))
    organs = list(Organ.objects.filter(slug__startswith="gen-"))
    events = Event.objects.filter(slug__startswith="gen-")
    instruments = Instrument.objects.filter(slug__startswith="gen-")
    published = {"status": "published"}
    event = Event.objects.get(slug="summit-2004-06-17-tashkent")
    charter = Instrument.objects.get(slug="charter-2002-06-sco")
    rats = Organ.objects.get(slug="rats")
    china = State.objects.get(slug="china")
    kasymov, jiang = Person.objects.get(slug="kasymov"), Person.objects.get(slug="jiang-zemin")
    tashkent = Place.objects.get(slug="tashkent")
    border = Topic.objects.get(slug="border")
    topics = [factories.topic(published=True) for _ in range(10)]
    people = [factories.person(published=True) for _ in range(10)]
    for _ in range(10):
        factories.organ(rats, published=True, kind="sub-body")
    # The generated meetings' own citations now cite the chapter.
    Citation.objects.filter(Q(event__in=events) | Q(instrument__in=instruments) | Q(organ__in=organs)).update(
        source=Source.objects.get(slug="thesis-chapter-2")
    )
    Citation.objects.bulk_create(
        Citation(source=source, section=f"generated {number}", **{name: record}, **published)
        for number, source in enumerate(sources[:50])
        for name, record in [("event", event), ("instrument", charter), ("organ", rats), ("person", kasymov), ("person", jiang)]
    )
    event.places.add(*places)
    event.topics.add(*topics)
    Participation.objects.bulk_create(Participation(event=event, state=state, person=people[0], **published) for state in states)
    Participation.objects.bulk_create(Participation(event=record, state=china, **published) for record in events)
    Participation.objects.filter(event__in=events).update(person=jiang)
    events.update(part_of=event, host=china, organ=rats)
    instruments.update(event=event, place=tashkent)
    charter.topics.add(*topics)
    InstrumentParty.objects.bulk_create(InstrumentParty(instrument=charter, state=state, **published) for state in states)
    InstrumentParty.objects.bulk_create(InstrumentParty(instrument=record, state=china, **published) for record in instruments)
    InstrumentRelation.objects.bulk_create(
        InstrumentRelation(source=record, kind="implements", target=charter, **published) for record in instruments
    )
    charter.organs_based.add(*organs)
    rats.legal_basis.add(*instruments)
    OrganSeat.objects.bulk_create(OrganSeat(organ=rats, place=place, **published) for place in places)
    OrganSeat.objects.bulk_create(OrganSeat(organ=organ, place=tashkent, **published) for organ in organs)
    Appointment.objects.bulk_create(
        Appointment(person=person, organ=rats, office_zh="委員", starts_on=dt.date(2004, 1, 1), **published) for person in people
    )
    Appointment.objects.bulk_create(
        Appointment(person=kasymov, organ=organ, office_zh="委員", starts_on=dt.date(2004, 1, 1), **published) for organ in organs
    )
    tashkent.events.add(*events)
    border.events.add(*events)
    border.instruments.add(*instruments)


@pytest.fixture(scope="module")
def query_counts(django_db_setup, django_db_blocker):
    """Each page's number of queries on the seed, and on the seed plus an archive ten times its size."""
    with django_db_blocker.unblock(), transaction.atomic():
        # As after the archive is generated below, in a transaction that has written: the counts kept
        # per generation are counted afresh on both sides (archive.generation.per_generation).
        bump(connection)
        client = Client()
        on_the_seed = queries_per_page(client)
        call_command("generate_archive", scale=10, stdout=io.StringIO())
        grow_around_the_pages()
        ten_times_larger = queries_per_page(client)
        transaction.set_rollback(True)
    return on_the_seed, ten_times_larger


@pytest.mark.parametrize("page", list(COUNTED_PAGES))
@pytest.mark.slow
def test_query_count_does_not_grow_with_the_data(query_counts, page):
    (on_the_seed, _), (ten_times_larger, _) = (counts[page] for counts in query_counts)
    assert ten_times_larger == on_the_seed, f"{on_the_seed} queries on the seed, {ten_times_larger} at 10×"
    limit = COUNTED_PAGES[page][1]
    if limit is not None:
        assert on_the_seed <= limit


# Downloads hold the whole filtered archive by design (streamed, not held in memory); a sitemap
# section is for crawlers, bounded by its number of addresses (test_a_sitemap_section_is_paged…).
UNBOUNDED = {name for name, (path, _) in COUNTED_PAGES.items() if path.endswith((".csv", ".json", ".xlsx"))} | {"sitemap section"}
PAGE_SIZE_LIMIT = 300_000


@pytest.mark.parametrize("page", [name for name in COUNTED_PAGES if name not in UNBOUNDED])
def test_no_page_is_over_300_kb_at_ten_times_the_archive(query_counts, page):
    _, (_, size) = (counts[page] for counts in query_counts)
    assert size <= PAGE_SIZE_LIMIT, f"{COUNTED_PAGES[page][0]}: {size} bytes at 10×"


LISTS = {
    "/events/": lambda n: factories.event(published=True, slug=f"other-2004-many-{n}"),
    "/instruments/": lambda n: factories.instrument(published=True, slug=f"agreement-2004-many-{n}"),
    "/states/": lambda n: factories.state(published=True),
    "/people/": lambda n: factories.person(published=True),
    "/places/": lambda n: factories.place(published=True),
    "/sources/": lambda n: factories.source(published=True),
    "/topics/": lambda n: factories.topic(published=True),
}


@pytest.mark.parametrize("path", LISTS)
def test_a_list_shows_50_rows_a_page_and_the_rest_on_the_next(client, path):
    for number in range(60):
        LISTS[path](number)
    first = client.get(path)
    total = first.context["paginator"].count
    assert total > 60 and len(first.context["object_list"]) == 50
    assert 'rel="next"' in first.content.decode()
    pages = [first] + [client.get(path, {"page": number}) for number in range(2, first.context["paginator"].num_pages + 1)]
    slugs = [record.slug for page in pages for record in page.context["object_list"]]
    assert len(slugs) == len(set(slugs)) == total


def test_the_bibliography_stays_grouped_by_kind_on_each_page(client):
    for number in range(60):
        factories.source(published=True, kind="article" if number % 2 else "book")
    html = client.get("/en/sources/", {"page": 2}).content.decode()
    assert html.count('<section aria-labelledby="kind-') >= 1
    assert html.count("<h2") == html.count('<section aria-labelledby="kind-')


def test_what_a_source_supports_is_paginated_in_the_chapters_order(client):
    source = Source.objects.get(slug="thesis-chapter-2")
    first = client.get(source.get_absolute_url())
    supports = first.context["supports"]
    assert supports.paginator.num_pages > 1 and len(supports.object_list) == 50
    items = []
    for number in range(1, supports.paginator.num_pages + 1):
        items += list(client.get(source.get_absolute_url(), {"page": number}).context["supports"].object_list)
    cited = [citation for _record, citations in items for citation in citations]  # each record once, with its places
    # the chapter's order: a section by its numbers, a footnote at the paragraph its marker stands in
    firsts = [citations[0].chapter_order for _record, citations in items]
    assert firsts == sorted(firsts)
    assert any(citations[0].footnote for _record, citations in items[:50]), "the chapter's own footnotes come among its sections"
    published = Citation.objects.published().filter(source=source)
    assert len(cited) == len({c.pk for c in cited}) == sum(1 for c in published if c.target.is_published)


def test_search_costs_at_most_two_queries_per_record_type(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(18):
        assert client.get("/search/?q=上海").status_code == 200


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


def test_the_figures_are_50_a_page_table_2_2_first(client):
    """The chapter's 34 figures fit one page with Table 2-2 first (its 8 cells, lines 331–338); 40
    more figures of another passage move the last of them to a second page, and the page stays 50 rows."""
    first = client.get("/statistics/").content.decode()
    assert first.split('<h2 id="ds-')[1].startswith("table-2-2")
    assert 'rel="next"' not in first
    for _ in range(40):
        factories.statistic(published=True, dataset="zz-test-passage")
    first, second = (client.get("/statistics/", {"page": number}).content.decode() for number in (1, 2))
    rows = first.count('data-label="Indicator"') + first.count('data-label="指標"')
    assert rows == 50
    assert 'id="ds-table-2-2"' in first and 'id="ds-table-2-2"' not in second
    assert 'id="ds-zz-test-passage"' in second
    assert client.get("/statistics/", {"page": 9}).status_code == 404
