"""Reads that span relations: chronology rows, the org chart as of a day, record pages' related data.

Every public read goes through ``published()``: drafts never leave this module.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from django.db.models import Case, Count, F, IntegerField, Prefetch, Q, Value, When

from archive.generation import per_generation
from archive.models import (
    CITATION_TARGETS,
    Appointment,
    Citation,
    Event,
    EventKind,
    Instrument,
    InstrumentKind,
    InstrumentParty,
    InstrumentRelation,
    Membership,
    Organ,
    OrganSeat,
    Participation,
    Phase,
    Precision,
    SlugRedirect,
    Source,
    State,
    Statistic,
    Status,
)
from archive.models.base import Month, Year


def home_counts() -> dict[str, int]:
    """The home page's totals: the lists' lengths, kept per generation (``published_count``)."""
    models = {"events": Event, "instruments": Instrument, "organs": Organ, "states": State, "sources": Source}
    return {name: published_count(model) for name, model in models.items()}


def is_draft(record) -> bool:
    return getattr(record, "status", Status.PUBLISHED) != Status.PUBLISHED


def without_drafts(records):
    """Readers see nothing of a draft. For the records a page shows (and the rows loaded with them,
    at any depth): a relation to a draft is cleared, and a loaded list loses its drafts and the rows
    that cannot stand without a draft (a participation of a draft state, a citation of a draft
    source). Only what is already loaded is looked at, in memory; nothing is saved or queried."""
    seen: set[int] = set()

    def kept(row) -> bool:
        if is_draft(row):
            return False
        # Before clear(), which would empty the relation and leave nothing to look at.
        required = [f for f in row._meta.concrete_fields if f.many_to_one and not f.null]
        if any(f.is_cached(row) and is_draft(f.get_cached_value(row)) for f in required):
            return False
        clear(row)
        # A citation stands only with the published record it supports.
        return not isinstance(row, Citation) or row.target is not None

    def clear(row) -> None:
        if id(row) in seen:
            return
        seen.add(id(row))
        for key in row._meta.concrete_fields:
            if key.many_to_one and key.is_cached(row) and (related := key.get_cached_value(row)) is not None:
                if is_draft(related):
                    key.set_cached_value(row, None)
                else:
                    clear(related)
        for name, queryset in getattr(row, "_prefetched_objects_cache", {}).items():
            if queryset._result_cache is not None:
                row._prefetched_objects_cache[name]._result_cache = [item for item in queryset._result_cache if kept(item)]

    for record in records:
        clear(record)
    return records


def moved_record(model, old_slug: str):
    """The published record that had ``old_slug`` before a publisher changed it, if any."""
    moved = SlugRedirect.objects.filter(model=model._meta.label, old_slug=old_slug[:120]).first()
    return model.objects.published().filter(pk=moved.object_id).first() if moved else None


def published_citations(prefix: str = "citations"):
    return Prefetch(prefix, queryset=Citation.objects.published().select_related("source").order_by("footnote", "section"))


# ---- chronology and lists ---------------------------------------------------------------------


@dataclass(frozen=True)
class RecordFilters:
    """The filters of the chronology and the lists (parsed by ``archive.filters.RecordFilterForm``);
    an empty value filters nothing."""

    kind: str = ""
    framework: str = ""
    organ: str = ""
    state: str = ""
    topic: str = ""
    year_from: int | None = None
    year_to: int | None = None


NO_FILTERS = RecordFilters()


@dataclass
class ChronologyRow:
    when: dt.date
    kind: str  # "event" or "instrument"
    record: object

    @property
    def year(self) -> int:
        return self.when.year


def events(filters: RecordFilters = NO_FILTERS):
    """Published events matching the filters, for the events list and the chronology."""
    return (
        Event.objects.published()
        .of_kind(filters.kind)
        .in_framework(filters.framework)
        .with_organ(filters.organ)
        .with_state(filters.state)
        .with_topic(filters.topic)
        .in_years(filters.year_from, filters.year_to)
        .select_related("host", "organ")
        .prefetch_related("places")
    )


def instruments(filters: RecordFilters = NO_FILTERS):
    """Published instruments matching the filters, for the instruments list and the chronology."""
    return (
        Instrument.objects.published()
        .of_kind(filters.kind)
        .with_organ(filters.organ)
        .with_state(filters.state)
        .with_topic(filters.topic)
        .in_years(filters.year_from, filters.year_to)
        .select_related("place", "event")
    )


@per_generation
def published_count(model) -> int:
    """The published records of a model: a list's length, a sitemap section's."""
    return model.objects.published().count()


@per_generation
def published_years(model) -> tuple[int, ...]:
    """The years of a dated model's published records: its list's year filter."""
    return tuple(model.objects.published().years())


@per_generation
def filtered_count(select, filters: RecordFilters) -> int:
    """The length of a filtered list: ``select`` is ``events`` or ``instruments``."""
    return select(filters).count()


def chronology_querysets(filters: RecordFilters = NO_FILTERS) -> list[tuple[str, object]]:
    """The dated events and instruments the filters keep, as ("event" | "instrument", queryset).

    ``kind`` may also be "events" or "instruments": every kind of the one, none of the other.
    """
    kind = filters.kind
    found = []
    if kind in ("", "events", *EventKind.values):
        found.append(("event", events(replace(filters, kind="" if kind == "events" else kind)).with_date()))
    if kind in ("", "instruments", *InstrumentKind.values):
        found.append(("instrument", instruments(replace(filters, kind="" if kind == "instruments" else kind)).with_date()))
    return found


def chronology_rows(filters: RecordFilters = NO_FILTERS, chunk_size: int = 2000, prefetch=()) -> Iterator[ChronologyRow]:
    """Published, dated events and instruments in date order, read ``chunk_size`` at a time (each chunk
    with the ``prefetch`` lookups) so that memory stays flat whatever the archive's size; month/year
    items sit at the start of their period."""

    def rows(kind, found):
        for record in found.prefetch_related(*prefetch).order_by(found.date_field, "slug").iterator(chunk_size=chunk_size):
            yield ChronologyRow(record.main_day, kind, record)

    streams = [rows(kind, found) for kind, found in chronology_querysets(filters)]
    for row in heapq.merge(*streams, key=lambda row: (row.when, row.kind, row.record.slug)):
        without_drafts([row.record])
        yield row


@per_generation
def chronology_month_counts(filters: RecordFilters = NO_FILTERS) -> Mapping[tuple[int, int], int]:
    """How many rows the filters keep in each month, as {(year, month): count}, month 0 holding the
    rows known only to their year: one query per kind of record, whatever their number, once per
    generation (each such query reads every dated row the filters keep: 110 ms at 1000 times the seed)."""
    counts: dict[tuple[int, int], int] = {}
    for _kind, found in chronology_querysets(filters):
        per_month = (
            found.select_related(None)
            .prefetch_related(None)
            .order_by()
            .values(
                year=Year(found.date_field),
                month=Month(found.date_field),
                precision=F(f"{found.model.main_date}_precision"),
            )
            .annotate(rows=Count("pk"))
            .values_list("year", "month", "precision", "rows")
        )
        for year, month, precision, rows in per_month:
            key = (year, 0 if precision == Precision.YEAR else month)
            counts[key] = counts.get(key, 0) + rows
    return MappingProxyType(counts)


def chronology_year_counts(filters: RecordFilters = NO_FILTERS) -> dict[int, int]:
    """How many rows the filters keep in each year."""
    return year_totals(chronology_month_counts(filters))


def year_totals(month_counts: Mapping[tuple[int, int], int]) -> dict[int, int]:
    """The count of each year from the counts of its months."""
    counts: dict[int, int] = {}
    for (year, _month), rows in month_counts.items():
        counts[year] = counts.get(year, 0) + rows
    return counts


class ChronologyYear:
    """The rows of one year in date order, as a sequence ``Paginator`` can slice: the slice is one
    query over both tables (a UNION of keys), then the records of that slice only."""

    def __init__(self, filters: RecordFilters, year: int, count: int):
        self.filters, self.year, self.total = filters, year, count
        self.found = [(kind, found.in_years(year, year)) for kind, found in chronology_querysets(filters)]

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, window: slice) -> list[ChronologyRow]:
        keys = [
            found.select_related(None)
            .prefetch_related(None)
            .order_by()
            .annotate(row_day=F(found.date_field), row_kind=Value(kind), row_slug=F("slug"), row_pk=F("pk"))
            .values_list("row_day", "row_kind", "row_slug", "row_pk")
            for kind, found in self.found
        ]
        if not keys:
            return []
        union = keys[0].union(*keys[1:], all=True) if len(keys) > 1 else keys[0]
        page = list(union.order_by("row_day", "row_kind", "row_slug")[window])
        records = {}
        for kind, found in self.found:
            wanted = [pk for _day, row_kind, _slug, pk in page if row_kind == kind]
            records |= {(kind, record.pk): record for record in found.filter(pk__in=wanted)} if wanted else {}
        rows = [ChronologyRow(day, kind, records[kind, pk]) for day, kind, _slug, pk in page if (kind, pk) in records]
        without_drafts([row.record for row in rows])
        return rows


def phases():
    return list(Phase.objects.published().order_by("ordinal"))


def phase_of(year: int, all_phases: list):
    """The phase the year falls in (none before 1996)."""
    return next((p for p in all_phases if p.start_year <= year <= p.end_year), None)


def chronology_bands(year_counts: dict[int, int], all_phases: list) -> list[dict]:
    """The years that have rows, with their counts, grouped in runs of the same phase (the bands
    of the chronology's index)."""
    bands: list[dict] = []
    for year in sorted(year_counts):
        phase = phase_of(year, all_phases)
        if not bands or bands[-1]["phase"] != phase:
            bands.append({"phase": phase, "years": []})
        bands[-1]["years"].append({"year": year, "count": year_counts[year]})
    return bands


# ---- record pages ----------------------------------------------------------------------------
# Each takes the base queryset: published records for readers, every record for staff previews.


def event_detail_queryset(base):
    return base.select_related("organ", "host", "part_of").prefetch_related(
        "places",
        "topics",
        Prefetch(
            "participations",
            queryset=Participation.objects.published().select_related("state", "person").order_by("state__ru_sort_key"),
        ),
        Prefetch("instruments", queryset=Instrument.objects.published().order_by("signed_on", "slug")),
        Prefetch("side_events", queryset=Event.objects.published()),
        published_citations(),
    )


def instrument_detail_queryset(base):
    return base.select_related("place", "event").prefetch_related(
        "topics",
        Prefetch("parties", queryset=InstrumentParty.objects.published().select_related("state").order_by("side", "state__ru_sort_key")),
        Prefetch("relations_out", queryset=InstrumentRelation.objects.published().select_related("target")),
        Prefetch("relations_in", queryset=InstrumentRelation.objects.published().select_related("source")),
        Prefetch("organs_based", queryset=Organ.objects.published()),
        published_citations(),
    )


def organ_detail_queryset(base):
    return base.prefetch_related(
        "legal_basis",
        Prefetch("seats", queryset=OrganSeat.objects.published().select_related("place", "decided_by").order_by("decided_on")),
        Prefetch("appointments", queryset=Appointment.objects.published().select_related("person", "appointed_by")),
        Prefetch("events", queryset=Event.objects.published().select_related("host").order_by("held_on")),
        published_citations(),
    )


def state_detail_queryset(base):
    return base.prefetch_related(
        Prefetch("memberships", queryset=Membership.objects.published().select_related("began_at").order_by("starts_on")),
        Prefetch("events_hosted", queryset=Event.objects.published().order_by("held_on")),
        Prefetch(
            "instrument_parties",
            queryset=InstrumentParty.objects.published()
            .filter(instrument__status="published")
            .select_related("instrument")
            .prefetch_related("instrument__topics")
            .order_by("instrument__signed_on"),
        ),
        Prefetch(
            "participations",
            queryset=Participation.objects.published().filter(event__status="published").select_related("event", "person"),
        ),
    )


def source_supports(source):
    """The published citations of a source whose record is published, in the chapter's order."""
    published_target = Q()
    for name in CITATION_TARGETS:
        published_target |= Q(**{f"{name}__status": Status.PUBLISHED})
    return (
        Citation.objects.published()
        .filter(published_target, source=source)
        .select_related(*CITATION_TARGETS, "seat__organ", "seat__place", "membership__state", "appointment__person", "statistic__state")
        .order_by(F("footnote").asc(nulls_first=True), "section", "pk")  # the same order on SQLite and PostgreSQL
    )


def topic_detail_queryset(base):
    return base.prefetch_related(
        Prefetch("events", queryset=Event.objects.published().order_by("held_on")),
        Prefetch("instruments", queryset=Instrument.objects.published().order_by("signed_on")),
    )


def statistics_in_order():
    """The published figures as the page and the downloads list them: Table 2-2 first (the chapter's
    only table of figures), then the text's figures by passage and place."""
    table_first = Case(When(dataset="table-2-2", then=Value(0)), default=Value(1), output_field=IntegerField())
    return (
        Statistic.objects.published()
        .select_related("state")
        .prefetch_related(published_citations())
        .order_by(table_first, "dataset", "position", "indicator", "pk")
    )
