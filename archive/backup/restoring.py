"""Reading a backup, checking every row against this database, and restoring it all or nothing."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers import python as python_serializer
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, IntegrityError, connections, transaction

from archive import generation
from archive.backup.base import (
    DATA,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MAX_PROBLEMS,
    BackupProblem,
    label,
    migrate_to,
    migration_state,
    models_at,
    nodes,
    unknown_migrations,
)
from archive.transfer.columns import UNSTORABLE


@dataclass
class Backup:
    manifest: dict
    data: bytes
    problems: list[str] = field(default_factory=list)


def read_backup(path: Path) -> Backup:
    """The manifest and the data of a backup file whose checksum matches; BackupProblem otherwise."""
    try:
        with zipfile.ZipFile(path) as bundle:
            manifest = json.loads(bundle.read(MANIFEST))
            if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
                found = f"{manifest.get('format')} {manifest.get('format_version')}"
                raise BackupProblem([f"{path.name}: not a backup of this site's format {FORMAT_VERSION} ({found})"])
            expected = manifest["data"]
            if bundle.getinfo(DATA).file_size != expected["bytes"]:
                raise BackupProblem([f"{path.name}: {DATA} is not the size the manifest gives: the file was changed or cut off"])
            data = bundle.read(DATA)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError) as error:
        raise BackupProblem([f"{path.name}: not a readable backup ({error})"]) from None
    if hashlib.sha256(data).hexdigest() != expected["sha256"]:
        raise BackupProblem([f"{path.name}: the checksum of {DATA} does not match the manifest's: the file was changed or damaged"])
    return Backup(manifest=manifest, data=data)


def rows_present(models, using: str = "default") -> dict[str, int]:
    """The backed-up kinds of row the database already holds (groups aside: migrate makes them)."""
    present = {label(model): model._base_manager.using(using).count() for model in models if label(model) != "auth.group"}
    return {name: count for name, count in present.items() if count}


def field_problems(model, obj) -> list[str]:
    """What in one row the target's columns cannot hold: too long, or characters they cannot store."""
    problems = []
    for field_ in model._meta.concrete_fields:
        value = getattr(obj, field_.attname)
        if not isinstance(value, str):
            continue
        if UNSTORABLE.search(value):
            problems.append(
                f"{label(model)} #{obj.pk}, {field_.name}: holds a character the database cannot store (a NUL or a broken surrogate)"
            )
        max_length = getattr(field_, "max_length", None)
        if max_length and len(value) > max_length:
            problems.append(f"{label(model)} #{obj.pk}, {field_.name}: {len(value)} characters, the column holds {max_length}")
    return problems


def natural_keys_to_ids(rows: list[dict], models: dict, using: str) -> list[str]:
    """The backup's references to content types and permissions (natural keys) as this database's
    ids, in place; each one it lacks is named. Done before deserialising, so that historical models
    (whose managers cannot look them up) read the same rows as the current ones."""
    ids = {
        "contenttypes.contenttype": {(ct.app_label, ct.model): ct.pk for ct in ContentType.objects.using(using).all()},
        "auth.permission": {
            (p.codename, p.content_type.app_label, p.content_type.model): p.pk
            for p in Permission.objects.using(using).select_related("content_type")
        },
    }
    problems = []

    def to_id(related: str, key, row) -> int | None:
        if key is None:
            return None
        found = ids[related].get(tuple(key))
        if found is None:
            problems.append(f"{row['model']} #{row.get('pk')}: this database has no {related.split('.')[1]} {'.'.join(key)}")
        return found

    for row in rows:
        model = models.get(row.get("model"))
        if model is None:
            continue
        for field_ in [*model._meta.concrete_fields, *model._meta.local_many_to_many]:
            related = label(field_.related_model) if field_.is_relation else None
            if related not in ids or field_.name not in row["fields"]:
                continue
            value = row["fields"][field_.name]
            if field_.many_to_many:
                row["fields"][field_.name] = [to_id(related, key, row) for key in value]
            else:
                row["fields"][field_.name] = to_id(related, value, row)
    return problems


def checked_objects(backup: Backup, models, using: str = "default") -> list:
    """Every row of the backup, deserialised (into ``models``, historical ones for an earlier
    migration state) and checked; BackupProblem naming what does not fit."""
    allowed = {label(model): model for model in models}
    problems, objects = [], []
    historical = models and models[0] is not Group
    try:
        rows = json.loads(backup.data)
        problems += natural_keys_to_ids(rows, allowed, using)
        if historical:
            # Django's deserializer finds models in the global registry: point it at the state's.
            python_serializer.apps = models[0]._meta.apps
        for item in serializers.deserialize("python", rows, using=using, ignorenonexistent=False):
            model = type(item.object)
            if label(model) not in allowed:
                problems.append(f"{label(model)} #{item.object.pk}: not a kind of row a backup holds")
                continue
            problems += field_problems(model, item.object)
            objects.append(item)
            if len(problems) >= MAX_PROBLEMS:
                break
    except (DeserializationError, ValueError, TypeError, AttributeError, KeyError) as error:
        problems.append(f"a row does not fit this database: {error}")
    finally:
        python_serializer.apps = apps
    counts: dict[str, int] = {}
    for item in objects:
        counts[label(type(item.object))] = counts.get(label(type(item.object)), 0) + 1
    if not problems:
        listed = {name: count for name, count in backup.manifest.get("models", {}).items() if count}
        if counts != listed:
            problems.append(f"the rows in {DATA} are not the ones the manifest counts ({counts} against {listed})")
    if problems:
        raise BackupProblem(problems[:MAX_PROBLEMS])
    return objects


