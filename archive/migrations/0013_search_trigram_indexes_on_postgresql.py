"""A pg_trgm GIN index on every record's search text, on PostgreSQL only.

Search is a plain substring match on ``search_text`` (see archive/search.py), which a trigram index
serves for queries of three characters or more (a two-character query, such as most Chinese words,
still scans). Creating the extension needs CREATE on the database (README, "PostgreSQL"). SQLite has
no such index: this step does nothing there.
"""

from django.db import migrations


def searchable_tables(apps):
    return [model._meta.db_table for model in apps.get_app_config("archive").get_models() if "search_text" in {f.name for f in model._meta.fields}]


def index_name(table: str) -> str:
    return f"{table}_search_trgm"


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for table in searchable_tables(apps):
        quote = schema_editor.quote_name
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {quote(index_name(table))} ON {quote(table)} USING gin (search_text gin_trgm_ops)")


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in searchable_tables(apps):
        schema_editor.execute(f"DROP INDEX IF EXISTS {schema_editor.quote_name(index_name(table))}")


class Migration(migrations.Migration):
    dependencies = [("archive", "0012_indexes_for_lists_and_chronology")]

    operations = [migrations.RunPython(create_trigram_indexes, drop_trigram_indexes, elidable=False)]
