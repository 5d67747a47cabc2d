"""Reads of the organ tree for readers: the org chart as of a day, cut at ``CHART_DEPTH`` levels and
``CHART_CHILDREN`` boxes under one parent, and an organ's sub-bodies a page at a time for its own page.

What the chart leaves out is counted on the box it hangs from ("9 more organs on its page"), and the
organ's page lists it: every published organ is reachable from the chart, a page at a time.

Each read costs a fixed number of queries whatever the tree's size: the levels that may be drawn
(the long texts left out), the organs below them as bare rows (only counted: their path and depth,
and their dates for a past day), then the seats and the heads of the boxes drawn, each in one query,
grouped by organ in Python. At 1000 times the seed, reading the 2,700 organs below the chart as
records took 50 ms of the chart's 65; as rows, 2 ms.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import attrgetter

from archive.models import Appointment, Event, Organ, OrganKind, OrganSeat, Status

CHART_DEPTH = 3  # levels drawn on the org chart: the groups, their mechanisms and bodies, and theirs
CHART_CHILDREN = 20  # boxes drawn under one parent; the rest are listed on the parent's page
PAGE_LEVELS = 2  # levels of sub-bodies an organ's page lists: its children and theirs
PAGE_CHILDREN = 20  # children of an organ listed a page

# What deciding whether an organ shows on a past day reads (Organ.exists_on).
DATE_FIELDS = (
    "path",
    "depth",
    "established_on",
    "established_precision",
    "established_qualifier",
    "ended_on",
    "ended_precision",
    "ended_qualifier",
)
# Texts the chart and the lists of sub-bodies never show.
LONG_TEXTS = ("functions_zh", "functions_en", "chair_rule_zh", "chair_rule_en", "composition_zh", "composition_en", "note_zh", "note_en")


@dataclass
class ChartNode:
    organ: Organ
    depth: int
    children: list[ChartNode] = field(default_factory=list)
    seat: OrganSeat | None = None
    heads: list[Appointment] = field(default_factory=list)
    # A grouping of organs shown with none of its organs: "not-yet" when one is established later,
    # "none" otherwise; "" for every other box.
    empty: str = ""
    more: int = 0  # organs under this box that are not drawn: on its page
    more_levels: int = 0  # how many levels down the deepest of them is

    @property
    def url(self) -> str:
        return self.organ.get_absolute_url() + "#sub-bodies"


def build_tree(organs: Iterable[Organ], *, top_depth: int, levels: int, shown: Callable[[Organ], bool]) -> list[ChartNode]:
    """The nodes from ``organs`` (in tree order, none above ``top_depth``) down to ``levels`` levels,
    at most ``CHART_CHILDREN`` under one parent; an organ not ``shown`` leaves with its sub-bodies.
    Each organ shown but not drawn is counted on the nearest box drawn above it."""
    steplen = Organ.steplen
    tops: list[ChartNode] = []
    drawn: dict[str, ChartNode] = {}
    counted: dict[str, ChartNode] = {}  # an organ not drawn: the box that counts it
    for organ in organs:
        if organ.depth == top_depth:
            if shown(organ):
                drawn[organ.path] = node = ChartNode(organ=organ, depth=organ.depth)
                tops.append(node)
            continue
        parent_path = organ.path[:-steplen]
        parent = drawn.get(parent_path)
        if (parent is None and parent_path not in counted) or not shown(organ):
            continue  # its parent is hidden (a draft, not yet established, ended) or so is it
        if parent is not None and organ.depth < top_depth + levels and len(parent.children) < CHART_CHILDREN:
            drawn[organ.path] = node = ChartNode(organ=organ, depth=organ.depth)
            parent.children.append(node)
        else:
            owner = counted[organ.path] = parent or counted[parent_path]
            owner.more += 1
            owner.more_levels = max(owner.more_levels, organ.depth - owner.depth)
    return tops


def counted_rows(organs):
    """Organs that are only counted: their path and depth."""
    return organs.values_list("path", "depth", named=True)


def current_rows(organs):
    """Organs counted on today's chart: an ended one hides, and its sub-bodies with it (``build_tree``
    leaves out an organ whose parent it has not seen)."""
    return organs.filter(ended_on__isnull=True).values_list("path", "depth", "ended_on", named=True)


def dated_rows(organs):
    """Organs counted on a past day's chart: what ``Organ.exists_on`` reads."""
    return organs.only(*DATE_FIELDS)


