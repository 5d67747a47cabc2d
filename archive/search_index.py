"""SQLite's trigram index of the search text, which search reads to narrow a word of three
characters or more (``archive.search.indexed_rows``); PostgreSQL has its pg_trgm indexes instead
(migration 0013).

Each searchable table ``T`` has ``T_search``, an FTS5 table of ``T.search_text`` (external content,
trigram tokenizer), kept by three triggers on ``T``: after an insert, a delete and an update of
``search_text``, whatever makes them (the ORM, ``QuerySet.update``, ``loaddata``, a restore, SQL).
It is derived data, made after every ``migrate`` (``post_migrate``): a migration that rebuilds a
table on SQLite (most field changes do) drops the table's triggers, and the next ``ensure`` puts them
back and rebuilds the index. Without FTS5's trigram tokenizer (SQLite older than 3.34) there is no
index and search reads every row; a process with such an SQLite could not write to the tables of a
database that has the index (its triggers name FTS5).
"""

from __future__ import annotations

import functools
import logging

from django.apps import apps
from django.db import DatabaseError, connections

logger = logging.getLogger(__name__)

TRIGGERS = ("insert", "delete", "update")


def index_name(table: str) -> str:
    return f"{table}_search"


def statements(table: str) -> list[str]:
    index = index_name(table)
    delete_old = f'INSERT INTO "{index}"("{index}", rowid, search_text) VALUES (\'delete\', old.id, old.search_text);'
    insert_new = f'INSERT INTO "{index}"(rowid, search_text) VALUES (new.id, new.search_text);'
    fts = f"fts5(search_text, content='{table}', content_rowid='id', tokenize='trigram')"
    return [
        f'CREATE VIRTUAL TABLE IF NOT EXISTS "{index}" USING {fts}',
        f'CREATE TRIGGER IF NOT EXISTS "{index}_insert" AFTER INSERT ON "{table}" BEGIN {insert_new} END',
        f'CREATE TRIGGER IF NOT EXISTS "{index}_delete" AFTER DELETE ON "{table}" BEGIN {delete_old} END',
        f'CREATE TRIGGER IF NOT EXISTS "{index}_update" AFTER UPDATE OF search_text ON "{table}" BEGIN {delete_old} {insert_new} END',
        f'INSERT INTO "{index}"("{index}") VALUES (\'rebuild\')',
    ]


def searchable_tables() -> list[str]:
    """The tables with a search text column: every record with a page of its own."""
    models = apps.get_app_config("archive").get_models()
    return [model._meta.db_table for model in models if any(field.name == "search_text" for field in model._meta.fields)]


def schema_names(connection) -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        return {name for (name,) in cursor.fetchall()}


def complete(table: str, names: set[str]) -> bool:
    index = index_name(table)
    return {table, index, *(f"{index}_{trigger}" for trigger in TRIGGERS)} <= names


def has_search_text(connection, table: str) -> bool:
    """The table has its search text column (not so when migrated back before it)."""
    with connection.cursor() as cursor:
        cursor.execute(f'PRAGMA table_info("{table}")')
        return any(column[1] == "search_text" for column in cursor.fetchall())


def trigram_available(connection) -> bool:
    with connection.cursor() as cursor:
        try:
            cursor.execute("CREATE VIRTUAL TABLE temp.archive_trigram_probe USING fts5(x, tokenize='trigram')")
        except DatabaseError:  # no FTS5, or no trigram tokenizer
            return False
        cursor.execute("DROP TABLE temp.archive_trigram_probe")
    return True


def ensure(using: str = "default", **kwargs) -> list[str]:
    """Make the index of every searchable table that lacks it or one of its triggers, and rebuild it
    from the table; the tables made. A post_migrate receiver (SQLite only)."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return []
    names = schema_names(connection)
    present = [table for table in searchable_tables() if table in names and has_search_text(connection, table)]
    missing = [table for table in present if not complete(table, names)]
    if missing and not trigram_available(connection):
        version = connection.Database.sqlite_version
        logger.warning("This SQLite (%s) has no FTS5 trigram tokenizer (3.34 or later): search reads every row.", version)
        return []
    with connection.cursor() as cursor:
        for table in missing:
            for statement in statements(table):
                cursor.execute(statement)
    indexed_tables.cache_clear()
    return missing


@functools.cache
def indexed_tables(database: str) -> frozenset[str]:
    """The tables of the default SQLite database (named ``database``) whose index is whole."""
    connection = connections["default"]
    names = schema_names(connection)
    return frozenset(table for table in searchable_tables() if complete(table, names))
