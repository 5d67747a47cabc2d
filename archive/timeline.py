"""The chronology's drawn timeline: where each band, bar, mark and label goes in its SVG drawings.

Two drawings, both ``WIDTH`` units wide and shown at least at that size in pixels (site.css gives
the drawing a minimum width and its box scrolls sideways on a phone), so that 13-unit labels are
never under 12 px as rendered:

- the overview of the chronology's index: the years with the chapter's phases as bands behind them
  and a bar for each month's count (an item known only to its year is a strip across its year);
- one year: each item a mark along the twelve months, a day as a short tick, an item known only to
  its month drawn across that month and one known only to its year across the year (late in the
  year: its last third), a range from its first to its last day; marks stacked in a bounded number of lanes, the rest counted as "+N".

Nothing here queries the database: the views hand over counts and rows they already read.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from archive.dates import DAY, MONTH, YEAR, is_english
from archive.languages import title_lang
from archive.selectors import year_totals

WIDTH = 960  # the drawing's width in units (and its minimum width in px, see site.css)
PAD = 12  # the margin left and right of the plot
FONT = 13  # labels, in units (px at the minimum width)
MONTHS_SHORT_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# The overview's rows, top to bottom.
BAND_LABEL_Y = 18  # phase labels
BARS_TOP = 30
BARS_HEIGHT = 96
STRIP_HEIGHT = 6  # the strip of year-only items, under the baseline
OVERVIEW_HEIGHT = BARS_TOP + BARS_HEIGHT + STRIP_HEIGHT + 34

# The year drawing's rows.
AXIS_Y = 20  # month labels
LANES_TOP = 32
LANE = 26  # the height of a lane
MARK = 18  # the height of a mark in its lane
MAX_LANES = 12
DAY_MARK = 5  # the least width of a mark (a single day)
LABEL_MAX = 300  # the widest a mark's label may be, in units
GAP = 6  # between two marks (or labels) in a lane


def text_width(text: str, size: float = FONT) -> float:
    """The width a label takes, estimated: a full-width (CJK) character is one em, others about 0.55."""
    return sum(size if unicodedata.east_asian_width(c) in "WF" else 0.55 * size for c in text)


def truncated(text: str, room: float, size: float = FONT) -> str:
    """``text`` cut with an ellipsis to fit ``room`` units ("" when not even one character fits)."""
    if text_width(text, size) <= room:
        return text
    kept = ""
    for char in text:
        if text_width(kept + char + "…", size) > room:
            break
        kept += char
    return kept + "…" if kept else ""


def month_label(month: int, lang: str | None = None) -> str:
    """Jan … Dec in English, 1月 … 12月 in Chinese."""
    return MONTHS_SHORT_EN[month - 1] if is_english(lang) else f"{month}月"


def year_label(year: int, lang: str | None = None) -> str:
    return str(year) if is_english(lang) else f"{year}年"


def r(value: float) -> float:
    return round(value, 1)


# ---- the overview --------------------------------------------------------------------------------


def overview(month_counts: Mapping[tuple[int, int], int], phases: list, *, lang: str | None = None) -> dict | None:
    """The overview's layout: from the first to the last year that has items or a phase, a band per
    phase (and per run of years outside the phases), a bar per month with items, a strip across each
    year with items known only to the year, and the year labels (every year, or every few where the
    years are too narrow for their labels). None when there is nothing to draw."""
    years = {year for year, _month in month_counts}
    if not years:
        return None
    first = min(years | {p.start_year for p in phases})
    last = max(years | {p.end_year for p in phases})
    year_w = (WIDTH - 2 * PAD) / (last - first + 1)
    month_w = year_w / 12
    gap = min(1.0, month_w * 0.25)
    baseline = BARS_TOP + BARS_HEIGHT
    highest = max((count for (_y, month), count in month_counts.items() if month), default=0)

    def x_of(year: int, month: int = 1) -> float:
        return PAD + (year - first) * year_w + (month - 1) * month_w

    bands = []
    for year in range(first, last + 1):
        phase = next((p for p in phases if p.start_year <= year <= p.end_year), None)
        if bands and bands[-1]["phase"] == phase:
            bands[-1]["last"] = year
        else:
            bands.append({"phase": phase, "first": year, "last": year})
    for band in bands:
        band["x"] = r(x_of(band["first"]))
        band["width"] = r((band["last"] - band["first"] + 1) * year_w)
        phase = band["phase"]
        if phase:
            name = _("Phase %(ordinal)s") % {"ordinal": phase.ordinal}
            band["title"] = f"{name}: {phase.display} ({band['first']}–{band['last']})"
        else:
            name = _("Outside the four phases")
            band["title"] = f"{name} ({band['first']}–{band['last']})"
        band["label"] = truncated(name, band["width"] - 8)
        band["ordinal"] = phase.ordinal if phase else 0

    bars = []
    for (year, month), count in sorted(month_counts.items()):
        if not month:
            continue
        height = max(2.0, BARS_HEIGHT * count / highest)
        label = f"{month_label(month, lang)} {year}" if is_english(lang) else f"{year}年{month}月"
        bars.append(
            {
                "year": year,
                "x": r(x_of(year, month) + gap / 2),
                "y": r(baseline - height),
                "width": r(month_w - gap),
                "height": r(height),
                "title": counted(label, count),
            }
        )
    strips = [
        {
            "year": year,
            "x": r(x_of(year) + gap / 2),
            "y": baseline + 2,
            "width": r(year_w - gap),
            "height": STRIP_HEIGHT - 2,
            "title": counted(year_label(year, lang), count, year_only=True),
        }
        for (year, month), count in sorted(month_counts.items())
        if not month and count
    ]
    counts = year_totals(month_counts)
    every = max(1, math.ceil((text_width(year_label(last, lang)) + 6) / year_w))
    labels = [
        {
            "year": year,
            "x": r(x_of(year) + year_w / 2),
            "text": year_label(year, lang),
            "count": counts.get(year, 0),
            "title": counted(year_label(year, lang), counts.get(year, 0)),
        }
        for year in range(first, last + 1)
        if (year - first) % every == 0
    ]
    return {
        "width": WIDTH,
        "height": OVERVIEW_HEIGHT,
        "first": first,
        "last": last,
        "baseline": baseline,
        "bands": bands,
        "bars": bars,
        "strips": strips,
        "labels": labels,
        "label_y": baseline + STRIP_HEIGHT + 20,
        "band_label_y": BAND_LABEL_Y,
        "band_top": BAND_LABEL_Y + 6,
        "band_height": baseline + STRIP_HEIGHT + 2 - BAND_LABEL_Y - 6,
        "highest": highest,
    }


def counted(label: str, count: int, *, year_only: bool = False) -> str:
    """'August 1999: 3 items' / '1999年8月：3 項'."""
    if year_only:
        text = ngettext("%(label)s: %(count)s item known only to the year", "%(label)s: %(count)s items known only to the year", count)
    else:
        text = ngettext("%(label)s: %(count)s item", "%(label)s: %(count)s items", count)
    return text % {"label": label, "count": count}


# ---- one year ------------------------------------------------------------------------------------


@dataclass
class Mark:
    row: object  # the chronology row (its record is linked and titled)
    x1: float
    x2: float
    precision: str  # the coarsest precision of its dates: how uncertain the mark is
    title: str
    label: str = ""
    label_x: float = 0.0
    label_anchor: str = "start"
    label_inside: bool = False
    label_lang: str = ""
    lane: int = 0
    y: float = 0.0
    text_y: float = 0.0

    @property
    def width(self) -> float:
        return r(self.x2 - self.x1)

    def extent(self, with_label: bool) -> tuple[float, float]:
        if not with_label or not self.label or self.label_inside:
            return self.x1, self.x2
        if self.label_anchor == "end":
            return self.label_x - text_width(self.label), self.x2
        return self.x1, self.label_x + text_width(self.label)


def day_x(day: dt.date, year: int) -> float:
    """The left edge of ``day`` on the year's axis (a day after the year is its right end)."""
    days = 366 if calendar.isleap(year) else 365
    offset = min(max((day - dt.date(year, 1, 1)).days, 0), days)
    return PAD + offset * (WIDTH - 2 * PAD) / days


