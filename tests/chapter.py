"""Helpers for the content tests: look records up the way the chapter names them."""

from __future__ import annotations

from archive.models import Event, Instrument, Organ


def event(slug: str) -> Event:
    return Event.objects.get(slug=slug)


def instrument(slug: str) -> Instrument:
    return Instrument.objects.get(slug=slug)


def organ(slug: str) -> Organ:
    return Organ.objects.get(slug=slug)


def held(record) -> tuple:
    """(first day iso at its precision, last day iso or None)."""
    start = record.partial("held")
    end = record.partial_end("held")
    return (start.iso() if start else None, end.iso() if end else None)


def signed(record) -> tuple:
    start = record.partial("signed")
    end = record.partial_end("signed")
    return (start.iso() if start else None, end.iso() if end else None)


def footnotes(record) -> set[int]:
    return {c.footnote for c in record.citations.all() if c.footnote}


def places(record) -> list[str]:
    return sorted(p.slug for p in record.places.all())


def parties(record, action=None) -> dict[str, str]:
    rows = record.parties.all() if action is None else record.parties.filter(action=action)
    return {p.state.slug: p.side for p in rows}
