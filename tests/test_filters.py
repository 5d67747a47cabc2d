"""The filter form of the chronology, the lists and the downloads: parsing and validation, one parameter at a time."""

import pytest
from django.utils import translation

from archive.filters import RecordFilterForm, SearchForm, shown
from archive.selectors import RecordFilters

pytestmark = pytest.mark.django_db

SCOPES = ["chronology", "events", "instruments"]


@pytest.fixture(autouse=True)
def english():
    """Messages in English (the site's default language is Chinese; the pages' tests check that too)."""
    with translation.override("en"):
        yield


def form(scope="chronology", **data):
    return RecordFilterForm(data, scope=scope)


@pytest.mark.parametrize("value", ["1", "0001", "999", "2001", " 2001 ", "9999"])
def test_a_year_is_one_to_four_ascii_digits_from_1_to_9999(value):
    assert form(year_from=value).filters.year_from == int(value)


NOT_YEARS = ["0", "0000", "10000", "99999999999", "-1", "+2001", "2001.0", "1999x", "abc", "²²²²", "２００１", "١٩٩٩"]


@pytest.mark.parametrize("value", NOT_YEARS)
def test_anything_else_is_not_a_year(value):
    assert form(year_from=value).problems()["year_from"] == f"“{value}” is not a year (four digits, 1–9999)."


def test_superscript_digits_are_not_a_year_though_str_isdigit_says_they_are_digits():
    assert "²²²²".isdigit()
    assert "year_from" in form(year_from="²²²²").errors


def test_empty_values_and_unknown_parameters_filter_nothing():
    empty = form(kind="", organ="", state="", topic="", year="", year_from="", year_to="", utm_source="x", page="2", other="\x00")
    assert empty.is_valid()
    assert empty.filters == RecordFilters()


def test_year_is_shorthand_for_the_same_first_and_last_year():
    assert form("events", year="2001").filters == form("events", year_from="2001", year_to="2001").filters
    assert form("events", year="2001").filters.year_from == 2001


def test_year_and_a_range_together_narrow_each_other():
    filters = form("events", year="2001", year_from="1999", year_to="2003").filters
    assert (filters.year_from, filters.year_to) == (2001, 2001)


def test_a_first_year_after_the_last_is_an_error_on_the_last():
    bad = form(year_from="2004", year_to="2001")
    assert list(bad.errors) == ["year_to"]
    assert bad.problems()["year_to"] == "“2001” is before the first year, 2004."
    assert bad.filters.year_from == 2004, "the valid filter still applies"


@pytest.mark.parametrize(
    ("scope", "accepted", "refused"),
    [
        ("chronology", ["events", "instruments", "summit", "agreement"], ["bogus", "Summit"]),
        ("events", ["summit", "ministerial"], ["agreement", "events", "bogus"]),
        ("instruments", ["agreement", "charter"], ["summit", "instruments", "bogus"]),
    ],
)
def test_kind_is_one_of_the_kinds_the_page_offers(scope, accepted, refused):
    for kind in accepted:
        assert form(scope, kind=kind).filters.kind == kind
    for kind in refused:
        assert form(scope, kind=kind).problems()["kind"] == f"“{kind}” is not one of the kinds offered here."


def test_framework_is_a_filter_of_the_events_list_only():
    assert form("events", framework="sco").filters.framework == "sco"
    assert "framework" in form("events", framework="bogus").errors
    for scope in ("chronology", "instruments"):
        assert form(scope, framework="bogus").is_valid(), "an unknown parameter there"


def test_a_well_formed_slug_is_not_checked_against_the_records():
    assert form(topic="no-such-topic").filters.topic == "no-such-topic"


@pytest.mark.parametrize("value", ["a" * 121, "<script>", "border topic", "邊界", "border/1"])
def test_a_slug_too_long_or_with_characters_a_slug_cannot_hold_is_an_error(value):
    assert "topic" in form(topic=value).errors


@pytest.mark.parametrize("scope", SCOPES)
def test_every_field_refuses_a_nul_first_choice_fields_included(scope):
    names = list(RecordFilterForm({}, scope=scope).fields)
    assert {"kind", "organ", "state", "topic", "year", "year_from", "year_to"} <= set(names)
    for name in names:
        for value in ("\x00", "summit\x00", "2001\x00"):
            problems = form(scope, **{name: value}).problems()
            assert problems[name].endswith("contains a NUL character, which is not allowed."), (name, problems)
            assert "\x00" not in problems[name], "the message writes the character as an escape"


def test_a_value_is_quoted_short_and_printable():
    assert shown("a\x00b") == "a\\x00b"
    assert shown("\ud800") == "\\ud800"
    assert shown("x" * 100) == "x" * 40 + "…"
    assert shown("邊界 Хартия") == "邊界 Хартия"
    message = form(topic="\ud800").problems()["topic"]
    assert message.startswith("“\\ud800”")
    message.encode("utf-8")  # a lone surrogate could not be sent


def test_problems_as_text_name_the_parameter_and_the_value():
    bad = form(year_from="abc", kind="bogus")
    assert bad.problems_as_text() == (
        "kind: “bogus” is not one of the kinds offered here.\nyear_from: “abc” is not a year (four digits, 1–9999).\n"
    )


def test_problems_beside_the_controls_of_the_page_and_the_rest_on_their_own():
    bad = form("events", year="abc", topic="\x00", kind="bogus")
    beside, elsewhere = bad.problems_beside(("kind", "framework", "year_from", "year_to"))
    assert set(beside) == {"kind", "year_from"}, "year has no control: beside the first year"
    assert set(elsewhere) == {"topic"}
    both = form("events", year="abc", year_from="x").problems_beside(("year_from",))
    assert both == ({"year_from": "“x” is not a year (four digits, 1–9999)."}, {"year": "“abc” is not a year (four digits, 1–9999)."})


def test_search_form_refuses_a_nul_and_an_unknown_group_but_not_a_long_query():
    groups = ["event", "instrument"]
    assert SearchForm({"q": "上" * 1000, "type": "event"}, groups=groups).is_valid()
    assert "q" in SearchForm({"q": "上海\x00"}, groups=groups).errors
    assert "type" in SearchForm({"q": "上海", "type": "bogus"}, groups=groups).errors
    assert "type" in SearchForm({"q": "上海", "type": "\x00"}, groups=groups).errors
