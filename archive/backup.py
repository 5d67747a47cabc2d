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
characters the database cannot store), and it is all or nothing. A backup made at an earlier
migration state is loaded at that state (historical models) between a migration back and one forward.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import time
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.serializers import python as python_serializer
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


def content_type_key(pk) -> list[str]:
    return list(ContentType.objects.get_for_id(pk).natural_key())


def permission_key(pk) -> list:
    return list(Permission.objects.select_related("content_type").get(pk=pk).natural_key())


# Rows matched by natural key in the target (by label: a database at an earlier migration state is
# read through its historical models): migrate creates them, with ids of its own in each database.
NATURAL_KEYS = {"contenttypes.contenttype": content_type_key, "auth.permission": permission_key}


class Serializer(JSONSerializer):
    """Django's JSON, with natural keys for references to content types and permissions only."""

    def start_serialization(self):
        super().start_serialization()
        self.natural_keys: dict = {}

    def natural_key(self, model, pk):
        if (model, pk) not in self.natural_keys:
            self.natural_keys[model, pk] = NATURAL_KEYS[model](pk)
        return self.natural_keys[model, pk]

    def handle_fk_field(self, obj, field):
        related = label(field.related_model)
        if related not in NATURAL_KEYS:
            return super().handle_fk_field(obj, field)
        pk = getattr(obj, field.attname)
        self._current[field.name] = None if pk is None else self.natural_key(related, pk)

    def handle_m2m_field(self, obj, field):
        if not field.remote_field.through._meta.auto_created:
            return
        prefetched = getattr(obj, "_prefetched_objects_cache", {}).get(field.name)
        pks = [row.pk for row in prefetched] if prefetched is not None else list(getattr(obj, field.name).values_list("pk", flat=True))
        related = label(field.related_model)
        # The base class would build (and drop) a queryset per row even for prefetched values:
        # a third of the time of a large backup.
        self._current[field.name] = [self.natural_key(related, pk) for pk in pks] if related in NATURAL_KEYS else pks


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


# ---- migration states -----------------------------------------------------------------------------


def held_apps() -> set[str]:
    return {model._meta.app_label for model in backed_up_models()} | {"contenttypes"}


def migration_state(using: str = "default") -> dict[str, list[str]]:
    """The migrations applied to the database, per app whose rows a backup holds (content types included)."""
    held = held_apps()
    state: dict[str, list[str]] = {}
    for app_label, name in sorted(MigrationRecorder(connections[using]).applied_migrations()):
        if app_label in held:
            state.setdefault(app_label, []).append(name)
    return state


def nodes(state: dict[str, list[str]]) -> set[tuple[str, str]]:
    return {(app, name) for app, names in state.items() for name in names}


def latest(loader, state: dict[str, list[str]]) -> dict[str, str]:
    """Per app, the migration of ``state`` that no other of its migrations comes before."""
    applied = nodes(state)
    return {
        app: next(
            name
            for name in names
            if not any(child.key in applied for child in loader.graph.node_map[app, name].children if child.key[0] == app)
        )
        for app, names in state.items()
        if names
    }


def models_at(state: dict[str, list[str]], using: str = "default") -> list:
    """The backed-up models as the database holds them at ``state``: this code's models at its own
    latest state, otherwise the historical models the migrations describe at that state."""
    loader = MigrationLoader(connections[using], ignore_no_migrations=True)
    code = {node for node in loader.graph.nodes if node[0] in held_apps()}
    if nodes(state) == code:
        return backed_up_models()
    historical = loader.project_state(list(latest(loader, state).items()), at_end=True).apps
    found = []
    for model in backed_up_models():
        try:
            found.append(historical.get_model(model._meta.label))
        except LookupError:
            continue  # a model that state does not have yet
    return found


def write_backup(path: Path, *, using: str = "default") -> dict:
    """Write the whole site to ``path`` (replaced at the end, mode 0600); return the manifest."""
    models = models_at(migration_state(using), using)
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
            member_info = zipfile.ZipInfo(DATA, date_time=time.gmtime()[:6])
            member_info.compress_type = zipfile.ZIP_DEFLATED
            with bundle.open(member_info, "w", force_zip64=True) as member:
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
            bundle.writestr(zipfile.ZipInfo(MANIFEST, date_time=time.gmtime()[:6]), json.dumps(manifest, indent=2, sort_keys=True) + "\n")
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


def rows_present(models, using: str = "default") -> dict[str, int]:
    """The backed-up kinds of row the database already holds (groups aside: migrate makes them)."""
    present = {label(model): model._base_manager.using(using).count() for model in models if label(model) != "auth.group"}
    return {name: count for name, count in present.items() if count}


def unknown_migrations(manifest: dict, using: str = "default") -> list[str]:
    """A backup made by code with migrations this code lacks cannot be read by it."""
    known = set(MigrationLoader(connections[using], ignore_no_migrations=True).graph.nodes)
    unknown = sorted(f"{app}.{name}" for app, name in nodes(manifest.get("migrations", {})) - known)
    if unknown:
        return [
            f"the backup comes from a version of the site this code does not know (migrations {', '.join(unknown)}): "
            "restore it with that version"
        ]
    return []


def migrate_to(state: dict[str, list[str]], using: str, stdout=None) -> None:
    """Bring the database to ``state`` (back or forward), app by app; apps it lacks go to zero."""
    loader = MigrationLoader(connections[using], ignore_no_migrations=True)
    targets = latest(loader, state)
    here = migration_state(using)
    for app in sorted(held_apps()):
        if set(here.get(app, [])) != set(state.get(app, [])):
            call_command("migrate", app, targets.get(app, "zero"), database=using, interactive=False, verbosity=0, stdout=stdout)


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