def qualified(date) -> tuple[dt.date, dt.date]:
    """The days a date may be: its whole period, or for "early" and "late" (1999年底) the first or
    last third of it (January–April or September–December of a year, the first or last ten days of
    a month). A drawing convention: the mark's title gives the date as the chapter does."""
    first, last = date.earliest(), date.latest()
    if date.qualifier == "early":
        return first, (dt.date(first.year, 4, 30) if date.precision == YEAR else first + dt.timedelta(days=9))
    if date.qualifier == "late":
        return (dt.date(first.year, 9, 1) if date.precision == YEAR else last - dt.timedelta(days=9)), last
    return first, last


def mark_for(row, year: int, lang: str | None = None) -> Mark:
    """A row's mark: from the first day its date may be to the last (clipped to the year); a single
    day is a short tick centred on the day."""
    record = row.record
    prefix = record.main_date
    start = record.partial(prefix)
    end = record.partial_end(prefix)
    first, last = qualified(start) if end is None else (start.earliest(), end.latest())
    x1, x2 = day_x(first, year), day_x(last + dt.timedelta(days=1), year)
    if x2 - x1 < DAY_MARK:
        middle = (x1 + x2) / 2
        x1, x2 = max(PAD, middle - DAY_MARK / 2), min(WIDTH - PAD, middle + DAY_MARK / 2)
    order = [DAY, MONTH, YEAR]
    precision = max(start.precision, (end or start).precision, key=order.index)
    title = _("%(title)s, %(date)s") % {"title": str(record), "date": record.display_date}
    return Mark(row, r(x1), r(x2), precision, title, label_lang=title_lang(record))


