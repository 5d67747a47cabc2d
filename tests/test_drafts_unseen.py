"""Drafts stay unseen: a draft of every kind, whose every text field holds a marker, linked to published
records in every way the schema allows, shows up in no anonymous response of any public route."""

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import models
from django.test import Client

from archive.downloads import LISTINGS
from archive.models import (
    Appointment,
    Citation,
    Event,
    Instrument,
    InstrumentParty,
    InstrumentRelation,
    Membership,
    Organ,
    OrganSeat,
    Participation,
    Person,
    Place,
    Source,
    State,
    Statistic,
    Topic,
)
from archive.registry import page_models
from archive.sitemaps import SITEMAPS

pytestmark = [pytest.mark.django_db, pytest.mark.sweep]

MARKER = "ZQDRAFTMARKER"


def marked(model, n: int, **values):
    """An unsaved draft whose every free text field holds the marker (slugs are slugs)."""
    record = model(status="draft")
    for field in model._meta.concrete_fields:
        if isinstance(field, models.SlugField):
            setattr(record, field.name, f"{MARKER.lower()}-{n}")
        elif isinstance(field, models.CharField | models.TextField) and not field.choices and field.editable:
            setattr(record, field.name, f"{MARKER}{n}"[: field.max_length or 100])
    for name, value in values.items():
        setattr(record, name, value)
    return record


def saved(model, n: int, **values):
    record = marked(model, n, **values)
    record.save()
    return record


@pytest.fixture
def drafts_everywhere():
    """Drafts linked to published records of the seed in every way the schema allows."""
    event = Event.objects.get(slug="summit-2001-06-15-shanghai")
    instrument = Instrument.objects.get(slug="charter-2002-06-sco")
    organ = Organ.objects.get(slug="rats")
    person = Person.objects.published().first()
    state = State.objects.get(slug="china")
    day = {"precision": "day"}

    d_state = saved(State, 1)
    d_place = saved(Place, 2)
    d_topic = saved(Topic, 3)
    d_person = saved(Person, 4)
    d_source = saved(Source, 5, kind="web")
    d_organ = Organ.objects.add_child(organ, instance=marked(Organ, 6, kind="sub-body"))
    d_event = saved(Event, 7, kind="other", held_on=dt.date(2001, 6, 15))
    d_instrument = saved(Instrument, 8, kind="statement", signed_on=dt.date(2001, 6, 15))
    del day

    published = {"status": "published"}
    Event.objects.filter(pk=event.pk).update(host=d_state, organ=d_organ, part_of=d_event)
    event.places.add(d_place)
    event.topics.add(d_topic)
    instrument.topics.add(d_topic)
    Instrument.objects.filter(pk=instrument.pk).update(place=d_place, event=d_event)
    organ.legal_basis.add(d_instrument)
    Participation.objects.create(event=event, state=d_state, person=d_person, **published)
    Participation.objects.filter(event=event).exclude(state=d_state).update(person=d_person)
    InstrumentParty.objects.create(instrument=instrument, state=d_state, action="signed", **published)
    InstrumentRelation.objects.create(source=instrument, kind="implements", target=d_instrument, **published)
    Membership.objects.create(state=d_state, framework="sco", role="member", starts_on=dt.date(2001, 6, 15), **published)
    Membership.objects.filter(state=state).update(began_at=d_event)
    Appointment.objects.create(person=d_person, organ=organ, office_zh="職", starts_on=dt.date(2002, 1, 1), **published)
    Appointment.objects.create(person=person, organ=d_organ, office_zh="職", starts_on=dt.date(2002, 1, 1), **published)
    Appointment.objects.filter(person=person).update(appointed_by=d_event)
    OrganSeat.objects.create(organ=organ, place=d_place, decided_on=dt.date(2002, 6, 7), decided_by=d_event, **published)
    OrganSeat.objects.create(organ=d_organ, place=Place.objects.published().first(), decided_on=dt.date(2002, 6, 7), **published)
    Place.objects.filter(pk=Place.objects.published().first().pk).update(state=d_state)
    Person.objects.filter(pk=person.pk).update(citizenship=d_state)
    Statistic.objects.filter(pk=Statistic.objects.published().first().pk).update(state=d_state)
    Citation.objects.create(source=d_source, section="x", event=event, **published)

    # Draft rows on published records.
    saved(Citation, 9, source=Source.objects.published().first(), instrument=instrument, footnote=None)
    other_event = Event.objects.published().exclude(pk=event.pk).first()
    absent = State.objects.published().exclude(participations__event=other_event).exclude(instrument_parties__instrument=instrument).first()
    saved(Participation, 10, event=other_event, state=absent, role="member")
    saved(InstrumentParty, 11, instrument=instrument, state=absent, action="ratified")
    saved(InstrumentRelation, 12, source=instrument, kind="amends", target=Instrument.objects.published().exclude(pk=instrument.pk).first())
    saved(Membership, 13, state=state, framework="shanghai-five", role="observer", starts_on=dt.date(1990, 1, 1))
    saved(Appointment, 14, person=person, organ=organ, starts_on=dt.date(2003, 1, 1))
    saved(OrganSeat, 15, organ=organ, place=Place.objects.published().last(), decided_on=dt.date(2003, 5, 29))
    saved(Statistic, 16, dataset="table-2-2", indicator="zq-indicator", state=state, value_as_printed="1", low=1, high=1)
    return [d_state, d_place, d_topic, d_person, d_source, d_organ, d_event, d_instrument]


