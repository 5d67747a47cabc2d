"""The rotation rule held to the record: who the chapter's rule names as host of each regular
meeting of the heads of state, against who hosted."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import pairwise

from archive.models import Event, Membership, Organ, State, Status

# The chapter (§2.1 (1)) gives the rule for this meeting only: regular meetings are held in turn by
# the member states in the Russian alphabetical order of their names, and the host holds the chair.
ROTATING_ORGAN = "sco-heads-of-state"


@dataclass
class RotationRow:
    """A regular meeting after the first: who the rule names and who hosted."""

    meeting: Event
    members: list[State]  # the members on the meeting's first day, in Russian alphabetical order
    previous_host: State | None
    rule_host: State | None  # the member after the previous host in that order (None: no previous host among them)
    host: State | None

    @property
    def agrees(self) -> bool:
        return self.rule_host is not None and self.rule_host == self.host


def members_on(framework: str, day: dt.date) -> list[State]:
    """The published member states of a framework on a day, in the Russian alphabetical order of their names."""
    memberships = (
        Membership.objects.published()
        .filter(framework=framework, role="member", state__status=Status.PUBLISHED, starts_on__lte=day)
        .exclude(ends_on__lt=day)
        .select_related("state")
    )
    return sorted({m.state for m in memberships}, key=lambda state: (state.ru_sort_key or state.name_ru, state.slug))


def rotation(organ: Organ) -> list[RotationRow]:
    """For each regular meeting of the organ after the first, the host the rule names against the host
    the archive records; an undated or host-less meeting is left out (the rule cannot be checked)."""
    meetings = [
        event
        for event in organ.events.all()
        if event.is_published and event.regularity != "extraordinary" and event.held_on and event.host_id
    ]
    rows = []
    for previous, meeting in pairwise(meetings):
        members = members_on(meeting.framework or "sco", meeting.held_on)
        previous_host = previous.host if previous.host and previous.host.is_published else None
        rule_host = None
        if previous_host in members:
            rule_host = members[(members.index(previous_host) + 1) % len(members)]
        host = meeting.host if meeting.host.is_published else None
        rows.append(RotationRow(meeting, members, previous_host, rule_host, host))
    return rows
