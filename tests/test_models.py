"""Rules of the schema: in clean() with a message, and in the database where it can."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from archive.models import (
    Citation,
    Event,
    Instrument,
    InstrumentRelation,
    Membership,
    Organ,
    Source,
    State,
    Statistic,
    Status,
)
from tests import factories

pytestmark = pytest.mark.django_db


def d(text):
    return dt.date.fromisoformat(text)


def test_new_records_are_drafts_by_default():
    assert State(slug="x").status == Status.DRAFT
    assert Organ(slug="y").status == Status.DRAFT


def test_event_ending_before_it_starts_is_refused_by_clean_and_database():
    event = Event(slug="summit-2000-07-05-test", kind="summit", title_zh="測試", held_on=d("2000-07-05"), held_until=d("2000-07-04"))
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "held_until" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        event.save()


def test_month_precision_date_must_be_stored_on_the_first():
    event = Event(slug="ministerial-2000-03-test", kind="ministerial", title_zh="測試", held_on=d("2000-03-15"), held_precision="month")
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "held_on" in error.value.message_dict


def test_an_instrument_cannot_amend_itself():
    charter = Instrument.objects.get(slug="charter-2002-06-sco")
    relation = InstrumentRelation(source=charter, target=charter, kind="amends")
    with pytest.raises(ValidationError):
        relation.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        relation.save()


def test_membership_periods_of_one_state_in_one_framework_cannot_overlap():
    mongolia = State.objects.get(slug="mongolia")
    overlapping = Membership(state=mongolia, framework="sco", role="member", starts_on=d("2004-09-01"))
    with pytest.raises(ValidationError) as error:
        overlapping.full_clean()
    assert "starts_on" in error.value.message_dict
    assert "2004" in error.value.message_dict["starts_on"][0], "the message names the clashing period"


def test_a_status_may_end_the_day_the_next_begins():
    """Uzbekistan: Shanghai Five observer from 2000-07-05 until it joined as a member on 2001-06-14."""
    observer = Membership.objects.get(state__slug="uzbekistan", framework="shanghai-five", role="observer")
    member = Membership.objects.get(state__slug="uzbekistan", framework="shanghai-five", role="member")
    assert not observer.overlaps(member)
    member.full_clean()


def test_statistic_low_above_high_is_refused():
    stat = Statistic(dataset="t", dataset_title="t", indicator="i", indicator_zh="i", value_as_printed="2~1", low=2, high=1)
    with pytest.raises(ValidationError):
        stat.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        stat.save()


def test_citation_supports_exactly_one_record():
    source = Source.objects.first()
    event = Event.objects.first()
    charter = Instrument.objects.get(slug="charter-2002-06-sco")
    both = Citation(source=source, footnote=1, event=event, instrument=charter)
    with pytest.raises(ValidationError):
        both.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        both.save()
    with pytest.raises(IntegrityError), transaction.atomic():
        Citation.objects.create(source=source, footnote=1)


def test_citation_needs_a_footnote_or_a_section():
    with pytest.raises(IntegrityError), transaction.atomic():
        Citation.objects.create(source=Source.objects.first(), event=Event.objects.first())


def test_organ_path_sorts_bytewise():
    """treebeard's paths must sort byte by byte: on PostgreSQL the column has the C collation
    (migration 0002), on SQLite its default BINARY one. Paths that a language's collation would
    order otherwise (digits, capitals, punctuation, small letters) come back in byte order."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT collation_name FROM information_schema.columns WHERE table_name = 'archive_organ' AND column_name = 'path'"
            )
            assert cursor.fetchone()[0] == "C"
    tree = list(Organ.objects.values_list("path", flat=True))
    assert tree == sorted(tree, key=str.encode)
    paths = ["a000", "_000", "B000", "0000", "b000", "A000"]
    organs = [factories.organ() for _ in paths]
    for organ, path in zip(organs, paths, strict=True):
        Organ.objects.filter(pk=organ.pk).update(path=path)
    stored = list(Organ.objects.filter(pk__in=[organ.pk for organ in organs]).order_by("path").values_list("path", flat=True))
    assert stored == ["0000", "A000", "B000", "_000", "a000", "b000"]
