"""Search in every script, the same on SQLite and PostgreSQL (CI runs this file on both)."""

import pytest
from django.urls import reverse

from archive.search import normalise

pytestmark = pytest.mark.django_db


def test_normalisation_folds_case_variants_and_yo():
    assert normalise("ХАРТИЯ") == normalise("хартия")
    assert normalise("Ёлка") == normalise("елка")
    assert normalise("爲") == normalise("為")
    assert normalise("啓動") == normalise("啟動")
    assert normalise("Ｈａｒｔｉｊａ") == "hartija"  # full-width Latin (NFKC)


def results(client, q, **extra):
    response = client.get("/search/", {"q": q, **extra})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("憲章", "charter-2002-06-sco"),  # two-character Chinese word
        ("хартия", "charter-2002-06-sco"),  # Cyrillic, lower case
        ("ХАРТИЯ", "charter-2002-06-sco"),
        ("Hartija", "charter-2002-06-sco"),  # the chapter's transliteration
        ("charter", "charter-2002-06-sco"),  # English
        ("Bishkekское", "statement-1999-08-bishkek"),  # mixed-script form as printed
        ("啓動", "protocol-2002-05-28-economic-memorandum"),  # printed 啓, typed 啓
        ("啟動", "protocol-2002-05-28-economic-memorandum"),  # typed with the other variant
    ],
)
def test_instrument_found_by_every_form(client, query, slug):
    assert reverse("archive:instrument-detail", args=[slug]) in results(client, query)


def test_aliases_and_variant_spellings_are_found(client):
    assert "/states/uzbekistan/" in results(client, "烏茲別克斯坦")
    assert "/people/rakhmonov/" in results(client, "拉赫莫諾夫")
    assert "/people/kasymov/" in results(client, "Касымов")


def test_every_word_must_occur(client):
    html = results(client, "上海 憲章")
    assert "/instruments/charter-2002-06-sco/" in html
    assert "/instruments/convention-2001-06-15-shanghai/" not in html


def test_results_are_grouped_by_type_and_a_type_is_paginated(client):
    html = results(client, "上海")
    assert 'id="results-event"' in html and 'id="results-instrument"' in html
    only = results(client, "上海", type="instrument")
    assert 'id="results-event"' not in only
    assert "第 1 頁，共 1 頁" in only


def test_empty_query_shows_guidance(client):
    html = results(client, "")
    assert 'class="guidance"' in html


def test_long_query_is_answered_and_truncated(client):
    html = results(client, "上" * 1000)
    assert 'role="status"' in html


def test_query_is_shown_escaped(client):
    html = results(client, '<script>alert("x")</script>')
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize("query", ["\x00", "上海\x00", "\x00" * 300])
def test_nul_in_the_search_box_is_400_with_message(client, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 400
    html = response.content.decode()
    assert "contains a NUL character, which is not allowed." in html
    assert 'role="alert"' in html and 'aria-invalid="true"' in html
    assert "\x00" not in html


def test_nul_in_the_search_group_is_400_with_message(client):
    response = client.get("/en/search/", {"q": "上海", "type": "\x00"})
    assert response.status_code == 400
    assert "“\\x00” contains a NUL character, which is not allowed." in response.content.decode()


@pytest.mark.parametrize("group", ["bogus", "Event"])
def test_unknown_search_group_is_400_with_message(client, group):
    response = client.get("/search/", {"q": "上海", "type": group})
    assert response.status_code == 400
    assert "不是可搜尋的記錄類型" in response.content.decode()


def test_a_percent_encoded_lone_surrogate_is_searched_as_replacement_characters(client):
    assert client.get("/search/?q=%ED%A0%80").status_code == 200
