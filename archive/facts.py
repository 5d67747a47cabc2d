"""The facts of each cited model that a citation can name, in the order the model's page shows them.

The registry (``archive.registry``) gives each cited model its vocabulary from here; the Citation
model checks a citation's facts against ``FACTS_BY_TARGET`` (this module imports no model, so both
can read it). An empty list of facts names the record as a whole.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

PERSON_FACTS = (("names", _("names")), ("citizenship", _("citizenship")), ("offices", _("offices")))
ORGAN_FACTS = (
    ("establishment", _("establishment")),
    ("end", _("end")),
    ("frequency", _("meeting frequency")),
    ("chair_rule", _("chair and rotation rule")),
    ("composition", _("composition and status")),
    ("functions", _("functions")),
    ("seat", _("seat")),
    ("heads", _("heads")),
    ("legal_basis", _("legal basis")),
    ("meetings", _("meetings held")),
)
EVENT_FACTS = (
    ("series", _("kind and series")),
    ("title", _("title")),
    ("date", _("date")),
    ("places", _("places")),
    ("host", _("host")),
    ("organ", _("organ")),
    ("summary", _("summary")),
    ("participants", _("participants")),
    ("instruments", _("instruments signed")),
)
INSTRUMENT_FACTS = (
    ("appendix", _("appendix")),
    ("titles", _("titles")),
    ("date", _("date")),
    ("place", _("place")),
    ("event", _("meeting")),
    ("validity", _("entry into force and validity")),
    ("provisions", _("provisions")),
    ("parties", _("parties")),
    ("relations", _("relations")),
)
MEMBERSHIP_FACTS = (("role", _("role")), ("start", _("start")), ("end", _("end")))
APPOINTMENT_FACTS = (
    ("office", _("office")),
    ("start", _("start")),
    ("end", _("end")),
    ("term", _("term")),
    ("appointed_by", _("appointed by")),
)
SEAT_FACTS = (("place", _("place")), ("decision", _("decision")), ("move", _("later move")))
STATISTIC_FACTS = (("value", _("value")), ("unit", _("unit")), ("year", _("year")), ("scope", _("scope")))

# Citation field → the facts of the model it points at.
FACTS_BY_TARGET = {
    "person": PERSON_FACTS,
    "organ": ORGAN_FACTS,
    "event": EVENT_FACTS,
    "instrument": INSTRUMENT_FACTS,
    "membership": MEMBERSHIP_FACTS,
    "appointment": APPOINTMENT_FACTS,
    "seat": SEAT_FACTS,
    "statistic": STATISTIC_FACTS,
}


def fact_label(key: str) -> str:
    """A fact key's label in the reader's language (the first model that names it)."""
    return next((str(label) for facts in FACTS_BY_TARGET.values() for fact, label in facts if fact == key), key)
