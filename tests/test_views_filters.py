"""One way to filter: the chronology, the lists and the downloads read the same parameters through one
form; a bad value is a 400 with a message on every page and download, never a 500 (NUL is the
PostgreSQL case: CI runs this file on both databases)."""

import json

import pytest

from archive.models import Organ, State, Topic

pytestmark = pytest.mark.django_db

PAGES = ["/chronology/", "/events/", "/instruments/"]
DOWNLOADS = ["/chronology.csv", "/chronology.json"]
BAD_YEARS = ["abc", "²²²²", "0", "99999999999", "1999x"]
YEAR_PARAMETERS = ["year", "year_from", "year_to"]
TEXT_PARAMETERS = {
    "/chronology/": ["kind", "organ", "state", "topic", *YEAR_PARAMETERS],
    "/events/": ["kind", "framework", "organ", "state", "topic", *YEAR_PARAMETERS],
    "/instruments/": ["kind", "organ", "state", "topic", *YEAR_PARAMETERS],
    "/chronology.csv": ["kind", "organ", "state", "topic", *YEAR_PARAMETERS],
    "/chronology.json": ["kind", "organ", "state", "topic", *YEAR_PARAMETERS],
}
NOT_A_YEAR = "“{}” is not a year (four digits, 1–9999)."


def json_urls(client, query) -> list[str]:
    response = client.get("/chronology.json", query)
    assert response.status_code == 200
    return [record["url"] for record in json.loads(response.getvalue())["records"]]


def listed(client, path, query) -> list[str]:
    response = client.get(path, query)
    assert response.status_code == 200
    return [record.slug for record in response.context["object_list"]]


# ---- a bad value: 400 with a message ---------------------------------------------------------


@pytest.mark.parametrize("value", BAD_YEARS)
@pytest.mark.parametrize("parameter", YEAR_PARAMETERS)
@pytest.mark.parametrize("path", PAGES)
def test_bad_year_on_a_page_is_400_with_the_message(client, path, parameter, value):
    response = client.get("/en" + path, {parameter: value})
    assert response.status_code == 400
    html = response.getvalue().decode()
    assert 'role="alert"' in html
    assert NOT_A_YEAR.format(value) in html


@pytest.mark.parametrize("value", BAD_YEARS)
@pytest.mark.parametrize("parameter", YEAR_PARAMETERS)
@pytest.mark.parametrize("path", DOWNLOADS)
def test_bad_year_in_a_download_is_400_plain_text_naming_parameter_and_value(client, path, parameter, value):
    response = client.get("/en" + path, {parameter: value})
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Content-Disposition" not in response
    assert response.getvalue().decode() == f"{parameter}: {NOT_A_YEAR.format(value)}\n"


def test_bad_year_on_events_list_is_400_with_message_beside_the_filter_in_chinese(client):
    response = client.get("/events/", {"year_from": "abc"})
    assert response.status_code == 400
    html = response.getvalue().decode()
    assert '<select name="year_from" aria-invalid="true" aria-describedby="filter-year_from-error">' in html
    assert '<span class="error" id="filter-year_from-error">「abc」不是年份（四位數字，1–9999）。</span>' in html
    assert "部分篩選條件無法使用，已略過。" in html


def test_bad_year_on_the_chronology_keeps_the_value_in_its_box_and_the_other_filters(client):
    response = client.get("/chronology/2001/", {"year_from": "19x6", "kind": "summit"})
    assert response.status_code == 400
    html = response.getvalue().decode()
    assert 'name="year_from" inputmode="numeric" size="4" value="19x6" aria-invalid="true"' in html
    assert '<option value="summit" selected>' in html
    assert "/events/summit-2001-06-15-shanghai/" in html, "the valid filter still applies"
    assert "/instruments/charter-2002-06-sco/" not in html


def test_bad_year_in_a_chronology_download_is_no_longer_the_unfiltered_file(client):
    response = client.get("/chronology.csv", {"year_from": "x"})
    assert response.status_code == 400
    assert response.getvalue().decode() == "year_from: 「x」不是年份（四位數字，1–9999）。\n"


@pytest.mark.parametrize("path", PAGES + DOWNLOADS)
def test_first_year_after_the_last_is_400(client, path):
    response = client.get("/en" + path, {"year_from": "2004", "year_to": "2001"})
    assert response.status_code == 400
    assert "“2001” is before the first year, 2004." in response.getvalue().decode()


@pytest.mark.parametrize("value", ["\x00", "2001\x00"])
@pytest.mark.parametrize(("path", "parameter"), [(path, name) for path, names in TEXT_PARAMETERS.items() for name in names])
def test_nul_in_a_parameter_is_400_with_message_on_every_page_and_download(client, path, parameter, value):
    response = client.get("/en" + path, {parameter: value})
    assert response.status_code == 400
    body = response.getvalue().decode()
    assert "\x00" not in body
    assert f"“{value.replace(chr(0), chr(92) + 'x00')}” contains a NUL character, which is not allowed." in body
    if path in DOWNLOADS:
        assert body.startswith(f"{parameter}: ")


