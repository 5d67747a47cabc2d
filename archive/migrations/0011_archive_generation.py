"""The archive generation's one-row table (archive.generation). Plain SQL, not a model: it is site
plumbing, not archive content, so dumpdata, backups and flush leave it alone."""

import time

from django.db import migrations


def first_row(apps, schema_editor):
    now = time.time_ns() // 1000
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("INSERT INTO archive_generation (id, value, changed_at) VALUES (1, %s, %s)", [now, now])


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0010_notes_and_texts_in_two_languages"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE TABLE archive_generation (id integer PRIMARY KEY, value bigint NOT NULL, changed_at bigint NOT NULL)",
            reverse_sql="DROP TABLE archive_generation",
        ),
        migrations.RunPython(first_row, migrations.RunPython.noop),
    ]
