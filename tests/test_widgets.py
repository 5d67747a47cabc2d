"""The spreadsheet columns' widgets and parsers: every bad value is a ValueError that names it."""

import datetime as dt
from decimal import Decimal

import pytest

from archive.models import Place, State
from archive.transfer.columns import (
    BooleanTextWidget,
    SlugCache,
    SlugListWidget,
    SlugWidget,
    StrictDecimalWidget,
    StrictIntegerWidget,
    TextWidget,
    date_kwargs,
    parse_citations,
)

pytestmark = pytest.mark.django_db


def test_slug_widget_finds_by_slug_and_names_an_unknown_one():
    widget = SlugWidget(State)
    assert widget.clean("china").name_zh == "中國"
    assert widget.clean("") is None
    with pytest.raises(ValueError, match="“atlantis”"):
        widget.clean("atlantis")
    assert widget.clean("china", slug_cache=SlugCache()).slug == "china"


def test_slug_list_widget_refuses_any_unknown_value_instead_of_dropping_it():
    widget = SlugListWidget(Place)
    assert [p.slug for p in widget.clean("almaty; bishkek")] == ["almaty", "bishkek"]
    with pytest.raises(ValueError, match=r"“atlantis”.*“lemuria”"):
        widget.clean("almaty; atlantis; lemuria")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1998-07-03/1998-07-04", {"held_on": dt.date(1998, 7, 3), "held_precision": "day", "held_until": dt.date(1998, 7, 4)}),
        ("2000-03", {"held_on": dt.date(2000, 3, 1), "held_precision": "month", "held_until": None}),
        ("1999~late", {"held_on": dt.date(1999, 1, 1), "held_precision": "year", "held_qualifier": "late"}),
        ("2003-08/2003-08-12", {"held_precision": "month", "held_until": dt.date(2003, 8, 12), "held_until_precision": "day"}),
        ("", {"held_on": None}),
    ],
)
def test_compact_dates_keep_their_precision(text, expected):
    parsed = date_kwargs("held", text, with_end=True)
    assert {key: parsed[key] for key in expected} == expected


@pytest.mark.parametrize("text", ["1998-13-01", "2003-02-30", "July 1998", "98-07-03", "1998-07-03/"])
def test_bad_dates_are_errors_that_quote_the_value(text):
    with pytest.raises(ValueError, match=f"“{text}” is not a date"):
        date_kwargs("held", text, with_end=True)


def test_a_range_in_a_single_date_column_is_refused():
    with pytest.raises(ValueError, match="single date"):
        date_kwargs("starts", "2001-06-14/2001-06-15")


def test_numbers_and_booleans():
    assert StrictDecimalWidget().clean("17.6") == Decimal("17.6")
    assert StrictDecimalWidget().render(Decimal("4200.0000")) == "4200"
    with pytest.raises(ValueError, match=r"“9~17\.6” is not a number"):
        StrictDecimalWidget().clean("9~17.6")
    with pytest.raises(ValueError, match="whole number"):
        StrictIntegerWidget().clean("third")
    assert BooleanTextWidget().clean("是") is True and BooleanTextWidget().clean("false") is False
    with pytest.raises(ValueError, match="neither true nor false"):
        BooleanTextWidget().clean("maybe")


def test_text_widget_restores_escaped_formulas_and_keeps_empty_cells_empty():
    assert TextWidget().clean("'=1+1") == "=1+1"
    assert TextWidget().clean(None) == ""
    assert TextWidget().clean("'plain") == "'plain"


def test_citation_cells_parse_and_report_each_bad_line():
    parsed = parse_citations("thesis-chapter-2 | 5 |  | 第一節 | Yeltsin absent\nthesis-chapter-2 |  |  | 第二節 壹")
    assert [(c["footnote"], c["section"]) for c in parsed] == [(5, "第一節"), (None, "第二節 壹")]
    with pytest.raises(ValueError, match="line 2: no source with slug “nowhere”"):
        parse_citations("thesis-chapter-2 | 1\nnowhere | 2")
    with pytest.raises(ValueError, match="line 1: footnote “five” is not a number"):
        parse_citations("thesis-chapter-2 | five")
    with pytest.raises(ValueError, match="footnote number or the chapter's section"):
        parse_citations("thesis-chapter-2")


def test_a_citation_line_may_end_with_its_dates_and_a_line_without_them_leaves_them_to_the_import():
    dated, plain = parse_citations(
        "thesis-chapter-2 | 5 |  | 第一節 |  |  | 2001-06-15T00:00:00Z | 2001-06-16T08:00:00+08:00\nthesis-chapter-2 | 6 |  | 第一節"
    )
    assert dated["dates_given"] and (dated["published_at"].day, dated["updated_at"].hour) == (15, 0)
    assert not plain["dates_given"]
    with pytest.raises(ValueError, match="line 1, updated_at: “soon” is not a date and time"):
        parse_citations("thesis-chapter-2 | 5 |  | 第一節 |  |  |  | soon")
