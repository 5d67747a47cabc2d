"""Composite natural keys for link rows, made of their parents' natural keys and their own fields.

A link model lists ``natural_key_fields``; foreign keys in that list contribute their target's whole
natural key (flattened), other fields contribute their value (dates as ISO strings). Fixtures then
carry no numeric ids, and loading them twice updates rows instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt

from django.db import models

from archive.models.base import RecordQuerySet


def key_arity(model) -> int:
    fields = getattr(model, "natural_key_fields", None)
    if fields is None:
        return 1  # a slug
    return sum(key_arity(f.related_model) if f.is_relation else 1 for f in map(model._meta.get_field, fields))


def _plain(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def composite_natural_key(instance) -> tuple:
    values: list = []
    for name in instance.natural_key_fields:
        field = instance._meta.get_field(name)
        if field.is_relation:
            target = getattr(instance, name)
            values.extend(target.natural_key() if target is not None else [None] * key_arity(field.related_model))
        else:
            values.append(_plain(getattr(instance, name)))
    return tuple(values)


def lookup_for_natural_key(model, values) -> dict:
    """The filter kwargs that find the row whose composite natural key is ``values``."""
    values = list(values)
    lookup: dict = {}
    for name in model.natural_key_fields:
        field = model._meta.get_field(name)
        if field.is_relation:
            arity = key_arity(field.related_model)
            chunk, values = values[:arity], values[arity:]
            if all(v is None for v in chunk):
                lookup[f"{name}__isnull"] = True
                continue
            try:
                lookup[name] = field.related_model._default_manager.get_by_natural_key(*chunk)
            except field.related_model.DoesNotExist as missing:
                # No parent, so no such row: the deserializer then creates it (or reports the parent).
                raise model.DoesNotExist(f"{name} {chunk!r} does not exist") from missing
        else:
            value, values = values[0], values[1:]
            if value is None:
                lookup[f"{name}__isnull"] = True
            else:
                lookup[name] = value
    return lookup


class CompositeKeyManager(models.Manager.from_queryset(RecordQuerySet)):
    def get_by_natural_key(self, *values):
        return self.get(**lookup_for_natural_key(self.model, values))


class CompositeKeyMixin:
    natural_key_fields: tuple[str, ...] = ()

    def natural_key(self):
        return composite_natural_key(self)

    # Serialise link rows after every record with a page, whose slugs make up their keys
    # (dumpdata orders models by these dependencies, so loaddata finds the parents first).
    natural_key.dependencies = [
        "archive.state",
        "archive.place",
        "archive.topic",
        "archive.phase",
        "archive.source",
        "archive.person",
        "archive.organ",
        "archive.event",
        "archive.instrument",
    ]
