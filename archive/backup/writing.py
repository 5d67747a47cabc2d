"""Writing a backup: every row in Django's JSON, natural keys only for content types and permissions."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import time
import zipfile
from itertools import chain
from pathlib import Path

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import Serializer as JSONSerializer
from django.db import connections, transaction

from archive.backup.base import DATA, FORMAT, FORMAT_VERSION, MANIFEST, label, migration_state, models_at


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
