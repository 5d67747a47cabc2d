"""Dates display as precisely as the chapter gives them, never with a made-up day."""

import datetime as dt

import pytest
from django.utils import translation

from archive.dates import PartialDate, format_range


def d(text):
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize(
    ("start", "end", "zh", "en"),
    [
        # 第一節 壹 1998: 1998 年 7 月 3—4 日
        (PartialDate(d("1998-07-03")), PartialDate(d("1998-07-04")), "1998年7月3日至4日", "3–4 July 1998"),
        # 第一節 壹 2000: 3 月 … 第一次國防部長會晤 (month only)
        (PartialDate(d("2000-03-01"), "month"), None, "2000年3月", "March 2000"),
        # 第三節 壹: 1999年底
        (PartialDate(d("1999-01-01"), "year", "late"), None, "1999年底", "late 1999"),
        # 第一節 貳 2003: 8月—12日 (start day not printed)
        (PartialDate(d("2003-08-01"), "month"), PartialDate(d("2003-08-12")), "2003年8月至8月12日", "August – 12 August 2003"),
        # 第三節 肆: 1992年1月2日—6日
        (PartialDate(d("1992-01-02")), PartialDate(d("1992-01-06")), "1992年1月2日至6日", "2–6 January 1992"),
        (PartialDate(d("2003-05-28")), PartialDate(d("2003-06-02")), "2003年5月28日至6月2日", "28 May – 2 June 2003"),
        (PartialDate(d("1996-04-26")), None, "1996年4月26日", "26 April 1996"),
        (PartialDate(d("2000-01-01"), "year"), None, "2000年", "2000"),
    ],
)
def test_dates_render_at_their_precision_in_both_languages(start, end, zh, en):
    assert format_range(start, end, "zh-hant") == zh
    assert format_range(start, end, "en") == en


def test_the_active_language_chooses_the_form():
    start = PartialDate(d("2000-03-01"), "month")
    with translation.override("en"):
        assert start.format() == "March 2000"
    with translation.override("zh-hant"):
        assert start.format() == "2000年3月"


def test_month_and_year_dates_cover_their_whole_period():
    assert PartialDate(d("2004-02-01"), "month").latest() == d("2004-02-29")
    assert PartialDate(d("1999-01-01"), "year").latest() == d("1999-12-31")
    assert PartialDate(d("2004-01-01"), "month").iso() == "2004-01"


def test_a_month_date_not_on_the_first_is_reported():
    assert PartialDate(d("2000-03-15"), "month").normalisation_problem()
    assert PartialDate(d("2000-07-01"), "year").normalisation_problem()
    assert not PartialDate(d("2000-03-01"), "month").normalisation_problem()


def record_time(record, language="zh-hant") -> str:
    from django.template import Context, Template

    with translation.override(language):
        return Template("{% load archive_tags %}{% record_time record %}").render(Context({"record": record}))


@pytest.mark.parametrize(
    ("held", "until", "html_zh", "html_en"),
    [
        # a day: 第一節 壹 1996, 上海 1996 年 4 月 26 日
        (
            ("1996-04-26", "day", ""),
            None,
            '<time datetime="1996-04-26">1996年4月26日</time>',
            '<time datetime="1996-04-26">26 April 1996</time>',
        ),
        # a month: 第一節 壹 2000, 3 月 … 國防部長會晤 (the day is not printed: no made-up day either)
        (("2000-03-01", "month", ""), None, '<time datetime="2000-03">2000年3月</time>', '<time datetime="2000-03">March 2000</time>'),
        # a year
        (("2000-01-01", "year", ""), None, '<time datetime="2000">2000年</time>', '<time datetime="2000">2000</time>'),
        # a qualified year: 第三節 壹, 1999年底 (the datetime is the year it qualifies)
        (("1999-01-01", "year", "late"), None, '<time datetime="1999">1999年底</time>', '<time datetime="1999">late 1999</time>'),
        # a range of days: 第一節 壹 1998, 1998 年 7 月 3—4 日 (the datetime is its first day)
        (
            ("1998-07-03", "day", ""),
            ("1998-07-04", "day"),
            '<time datetime="1998-07-03">1998年7月3日至4日</time>',
            '<time datetime="1998-07-03">3–4 July 1998</time>',
        ),
        # a range from a month to a day: 第一節 貳 2003, 8月—12日
        (
            ("2003-08-01", "month", ""),
            ("2003-08-12", "day"),
            '<time datetime="2003-08">2003年8月至8月12日</time>',
            '<time datetime="2003-08">August – 12 August 2003</time>',
        ),
    ],
)
def test_a_record_date_is_a_time_element_with_a_valid_datetime_at_its_precision(held, until, html_zh, html_en):
    from archive.models import Event

    (on, precision, qualifier), (end, end_precision) = held, until or (None, "day")
    event = Event(
        held_on=d(on), held_precision=precision, held_qualifier=qualifier, held_until=end and d(end), held_until_precision=end_precision
    )
    assert record_time(event) == html_zh
    assert record_time(event, "en") == html_en


def test_a_record_without_a_date_has_no_time_element():
    from archive.models import Event, Instrument, State

    assert record_time(Instrument(signed_on=None)) == ""
    assert record_time(Event(held_on=None)) == ""
    assert record_time(State()) == ""  # a record that is not placed in time
