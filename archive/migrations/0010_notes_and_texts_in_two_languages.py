"""Editorial notes (and an appointment's term) in both languages: ``note`` becomes ``note_en`` (the notes
were written in English) beside a new ``note_zh``; the statistics gain English titles, scopes and units.
The history follows: saved versions, deletion copies and pending changes name ``note_en`` from now on."""

import json

from django.db import migrations, models

RENAMED = {"note": "note_en", "term": "term_en"}


def rename_keys(fields: dict, renamed: dict) -> bool:
    hits = [key for key in renamed if key in fields]
    for key in hits:
        fields[renamed[key]] = fields.pop(key)
    return bool(hits)


def rename_in_serialised(text: str, renamed: dict) -> str | None:
    """A serialised record (or list of them) in the history's format, with the renamed fields; None if unchanged."""
    data = json.loads(text)
    objects = data if isinstance(data, list) else [data]
    changed = [rename_keys(o["fields"], renamed) for o in objects if str(o.get("model", "")).startswith("archive.")]
    return json.dumps(data, ensure_ascii=False) if any(changed) else None


def rename_in_form(data: dict, renamed: dict) -> bool:
    """Form data of a pending change: the record's own fields and its inline rows' (``prefix-N-note``)."""
    changed = False
    for key in list(data):
        head, _, name = key.rpartition("-")
        if name in renamed:
            data[f"{head}-{renamed[name]}" if head else renamed[name]] = data.pop(key)
            changed = True
    return changed


def rewrite_history(apps, renamed):
    Version = apps.get_model("reversion", "Version")
    for version in Version.objects.filter(content_type__app_label="archive").iterator():
        if new := rename_in_serialised(version.serialized_data, renamed):
            Version.objects.filter(pk=version.pk).update(serialized_data=new)
    Deletion = apps.get_model("archive", "Deletion")
    for deletion in Deletion.objects.all().iterator():
        if new := rename_in_serialised(deletion.data, renamed):
            Deletion.objects.filter(pk=deletion.pk).update(data=new)
    PendingChange = apps.get_model("archive", "PendingChange")
    for change in PendingChange.objects.all().iterator():
        if rename_in_form(change.data, renamed):
            PendingChange.objects.filter(pk=change.pk).update(data=change.data)


def forwards(apps, schema_editor):
    rewrite_history(apps, RENAMED)


def backwards(apps, schema_editor):
    rewrite_history(apps, {new: old for old, new in RENAMED.items()})


