"""Build the seed archive from the first transcription of the chapter (archive/transcription/).

Every row goes through full_clean(); the organ tree is built with treebeard's manager API. Run it on
an empty database, then `dump_seed` writes fixtures/.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from archive import resources
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
    Status,
    Topic,
)


def date_kwargs(prefix: str, text: str | None) -> dict:
    """The transcription's dates use the spreadsheet columns' compact form."""
    if not text:
        return {}
    return resources.date_kwargs(prefix, text, with_end="/" in text)


class Loader:
    def __init__(self, footnotes: dict, chapter_slug: str):
        self.footnotes = footnotes
        self.chapter = Source.objects.get(slug=chapter_slug)
        self.sources = {source.slug: source for source in Source.objects.all()}

    @staticmethod
    def save(instance):
        instance.status = Status.PUBLISHED
        try:
            instance.full_clean()
        except ValidationError as error:
            raise CommandError(f"{type(instance).__name__} {instance}: {error.message_dict}") from error
        instance.save()
        return instance

    def cite(self, target_field: str, target, cites: list[str]) -> None:
        if not cites:
            raise CommandError(f"{type(target).__name__} {target} has no citation")
        for cite in cites:
            text, _, note = cite.partition("|")
            if text.startswith("fn"):
                number = int(text[2:])
                for source_slug, pages in self.footnotes[number]:
                    self.save(Citation(source=self.sources[source_slug], footnote=number, pages=pages, note=note, **{target_field: target}))
            elif text.startswith("§"):
                self.save(Citation(source=self.chapter, section=text[1:].strip(), note=note, **{target_field: target}))
            elif text.startswith("src:"):
                # A work the chapter cites without a footnote number (the 資料來源 line under 表 2-1).
                self.save(Citation(source=self.sources[text[4:]], section=note, **{target_field: target}))
            else:
                raise CommandError(f"bad citation {cite!r} on {target}")


def split(row: dict, *keys: str) -> tuple[dict, list]:
    row = dict(row)
    return row, [row.pop(key, None) for key in keys]


def resolve(model, slug):
    return model.objects.get(slug=slug) if slug else None


class Command(BaseCommand):
    help = "Load the first transcription of the chapter (archive/transcription/) into an empty archive."

    def handle(self, *args, **options):
        from archive.transcription import common, history, sources, structure

        if Event.objects.exists() or Organ.objects.exists():
            raise CommandError("The archive is not empty; build_seed only loads into an empty database.")
        with transaction.atomic():
            self.build(common, history, sources, structure)
        self.stdout.write(self.style.SUCCESS("Seed archive built from the transcription."))

    def build(self, common, history, sources, structure):
        save = Loader.save
        for row in sources.SOURCES:
            save(Source(**row))
        loader = Loader(sources.FOOTNOTES, sources.CHAPTER_SLUG)
        for row in common.STATES:
            save(State(**row))
        for row in common.PLACES:
            row, (state,) = split(row, "state")
            save(Place(state=resolve(State, state), **row))
        for row in common.TOPICS:
            save(Topic(**row))
        for row in structure.PHASES:
            save(Phase(**row))
        for row in history.PEOPLE:
            row, (state, cites) = split(row, "citizenship", "cite")
            person = save(Person(citizenship=resolve(State, state), **row))
            if cites:
                loader.cite("person", person, cites)

        organ_rows = []
        for row in structure.ORGANS:
            row, (parent, established, ended, legal_basis, seats, cites) = split(
                row, "parent", "established", "ended", "legal_basis", "seats", "cite"
            )
            node = Organ(status=Status.PUBLISHED, **row, **date_kwargs("established", established), **date_kwargs("ended", ended))
            node.full_clean(exclude=["path", "depth", "numchild"])
            if parent:
                node = Organ.objects.add_child(Organ.objects.get(slug=parent), instance=node)
            else:
                node = Organ.objects.add_root(instance=node)
            organ_rows.append((node, legal_basis or [], seats or [], cites))

        event_rows = []
        for row in history.EVENTS:
            row, (held, organ, part_of, places, host, topics, participants, cites) = split(
                row, "held", "organ", "part_of", "places", "host", "topics", "participants", "cite"
            )
            event = save(
                Event(
                    organ=resolve(Organ, organ),
                    part_of=resolve(Event, part_of),
                    host=resolve(State, host),
                    **row,
                    **date_kwargs("held", held),
                )
            )
            event.places.set([Place.objects.get(slug=slug) for slug in places or []])
            event.topics.set([Topic.objects.get(slug=slug) for slug in topics or []])
            for participant in participants or []:
                participant, (state, person) = split(participant, "state", "person")
                save(Participation(event=event, state=resolve(State, state), person=resolve(Person, person), **participant))
            event_rows.append((event, cites))
        for event, cites in event_rows:
            loader.cite("event", event, cites)

        instrument_rows = []
        for row in history.INSTRUMENTS + structure.BORDER_INSTRUMENTS:
            row, (signed, in_force, expires, place, event, topics, parties, relations, cites) = split(
                row, "signed", "in_force", "expires", "place", "event", "topics", "parties", "relations", "cite"
            )
            instrument = save(
                Instrument(
                    place=resolve(Place, place),
                    event=resolve(Event, event),
                    **row,
                    **date_kwargs("signed", signed),
                    **date_kwargs("in_force", in_force),
                    **date_kwargs("expires", expires),
                )
            )
            instrument.topics.set([Topic.objects.get(slug=slug) for slug in topics or []])
            for party in parties or []:
                party, (state, date) = split(party, "state", "date")
                save(InstrumentParty(instrument=instrument, state=resolve(State, state), **party, **date_kwargs("action", date)))
            instrument_rows.append((instrument, relations or [], cites))
        for instrument, relations, cites in instrument_rows:
            for relation in relations:
                relation, (target,) = split(relation, "target")
                save(InstrumentRelation(source=instrument, target=resolve(Instrument, target), **relation))
            loader.cite("instrument", instrument, cites)

        for organ, legal_basis, seats, cites in organ_rows:
            organ.refresh_from_db()
            organ.legal_basis.set([Instrument.objects.get(slug=slug) for slug in legal_basis])
            loader.cite("organ", organ, cites)
            for seat in seats:
                seat, (place, decided, decided_by, seat_cites) = split(seat, "place", "decided", "decided_by", "cite")
                seat_row = save(
                    OrganSeat(
                        organ=organ,
                        place=resolve(Place, place),
                        decided_by=resolve(Event, decided_by),
                        **seat,
                        **date_kwargs("decided", decided),
                    )
                )
                loader.cite("seat", seat_row, seat_cites)

        for row in history.MEMBERSHIPS:
            row, (state, starts, ends, began_at, cites) = split(row, "state", "starts", "ends", "began_at", "cite")
            membership = save(
                Membership(
                    state=resolve(State, state),
                    began_at=resolve(Event, began_at),
                    **row,
                    **date_kwargs("starts", starts),
                    **date_kwargs("ends", ends),
                )
            )
            loader.cite("membership", membership, cites)

        for row in structure.APPOINTMENTS:
            row, (person, organ, starts, ends, appointed_by, cites) = split(
                row, "person", "organ", "starts", "ends", "appointed_by", "cite"
            )
            appointment = save(
                Appointment(
                    person=resolve(Person, person),
                    organ=resolve(Organ, organ),
                    appointed_by=resolve(Event, appointed_by),
                    **row,
                    **date_kwargs("starts", starts),
                    **date_kwargs("ends", ends),
                )
            )
            loader.cite("appointment", appointment, cites)

        for row in structure.STATISTICS:
            row, (state, cites) = split(row, "state", "cite")
            statistic = save(Statistic(state=resolve(State, state), **row))
            loader.cite("statistic", statistic, cites)
