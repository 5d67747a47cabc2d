"""Reads that span relations: the home page's numbers, the chronology."""

from archive.models import Event, Instrument, Organ, Source, State


def home_counts() -> dict[str, int]:
    return {
        "events": Event.objects.published().count(),
        "instruments": Instrument.objects.published().count(),
        "organs": Organ.objects.published().count(),
        "states": State.objects.published().count(),
        "sources": Source.objects.published().count(),
    }


def chronology_rows() -> list:
    """Published events and instruments in date order (month/year items at the start of their period)."""
    events = Event.objects.published().select_related("host").prefetch_related("places")
    instruments = Instrument.objects.published().select_related("place")
    rows = [(e.held_on, "event", e) for e in events if e.held_on] + [(i.signed_on, "instrument", i) for i in instruments if i.signed_on]
    rows.sort(key=lambda row: (row[0], row[1], row[2].slug))
    return rows