class Migration(migrations.Migration):

    dependencies = [
        ('archive', '0009_reindex_search'),
        ('reversion', '0002_add_index_on_version_for_content_type_and_db'),
    ]

    operations = [
        migrations.RenameField(
            model_name='appointment',
            old_name='note',
            new_name='note_en',
        ),
        migrations.RenameField(
            model_name='appointment',
            old_name='term',
            new_name='term_en',
        ),
        migrations.RenameField(
            model_name='citation',
            old_name='note',
            new_name='note_en',
        ),
        migrations.RenameField(
            model_name='event',
            old_name='note',
            new_name='note_en',
        ),
        migrations.RenameField(
            model_name='instrument',
            old_name='note',
            new_name='note_en',
        ),
        migrations.RenameField(
            model_name='instrumentparty',
            old_name='note',
            new_name='note_en',
        ),
        migrations.RenameField(
            model_name='instrumentrelation',
            old_name='note',
            new_name='note_en',
        ),
        migrations.RenameField(
            model_name='membership',
            old_name='note',
            new_name='note_en',
        ),
        migrations.RenameField(
            model_name='organ',
            old_name='note',
            new_name='note_en',
        ),
        migrations.RenameField(
            model_name='organseat',
            old_name='note',
            new_name='note_en',
        ),
        migrations.RenameField(
            model_name='participation',
            old_name='note',
            new_name='note_en',
        ),
        migrations.RenameField(
            model_name='person',
            old_name='note',
            new_name='note_en',
        ),
        migrations.RenameField(
            model_name='place',
            old_name='note',
            new_name='note_en',
        ),
        migrations.RenameField(
            model_name='source',
            old_name='note',
            new_name='note_en',
        ),
        migrations.RenameField(
            model_name='state',
            old_name='note',
            new_name='note_en',
        ),
        migrations.RenameField(
            model_name='statistic',
            old_name='note',
            new_name='note_en',
        ),
        migrations.AlterField(
            model_name='appointment',
            name='note_en',
            field=models.TextField(blank=True, verbose_name='note (English)'),
        ),
        migrations.AddField(
            model_name='appointment',
            name='note_zh',
            field=models.TextField(blank=True, verbose_name='note (Chinese)'),
        ),
        migrations.AlterField(
            model_name='appointment',
            name='term_en',
            field=models.CharField(blank=True, help_text='e.g. 3 years', max_length=200, verbose_name='term (English)'),
        ),
        migrations.AddField(
            model_name='appointment',
            name='term_zh',
            field=models.CharField(blank=True, help_text='Term of office as the chapter gives it, e.g. 任期三年.', max_length=200, verbose_name='term (Chinese)'),
        ),
        migrations.AlterField(
            model_name='citation',
            name='note_en',
            field=models.TextField(blank=True, verbose_name='note (English)'),
        ),
        migrations.AddField(
            model_name='citation',
            name='note_zh',
            field=models.TextField(blank=True, verbose_name='note (Chinese)'),
        ),
        migrations.AlterField(
            model_name='event',
            name='note_en',
            field=models.TextField(blank=True, help_text='Irregularities and contradictions in the chapter, both readings.', verbose_name='note (English)'),
        ),
        migrations.AddField(
            model_name='event',
            name='note_zh',
            field=models.TextField(blank=True, help_text='Irregularities and contradictions in the chapter, both readings.', verbose_name='note (Chinese)'),
        ),
        migrations.AlterField(
            model_name='instrument',
            name='note_en',
            field=models.TextField(blank=True, help_text='Irregularities and contradictions in the chapter, both readings.', verbose_name='note (English)'),
        ),
        migrations.AddField(
            model_name='instrument',
            name='note_zh',
            field=models.TextField(blank=True, help_text='Irregularities and contradictions in the chapter, both readings.', verbose_name='note (Chinese)'),
        ),
        migrations.AlterField(
            model_name='instrumentparty',
            name='note_en',
            field=models.TextField(blank=True, verbose_name='note (English)'),
        ),
        migrations.AddField(
            model_name='instrumentparty',
            name='note_zh',
            field=models.TextField(blank=True, verbose_name='note (Chinese)'),
        ),
        migrations.AlterField(
            model_name='instrumentrelation',
            name='note_en',
            field=models.TextField(blank=True, verbose_name='note (English)'),
        ),
        migrations.AddField(
            model_name='instrumentrelation',
            name='note_zh',
            field=models.TextField(blank=True, verbose_name='note (Chinese)'),
        ),
        migrations.AlterField(
            model_name='membership',
            name='note_en',
            field=models.TextField(blank=True, verbose_name='note (English)'),
        ),
        migrations.AddField(
            model_name='membership',
            name='note_zh',
            field=models.TextField(blank=True, verbose_name='note (Chinese)'),
        ),
        migrations.AlterField(
            model_name='organ',
            name='note_en',
            field=models.TextField(blank=True, help_text='Irregularities and contradictions in the chapter, both readings.', verbose_name='note (English)'),
        ),
        migrations.AddField(
            model_name='organ',
            name='note_zh',
            field=models.TextField(blank=True, help_text='Irregularities and contradictions in the chapter, both readings.', verbose_name='note (Chinese)'),
        ),
        migrations.AlterField(
            model_name='organseat',
            name='note_en',
            field=models.TextField(blank=True, verbose_name='note (English)'),
        ),
        migrations.AddField(
            model_name='organseat',
            name='note_zh',
            field=models.TextField(blank=True, verbose_name='note (Chinese)'),
        ),
        migrations.AlterField(
            model_name='participation',
            name='note_en',
            field=models.TextField(blank=True, verbose_name='note (English)'),
        ),
        migrations.AddField(
            model_name='participation',
            name='note_zh',
            field=models.TextField(blank=True, verbose_name='note (Chinese)'),
        ),
        migrations.AlterField(
            model_name='person',
            name='note_en',
            field=models.TextField(blank=True, verbose_name='note (English)'),
        ),
        migrations.AddField(
            model_name='person',
            name='note_zh',
            field=models.TextField(blank=True, verbose_name='note (Chinese)'),
        ),
        migrations.AlterField(
            model_name='place',
            name='note_en',
            field=models.TextField(blank=True, verbose_name='note (English)'),
        ),
        migrations.AddField(
            model_name='place',
            name='note_zh',
            field=models.TextField(blank=True, verbose_name='note (Chinese)'),
        ),
        migrations.AlterField(
            model_name='source',
            name='note_en',
            field=models.TextField(blank=True, verbose_name='note (English)'),
        ),
        migrations.AddField(
            model_name='source',
            name='note_zh',
            field=models.TextField(blank=True, verbose_name='note (Chinese)'),
        ),
        migrations.AlterField(
            model_name='state',
            name='note_en',
            field=models.TextField(blank=True, verbose_name='note (English)'),
        ),
        migrations.AddField(
            model_name='state',
            name='note_zh',
            field=models.TextField(blank=True, verbose_name='note (Chinese)'),
        ),
        migrations.AddField(
            model_name='statistic',
            name='dataset_title_en',
            field=models.CharField(blank=True, help_text='e.g. Table 2-2: energy reserves of the Central Asian states', max_length=300, verbose_name='dataset title (English)'),
        ),
        migrations.AlterField(
            model_name='statistic',
            name='note_en',
            field=models.TextField(blank=True, verbose_name='note (English)'),
        ),
        migrations.AddField(
            model_name='statistic',
            name='note_zh',
            field=models.TextField(blank=True, verbose_name='note (Chinese)'),
        ),
        migrations.AddField(
            model_name='statistic',
            name='scope_en',
            field=models.CharField(blank=True, help_text='e.g. Caspian region only', max_length=200, verbose_name='scope (English)'),
        ),
        migrations.AddField(
            model_name='statistic',
            name='unit_en',
            field=models.CharField(blank=True, help_text='e.g. billion barrels', max_length=100, verbose_name='unit (English)'),
        ),
        migrations.AlterField(
            model_name='statistic',
            name='scope',
            field=models.CharField(blank=True, help_text='e.g. 僅限於裏海地區', max_length=200, verbose_name='scope'),
        ),
        migrations.AlterField(
            model_name='statistic',
            name='unit',
            field=models.CharField(blank=True, help_text='In Chinese, e.g. 億桶.', max_length=100, verbose_name='unit'),
        ),
        migrations.RunPython(forwards, backwards),
    ]