def tables_of(models) -> list[str]:
    """The models' tables and their many-to-many tables."""
    tables = []
    for model in models:
        tables.append(model._meta.db_table)
        tables += [
            f.remote_field.through._meta.db_table for f in model._meta.local_many_to_many if f.remote_field.through._meta.auto_created
        ]
    return tables


def write_rows(objects, using: str) -> None:
    """Insert the checked rows into the emptied tables, a batch at a time, as they are.

    ``bulk_create`` rather than saving one row at a time as ``loaddata`` does (an UPDATE tried
    first, then an INSERT, then the many-to-many rows): a restore of a large archive takes seconds,
    not minutes. It runs no ``save()`` and sends no signal, as a raw save would not either; but it
    stamps ``auto_now`` fields, which are therefore written back with their kept values."""
    rows: dict = defaultdict(list)
    links: dict = defaultdict(list)
    for item in objects:
        model = type(item.object)
        rows[model].append(item.object)
        for name, related in (item.m2m_data or {}).items():
            links[model._meta.get_field(name)] += [(item.object.pk, pk) for pk in related]
    for model, instances in rows.items():
        manager = model._base_manager.using(using)
        stamped = [f for f in model._meta.concrete_fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)]
        kept = [[getattr(instance, f.attname) for f in stamped] for instance in instances]
        manager.bulk_create(instances, batch_size=500)
        if stamped:
            for instance, values in zip(instances, kept, strict=True):
                for f, value in zip(stamped, values, strict=True):
                    setattr(instance, f.attname, value)
            manager.bulk_update(instances, [f.name for f in stamped], batch_size=500)
    for field_, pairs in links.items():
        through = field_.remote_field.through
        source = through._meta.get_field(field_.m2m_field_name()).attname
        target = through._meta.get_field(field_.m2m_reverse_field_name()).attname
        through._base_manager.using(using).bulk_create([through(**{source: a, target: b}) for a, b in pairs], batch_size=1000)


def restore_backup(path: Path, *, replace: bool = False, dry_run: bool = False, using: str = "default", stdout=None) -> dict[str, int]:
    """Restore ``path`` into this database, all or nothing; returns the rows restored per model.

    A backup made at an earlier migration state (a known one) is restored by migrating the database
    to that state, loading, then migrating forward again; if the load fails, the database is
    migrated forward all the same and holds what it held before."""
    backup = read_backup(path)
    problems = unknown_migrations(backup.manifest, using)
    wanted, here = backup.manifest.get("migrations", {}), migration_state(using)
    if not problems:
        present = rows_present(models_at(here, using), using)
        if present and not replace:
            held = ", ".join(f"{count} {name}" for name, count in sorted(present.items()))
            problems.append(
                f"this database is not empty ({held}): restore into an empty migrated database, "
                "or give --replace to delete these rows first"
            )
    if dry_run and nodes(wanted) != nodes(here):
        problems.append("a dry run does not change the database's migrations: migrate it to the backup's state first")
    if problems:
        raise BackupProblem(problems)
    if nodes(wanted) == nodes(here):
        return load_backup(backup, models_at(wanted, using), dry_run=dry_run, using=using)
    migrate_to(wanted, using, stdout)
    try:
        # At an earlier state the generation's table may not exist yet: the load counts as one of the
        # migrations' data steps, and the generation moves once the migrations forward have run.
        generation.migration_started()
        return load_backup(backup, models_at(wanted, using), dry_run=dry_run, using=using)
    finally:
        migrate_to(here, using, stdout)


def load_backup(backup: Backup, models, *, dry_run: bool, using: str) -> dict[str, int]:
    """Empty the backed-up tables and write the backup's rows, in one transaction."""
    objects = checked_objects(backup, models, using)
    connection = connections[using]
    try:
        with transaction.atomic(using=using):
            # Checks still pending in the caller's transaction first: PostgreSQL truncates no table
            # with pending trigger events (the deferred foreign-key checks).
            connection.check_constraints()
            with connection.cursor() as cursor:
                for statement in connection.ops.sql_flush(no_style(), tables_of(models)):
                    cursor.execute(statement)
            write_rows(objects, using)
            through = [f.remote_field.through for model in models for f in model._meta.local_many_to_many]
            with connection.cursor() as cursor:
                for statement in connection.ops.sequence_reset_sql(no_style(), [*models, *through]):
                    cursor.execute(statement)
            connection.check_constraints()
            restored = {label(model): model._base_manager.using(using).count() for model in models}
            listed = {label(model): backup.manifest["models"].get(label(model), 0) for model in models}
            if restored != listed:
                raise BackupProblem([f"after loading, the rows are not the ones the manifest counts ({restored} against {listed})"])
            if dry_run:
                transaction.set_rollback(True, using=using)
    except (IntegrityError, DatabaseError) as error:
        raise BackupProblem([f"the backup does not fit this database, nothing was restored: {error}"]) from None
    return restored
