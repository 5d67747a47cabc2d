"""The archive's models, once, in dependency order: every list of "all archive models" derives from here.

A model's entry says whether it has a public page (and so a sitemap section and a search group),
whether citations can point at it and whether it must have one, whether ``check_archive`` validates
it, which seed file holds it, under which file name its spreadsheet travels, and which parts are
published with it. ``tests/test_registry.py`` fails when a model is missing from a place that needs it.

A cited model's entry also holds the vocabulary of the facts a citation of it can name
(``facts``, written out in ``archive.facts``, which the Citation model reads without importing the
registry), in the order its page shows them: the page numbers its footnote markers in that order.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise

from archive.facts import (
    APPOINTMENT_FACTS,
    EVENT_FACTS,
    INSTRUMENT_FACTS,
    MEMBERSHIP_FACTS,
    ORGAN_FACTS,
    PERSON_FACTS,
    SEAT_FACTS,
    STATISTIC_FACTS,
)
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
    Phase,
    Place,
    Source,
    State,
    Statistic,
    Topic,
)


@dataclass(frozen=True)
class ArchiveModel:
    model: type[models.Model]
    seed_file: str
    spreadsheet: str | None  # the file name (without extension) of its spreadsheet; None: travels in its records' cells
    second_pass: str | None = None  # a spreadsheet of fields that refer to rows of later files, imported after all others
    page_rank: int | None = None  # has a public page: its place among the search groups and sitemap sections
    search_order: str = "slug"  # the order of its search results
    citation_field: str | None = None  # the Citation field that points at it (None: cannot be cited)
    citation_required: bool = False  # check_archive reports one without a citation
    validated: bool = True  # check_archive runs its full_clean()
    parts: tuple[tuple[type[models.Model], str], ...] = ()  # (model, key to it): published and unpublished with it
    facts: tuple[tuple[str, Promise], ...] = ()  # (key, label) of the facts a citation of it can name, in page order

    @property
    def label(self) -> str:
        return self.model._meta.label

    @property
    def key(self) -> str:
        return self.model._meta.model_name


ARCHIVE: tuple[ArchiveModel, ...] = (
    ArchiveModel(State, "01_vocabulary.json", "states", page_rank=4, search_order="ru_sort_key"),
    ArchiveModel(Place, "01_vocabulary.json", "places", page_rank=6, search_order="name_en"),
    ArchiveModel(Topic, "01_vocabulary.json", "topics", page_rank=8),
    ArchiveModel(Phase, "01_vocabulary.json", "phases"),
    ArchiveModel(Source, "01_vocabulary.json", "sources", page_rank=7, search_order="title"),
    # A person's page cites where the chapter names them; the facts themselves are cited on the
    # appointments and participations, so a citation is possible but not required.
    ArchiveModel(
        Person, "01_vocabulary.json", "people", page_rank=5, search_order="sort_name", citation_field="person", facts=PERSON_FACTS
    ),
    ArchiveModel(
        Organ,
        "02_organs.json",
        "organs",
        second_pass="organ_legal_basis",
        page_rank=3,
        search_order="path",
        citation_field="organ",
        citation_required=True,
        facts=ORGAN_FACTS,
    ),
    ArchiveModel(
        Event,
        "03_events.json",
        "events",
        second_pass="event_part_of",
        page_rank=1,
        search_order="held_on",
        citation_field="event",
        citation_required=True,
        facts=EVENT_FACTS,
        parts=((Participation, "event"),),
    ),
    ArchiveModel(Participation, "03_events.json", "participations"),
    ArchiveModel(
        Instrument,
        "04_instruments.json",
        "instruments",
        page_rank=2,
        search_order="signed_on",
        citation_field="instrument",
        citation_required=True,
        facts=INSTRUMENT_FACTS,
        parts=((InstrumentParty, "instrument"), (InstrumentRelation, "source")),
    ),
    ArchiveModel(InstrumentParty, "04_instruments.json", "instrument_parties"),
    ArchiveModel(InstrumentRelation, "04_instruments.json", "instrument_relations"),
    ArchiveModel(Membership, "05_links.json", "memberships", citation_field="membership", citation_required=True, facts=MEMBERSHIP_FACTS),
    ArchiveModel(
        Appointment, "05_links.json", "appointments", citation_field="appointment", citation_required=True, facts=APPOINTMENT_FACTS
    ),
    ArchiveModel(OrganSeat, "05_links.json", "organ_seats", citation_field="seat", citation_required=True, facts=SEAT_FACTS),
    ArchiveModel(Statistic, "05_links.json", "statistics", citation_field="statistic", citation_required=True, facts=STATISTIC_FACTS),
    ArchiveModel(Citation, "06_citations.json", None, validated=False),
)

BY_MODEL: dict[type[models.Model], ArchiveModel] = {entry.model: entry for entry in ARCHIVE}


def entry_for(model) -> ArchiveModel:
    return BY_MODEL[model._meta.concrete_model]


def archive_models() -> tuple[type[models.Model], ...]:
    """Every archive model, parents before the rows that refer to them (their revisions are kept)."""
    return tuple(entry.model for entry in ARCHIVE)


def validated_models() -> tuple[type[models.Model], ...]:
    return tuple(entry.model for entry in ARCHIVE if entry.validated)


def citation_required_models() -> tuple[type[models.Model], ...]:
    return tuple(entry.model for entry in ARCHIVE if entry.citation_required)


def searchable_models() -> tuple[type[models.Model], ...]:
    """Models whose rows keep a derived ``search_text`` column."""
    return tuple(entry.model for entry in ARCHIVE if any(f.name == "search_text" for f in entry.model._meta.concrete_fields))


def page_models() -> tuple[ArchiveModel, ...]:
    """Models with a public page of their own: sitemap sections and search groups."""
    return tuple(sorted((entry for entry in ARCHIVE if entry.page_rank), key=lambda entry: entry.page_rank))


def seed_files() -> dict[str, list[str]]:
    """Seed file name → model labels, in loading order (``loaddata fixtures/*.json`` goes by name)."""
    files: dict[str, list[str]] = {}
    for entry in ARCHIVE:
        files.setdefault(entry.seed_file, []).append(entry.label)
    return files


def citation_field_of(model) -> str | None:
    return entry_for(model).citation_field


def parts_of(model) -> list[tuple[type[models.Model], str]]:
    """(model, field pointing at the record) for the citations and own parts of a record."""
    entry = entry_for(model)
    parts = list(entry.parts)
    if entry.citation_field:
        parts.append((Citation, entry.citation_field))
    return parts


def facts_of(model) -> tuple[tuple[str, Promise], ...]:
    """The facts a citation of ``model`` can name, in the order its page shows them."""
    return entry_for(model).facts


def cited_model(citation_field: str) -> type[models.Model]:
    return next(entry.model for entry in ARCHIVE if entry.citation_field == citation_field)
