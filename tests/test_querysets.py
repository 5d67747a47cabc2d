"""The filters events and instruments share as QuerySet methods: the chronology, the lists and the
downloads all read through them. A draft organ, state or topic filters like an unknown slug."""

import datetime as dt

import pytest

from archive.models import Event, Instrument, InstrumentParty, Organ, Participation, State, Topic

pytestmark = pytest.mark.django_db

PUBLISHED, DRAFT = "published", "draft"


@pytest.fixture
def world():
    """A few records in 1901–1903, years the seed does not reach, with a draft of each kind of filter."""
    topic = Topic.objects.create(slug="f-topic", name_en="Topic", status=PUBLISHED)
    draft_topic = Topic.objects.create(slug="f-draft-topic", name_en="Draft topic", status=DRAFT)
    state = State.objects.create(slug="f-state", name_en="State", status=PUBLISHED)
    draft_state = State.objects.create(slug="f-draft-state", name_en="Draft state", status=DRAFT)
    organ = Organ.objects.add_root(create_kwargs={"slug": "f-organ", "name_en": "Organ", "kind": "permanent", "status": PUBLISHED})
    draft_organ = Organ.objects.add_root(create_kwargs={"slug": "f-draft-organ", "name_en": "Draft", "kind": "permanent", "status": DRAFT})

    def event(slug, kind, held_on, status=PUBLISHED, **fields):
        return Event.objects.create(slug=slug, kind=kind, title_en=slug, held_on=held_on, status=status, **fields)

    summit = event("f-summit", "summit", dt.date(1901, 3, 1), framework="sco", organ=organ, host=state)
    summit.topics.set([topic, draft_topic])
    Participation.objects.create(event=summit, state=state, status=PUBLISHED)  # also the host: still one row
    talks = event("f-talks", "talks", dt.date(1902, 5, 1), framework="bilateral", organ=draft_organ)
    talks.topics.set([draft_topic])
    Participation.objects.create(event=talks, state=state, status=PUBLISHED)
    Participation.objects.create(event=talks, state=draft_state, status=PUBLISHED)
    visit = event("f-visit", "visit", dt.date(1903, 1, 1))
    Participation.objects.create(event=visit, state=state, status=DRAFT)
    undated = event("f-undated", "other", None)
    draft_meeting = event("f-draft-meeting", "summit", dt.date(1903, 6, 1), status=DRAFT, organ=organ)

    def instrument(slug, kind, signed_on, **fields):
        return Instrument.objects.create(slug=slug, kind=kind, title_en=slug, signed_on=signed_on, status=PUBLISHED, **fields)

    agreement = instrument("f-agreement", "agreement", dt.date(1901, 3, 1), event=summit)
    agreement.topics.set([topic])
    InstrumentParty.objects.create(instrument=agreement, state=state, action="signed", status=PUBLISHED)
    InstrumentParty.objects.create(instrument=agreement, state=state, action="ratified", status=PUBLISHED)
    treaty = instrument("f-treaty", "treaty", dt.date(1902, 1, 1))
    InstrumentParty.objects.create(instrument=treaty, state=state, status=DRAFT)
    InstrumentParty.objects.create(instrument=treaty, state=draft_state, status=PUBLISHED)
    organ.legal_basis.set([treaty])
    memorandum = instrument("f-memorandum", "memorandum", dt.date(1903, 6, 1), event=draft_meeting)
    return {
        "events": Event.objects.filter(slug__startswith="f-"),
        "instruments": Instrument.objects.filter(slug__startswith="f-"),
        "summit": summit,
        "talks": talks,
        "visit": visit,
        "undated": undated,
        "draft_meeting": draft_meeting,
        "agreement": agreement,
        "treaty": treaty,
        "memorandum": memorandum,
    }


def slugs(queryset) -> list[str]:
    found = list(queryset.values_list("slug", flat=True))
    assert len(found) == len(set(found)), "no record twice"
    return sorted(found)


