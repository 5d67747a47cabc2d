"""A filter with more than 50 options is a text box: the reader types a name in any of its forms, the
form finds the record (or says clearly that it cannot) and links the list to pick from (issue #15)."""

import io
import json

import pytest
from django.core.management import call_command

from archive.filters import SELECT_LIMIT
from archive.models import State
from tests import factories

pytestmark = pytest.mark.django_db


def states_up_to(count: int) -> None:
    """Published states added until the archive has ``count`` of them."""
    for _ in range(count - State.objects.published().count()):
        factories.state(published=True)


def json_urls(client, query) -> list[str]:
    response = client.get("/chronology.json", query)
    assert response.status_code == 200, response.getvalue()
    return [record["url"] for record in json.loads(response.getvalue())["records"]]


def test_the_state_filter_is_a_select_up_to_fifty_states_and_a_text_box_past_them(client):
    states_up_to(SELECT_LIMIT)
    html = client.get("/en/chronology/").content.decode()
    assert '<select name="state">' in html and 'name="state" type="text"' not in html
    states_up_to(SELECT_LIMIT + 1)
    html = client.get("/en/chronology/").content.decode()
    assert '<select name="state">' not in html
    assert '<input id="filter-state" name="state" type="text"' in html
    assert '<select name="topic">' in html, "twelve topics: still a select"
    assert 'Type any of its names (Chinese, English, Russian), or pick one from <a href="/en/states/">the list of states</a>.' in html
    chinese = client.get("/chronology/").content.decode()
    assert '<a href="/states/">國家列表</a>' in chinese
    assert 'aria-describedby="filter-state-help"' in chinese


@pytest.mark.parametrize("typed", ["Uzbekistan", "uzbekistan", "UZBEKISTAN", " uzBEKistan ", "烏茲別克", "Узбекистан"])
def test_a_state_typed_in_any_of_its_forms_filters_as_its_slug(client, typed):
    """Line 177 (Uzbekistan joins at the 2001 Shanghai meeting): its name in Chinese, English or Russian."""
    states_up_to(SELECT_LIMIT + 1)
    expected = json_urls(client, {"state": "uzbekistan"})
    assert expected
    assert json_urls(client, {"state": typed}) == expected
    response = client.get("/en/events/", {"state": typed})
    assert response.status_code == 200
    assert [event.get_absolute_url().replace("/en", "") for event in response.context["object_list"]] == [
        url.split("testserver")[-1] for url in expected if "/events/" in url
    ]


def test_the_text_box_shows_the_name_typed_or_the_records_own_name_never_its_slug(client):
    states_up_to(SELECT_LIMIT + 1)
    typed = client.get("/en/chronology/", {"state": "Узбекистан"}).content.decode()
    assert 'name="state" type="text" size="14" autocomplete="off" value="Узбекистан"' in typed
    from_a_link = client.get("/en/chronology/", {"state": "uzbekistan"}).content.decode()
    assert 'name="state" type="text" size="14" autocomplete="off" value="Uzbekistan"' in from_a_link
    chinese = client.get("/chronology/", {"state": "uzbekistan"}).content.decode()
    assert 'value="烏茲別克"' in chinese


@pytest.mark.parametrize(("path", "language"), [("/en/chronology/", "en"), ("/chronology/", "zh"), ("/en/instruments/", "en")])
def test_an_unknown_name_is_a_400_naming_the_field_and_the_value_beside_its_box(client, path, language):
    states_up_to(SELECT_LIMIT + 1)
    response = client.get(path, {"state": "Atlantis", "kind": ""})
    assert response.status_code == 400
    html = response.content.decode()
    message = "No state of the archive is named “Atlantis”." if language == "en" else "本資料庫中沒有名為「Atlantis」的國家。"
    assert f'<span class="error" id="filter-state-error">{message}</span>' in html
    assert 'aria-describedby="filter-state-help filter-state-error" aria-invalid="true"' in html
    assert 'value="Atlantis"' in html, "the box keeps what was typed"
    assert 'role="alert"' in html


def test_an_unknown_name_in_a_download_is_a_400_in_plain_text(client):
    states_up_to(SELECT_LIMIT + 1)
    response = client.get("/en/chronology.csv", {"state": "Atlantis"})
    assert response.status_code == 400
    assert response.getvalue().decode() == "state: No state of the archive is named “Atlantis”.\n"


def test_a_name_of_two_states_is_ambiguous(client):
    states_up_to(SELECT_LIMIT + 1)
    factories.state(published=True, name_en="Twinland")
    factories.state(published=True, name_en="twinland")
    response = client.get("/en/chronology/", {"state": "Twinland"})
    assert response.status_code == 400
    assert "“Twinland” is the name of more than one state: type another of its names." in response.content.decode()
    chinese = client.get("/chronology/", {"state": "Twinland"}).content.decode()
    assert "「Twinland」是不只一個國家的名稱：請輸入它的其他名稱。" in chinese


def test_in_a_text_box_a_drafts_slug_or_name_is_unknown(client):
    states_up_to(SELECT_LIMIT + 2)  # still past the limit once one is a draft
    State.objects.filter(slug="uzbekistan").update(status="draft")
    for value in ("uzbekistan", "Uzbekistan"):
        response = client.get("/en/chronology/", {"state": value})
        assert response.status_code == 400
        assert f"No state of the archive is named “{value}”." in response.content.decode()


def test_below_the_limit_a_name_works_too_and_an_unknown_slug_still_filters_everything_out(client):
    assert json_urls(client, {"state": "Uzbekistan"}) == json_urls(client, {"state": "uzbekistan"})
    assert client.get("/chronology/", {"state": "no-such-state"}).status_code == 200
    assert json_urls(client, {"state": "no-such-state"}) == []


def test_the_name_typed_carries_to_the_year_pages_their_pages_and_the_downloads(client):
    states_up_to(SELECT_LIMIT + 1)
    index = client.get("/en/chronology/", {"state": "Узбекистан"}).content.decode()
    assert "/en/chronology/2001/?state=%D0%A3%D0%B7%D0%B1%D0%B5%D0%BA%D0%B8%D1%81%D1%82%D0%B0%D0%BD" in index
    year = client.get("/en/chronology/2001/", {"state": "Узбекистан"})
    assert year.status_code == 200
    assert {row.record.slug for row in year.context["rows"]} >= {"summit-2001-06-15-shanghai"}
    html = year.content.decode()
    assert "/chronology.csv?state=%D0%A3%D0%B7%D0%B1%D0%B5%D0%BA%D0%B8%D1%81%D1%82%D0%B0%D0%BD&amp;year_from=2001&amp;year_to=2001" in html


@pytest.mark.slow
def test_at_ten_times_the_archive_organs_and_states_are_text_boxes_found_by_name(client):
    call_command("generate_archive", scale=10, stdout=io.StringIO())
    html = client.get("/en/chronology/").content.decode()
    assert 'name="organ" type="text"' in html and 'name="state" type="text"' in html
    assert '<a href="/en/organs/">the organ chart</a>' in html
    by_slug = json_urls(client, {"organ": "rats-executive-committee"})
    assert by_slug
    assert json_urls(client, {"organ": "executive committee of the regional anti-terrorist structure"}) == by_slug
    assert json_urls(client, {"organ": "執行委員會"}) == by_slug
    assert json_urls(client, {"organ": "Исполнительный комитет"}) == by_slug
    assert client.get("/chronology/", {"organ": "No such body"}).status_code == 400
