"""Generate a synthetic archive N times the seed's size, for tests and benchmarks (never for fixtures/)."""

import datetime as dt
import random

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from archive.models import (
    Appointment,
    Citation,
    Event,
    Instrument,
    InstrumentParty,
    Membership,
    Organ,
    OrganSeat,
    Participation,
    Person,
    Place,
    Source,
    State,
    Statistic,
    Status,
)
from archive.planner import analyze

# Multi-script name parts, so that search and encodings are exercised as by the real archive.
ZH = ["上海", "合作", "組織", "元首", "會晤", "憲章", "協定", "邊境", "信任", "裁減", "反恐", "機構", "爲", "啓動", "裏海"]
RU = ["Шанхайская", "организация", "сотрудничества", "соглашение", "хартия", "ёлка", "декларация", "совещание"]
LATN = ["Shanhaiskaja", "organizazija", "sotrudnichestva", "soglashenie", "hartija", "deklarazija"]
EN = ["Shanghai", "cooperation", "summit", "agreement", "border", "confidence", "charter", "protocol"]


def words(rng, vocabulary, n, sep=" "):
    return sep.join(rng.choice(vocabulary) for _ in range(n))


class Command(BaseCommand):
    help = (
        "Add a synthetic archive of SCALE × the seed's size (events, instruments, a deep and wide organ tree, sources, people, "
        "memberships, seats, heads of organs, figures, citations)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=1)
        parser.add_argument("--seed", type=int, default=2001, help="Random seed (the same seed gives the same archive).")

    def handle(self, *args, scale, seed, **options):
        if scale < 1:
            raise CommandError("--scale must be at least 1")
        rng = random.Random(seed)
        if State.objects.filter(slug="gen-state-0").exists():
            raise CommandError("This database holds a generated archive already; generate into an empty one.")
        with transaction.atomic():
            counts = self.generate(rng, scale)
        analyze()
        self.stdout.write(self.style.SUCCESS("Generated " + ", ".join(f"{n} {name}" for name, n in counts.items()) + "."))

    def generate(self, rng, scale):
        published = Status.PUBLISHED
        states = [
            State(
                slug=f"gen-state-{i}", name_zh=words(rng, ZH, 2, ""), name_en=words(rng, EN, 2), name_ru=words(rng, RU, 1), status=published
            )
            for i in range(10 * scale)
        ]
        for state in states:
            state.save()
        places = [
            Place(
                slug=f"gen-place-{i}", name_zh=words(rng, ZH, 2, ""), name_en=words(rng, EN, 1), state=rng.choice(states), status=published
            )
            for i in range(12 * scale)
        ]
        for place in places:
            place.save()
        sources = []
        for i in range(56 * scale):
            source = Source(
                slug=f"gen-source-{i}", kind="article", title=words(rng, ZH + RU, 5, ""), authors=words(rng, ZH, 1, ""), status=published
            )
            source.save()
            sources.append(source)
        # a deep and wide tree: 5 levels, fan-out 3 (well inside treebeard's 63-level path limit)
        root = Organ.objects.add_root(create_kwargs={"slug": "gen-root", "kind": "group", "name_zh": "生成", "status": published})
        level, organs = [root], [root]
        for depth in range(4):
            next_level = []
            for parent in level:
                for k in range(3 if depth < 3 else max(1, scale // 10)):
                    child = Organ.objects.add_child(
                        Organ.objects.get(pk=parent.pk),
                        create_kwargs={
                            "slug": f"{parent.slug}-{k}",
                            "kind": "meeting",
                            "name_zh": words(rng, ZH, 3, ""),
                            "status": published,
                        },
                    )
                    next_level.append(child)
            organs += next_level
            level = next_level
        start = dt.date(1989, 1, 1)
        events, instruments = [], []
        for i in range(38 * scale):
            day = start + dt.timedelta(days=rng.randrange(16 * 365))
            event = Event(
                slug=f"gen-event-{i}",
                kind=rng.choice(["summit", "ministerial", "visit"]),
                framework="sco",
                title_zh=words(rng, ZH, 4, ""),
                title_en=words(rng, EN, 4),
                title_ru=words(rng, RU, 3),
                held_on=day,
                organ=rng.choice(organs),
                status=published,
            )
            event.save()
            event.places.set(rng.sample(places, 1))
            events.append(event)
            for state in rng.sample(states, 3):
                Participation.objects.create(event=event, state=state, status=published)
            Citation.objects.create(source=rng.choice(sources), footnote=rng.randrange(1, 60), event=event, status=published)
        for i in range(46 * scale):
            event = rng.choice(events)
            instrument = Instrument(
                slug=f"gen-instrument-{i}",
                kind=rng.choice(["agreement", "declaration", "protocol"]),
                title_zh=words(rng, ZH, 6, ""),
                title_ru=words(rng, RU, 4),
                title_ru_latn=words(rng, LATN, 4),
                signed_on=event.held_on,
                event=event,
                status=published,
            )
            instrument.save()
            instruments.append(instrument)
            for state in rng.sample(states, 2):
                InstrumentParty.objects.create(instrument=instrument, state=state, status=published)
            Citation.objects.create(source=rng.choice(sources), footnote=rng.randrange(1, 60), instrument=instrument, status=published)
        for organ in organs:
            Citation.objects.create(source=rng.choice(sources), section="generated", organ=organ, status=published)
        links = self.generate_links(rng, scale, states, places, organs, events, sources)
        return {
            "states": len(states),
            "places": len(places),
            "sources": len(sources),
            "organs": len(organs),
            "events": len(events),
            "instruments": len(instruments),
            **links,
        }

    def generate_links(self, rng, scale, states, places, organs, events, sources):
        """People, memberships, seats, heads of organs (appointments) and figures (statistics), in the
        seed's proportions, each published with a citation (a published one needs it to import)."""
        published = Status.PUBLISHED
        people = []
        for i in range(15 * scale):
            person = Person(slug=f"gen-person-{i}", name_zh=words(rng, ZH, 2, ""), name_en=words(rng, EN, 2), status=published)
            person.save()
            people.append(person)
        memberships = []
        for i in range(14 * scale):
            # a state's periods in one framework never overlap: the n-th of a state starts five years after the one before
            year = 1990 + 5 * (i // len(states))
            membership = Membership(
                state=states[i % len(states)],
                framework="sco",
                role=rng.choice(["member", "observer"]),
                starts_on=dt.date(year, 1, 1),
                ends_on=dt.date(year + 4, 12, 31),
                began_at=rng.choice(events),
                status=published,
            )
            membership.save()
            memberships.append(membership)
        seats = []
        for i in range(4 * scale):
            organ, place = organs[i % len(organs)], places[i % len(places)]
            seat = OrganSeat(organ=organ, place=place, decided_on=rng.choice(events).held_on, status=published)
            seat.save()
            seats.append(seat)
        appointments = []
        for i in range(2 * scale):
            appointment = Appointment(
                person=people[i % len(people)],
                organ=rng.choice(organs),
                office_zh=words(rng, ZH, 2, ""),
                office_en=words(rng, EN, 2),
                starts_on=dt.date(2001, 6, 15) + dt.timedelta(days=i),
                status=published,
            )
            appointment.save()
            appointments.append(appointment)
        statistics = []
        for i in range(27 * scale):
            value = rng.randrange(1, 10_000)
            statistic = Statistic(
                dataset=f"gen-table-{i // 27}",
                dataset_title=words(rng, ZH, 3, ""),
                indicator=f"gen-indicator-{i % 27}",
                indicator_zh=words(rng, ZH, 2, ""),
                state=states[i % len(states)],
                value_as_printed=str(value),
                low=value,
                high=value,
                position=i % 27,
                status=published,
            )
            statistic.save()
            statistics.append(statistic)
        cited = {"person": people, "membership": memberships, "seat": seats, "appointment": appointments, "statistic": statistics}
        for name, records in cited.items():
            for record in records:
                Citation.objects.create(source=rng.choice(sources), section="generated", status=published, **{name: record})
        return {
            "people": len(people),
            "memberships": len(memberships),
            "seats": len(seats),
            "appointments": len(appointments),
            "statistics": len(statistics),
        }
