"""The whole site in one file and back: the archive, its history (revisions and versions, deletions,
pending changes, import records, the admin log), users and groups with their permissions.

A backup is a ZIP file (mode 0600: it holds password hashes) of two members:

- ``data.json``: Django's JSON serialisation of every row, primary keys kept (the history refers
  to its records by them); foreign keys by primary key too, except to content types and
  permissions, which ``migrate`` creates with numbers of its own in each database and are
  therefore written and matched by natural key;
- ``manifest.json``: the format, the rows per model, the sha256 of ``data.json`` and the
  migrations applied to the database it came from.

Sessions and login attempts are not kept. A restore goes into a migrated database that holds none of
those rows (the groups ``migrate`` creates are replaced by the backup's), or into any with
``replace``; every row is checked against the target before anything is written (model, lengths,
characters the database cannot store), and it is all or nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import zipfile
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.core.serializers.json import Serializer as JSONSerializer
from django.db import DatabaseError, IntegrityError, connections, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from reversion.models import Revision, Version

from archive.transfer.columns import UNSTORABLE

FORMAT = "sco-archive-backup"
FORMAT_VERSION = 1
DATA = "data.json"
MANIFEST = "manifest.json"
# Rows matched by natural key in the target: migrate creates them, with ids of its own.
MATCHED_BY_NATURAL_KEY = (ContentType, Permission)
MAX_PROBLEMS = 50


class BackupProblem(Exception):
    """Why a backup cannot be restored here; ``problems`` names each thing, nothing was written."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


def backed_up_models() -> list:
    """The models a backup holds, in loading order (foreign keys are checked at commit, so the order
    only makes the file readable): groups, users, the archive, its history, the admin log."""
    archive = [model for model in apps.get_app_config("archive").get_models() if model._meta.managed and not model._meta.proxy]
    return [Group, get_user_model(), *archive, Revision, Version, LogEntry]


def label(model) -> str:
    return model._meta.label_lower


# ---- writing ------------------------------------------------------------------------------------


class Serializer(JSONSerializer):
    """Django's JSON, with natural keys for references to content types and permissions only."""

    def handle_fk_field(self, obj, field):
        self.use_natural_foreign_keys = field.related_model in MATCHED_BY_NATURAL_KEY
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        self.use_natural_foreign_keys = field.related_model in MATCHED_BY_NATURAL_KEY
        super().handle_m2m_field(obj, field)


class HashingWriter(io.RawIOBase):
    """Passes bytes on and keeps their sha256 and count."""

    def __init__(self, target):
        self.target, self.sha256, self.size = target, hashlib.sha256(), 0

    def writable(self):
        return True

    def write(self, data):
        self.sha256.update(data)
        self.size += len(data)
        self.target.write(data)
        return len(data)


def rows_of(model):
    """Every row of ``model`` by primary key, its many-to-many values fetched in bulk."""
    many = [f.name for f in model._meta.local_many_to_many]
    return model._base_manager.order_by("pk").prefetch_related(*many).iterator(chunk_size=2000)


def migration_state(using: str = "default") -> dict[str, list[str]]:
    """The migrations applied to the database, per app whose rows a backup holds (content types included)."""
    held = {model._meta.app_label for model in backed_up_models()} | {"contenttypes"}
    state: dict[str, list[str]] = {}
    for app_label, name in sorted(MigrationRecorder(connections[using]).applied_migrations()):
        if app_label in held:
            state.setdefault(app_label, []).append(name)
    return state


