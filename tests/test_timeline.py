"""The timeline's arithmetic (archive/timeline.py), on records that are never saved: where a mark
starts and ends at each precision, how marks share lanes, the overview's bands, bars and labels."""

import datetime as dt
import itertools
from types import SimpleNamespace

import pytest
from django.utils import translation

from archive import timeline
from archive.models import Event, Instrument
from archive.selectors import ChronologyRow

PLOT = timeline.WIDTH - 2 * timeline.PAD


def row(day, precision="day", *, until=None, title="測試", kind="event"):
    if kind == "event":
        record = Event(slug="t", title_zh=title, held_on=day, held_precision=precision, held_until=until)
    else:
        record = Instrument(slug="t", title_zh=title, signed_on=day, signed_precision=precision, signed_until=until)
    return ChronologyRow(day, kind, record)


def marks_of(rows, year, **kwargs):
    layout = timeline.year_layout(rows, year, **kwargs)
    return layout, layout["marks"]


def test_a_month_precision_item_is_drawn_across_its_month():
    _, (mark,) = marks_of([row(dt.date(1999, 8, 1), "month")], 1999)
    assert mark.precision == "month"
    assert mark.x1 == pytest.approx(timeline.PAD + 212 * PLOT / 365, abs=0.1)  # 1 August is day 213
    assert mark.width == pytest.approx(31 * PLOT / 365, abs=0.2)


def test_a_year_precision_item_is_drawn_across_the_year_with_its_label_inside():
    _, (mark,) = marks_of([row(dt.date(1999, 1, 1), "year", kind="instrument")], 1999)
    assert (mark.precision, mark.x1, mark.x2) == ("year", timeline.PAD, timeline.WIDTH - timeline.PAD)
    assert mark.label_inside and mark.label == "測試"


def test_early_and_late_narrow_the_span_to_a_third_of_the_period():
    late_year = Instrument(slug="t", title_zh="條約", signed_on=dt.date(1999, 1, 1), signed_precision="year", signed_qualifier="late")
    early_month = Event(slug="t", title_zh="會議", held_on=dt.date(2000, 3, 1), held_precision="month", held_qualifier="early")
    _, (late,) = marks_of([ChronologyRow(late_year.signed_on, "instrument", late_year)], 1999)
    assert (late.x1, late.x2) == (pytest.approx(timeline.day_x(dt.date(1999, 9, 1), 1999), abs=0.1), timeline.WIDTH - timeline.PAD)
    assert late.precision == "year" and late.title == "條約（1999年底）"
    _, (early,) = marks_of([ChronologyRow(early_month.held_on, "event", early_month)], 2000)
    assert early.width == pytest.approx(10 * PLOT / 366, abs=0.2)


def test_a_day_is_a_short_tick_on_its_day_and_a_range_spans_its_days():
    _, (day, days) = marks_of([row(dt.date(2001, 6, 15)), row(dt.date(2001, 6, 14), until=dt.date(2001, 6, 25))], 2001)
    middle = timeline.PAD + (165 + 0.5) * PLOT / 365  # the middle of 15 June, day 166
    assert day.width == timeline.DAY_MARK and (day.x1 + day.x2) / 2 == pytest.approx(middle, abs=0.1)
    assert days.precision == "day" and days.width == pytest.approx(12 * PLOT / 365, abs=0.2)
    assert day.lane != days.lane, "the two overlap in time, so they are drawn in two lanes"


def test_a_range_from_a_month_to_a_day_is_uncertain_and_spans_to_its_last_day():
    """Like the Coalition-2003 exercise: 'August – 12 August 2003'."""
    _, (mark,) = marks_of([row(dt.date(2003, 8, 1), "month", until=dt.date(2003, 8, 12))], 2003)
    assert mark.precision == "month"
    assert mark.width == pytest.approx(12 * PLOT / 365, abs=0.2)


def test_a_range_into_the_next_year_is_cut_at_the_year_end():
    _, (mark,) = marks_of([row(dt.date(2000, 12, 20), until=dt.date(2001, 1, 10))], 2000)
    assert mark.x2 == timeline.WIDTH - timeline.PAD


