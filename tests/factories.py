"""Small factories for behaviour tests: records of their own, so that a test about drafts, history or
rules does not depend on which record the seed happens to hold.

Each function saves one record with sensible defaults (a draft unless ``published=True``) and takes any
field as a keyword. Slugs are unique within a session. Content tests keep using the seed.
"""

from __future__ import annotations

import datetime as dt
import itertools

from archive.models import (
    CITATION_TARGETS,
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
    Phase,
    Place,
    Source,
    State,
    Statistic,
    Status,
    Topic,
)

_numbers = itertools.count(1)


def unique(prefix: str) -> str:
    return f"{prefix}-{next(_numbers)}"


def status(published: bool) -> str:
    return Status.PUBLISHED if published else Status.DRAFT


def state(*, published: bool = False, **fields) -> State:
    slug = fields.pop("slug", None) or unique("test-state")
    return State.objects.create(**{"slug": slug, "name_zh": f"測試國{slug}", "status": status(published)} | fields)


def place(*, published: bool = False, **fields) -> Place:
    slug = fields.pop("slug", None) or unique("test-place")
    return Place.objects.create(**{"slug": slug, "name_zh": f"測試地{slug}", "status": status(published)} | fields)


def topic(*, published: bool = False, **fields) -> Topic:
    slug = fields.pop("slug", None) or unique("test-topic")
    return Topic.objects.create(**{"slug": slug, "name_zh": f"測試主題{slug}", "status": status(published)} | fields)


def person(*, published: bool = False, **fields) -> Person:
    slug = fields.pop("slug", None) or unique("test-person")
    return Person.objects.create(**{"slug": slug, "name_zh": f"測試人{slug}", "status": status(published)} | fields)


def source(*, published: bool = False, **fields) -> Source:
    slug = fields.pop("slug", None) or unique("test-source")
    return Source.objects.create(**{"slug": slug, "kind": "article", "title": f"測試文獻 {slug}", "status": status(published)} | fields)


new_source = source  # for citation(), whose ``source`` argument hides this function


def phase(*, published: bool = False, **fields) -> Phase:
    number = next(_numbers)
    defaults = {
        "slug": f"test-phase-{number}",
        "title_zh": "測試階段",
        "ordinal": 100 + number,
        "start_year": 2005,
        "end_year": 2006,
        "status": status(published),
    }
    return Phase.objects.create(**defaults | fields)


def event(*, published: bool = False, **fields) -> Event:
    slug = fields.pop("slug", None) or unique("other-2004-test")
    defaults = {
        "slug": slug,
        "kind": "other",
        "title_zh": f"測試事件{slug}",
        "held_on": dt.date(2004, 1, 1),
        "held_precision": "day",
        "status": status(published),
    }
    return Event.objects.create(**defaults | fields)


def instrument(*, published: bool = False, **fields) -> Instrument:
    slug = fields.pop("slug", None) or unique("agreement-2004-test")
    defaults = {
        "slug": slug,
        "kind": "agreement",
        "title_zh": f"測試協定{slug}",
        "signed_on": dt.date(2004, 1, 1),
        "signed_precision": "day",
        "status": status(published),
    }
    return Instrument.objects.create(**defaults | fields)


def organ(parent: Organ | None = None, *, published: bool = False, **fields) -> Organ:
    """A root organ, or the last child of ``parent``: always through treebeard's manager."""
    slug = fields.pop("slug", None) or unique("test-organ")
    create_kwargs = {"slug": slug, "kind": "permanent", "name_zh": f"測試機構{slug}", "status": status(published)} | fields
    if parent is None:
        return Organ.objects.add_root(create_kwargs=create_kwargs)
    return Organ.objects.add_child(Organ.objects.get(pk=parent.pk), create_kwargs=create_kwargs)


def participation(event: Event, state: State, *, published: bool = False, **fields) -> Participation:
    return Participation.objects.create(event=event, state=state, **{"role": "member", "status": status(published)} | fields)


def party(instrument: Instrument, state: State, *, published: bool = False, **fields) -> InstrumentParty:
    return InstrumentParty.objects.create(instrument=instrument, state=state, **{"status": status(published)} | fields)


def relation(source: Instrument, target: Instrument, *, published: bool = False, **fields) -> InstrumentRelation:
    return InstrumentRelation.objects.create(source=source, target=target, **{"kind": "supplements", "status": status(published)} | fields)


def membership(state: State, *, published: bool = False, **fields) -> Membership:
    defaults = {"framework": "sco", "role": "member", "starts_on": dt.date(2001, 6, 15), "status": status(published)}
    return Membership.objects.create(state=state, **defaults | fields)


def appointment(person: Person, organ: Organ, *, published: bool = False, **fields) -> Appointment:
    defaults = {"office_zh": "測試職位", "starts_on": dt.date(2004, 1, 15), "status": status(published)}
    return Appointment.objects.create(person=person, organ=organ, **defaults | fields)


def seat(organ: Organ, place: Place, *, published: bool = False, **fields) -> OrganSeat:
    return OrganSeat.objects.create(organ=organ, place=place, **{"decided_on": dt.date(2004, 1, 1), "status": status(published)} | fields)


def statistic(*, published: bool = False, **fields) -> Statistic:
    number = next(_numbers)
    defaults = {
        "dataset": "test-dataset",
        "dataset_title": "測試數據",
        "indicator": f"test-indicator-{number}",
        "indicator_zh": "測試指標",
        "value_as_printed": "1~2",
        "low": 1,
        "high": 2,
        "status": status(published),
    }
    return Statistic.objects.create(**defaults | fields)


def citation(record, *, source: Source | None = None, published: bool = False, **fields) -> Citation:
    """A citation of ``record`` (an event, instrument, organ …) by a section of ``source`` (a new source if none)."""
    target = next(name for name in CITATION_TARGETS if isinstance(record, Citation._meta.get_field(name).related_model))
    defaults = {"section": unique("第一節 測試"), "status": status(published)}
    return Citation.objects.create(source=source or new_source(published=published), **{target: record} | defaults | fields)
