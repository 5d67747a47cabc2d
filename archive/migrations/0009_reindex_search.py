"""Re-derive the stored search text: the normaliser now also folds variant Latin transliterations."""

from django.db import migrations


def reindex(apps, schema_editor):
    from archive.services import search_text_reindex

    search_text_reindex(stored_model=lambda model: apps.get_model(model._meta.label), using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [("archive", "0007_reader_points")]

    operations = [migrations.RunPython(reindex, migrations.RunPython.noop)]