@pytest.mark.parametrize("path", PAGES + DOWNLOADS)
def test_unknown_kind_is_400(client, path):
    response = client.get("/en" + path, {"kind": "bogus"})
    assert response.status_code == 400
    assert "“bogus” is not one of the kinds offered here." in response.getvalue().decode()


@pytest.mark.parametrize(("path", "kind"), [("/events/", "agreement"), ("/events/", "events"), ("/instruments/", "summit")])
def test_a_kind_of_another_list_is_400(client, path, kind):
    assert client.get(path, {"kind": kind}).status_code == 400


def test_unknown_framework_on_events_list_is_400(client):
    assert client.get("/events/", {"framework": "warsaw-pact"}).status_code == 400


@pytest.mark.parametrize("value", ["a" * 121, "<b>bold</b>", "border topic"])
@pytest.mark.parametrize("path", PAGES + DOWNLOADS)
def test_slug_too_long_or_malformed_is_400_and_shown_escaped(client, path, value):
    response = client.get(path, {"organ": value})
    assert response.status_code == 400
    if path in DOWNLOADS:
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        assert response["X-Content-Type-Options"] == "nosniff"
    else:
        assert "<b>" not in response.getvalue().decode()


def test_a_parameter_without_a_control_on_the_page_gets_its_message_in_the_alert(client):
    html = client.get("/en/events/", {"topic": "a b"}).content.decode()
    assert "<p>topic: “a b” is not a valid identifier: use letters, digits, hyphens and underscores.</p></div>" in html


def test_a_percent_encoded_lone_surrogate_is_a_400_not_a_500(client):
    assert client.get("/chronology/?topic=%ED%A0%80").status_code == 400
    assert client.get("/chronology.json?topic=%ED%A0%80").status_code == 400


# ---- what a filter means ---------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/events/", "/instruments/"])
def test_year_on_a_list_equals_year_from_and_year_to(client, path):
    shorthand = listed(client, path, {"year": "2001"})
    assert shorthand
    assert shorthand == listed(client, path, {"year_from": "2001", "year_to": "2001"})
    html = client.get(path, {"year": "2001"}).getvalue().decode()
    assert html.count('<option value="2001" selected>') == 2, "both year boxes show it"


def test_year_on_the_chronology_equals_year_from_and_year_to(client):
    assert json_urls(client, {"year": "2001"}) == json_urls(client, {"year_from": "2001", "year_to": "2001"})


def test_lists_take_the_chronologys_filters(client):
    events = listed(client, "/events/", {"state": "uzbekistan", "year_to": "2000"})
    assert "summit-2000-07-05-dushanbe" in events
    assert "summit-1996-04-26-shanghai" not in events
    in_chronology = [url for url in json_urls(client, {"kind": "events", "state": "uzbekistan", "year_to": "2000"})]
    assert [url.rstrip("/").rsplit("/", 1)[1] for url in in_chronology] == events
    border = listed(client, "/instruments/", {"topic": "border", "year_from": "1996", "year_to": "1997"})
    assert border and listed(client, "/instruments/", {"topic": "border"}) != border


@pytest.mark.parametrize(
    ("model", "parameter", "slug"),
    [(Topic, "topic", "border"), (State, "state", "uzbekistan"), (Organ, "organ", "sco-heads-of-government")],
)
def test_a_drafts_slug_gives_the_same_result_as_an_unknown_slug(client, model, parameter, slug):
    assert json_urls(client, {parameter: slug}), "published: it filters"
    model.objects.filter(slug=slug).update(status="draft")
    assert json_urls(client, {parameter: slug}) == json_urls(client, {parameter: "no-such-slug"}) == []
    assert client.get("/chronology/", {parameter: slug}).status_code == 200, "a well-formed slug is not an error"
    for path in ("/events/", "/instruments/"):
        assert listed(client, path, {parameter: slug}) == listed(client, path, {parameter: "no-such-slug"}) == []


def test_unknown_parameters_are_ignored(client):
    query = {"kind": "summit", "year_from": "2001"}
    noise = {"utm_source": "x", "fbclid": "'; --", "year_form": "abc", "framework": "bogus"}  # no framework on the chronology
    assert json_urls(client, query | noise) == json_urls(client, query)
    assert client.get("/chronology/", query | noise).status_code == 200
    assert listed(client, "/instruments/", noise | {"year": "2001"}) == listed(client, "/instruments/", {"year": "2001"})
    assert listed(client, "/events/", {"utm_source": "x"}) == listed(client, "/events/", {})


def test_empty_values_filter_nothing(client):
    empty = {"kind": "", "organ": "", "state": "", "topic": "", "year": "", "year_from": "", "year_to": ""}
    assert json_urls(client, empty) == json_urls(client, {})
    assert listed(client, "/events/", empty | {"framework": ""}) == listed(client, "/events/", {})