def place_label(mark: Mark) -> None:
    """The mark's title as its label: inside a mark wide enough, else after it (before it near the
    year's end), cut to fit."""
    text = str(mark.row.record)
    inside = mark.x2 - mark.x1 - 10
    if text_width(text) <= inside or inside >= LABEL_MAX:
        mark.label, mark.label_inside, mark.label_x = truncated(text, inside), True, r(mark.x1 + 5)
        return
    after = WIDTH - PAD - mark.x2 - 4
    before = mark.x1 - PAD - 4
    room = min(LABEL_MAX, max(after, before))
    mark.label = truncated(text, room)
    if text_width(mark.label) <= after or after >= before:
        mark.label_x, mark.label_anchor = r(mark.x2 + 4), "start"
    else:
        mark.label_x, mark.label_anchor = r(mark.x1 - 4), "end"


def stack(marks: list[Mark], max_lanes: int = MAX_LANES) -> tuple[list[Mark], dict[int, int]]:
    """Lanes for the marks, in their order (date order): each in the first lane where it (with its
    label) fits after what is there, without its label where only the mark fits, else a new lane
    while there are fewer than ``max_lanes``; the rest are counted by the month they start in."""
    ends: list[float] = []  # the right end of what each lane holds so far
    drawn, left_over = [], {}
    for mark in marks:
        for with_label in (True, False):
            left, right = mark.extent(with_label)
            lane = next((i for i, end in enumerate(ends) if end + GAP <= left), None)
            if lane is None and len(ends) < max_lanes:
                lane = len(ends)
                ends.append(-GAP)
            if lane is not None:
                break
        if lane is None:
            month = mark_month(mark)
            left_over[month] = left_over.get(month, 0) + 1
            continue
        if not with_label:
            mark.label = ""
        ends[lane] = right
        mark.lane = lane
        drawn.append(mark)
    return drawn, left_over


def mark_month(mark: Mark) -> int:
    record = mark.row.record
    return record.main_day.month


def year_layout(rows, year: int, *, lang: str | None = None, max_lanes: int = MAX_LANES) -> dict | None:
    """The year's drawing: the months along the top, each row's mark in its lane, "+N" under a month
    for the marks that found no lane. None when there are no rows."""
    marks = [mark_for(row, year, lang) for row in rows]
    if not marks:
        return None
    for mark in marks:
        place_label(mark)
    drawn, left_over = stack(marks, max_lanes)
    lanes = max((m.lane for m in drawn), default=-1) + 1
    bottom = LANES_TOP + lanes * LANE
    more_y = bottom + 16
    height = bottom + (26 if left_over else 8)
    for mark in drawn:
        mark.y = LANES_TOP + mark.lane * LANE + (LANE - MARK) / 2
        mark.text_y = mark.y + MARK - 4.5
    months = []
    for month in range(1, 13):
        x1 = day_x(dt.date(year, month, 1), year)
        x2 = day_x(dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1), year)
        months.append({"month": month, "x": r(x1), "middle": r((x1 + x2) / 2), "label": month_label(month, lang)})
    more = [
        {
            "x": next(m["middle"] for m in months if m["month"] == month),
            "text": f"+{count}",
            "title": _("%(month)s: %(count)s more in the list below") % {"month": month_label(month, lang), "count": count},
        }
        for month, count in sorted(left_over.items())
    ]
    return {
        "width": WIDTH,
        "height": height,
        "months": months,
        "marks": drawn,
        "more": more,
        "more_y": more_y,
        "axis_y": AXIS_Y,
        "grid_top": AXIS_Y + 6,
        "grid_bottom": bottom,
        "grid_height": bottom - AXIS_Y - 6,
        "left": PAD,
        "right": WIDTH - PAD,
        "plot_width": WIDTH - 2 * PAD,
        "mark_height": MARK,
    }
