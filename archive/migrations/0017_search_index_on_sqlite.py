"""A trigram full-text index (FTS5) of every record's search text, on SQLite only.

PostgreSQL has its pg_trgm indexes (0013). On SQLite a word of three characters or more is first
looked up in ``<table>_search``, an FTS5 table of the record table's ``search_text`` (external
content, kept by triggers on insert, update and delete), and only the rows it names are matched
(archive/search.py). A two-character word still scans. Without FTS5's trigram tokenizer (SQLite
older than 3.34) this step does nothing, and search scans as before.
"""

import logging

from django.db import migrations

logger = logging.getLogger(__name__)


def searchable_tables(apps):
    return [model._meta.db_table for model in apps.get_app_config("archive").get_models() if "search_text" in {f.name for f in model._meta.fields}]


def statements(table: str) -> list[str]:
    index = f"{table}_search"
    delete_old = f"INSERT INTO \"{index}\"(\"{index}\", rowid, search_text) VALUES ('delete', old.id, old.search_text);"
    insert_new = f'INSERT INTO "{index}"(rowid, search_text) VALUES (new.id, new.search_text);'
    return [
        f"CREATE VIRTUAL TABLE \"{index}\" USING fts5(search_text, content='{table}', content_rowid='id', tokenize='trigram')",
        f'CREATE TRIGGER "{index}_insert" AFTER INSERT ON "{table}" BEGIN {insert_new} END',
        f'CREATE TRIGGER "{index}_delete" AFTER DELETE ON "{table}" BEGIN {delete_old} END',
        f'CREATE TRIGGER "{index}_update" AFTER UPDATE OF search_text ON "{table}" BEGIN {delete_old} {insert_new} END',
        f"INSERT INTO \"{index}\"(\"{index}\") VALUES ('rebuild')",
    ]


def trigram_available(connection) -> bool:
    with connection.cursor() as cursor:
        try:
            cursor.execute("CREATE VIRTUAL TABLE temp.archive_trigram_probe USING fts5(x, tokenize='trigram')")
        except Exception:  # sqlite3.OperationalError: no such module / tokenizer
            return False
        cursor.execute("DROP TABLE temp.archive_trigram_probe")
    return True


def create_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    if not trigram_available(schema_editor.connection):
        logger.warning("This SQLite has no FTS5 trigram tokenizer (3.34 or later): search reads every row.")
        return
    for table in searchable_tables(apps):
        for statement in statements(table):
            schema_editor.execute(statement)


def drop_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for table in searchable_tables(apps):
        for suffix in ("insert", "delete", "update"):
            schema_editor.execute(f'DROP TRIGGER IF EXISTS "{table}_search_{suffix}"')
        schema_editor.execute(f'DROP TABLE IF EXISTS "{table}_search"')


class Migration(migrations.Migration):
    dependencies = [("archive", "0016_indexes_for_growth")]

    operations = [migrations.RunPython(create_search_indexes, drop_search_indexes, elidable=False)]