def public_urls() -> list[str]:
    urls = [
        "/",
        "/chronology/",
        "/chronology/2001/",
        "/chronology/2003/",
        *(f"/{name}.{extension}" for name in LISTINGS for extension in ("csv", "json")),
        "/events/",
        "/instruments/",
        "/organs/",
    ]
    urls += ["/organs/chart.svg", "/organs/?on=2001-06-15", "/organs/?on=2004-12-31", "/organs/chart.svg?on=2003-06-01"]
    urls += ["/states/", "/people/", "/places/", "/sources/", "/topics/", "/phases/", "/statistics/", "/sitemap.xml"]
    urls += [f"/sitemap-{section}.xml" for section in SITEMAPS]
    urls += [f"/search/?q={MARKER}", f"/search/?q={MARKER.lower()}", "/search/?q=上海"]
    for filter_name in ("topic", "state", "organ"):
        urls += [f"/chronology/?{filter_name}={MARKER.lower()}-{n}" for n in (1, 3, 6)]
    for entry in page_models():
        urls += [record.get_absolute_url() for record in entry.model.objects.published()]
    return urls + ["/en" + url for url in urls if not url.startswith("/sitemap")]


def test_no_public_response_shows_anything_of_a_draft(drafts_everywhere):
    reader = Client()
    leaks = []
    for url in public_urls():
        response = reader.get(url)
        assert response.status_code in (200, 400), (url, response.status_code)
        body = (b"".join(response.streaming_content) if response.streaming else response.content).decode().lower()
        for asked in parse_qs(urlsplit(url).query).values():  # what the reader typed is said back to them
            body = body.replace(asked[0].lower(), "")
        if MARKER.lower() in body:
            leaks.append(url)
    assert not leaks, f"{len(leaks)} pages show a draft, e.g. {leaks[:12]}"


def test_search_finds_no_draft_by_any_of_its_words(drafts_everywhere):
    """Scrubbing the echoed query from a search page would scrub the marker too: count results instead."""
    reader = Client()
    for query in (MARKER, MARKER.lower(), f"{MARKER}1", f"{MARKER.lower()}-3", MARKER[:8]):
        for prefix in ("", "/en"):
            assert reader.get(f"{prefix}/search/", {"q": query}).context["total"] == 0, query


def test_a_draft_page_is_404_for_a_reader(drafts_everywhere):
    reader = Client()
    for draft in drafts_everywhere:
        assert reader.get(draft.get_absolute_url()).status_code == 404, draft
