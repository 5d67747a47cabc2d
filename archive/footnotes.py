"""The sources block of a page and the footnote markers at the facts its citations name.

A page shows facts in an order (a record's vocabulary in ``archive.registry`` is that order, and the
rows a page lists under a fact, an organ's seats under "seat", come right after it). Citations that
name facts are numbered in the order their first fact appears; each fact carries a marker per
citation, linking to the citation's entry (``#source-N``), which links back to each marker. Citations
of the record as a whole follow, numbered on, in the block only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext

from archive.facts import fact_label
from archive.models import Citation, Organ, State
from archive.registry import citation_field_of, facts_of
from archive.selectors import without_drafts


@dataclass
class SourceEntry:
    number: int
    citation: object
    markers: list[tuple[str, str]] = field(default_factory=list)  # (marker id, what it marks) leading here, in page order
    supports: list[str] = field(default_factory=list)  # what it supports on the page, in page order

    @property
    def anchor(self) -> str:
        return f"source-{self.number}"


@dataclass
class PageSources:
    entries: list[SourceEntry] = field(default_factory=list)
    markers: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # slot → (number, marker id)

    def __bool__(self) -> bool:
        return bool(self.entries)


# A place on the page that can carry markers: (slot, what it is, the citations supporting it).
Slot = tuple[str, str, Iterable]


def same_place(citation) -> tuple:
    """Citations of one place of one source with the same note share an entry (and a number), whichever
    of the page's records they cite."""
    return (citation.source_id, citation.footnote, citation.section, citation.pages, citation.note_zh, citation.note_en)


def number_sources(slots: Iterable[Slot], whole: Iterable = ()) -> PageSources:
    """Number the citations of a page in the order of the places (slots) they support, then the rest."""
    page = PageSources()
    by_place: dict[tuple, SourceEntry] = {}
    for slot, label, citations in slots:
        for citation in citations:
            entry = by_place.get(same_place(citation))
            if entry is None:
                entry = by_place[same_place(citation)] = SourceEntry(len(page.entries) + 1, citation)
                page.entries.append(entry)
            marker = f"ref-{entry.number}-{slot}"
            if any(marker == known for known, _label in entry.markers):
                continue
            entry.markers.append((marker, str(label)))
            if str(label) not in entry.supports:
                entry.supports.append(str(label))
            page.markers.setdefault(slot, []).append((entry.number, marker))
    for found in page.markers.values():
        found.sort()  # a row supported by sources numbered earlier on the page lists them in order
    for citation in whole:
        if same_place(citation) not in by_place:
            by_place[same_place(citation)] = entry = SourceEntry(len(page.entries) + 1, citation)
            page.entries.append(entry)
    return page


def record_sources(record, rows: dict[str, Iterable[tuple[object, Iterable]]] | None = None) -> PageSources:
    """A record's page: markers at the facts its citations name, each fact followed by the rows the
    page lists under it (``rows``: fact → (row, the row's citations)); whole-record citations last."""
    rows = rows or {}
    citations = list(record.citations.all())
    slots: list[Slot] = []
    for key, label in facts_of(type(record)):
        slots.append((key, str(label), [c for c in citations if key in c.facts]))
        slots.extend((f"{key}-{row.pk}", str(label), row_citations) for row, row_citations in rows.get(key, ()))
    return number_sources(slots, [c for c in citations if not c.facts])


def organ_row_citations(organ) -> dict[str, dict[int, list[Citation]]]:
    """The published citations of an organ's seats and heads in one query: "seat"/"heads" → row id → citations."""
    citations = without_drafts(
        list(
            Citation.objects.published()
            # Through the rows' keys, not a join: an OR across two joins reads every citation.
            .filter(Q(seat__in=organ.seats.values("pk")) | Q(appointment__in=organ.appointments.values("pk")))
            .select_related("source")
            .order_by("footnote", "section")
        )
    )
    rows: dict[str, dict[int, list[Citation]]] = {"seat": {}, "heads": {}}
    for citation in citations:
        if citation.seat_id:
            rows["seat"].setdefault(citation.seat_id, []).append(citation)
        else:
            rows["heads"].setdefault(citation.appointment_id, []).append(citation)
    return rows


def state_sources(state) -> PageSources:
    """A state's page: the sources of its memberships, and of the hosts, parties and participants of
    the meetings and instruments it lists (the citations of theirs that name that fact)."""

    memberships = list(state.memberships.all())
    hosted = list(state.events_hosted.all())
    participations = list(state.participations.all())
    parties = list(state.instrument_parties.all())
    events = {e.pk for e in hosted} | {p.event_id for p in participations}
    # One query for all of them (the page's query count does not grow with what it lists).
    citations = without_drafts(
        list(
            Citation.objects.published()
            .filter(Q(membership__in=memberships) | Q(event__in=events) | Q(instrument__in={p.instrument_id for p in parties}))
            .select_related("source")
            .order_by("footnote", "section")
        )
    )

    def of(field, pk, fact=None):
        return [c for c in citations if getattr(c, f"{field}_id") == pk and (fact is None or fact in c.facts)]

    slots = [(f"membership-{m.pk}", gettext("membership"), of("membership", m.pk)) for m in memberships]
    slots += [(f"host-{e.pk}", fact_label("host"), of("event", e.pk, "host")) for e in hosted]
    slots += [(f"participants-{p.pk}", fact_label("participants"), of("event", p.event_id, "participants")) for p in participations]
    slots += [(f"parties-{p.pk}", fact_label("parties"), of("instrument", p.instrument_id, "parties")) for p in parties]
    return number_sources(slots)


def page_sources(record) -> PageSources | None:
    """The sources block of a record's page (None: its model has none)."""
    if isinstance(record, State):
        return state_sources(record)
    if isinstance(record, Organ):
        cited = organ_row_citations(record)
        return record_sources(
            record,
            {
                "seat": [(seat, cited["seat"].get(seat.pk, [])) for seat in record.seats.all()],
                "heads": [(appointment, cited["heads"].get(appointment.pk, [])) for appointment in record.appointments.all()],
            },
        )
    return record_sources(record) if citation_field_of(type(record)) else None


def chapter_supports(citations: Iterable) -> list[tuple[object, list]]:
    """What a source supports in the chapter's order, each published record once with every place that
    cites it."""
    grouped: dict[tuple[str, int], tuple[object, list]] = {}
    for citation in sorted(citations, key=lambda c: (c.chapter_order, c.pk)):
        target = citation.target
        if not citation.is_published or target is None or not target.is_published:
            continue
        key = (citation.target_kind, target.pk)
        grouped.setdefault(key, (target, []))[1].append(citation)
    return list(grouped.values())