def test_many_items_on_one_day_stack_in_bounded_lanes_without_overlap_and_the_rest_is_counted():
    rows = [row(dt.date(2002, 3, 1), "month")] + [row(dt.date(2002, 6, 7), title=f"第{n}項") for n in range(20)]  # date order
    layout, marks = marks_of(rows, 2002, max_lanes=5)
    assert {mark.lane for mark in marks} == set(range(5))
    assert layout["more"] == [{"x": layout["months"][5]["middle"], "text": "+15", "title": "6月：另有 15 項，見下方列表"}]
    by_lane = {}
    for mark in marks:
        by_lane.setdefault(mark.lane, []).append(mark.extent(bool(mark.label)))
    for extents in by_lane.values():
        extents.sort()
        assert all(left[1] + timeline.GAP <= right[0] for left, right in itertools.pairwise(extents)), extents
    assert any(mark.precision == "month" for mark in marks), "the March item found room in a lane"
    assert layout["height"] == timeline.LANES_TOP + 5 * timeline.LANE + 26


def test_a_label_goes_before_its_mark_near_the_year_end_and_is_cut_to_fit():
    long_title = "上海合作組織成員國政府首腦關於區域經濟合作的基本目標和方向及啟動貿易和投資便利化進程的備忘錄" * 2
    _, (late, early) = marks_of([row(dt.date(2004, 12, 20), title=long_title), row(dt.date(2004, 1, 2), title=long_title)], 2004)
    assert late.label_anchor == "end" and late.label_x < late.x1
    assert early.label_anchor == "start" and early.label_x > early.x2
    for mark in (late, early):
        assert mark.label.endswith("…") and timeline.text_width(mark.label) <= timeline.LABEL_MAX


def test_month_and_year_labels_in_each_language():
    with translation.override("en"):
        layout = timeline.year_layout([row(dt.date(2001, 6, 15))], 2001)
        assert [m["label"] for m in layout["months"]] == [
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "May",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Oct",
            "Nov",
            "Dec",
        ]
        assert timeline.year_label(2001) == "2001"
    with translation.override("zh-hant"):
        layout = timeline.year_layout([row(dt.date(2001, 6, 15))], 2001)
        assert [m["label"] for m in layout["months"]] == [f"{n}月" for n in range(1, 13)]
        assert timeline.year_label(2001) == "2001年"


def test_nothing_to_draw_is_no_drawing():
    assert timeline.year_layout([], 2001) is None
    assert timeline.overview({}, []) is None


def phase(ordinal, start, end):
    return SimpleNamespace(ordinal=ordinal, start_year=start, end_year=end, display=f"第{ordinal}期")


def test_the_overview_spans_the_years_with_items_and_the_phases_with_a_band_for_each():
    counts = {(1989, 5): 2, (1993, 0): 1, (2001, 6): 4, (2001, 9): 1}
    with translation.override("en"):
        layout = timeline.overview(counts, [phase(1, 1996, 1997), phase(2, 1998, 2004)])
    assert (layout["first"], layout["last"]) == (1989, 2004)
    year_w = (timeline.WIDTH - 2 * timeline.PAD) / 16
    assert [(b["ordinal"], b["first"], b["last"]) for b in layout["bands"]] == [(0, 1989, 1995), (1, 1996, 1997), (2, 1998, 2004)]
    assert layout["bands"][1]["x"] == pytest.approx(timeline.PAD + 7 * year_w, abs=0.1)
    assert layout["bands"][1]["label"] == "Phase 1"
    bars = {(b["year"], b["title"]): b for b in layout["bars"]}
    june, may = bars[2001, "Jun 2001: 4 items"], bars[1989, "May 1989: 2 items"]
    assert june["height"] == timeline.BARS_HEIGHT and may["height"] == timeline.BARS_HEIGHT / 2
    assert june["y"] + june["height"] == layout["baseline"]
    (strip,) = layout["strips"]
    assert strip["year"] == 1993 and strip["title"] == "1993: 1 item known only to the year"
    assert strip["width"] == pytest.approx(year_w, abs=1.1)
    labels = {label["year"]: label for label in layout["labels"]}
    assert len(labels) == 16 and labels[1990]["count"] == 0 and labels[2001]["count"] == 5


def test_year_labels_thin_out_when_the_years_are_narrow():
    layout = timeline.overview({(1900, 1): 1, (2004, 1): 1}, [])
    years = [label["year"] for label in layout["labels"]]
    step = years[1] - years[0]
    assert step > 1 and all(b - a == step for a, b in itertools.pairwise(years))
    year_w = (timeline.WIDTH - 2 * timeline.PAD) / 105
    assert step * year_w >= timeline.text_width("2004年")
