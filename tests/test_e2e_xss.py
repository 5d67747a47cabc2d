"""Every text an editor can enter is inert on public pages.

Script payloads go into every text field of a published meeting, instrument, organ and the records
around them (participation, party, relation, seat, head, citation, source, person, place, state,
topic, phase, figures). Each public page that shows them is then read twice: by Chromium, with a trap
that any executed payload springs, and as raw HTML from the test client, which must hold only the
escaped form — the second proof does not depend on a Content-Security-Policy blocking inline code.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from types import SimpleNamespace

import pytest
from django.db import models
from django.utils import translation
from django.utils.html import escape

from archive.languages import localized
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
    Phase,
    Place,
    Source,
    State,
    Statistic,
    Topic,
)

PUBLISHED = "published"
JS_URL = "javascript:window.__xss=1"
TRAP = "window.__xss = 0;"
LANGUAGES = {"zh-hant": "", "en": "/en"}

# Raw fragments that exist only if a payload reached the page unescaped (their escaped forms read
# "&lt;script&gt;", "onerror=&quot;" …).
FORBIDDEN = ("<script>window.__xss", "<img src=x", 'onerror="window', "<svg onload", "<svg/onload", "<u>q</u>")
JS_ATTRIBUTE = re.compile(r"""(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*javascript:""", re.IGNORECASE)
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def payload(max_length: int | None, label: str) -> str:
    """The longest of the payloads that fits the field; each names its field, so a payload that
    runs says where it came from (window.__xss == 'Event.title_zh')."""
    tag = f"'{label}'"
    candidates = [
        f'<script>window.__xss={tag}</script><img src=x onerror="window.__xss={tag}">"><svg onload=window.__xss={tag}>',
        f"<script>window.__xss={tag}</script>",
        f'<img src=x onerror="window.__xss={tag}">',
        f'"><svg onload=window.__xss={tag}>',
        '<img src=x onerror="window.__xss=1">',
        "<svg/onload=__xss=1>",  # 20 characters
        '"><u>q</u>',  # 10: breaks out of an attribute
    ]
    return next((c for c in candidates if max_length is None or len(c) <= max_length), '"<u>'[:max_length])


def text_fields(model) -> list[models.Field]:
    """Every free-text field an editor fills in (not choices, slugs, the tree path or derived columns)."""
    return [
        field
        for field in model._meta.get_fields()
        if isinstance(field, models.CharField | models.TextField)
        and field.editable
        and not field.choices
        and not isinstance(field, models.SlugField)
        and field.name != "path"
    ]


def payloads(model, **overrides) -> dict[str, str]:
    values = {field.name: payload(field.max_length, f"{model.__name__}.{field.name}") for field in text_fields(model)}
    # A page shows one note (and term): its own language's, else the other's. With the English left
    # empty, pages in both languages show the Chinese one, the English pages through the fallback.
    values |= {name: "" for name in ("note_en", "term_en") if name in values}
    return values | overrides


def store_payloads() -> SimpleNamespace:
    """Published records whose every text field holds a payload, tied to the seed where pages list them."""
    china = State.objects.get(slug="china")
    shanghai = Place.objects.get(slug="shanghai")
    charter = Instrument.objects.get(slug="charter-2002-06-sco")
    day = dt.date(2001, 6, 20)

    state = State.objects.create(slug="xss-state", status=PUBLISHED, **payloads(State))
    place = Place.objects.create(slug="xss-place", state=state, status=PUBLISHED, **payloads(Place))
    topic = Topic.objects.create(slug="xss-topic", status=PUBLISHED, **payloads(Topic))
    phase = Phase.objects.create(slug="xss-phase", ordinal=99, start_year=2005, end_year=2006, status=PUBLISHED, **payloads(Phase))
    person = Person.objects.create(slug="xss-person", citizenship=china, status=PUBLISHED, **payloads(Person))
    source = Source.objects.create(
        slug="xss-source",
        kind="web",
        issued_on=dt.date(2001, 1, 1),
        issued_precision="year",
        status=PUBLISHED,
        **payloads(Source, url=JS_URL),
    )
    organ = Organ.objects.add_child(
        Organ.objects.get(slug="sco-permanent-bodies"),
        create_kwargs={"slug": "xss-organ", "kind": "permanent", "established_on": dt.date(2001, 6, 15), "status": PUBLISHED}
        | payloads(Organ),
    )
    event = Event.objects.create(
        slug="xss-event", kind="summit", framework="sco", held_on=day, organ=organ, host=state, status=PUBLISHED, **payloads(Event)
    )
    event.places.set([shanghai, place])
    event.topics.set([topic])
    instrument = Instrument.objects.create(
        slug="xss-instrument", kind="agreement", signed_on=day, event=event, place=place, status=PUBLISHED, **payloads(Instrument)
    )
    instrument.topics.set([topic])
    organ.legal_basis.set([instrument])
    participation = Participation.objects.create(event=event, state=china, person=person, status=PUBLISHED, **payloads(Participation))
    party = InstrumentParty.objects.create(instrument=instrument, state=china, status=PUBLISHED, **payloads(InstrumentParty))
    relation = InstrumentRelation.objects.create(
        source=instrument, kind="supplements", target=charter, status=PUBLISHED, **payloads(InstrumentRelation)
    )
    seat = OrganSeat.objects.create(organ=organ, place=place, decided_on=day, decided_by=event, status=PUBLISHED, **payloads(OrganSeat))
    appointment = Appointment.objects.create(
        person=person, organ=organ, starts_on=day, appointed_by=event, status=PUBLISHED, **payloads(Appointment)
    )
    # One figure in the chapter's table (drawn as an inline SVG chart), one in a dataset of its own.
    figures = [
        Statistic.objects.create(
            dataset=dataset, indicator="xss-indicator", state=china, low=1, high=2, position=999, status=PUBLISHED, **payloads(Statistic)
        )
        for dataset in ("table-2-2", "xss-dataset")
    ]
    citations = [
        Citation.objects.create(source=source, footnote=99, status=PUBLISHED, **{target: record}, **payloads(Citation))
        for target, record in [
            ("event", event),
            ("instrument", instrument),
            ("organ", organ),
            ("person", person),
            ("seat", seat),
            ("appointment", appointment),
            ("statistic", figures[0]),
        ]
    ]
    return SimpleNamespace(
        state=state,
        place=place,
        topic=topic,
        phase=phase,
        person=person,
        source=source,
        organ=organ,
        event=event,
        instrument=instrument,
        participation=participation,
        party=party,
        relation=relation,
        seat=seat,
        appointment=appointment,
        figures=figures,
        citations=citations,
    )


def stored_payloads(records: SimpleNamespace) -> set[str]:
    """Every payload stored, as written: none may reach a page verbatim."""
    rows = [value for value in vars(records).values() if isinstance(value, models.Model)]
    rows += records.figures + records.citations
    return {
        value
        for row in rows
        for field in text_fields(type(row))
        if (value := getattr(row, field.name)) and any(char in value for char in '<>"')
    }


SEARCH_WORD = "__xss"
PAGES = [
    "/",
    "/chronology/",
    "/chronology/2001/",
    "/chronology/2001/?organ=xss-organ&topic=xss-topic",
    "/events/",
    "/events/?year=2001",
    "/events/xss-event/",
    "/instruments/",
    "/instruments/?topic=xss-topic&state=china",
    "/instruments/xss-instrument/",
    "/instruments/charter-2002-06-sco/",
    "/organs/",
    "/organs/chart.svg",
    "/organs/xss-organ/",
    "/organs/sco-permanent-bodies/",
    "/states/",
    "/states/xss-state/",
    "/states/china/",
    "/people/",
    "/people/xss-person/",
    "/places/",
    "/places/xss-place/",
    "/places/shanghai/",
    "/sources/",
    "/sources/?page=2",  # web pages come last in the bibliography: the payload source is on page 2
    "/sources/xss-source/",
    "/topics/",
    "/topics/xss-topic/",
    "/phases/",
    "/statistics/",
    f"/search/?q={SEARCH_WORD}",
    f"/search/?q={SEARCH_WORD}&type=organ",
    # The query itself is echoed in the title, the search box and the result line.
    "/search/?q=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E%22%3E%3Cimg+src%3Dx+onerror%3Dwindow.__xss%3D1%3E",
]
DETAIL_PAGES = {
    "/events/xss-event/": "event",
    "/instruments/xss-instrument/": "instrument",
    "/organs/xss-organ/": "organ",
    "/people/xss-person/": "person",
    "/states/xss-state/": "state",
    "/places/xss-place/": "place",
    "/topics/xss-topic/": "topic",
    "/sources/xss-source/": "source",
}


def expected_texts(records: SimpleNamespace, language: str) -> dict[str, list[str]]:
    """What each page must show as literal text, in the page's language."""
    r = records
    with translation.override(language):
        en = language == "en"

        def local(row, field):
            return getattr(row, f"{field}_en" if en else f"{field}_zh")

        shown = {
            "/": [r.phase],
            "/chronology/2001/": [r.event, r.instrument, r.place],
            "/chronology/2001/?organ=xss-organ&topic=xss-topic": [r.event],
            "/events/": [r.event, r.place],
            "/events/?year=2001": [r.event],
            "/events/xss-event/": [
                r.event,
                r.event.date_as_printed,
                local(r.event, "summary"),
                r.event.note_zh,
                r.place,
                r.state,
                r.organ,
                r.topic,
                r.person,
                local(r.participation, "capacity"),
                r.instrument,
                r.source,
                r.citations[0].pages,
                r.citations[0].section,
                r.citations[0].note_zh,
                *r.event.forms().values(),
            ],
            "/instruments/": [r.instrument, r.event, r.instrument.appendix],
            "/instruments/?topic=xss-topic&state=china": [r.instrument],
            "/instruments/xss-instrument/": [
                r.instrument,
                local(r.instrument, "validity"),
                local(r.instrument, "summary"),
                r.instrument.note_zh,
                r.party.side,
                r.place,
                r.event,
                r.topic,
                r.organ,
                r.source,
                *r.instrument.forms().values(),
            ],
            "/instruments/charter-2002-06-sco/": [r.instrument],
            "/organs/": [r.organ, r.place, r.person, localized(r.appointment, "office")],
            "/organs/chart.svg": [r.organ, r.place, r.person],
            "/organs/xss-organ/": [
                r.organ,
                local(r.organ, "frequency"),
                local(r.organ, "chair_rule"),
                local(r.organ, "composition"),
                local(r.organ, "functions"),
                r.organ.note_zh,
                r.place,
                r.person,
                localized(r.appointment, "office"),
                r.appointment.term_zh,
                r.instrument,
                r.event,
                r.source,
                *r.organ.forms().values(),
            ],
            "/organs/sco-permanent-bodies/": [r.organ],
            "/states/": [r.state, r.state.name_ru],
            "/states/xss-state/": [r.state, r.state.note_zh, r.event, *r.state.forms().values()],
            "/states/china/": [r.event, r.instrument, r.person],
            "/people/": [r.person.sort_name if en else r.person, r.person.name_ru, local(r.person, "description")],
            "/people/xss-person/": [
                r.person,
                local(r.person, "description"),
                r.person.note_zh,
                r.organ,
                r.event,
                localized(r.appointment, "office"),
            ],
            "/places/": [r.place, r.state],
            "/places/xss-place/": [r.place, r.place.note_zh, r.state, r.event, r.instrument, r.organ],
            "/places/shanghai/": [r.event],
            "/sources/?page=2": [
                r.source,
                r.source.authors,
                r.source.container,
                r.source.publisher,
                r.source.date_as_printed,
                r.source.url,
            ],
            "/sources/xss-source/": [
                r.source,
                r.source.title_en,
                r.source.authors,
                r.source.container,
                r.source.publisher,
                r.source.publication_place,
                r.source.date_as_printed,
                r.source.pages,
                r.source.url,
                r.source.as_printed,
                r.source.note_zh,
                r.citations[0].pages,
                r.event,
                r.instrument,
                r.organ,
                r.person,
            ],
            "/topics/": [r.topic],
            "/topics/xss-topic/": [r.topic, r.event, r.instrument],
            "/phases/": [r.phase, local(r.phase, "summary")],
            "/statistics/": [
                localized(r.figures[1], "dataset_title"),
                local(r.figures[0], "indicator"),
                r.figures[0].value_as_printed,
                localized(r.figures[0], "unit"),
                localized(r.figures[0], "scope"),
                r.figures[0].note_zh,
            ],
            f"/search/?q={SEARCH_WORD}": [r.event, r.instrument, r.organ, r.state, r.person, r.place, r.source, r.topic],
            f"/search/?q={SEARCH_WORD}&type=organ": [r.organ],
        }
        return {path: [str(item) for item in items if item] for path, items in shown.items()}


def heading(records: SimpleNamespace, path: str, language: str) -> str:
    with translation.override(language):
        return str(getattr(records, DETAIL_PAGES[path]))


# ---- raw HTML: inert whatever the Content-Security-Policy says -------------------------------------


FOREIGN_MARK = re.compile(r'<span lang="(?:en|ru|zh-Hant)">|</span>')


def raw_problems(html: str, stored: set[str]) -> list[str]:
    problems = [f"raw fragment {fragment!r}" for fragment in FORBIDDEN if fragment in html]
    problems += [f"stored payload verbatim: {value[:60]!r}" for value in stored if value in html]
    problems += [f"javascript: URL in {match.group(0)!r}" for match in JS_ATTRIBUTE.finditer(html)]
    return problems


@pytest.mark.django_db
@pytest.mark.slow
def test_public_pages_hold_only_the_escaped_payloads_in_their_html(client):
    records = store_payloads()
    stored = stored_payloads(records)
    assert len(stored) > 100, "a payload in every text field"
    problems = []
    for language, prefix in LANGUAGES.items():
        expected = expected_texts(records, language)
        for path in PAGES:
            response = client.get(prefix + path)
            assert response.status_code == 200, f"{prefix}{path}: {response.status_code}"
            html = response.content.decode()
            problems += [f"{prefix}{path}: {problem}" for problem in raw_problems(html, stored)]
            # Passages in another script than the page's are wrapped in <span lang> (archive.languages).
            text_of_page = FOREIGN_MARK.sub("", html)
            problems += [
                f"{prefix}{path}: escaped text missing: {text[:60]!r}"
                for text in expected.get(path, [])
                if escape(text) not in text_of_page
            ]
        event_page = client.get(prefix + "/events/xss-event/").content.decode()
        assert "&lt;script&gt;window.__xss=" in event_page
        # The schema.org block carries the title intact, with every "<" and ">" escaped for JSON.
        (block,) = JSON_LD.findall(event_page)
        assert "<" not in block and ">" not in block
        assert json.loads(block)["name"] == heading(records, "/events/xss-event/", language)
    sitemap = client.get("/sitemap-event.xml").content.decode() + client.get("/sitemap-organ.xml").content.decode()
    assert "/events/xss-event/" in sitemap and "/en/organs/xss-organ/" in sitemap
    assert not raw_problems(sitemap, stored)
    assert not problems, "\n".join(problems)


@pytest.mark.django_db
def test_downloads_of_the_chronology_are_not_served_as_html(client):
    store_payloads()
    for path, content_type in (("/chronology.json", "application/json"), ("/chronology.csv", "text/csv")):
        response = client.get(path)
        assert response["Content-Type"].startswith(content_type)
        assert response["Content-Disposition"].startswith("attachment")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "xss-event" in response.getvalue().decode()


@pytest.mark.django_db
def test_admin_lists_and_forms_escape_the_payloads(admin_client_logged_in):
    records = store_payloads()
    stored = stored_payloads(records)
    pages = [f"/admin/archive/{name}/" for name in ("event", "instrument", "organ", "person", "source", "citation", "participation")]
    pages += [f"/admin/archive/{row._meta.model_name}/{row.pk}/change/" for row in (records.event, records.instrument, records.organ)]
    pages += [f"/admin/archive/event/?q={SEARCH_WORD}"]
    problems = []
    for path in pages:
        response = admin_client_logged_in.get(path)
        assert response.status_code == 200, path
        problems += [f"{path}: {problem}" for problem in raw_problems(response.content.decode(), stored)]
    assert not problems, "\n".join(problems)


# ---- Chromium: nothing runs, and the payloads read as text -----------------------------------------

PROBE = """() => {
  const attribute = (e) =>
    e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || e.getAttribute('xlink:href') || '';
  return {
    xss: window.__xss,
    text: document.body ? document.body.innerText : document.documentElement.textContent,
    jsLinks: Array.from(document.querySelectorAll('[href], [src], [action], [*|href]'))
      .filter((e) => /^\\s*javascript:/i.test(attribute(e))).map((e) => e.outerHTML.slice(0, 120)),
    injected: Array.from(document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], u'))
      .filter((e) => e.localName !== 'u' || e.textContent === 'q').map((e) => e.outerHTML.slice(0, 120)),
    scripts: Array.from(document.querySelectorAll('script'))
      .filter((s) => s.getAttribute('type') !== 'application/ld+json' && s.textContent.includes('__xss'))
      .map((s) => s.outerHTML.slice(0, 120)),
  };
}"""


@pytest.mark.browser
@pytest.mark.slow
def test_no_payload_runs_in_chromium_and_each_reads_as_literal_text(live_site, page):
    records = store_payloads()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.add_init_script(TRAP)
    problems = []
    for language, prefix in LANGUAGES.items():
        expected = expected_texts(records, language)
        for path in PAGES:
            where = prefix + path
            response = page.goto(live_site.url + where)
            assert response.status == 200, f"{where}: {response.status}"
            found = page.evaluate(PROBE)
            if found["xss"] != 0:
                problems.append(f"{where}: a payload ran (window.__xss = {found['xss']!r})")
            problems += [f"{where}: javascript: link {html}" for html in found["jsLinks"]]
            problems += [f"{where}: injected element {html}" for html in found["injected"]]
            problems += [f"{where}: injected script {html}" for html in found["scripts"]]
            problems += [f"{where}: not shown as text: {text[:60]!r}" for text in expected.get(path, []) if text not in found["text"]]
            if path in DETAIL_PAGES:
                title = heading(records, path, language)
                if page.locator("h1").inner_text() != title:
                    problems.append(f"{where}: h1 is {page.locator('h1').inner_text()!r}, not the stored title")
                if not page.title().startswith(title):
                    problems.append(f"{where}: <title> is {page.title()!r}")
        page.goto(f"{live_site.url}{prefix}/events/xss-event/")
        if page.locator("h1").get_by_text("<script>window.__xss='Event.title_", exact=False).count() != 1:
            problems.append(f"{prefix}/events/xss-event/: the title's <script> is not shown as text")
        summary = records.event.summary_en if language == "en" else records.event.summary_zh
        if page.locator("p.summary").inner_text() != summary:
            problems.append(f"{prefix}/events/xss-event/: the summary reads {page.locator('p.summary').inner_text()!r}")
    page.goto(live_site.url + "/sitemap-event.xml")
    assert page.evaluate("window.__xss") == 0
    assert "/events/xss-event/" in page.content()
    assert not dialogs, dialogs
    assert not problems, "\n".join(problems)
