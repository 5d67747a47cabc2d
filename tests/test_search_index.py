"""Search on SQLite reads a trigram index of the search text (migration 0017) for a rare word of three
characters or more, and finds exactly what reading every row finds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive import search, search_index
from archive.registry import page_models
from sco_site.page_cache import STORE
from tests import factories

pytestmark = pytest.mark.django_db
sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's own index; PostgreSQL's planner uses pg_trgm (0013)")

READ_BY_INDEX = 'IN (SELECT rowid FROM "archive_event_search"'


def search_queries(client, q: str) -> tuple[str, list[str]]:
    STORE.clear()  # rendered afresh, its queries counted
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/en/search/", {"q": q})
    assert response.status_code == 200
    return response.content.decode(), [query["sql"] for query in captured]


def index_is_whole():
    """FTS5's own check that every index holds exactly its table's search texts."""
    with connection.cursor() as cursor:
        for entry in page_models():
            index = f"{entry.model._meta.db_table}_search"
            cursor.execute(f'INSERT INTO "{index}"("{index}") VALUES (\'integrity-check\')')


@sqlite_only
def test_a_rare_word_is_read_from_the_index_which_follows_every_write(client):
    event = factories.event(published=True, title_en="Qwertyzx border talks")
    html, queries = search_queries(client, "qwertyz")
    assert event.get_absolute_url() in html
    assert any(READ_BY_INDEX in sql for sql in queries)

    event.title_en = "Plainword border talks"
    event.save()
    assert event.get_absolute_url() not in search_queries(client, "qwertyz")[0]
    assert event.get_absolute_url() in search_queries(client, "plainwor")[0]

    type(event).objects.filter(pk=event.pk).update(search_text="bulkwritten")  # no save(): the trigger still sees it
    assert event.get_absolute_url() in search_queries(client, "bulkwri")[0]
    index_is_whole()

    event.delete()
    assert "/en/events/" not in search_queries(client, "bulkwri")[0].split("<main", 1)[1]
    index_is_whole()


@sqlite_only
def test_a_short_or_common_word_reads_the_table(client, monkeypatch):
    factories.event(published=True, title_en="Qwertyzx border talks")
    assert not any(READ_BY_INDEX in sql for sql in search_queries(client, "qw")[1]), "two letters: no trigram to look up"
    monkeypatch.setattr(search, "INDEXED_ROWS_LIMIT", 0)  # every word counts as common
    html, queries = search_queries(client, "qwertyz")
    assert "/en/events/" in html and not any(READ_BY_INDEX in sql for sql in queries)


@sqlite_only
def test_a_table_remade_by_a_migration_gets_its_triggers_back_and_its_index_rebuilt(client):
    """SQLite rebuilds a table for most field changes, which drops the table's triggers: the next
    migrate's ensure() puts them back and rebuilds the index from the table."""
    with connection.cursor() as cursor:
        cursor.execute('DROP TRIGGER "archive_event_search_insert"')
    search_index.indexed_tables.cache_clear()  # read once per process: as a worker started after the migration
    assert "archive_event" not in search_index.indexed_tables(connection.settings_dict["NAME"])
    event = factories.event(published=True, title_en="Unindexedword talks")  # written while the trigger is gone
    assert event.get_absolute_url() in search_queries(client, "unindexedw")[0], "without its trigger, the table is read"
    assert search_index.ensure() == ["archive_event"]
    html, queries = search_queries(client, "unindexedw")
    assert event.get_absolute_url() in html and any(READ_BY_INDEX in sql for sql in queries)
    index_is_whole()
    assert search_index.ensure() == [], "a whole index is left alone"


QUERIES = ["上海合作", "組織", "хартия", "ХАРТИЯ", "charter", "Rahmonov", "Hartija", "statement bishkek", "sco"]


# Besides words the seed holds, characters FTS5's query syntax gives a meaning to, quoted away.
@pytest.mark.parametrize("q", [*QUERIES, "憲章*", '"sco"', '"sco', "(sco)", "-sco", "^sco", "sco OR x", "qqqzzz"])
def test_the_index_finds_what_reading_every_row_finds(client, monkeypatch, q):
    indexed = client.get("/en/search/", {"q": q}).context["groups"]
    monkeypatch.setattr(search, "INDEXED_ROWS_LIMIT", -1)
    STORE.clear()  # the page would be answered from memory
    scanned = client.get("/en/search/", {"q": q}).context["groups"]

    def found(groups):
        return [(group["key"], group["count"], [record.slug for record in group["records"]]) for group in groups]

    assert found(indexed) == found(scanned)
    assert found(indexed) or q not in QUERIES, "the seed holds every word of QUERIES"
