"""The archive's domain model; see DESIGN.md for the picture."""

from archive.models.base import Framework, Precision, Qualifier, Status
from archive.models.editorial import PendingChange, SlugRedirect
from archive.models.events import Event, EventKind, Participation, ParticipationRole, Phase, Regularity, Topic
from archive.models.instruments import (
    Instrument,
    InstrumentKind,
    InstrumentParty,
    InstrumentRelation,
    PartyAction,
    RelationKind,
)
from archive.models.organs import Organ, OrganKind, OrganSeat
from archive.models.places_people import Appointment, Membership, MembershipStatus, Person, Place, State
from archive.models.sources import CITATION_TARGETS, Citation, Deletion, ImportRecord, Source, SourceKind, Statistic

__all__ = [
    "CITATION_TARGETS",
    "Appointment",
    "Citation",
    "Deletion",
    "Event",
    "EventKind",
    "Framework",
    "ImportRecord",
    "Instrument",
    "InstrumentKind",
    "InstrumentParty",
    "InstrumentRelation",
    "Membership",
    "MembershipStatus",
    "Organ",
    "OrganKind",
    "OrganSeat",
    "Participation",
    "ParticipationRole",
    "PartyAction",
    "PendingChange",
    "Person",
    "Phase",
    "Place",
    "Precision",
    "Qualifier",
    "Regularity",
    "RelationKind",
    "SlugRedirect",
    "Source",
    "SourceKind",
    "State",
    "Statistic",
    "Status",
    "Topic",
]