def test_of_kind_and_in_framework(world):
    events = world["events"]
    assert slugs(events.of_kind("summit")) == ["f-draft-meeting", "f-summit"]
    assert slugs(events.in_framework("bilateral")) == ["f-talks"]
    assert slugs(world["instruments"].of_kind("treaty")) == ["f-treaty"]


def test_an_empty_value_filters_nothing(world):
    events = world["events"]
    everything = slugs(events)
    assert len(everything) == 5
    for filtered in (
        events.of_kind(""),
        events.in_framework(""),
        events.in_years(None, None),
        events.with_organ(""),
        events.with_state(""),
        events.with_topic(""),
    ):
        assert slugs(filtered) == everything


def test_in_years_includes_both_ends_and_leaves_out_undated_records(world):
    events = world["events"].published()
    assert slugs(events.in_years(1901, 1901)) == ["f-summit"]
    assert slugs(events.in_years(1902, None)) == ["f-talks", "f-visit"]
    assert slugs(events.in_years(None, 1902)) == ["f-summit", "f-talks"]
    assert slugs(events.in_years(1902, 1901)) == []
    assert "f-undated" not in slugs(events.in_years(1, 9999))
    assert slugs(world["instruments"].in_years(1902, 1903)) == ["f-memorandum", "f-treaty"]


def test_years_are_the_published_records_years_in_order_undated_and_drafts_left_out(world):
    Event.objects.create(slug="f-early", kind="other", title_en="early", held_on=dt.date(999, 12, 31), status=PUBLISHED)
    events = world["events"].published()
    assert events.years() == [999, 1901, 1902, 1903]  # 1903's draft meeting is not counted; the visit is
    assert world["instruments"].published().filter(slug__in=["f-agreement", "f-treaty"]).years() == [1901, 1902]
    assert events.filter(slug="f-undated").years() == []


def test_with_date_leaves_out_undated_records(world):
    assert "f-undated" in slugs(world["events"])
    assert "f-undated" not in slugs(world["events"].with_date())


def test_with_organ_reads_only_published_organs_and_meetings(world):
    events, instruments = world["events"].published(), world["instruments"].published()
    assert slugs(events.with_organ("f-organ")) == ["f-summit"]
    assert slugs(events.with_organ("f-draft-organ")) == slugs(events.with_organ("no-such-organ")) == []
    # signed at the organ's meeting, or its legal basis; not signed at a draft meeting of it
    assert slugs(instruments.with_organ("f-organ")) == ["f-agreement", "f-treaty"]
    assert slugs(instruments.with_organ("f-draft-organ")) == []


def test_with_state_reads_only_published_states_participations_and_parties(world):
    events, instruments = world["events"].published(), world["instruments"].published()
    assert slugs(events.with_state("f-state")) == ["f-summit", "f-talks"], "host or published participation, not a draft one"
    assert slugs(events.with_state("f-draft-state")) == slugs(events.with_state("no-such-state")) == []
    assert slugs(instruments.with_state("f-state")) == ["f-agreement"], "one row for two actions; not a draft party"
    assert slugs(instruments.with_state("f-draft-state")) == []


def test_with_topic_reads_only_published_topics(world):
    events, instruments = world["events"].published(), world["instruments"].published()
    assert slugs(events.with_topic("f-topic")) == ["f-summit"]
    assert slugs(events.with_topic("f-draft-topic")) == slugs(events.with_topic("no-such-topic")) == []
    assert slugs(instruments.with_topic("f-topic")) == ["f-agreement"]
    assert slugs(instruments.with_topic("f-draft-topic")) == []


def test_filters_chain_and_the_manager_keeps_natural_keys(world):
    found = Instrument.objects.published().of_kind("agreement").with_state("f-state").with_topic("f-topic").in_years(1901, 1901)
    assert slugs(found) == ["f-agreement"]
    found = Event.objects.published().of_kind("summit").in_framework("sco").with_organ("f-organ").with_state("f-state")
    assert slugs(found.in_years(1901, 1901)) == ["f-summit"]
    assert Event.objects.get_by_natural_key("f-summit") == world["summit"]
    assert Instrument.objects.get_by_natural_key("f-treaty") == world["treaty"]