def tree_rows(organs, *, top_depth: int, levels: int, below: Callable = counted_rows) -> Iterable:
    """``organs`` (a tree-ordered queryset) for ``build_tree``: records down to the levels that may be
    drawn, and below them ``below(organs)``, rows with only what counting them reads."""
    drawable = organs.filter(depth__lt=top_depth + levels).defer(*LONG_TEXTS)
    return heapq.merge(drawable, below(organs.filter(depth__gte=top_depth + levels)), key=attrgetter("path"))


def drawn_nodes(tops: list[ChartNode]) -> Iterable[ChartNode]:
    for node in tops:
        yield node
        yield from drawn_nodes(node.children)


def org_chart(on: dt.date | None) -> list[ChartNode]:
    """The published organ tree as it stood on ``on`` (None: the latest state), to ``CHART_DEPTH`` levels.

    An organ shows when ``Organ.exists_on`` says so (an organ known only to the month shows from the
    earliest day-precision opening of it or of a sub-body within that month, else from the month's
    last day) and its parent shows; an organ whose establishment date is unknown shows whenever its
    parent does.
    """
    published = Organ.objects.get_tree().filter(status=Status.PUBLISHED)
    organs = tree_rows(published, top_depth=1, levels=CHART_DEPTH, below=dated_rows if on else current_rows)
    openings: dict[str, list[dt.date]] = {}  # an organ's path: the openings of it and of its sub-bodies
    if on:
        opened = list(Event.objects.published().openings().order_by().values_list("organ_id", "held_on"))
        paths = dict(published.filter(pk__in={organ for organ, _day in opened}).values_list("pk", "path"))
        for organ, day in opened:
            path = paths.get(organ, "")  # an unpublished body opens nothing on the chart
            for end in range(Organ.steplen, len(path) + 1, Organ.steplen):
                openings.setdefault(path[:end], []).append(day)
    later: set[str] = set()  # paths of parents with a child established after ``on``

    def shown(organ: Organ) -> bool:
        opened = openings.get(organ.path, [])
        if on and (first := organ.shown_from(opened)) and first > on:
            later.add(organ.path[: -Organ.steplen])
        return organ.exists_on(on, opened) if on else organ.ended_on is None

    roots = build_tree(organs, top_depth=1, levels=CHART_DEPTH, shown=shown)
    nodes = list(drawn_nodes(roots))
    # Grouped by organ once: each box then looks at its own seats and heads only.
    seats: dict[int, list[OrganSeat]] = {}
    heads: dict[int, list[Appointment]] = {}
    pks = [node.organ.pk for node in nodes]
    if pks:
        published_seats = OrganSeat.objects.published().filter(organ__in=pks, place__status=Status.PUBLISHED)
        for seat in published_seats.select_related("place").order_by("decided_on"):
            seats.setdefault(seat.organ_id, []).append(seat)
        published_heads = Appointment.objects.published().filter(organ__in=pks, person__status=Status.PUBLISHED)
        for head in published_heads.select_related("person").order_by("starts_on"):
            heads.setdefault(head.organ_id, []).append(head)
    for node in nodes:
        node.seat = _seat_on(seats.get(node.organ.pk, []), on)
        node.heads = [a for a in heads.get(node.organ.pk, []) if _in_office(a, on)]
        if node.organ.kind == OrganKind.CATEGORY and not node.children and not node.more:
            node.empty = "not-yet" if node.organ.path in later else "none"
    return roots


def sub_bodies(organ: Organ) -> list[ChartNode]:
    """An organ's published sub-bodies, ended ones included, to ``PAGE_LEVELS`` levels (the rest counted)."""
    below = Organ.objects.get_descendants(organ).filter(status=Status.PUBLISHED)
    top_depth = organ.depth + 1
    rows = tree_rows(below, top_depth=top_depth, levels=PAGE_LEVELS)
    return build_tree(rows, top_depth=top_depth, levels=PAGE_LEVELS, shown=lambda _organ: True)


def _settled(record, prefix: str):
    """The last day a date (or a meeting's range within which it fell) may have been: from then on it holds."""
    return record.partial_end(prefix) or record.partial(prefix)


def _seat_on(seats, on):
    """The last of an organ's seats decided by ``on`` (any, when None)."""
    candidates = [s for s in seats if on is None or (s.decided_on and _settled(s, "decided").latest() <= on)]
    return candidates[-1] if candidates else None


def _in_office(appointment, on) -> bool:
    if on is None:
        return appointment.ends_on is None
    start = _settled(appointment, "starts")
    end = appointment.partial("ends")
    return bool(start and start.latest() <= on and not (end and end.earliest() <= on))
