"""Hypothesis asks every public route with arbitrary text in every parameter (and in parameter names,
record paths, the admin's login form): no answer is a server error, on SQLite as on PostgreSQL.

Three sizes of the same property:
- in the suite, a few derandomised examples (a couple of seconds);
- ``@pytest.mark.sweep`` (``make check-pages``, both databases in CI), bounded to FUZZ_SWEEP_SECONDS (50 s);
- ``make fuzz`` (not CI): FUZZ_REQUESTS requests (default 5,000) from the seed FUZZ_SEED, the counts
  printed; the spreadsheet half is in tests/test_import_fuzz.py.
"""

from __future__ import annotations

import logging
import os
import time
import urllib.parse
from collections import Counter

import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from archive.registry import page_models

pytestmark = pytest.mark.django_db

# Every parameter a public page reads, and names no page reads.
PARAMETERS = ["kind", "organ", "state", "topic", "year", "year_from", "year_to", "framework", "q", "type", "page", "on", "next", "x"]
LISTS = ["", "chronology/", "events/", "instruments/", "organs/", "states/", "people/", "places/", "sources/", "topics/"]
LISTS += ["phases/", "statistics/", "search/", "chronology.csv", "chronology.json", "organs/chart.svg"]

# Values that reach the interesting branches: well-formed, almost well-formed, hostile.
MEANINGFUL = st.sampled_from(
    [
        "summit",
        "agreement",
        "events",
        "instruments",
        "sco",
        "shanghai-five",
        "border",
        "china",
        "uzbekistan",
        "sco-heads-of-state-council",
        "2001",
        "1996",
        "0",
        "-1",
        "9999",
        "10000",
        "2003-02-29",
        "2004-06-17",
        "2001-06-15",
        "上海",
        "Хартия",
        "Rahmonov",
        "last",
        "2",
        "99999999999999999999",
        "%",
        "_",
        "\\",
        "'",
        '"',
        "*",
    ]
)
# Any code point, NUL and lone surrogates included (hypothesis leaves surrogates out of text by default).
CHARACTERS = st.one_of(st.characters(exclude_categories=()), st.integers(0xD800, 0xDFFF).map(chr), st.just("\x00"))
TEXT = st.text(CHARACTERS, max_size=24)
VALUES = st.one_of(TEXT, MEANINGFUL, st.integers().map(str), st.binary(max_size=6))


def quoted(value: str | bytes) -> str:
    """Percent-encoded as a browser would, surrogates as the bytes they would be (Django then reads them
    as U+FFFD) and arbitrary bytes as they are (not always UTF-8)."""
    raw = value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")
    return urllib.parse.quote(raw, safe="")


def detail_paths() -> list[str]:
    return [entry.model.objects.published().order_by("pk").first().get_absolute_url() for entry in page_models()]


@st.composite
def requests(draw, details: list[str]):
    """(method, path with query string, form data or None)."""
    prefix = draw(st.sampled_from(["/", "/en/"]))
    kind = draw(st.sampled_from(["list", "list", "list", "detail", "record-path", "login"]))
    if kind == "login":
        form = {"username": draw(VALUES), "password": draw(VALUES), draw(st.sampled_from(["next", "x"])): draw(VALUES)}
        return "post", "/admin/login/", form
    if kind == "list":
        path = prefix + draw(st.sampled_from(LISTS))
    elif kind == "detail":
        path = prefix.rstrip("/") + draw(st.sampled_from(details))
    else:  # a record's path with arbitrary text where its slug goes
        section = draw(st.sampled_from(["events", "instruments", "organs", "states", "people", "places", "sources", "topics"]))
        path = f"{prefix}{section}/{quoted(draw(VALUES))}/"
    names = draw(st.lists(st.one_of(st.sampled_from(PARAMETERS), TEXT), max_size=4))
    query = "&".join(f"{quoted(name)}={quoted(draw(VALUES))}" for name in names)
    return "get", path + (f"?{query}" if query else ""), None


class TimeUp(Exception):
    """Ends a run bounded in time (hypothesis then stops generating)."""


class Tally:
    """What one run did: requests by status, and the server errors (status ≥ 500) with their request."""

    def __init__(self):
        self.statuses: Counter[int] = Counter()
        self.server_errors: list[tuple[str, str, int]] = []

    def ask(self, client, method: str, path: str, form: dict | None) -> None:
        client.raise_request_exception = False
        if form is None:
            response = client.get(path)
        else:
            data = "&".join(f"{quoted(k)}={quoted(v)}" for k, v in form.items())
            response = client.post(path, data, content_type="application/x-www-form-urlencoded")
        self.statuses[response.status_code] += 1
        if response.status_code >= 500:
            self.server_errors.append((method, path[:200], response.status_code))

    def summary(self) -> str:
        by_status = ", ".join(f"{status}: {count}" for status, count in sorted(self.statuses.items()))
        return f"{sum(self.statuses.values())} requests ({by_status}); {len(self.server_errors)} server errors"


def run(client, *, examples: int, seconds: float | None = None, from_seed: int | None = None, derandomize: bool = False) -> Tally:
    """The property over ``examples`` requests (or until ``seconds`` have passed); every request is
    counted and a server error is recorded, not raised, so that the run goes on to the end."""
    tally = Tally()
    details = detail_paths()
    stop = time.monotonic() + seconds if seconds else None

    @settings(
        max_examples=examples,
        derandomize=derandomize,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(request=requests(details))
    def property_(request):
        if stop is not None and time.monotonic() > stop:
            raise TimeUp
        tally.ask(client, *request)

    if from_seed is not None:
        property_ = seed(from_seed)(property_)
    logging.disable(logging.WARNING)  # thousands of refused requests and failed logins: the tally says it
    try:
        property_()
    except TimeUp:
        pass
    finally:
        logging.disable(logging.NOTSET)
    return tally


def test_arbitrary_text_in_any_public_parameter_is_never_a_server_error(client):
    tally = run(client, examples=60, derandomize=True)
    assert not tally.server_errors, tally.server_errors[:10]
    assert {200, 400, 404} <= set(tally.statuses), tally.summary()


@pytest.mark.sweep
def test_arbitrary_text_in_any_public_parameter_is_never_a_server_error_bounded(client):
    seconds = float(os.environ.get("FUZZ_SWEEP_SECONDS", "50"))
    tally = run(client, examples=100_000, seconds=seconds, from_seed=int(os.environ.get("FUZZ_SEED", "0")))
    print(f"\nrequest fuzz ({seconds:.0f} s): {tally.summary()}")
    assert not tally.server_errors, tally.server_errors[:10]


@pytest.mark.skipif("FUZZ_REQUESTS" not in os.environ, reason="the long fuzz: make fuzz")
def test_long_request_fuzz(client):
    fuzz_seed = int(os.environ.get("FUZZ_SEED", "0"))
    tally = run(client, examples=int(os.environ["FUZZ_REQUESTS"]), from_seed=fuzz_seed)
    print(f"\nrequest fuzz, seed {fuzz_seed}: {tally.summary()}")
    for error in tally.server_errors[:20]:
        print("  server error:", *error)
    assert not tally.server_errors