def write_backup(path: Path, *, using: str = "default") -> dict:
    """Write the whole site to ``path`` (replaced at the end, mode 0600); return the manifest."""
    models = backed_up_models()
    partial = path.with_name(path.name + ".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)  # even where the file existed with a laxer mode
    connection = connections[using]
    outermost = not connection.in_atomic_block
    try:
        with transaction.atomic(using=using), open(descriptor, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as bundle:
            # One transaction, one snapshot: the rows and their counts agree even while the site is
            # being edited (PostgreSQL needs REPEATABLE READ for that; a SQLite transaction reads one).
            if connection.vendor == "postgresql" and outermost:
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            counts = {label(model): model._base_manager.using(using).count() for model in models}
            with bundle.open(DATA, "w", force_zip64=True) as member:
                hashing = HashingWriter(member)
                text = io.TextIOWrapper(io.BufferedWriter(hashing, buffer_size=1 << 20), encoding="utf-8")
                Serializer().serialize(chain.from_iterable(rows_of(model) for model in models), stream=text)
                text.flush()
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
                "database": connection.vendor,
                "migrations": migration_state(using),
                "models": counts,
                "data": {"name": DATA, "bytes": hashing.size, "sha256": hashing.sha256.hexdigest()},
            }
            bundle.writestr(MANIFEST, json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return manifest


# ---- reading and checking -------------------------------------------------------------------------


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


def rows_present(using: str = "default") -> dict[str, int]:
    """The backed-up kinds of row the database already holds (groups aside: migrate makes them)."""
    present = {label(model): model._base_manager.using(using).count() for model in backed_up_models() if model is not Group}
    return {name: count for name, count in present.items() if count}


def migration_problems(manifest: dict, using: str = "default") -> list[str]:
    """A backup restores into a database at the migration state it was made at."""
    wanted = {(app, name) for app, names in manifest.get("migrations", {}).items() for name in names}
    here = {(app, name) for app, names in migration_state(using).items() for name in names}
    if wanted == here:
        return []
    known = set(MigrationLoader(connections[using], ignore_no_migrations=True).graph.nodes)
    unknown = sorted(f"{app}.{name}" for app, name in wanted - known)
    if unknown:
        return [
            f"the backup comes from a version of the site this code does not know (migrations {', '.join(unknown)}): "
            "restore it with that version"
        ]
    differ = sorted(f"{app}.{name}" for app, name in wanted ^ here)
    return [
        f"the backup was made at another migration state ({', '.join(differ[:10])}): migrate this database to the backup's "
        "state (manage.py migrate APP MIGRATION), restore, then migrate forward"
    ]


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


def checked_objects(backup: Backup, using: str = "default") -> list:
    """Every row of the backup, deserialised and checked; BackupProblem naming what does not fit."""
    allowed = {label(model): model for model in backed_up_models()}
    problems, objects = [], []
    try:
        for item in serializers.deserialize("json", backup.data.decode("utf-8"), using=using, ignorenonexistent=False):
            model = type(item.object)
            if label(model) not in allowed:
                problems.append(f"{label(model)} #{item.object.pk}: not a kind of row a backup holds")
                continue
            problems += field_problems(model, item.object)
            objects.append(item)
            if len(problems) >= MAX_PROBLEMS:
                break
    except (DeserializationError, UnicodeDecodeError) as error:
        problems.append(f"a row does not fit this database: {error}")
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


# ---- restoring ----------------------------------------------------------------------------------


def tables_of(models) -> list[str]:
    """The models' tables and their many-to-many tables."""
    tables = []
    for model in models:
        tables.append(model._meta.db_table)
        tables += [
            f.remote_field.through._meta.db_table for f in model._meta.local_many_to_many if f.remote_field.through._meta.auto_created
        ]
    return tables


def restore_backup(path: Path, *, replace: bool = False, dry_run: bool = False, using: str = "default") -> dict[str, int]:
    """Restore ``path`` into this database, all or nothing; returns the rows restored per model."""
    backup = read_backup(path)
    problems = migration_problems(backup.manifest, using)
    present = rows_present(using)
    if present and not replace:
        held = ", ".join(f"{count} {name}" for name, count in sorted(present.items()))
        problems.append(
            f"this database is not empty ({held}): restore into an empty migrated database, or give --replace to delete these rows first"
        )
    if problems:
        raise BackupProblem(problems)
    objects = checked_objects(backup, using)
    connection = connections[using]
    models = backed_up_models()
    try:
        with transaction.atomic(using=using):
            # Checks still pending in the caller's transaction first: PostgreSQL truncates no table
            # with pending trigger events (the deferred foreign-key checks).
            connection.check_constraints()
            with connection.cursor() as cursor:
                for statement in connection.ops.sql_flush(no_style(), tables_of(models)):
                    cursor.execute(statement)
            for item in objects:
                item.save(using=using)
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
