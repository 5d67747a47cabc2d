"""Give the organ tree's path column the byte-wise "C" collation on PostgreSQL.

treebeard's materialised paths must sort byte-wise; a non-C database locale can sort them wrongly.
SQLite has no "C" collation (its default BINARY already sorts byte-wise), so this runs only on
PostgreSQL.
"""

from django.db import migrations


def set_c_collation(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    Organ = apps.get_model("archive", "Organ")
    table = schema_editor.quote_name(Organ._meta.db_table)
    schema_editor.execute(f'ALTER TABLE {table} ALTER COLUMN "path" TYPE varchar(255) COLLATE "C"')


def unset_c_collation(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    Organ = apps.get_model("archive", "Organ")
    table = schema_editor.quote_name(Organ._meta.db_table)
    schema_editor.execute(f'ALTER TABLE {table} ALTER COLUMN "path" TYPE varchar(255) COLLATE "default"')


class Migration(migrations.Migration):
    dependencies = [("archive", "0001_initial_schema")]

    operations = [migrations.RunPython(set_c_collation, unset_c_collation, elidable=False)]
