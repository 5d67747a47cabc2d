"""Reading history: a record's versions, newest first, and what each one changed."""

from __future__ import annotations

import datetime as dt
import difflib
import json
from dataclasses import dataclass, field

from django.db import models
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from reversion.models import Version

from archive.facts import fact_label
from archive.history.serializer import TREE_PARENT

LONG_TEXT = 60  # longer texts are shown as one text with the removed and added parts marked
LONGEST_DIFF = 5000  # beyond this a character diff is too slow for a page: before and after instead


@dataclass
class Change:
    label: str
    old: str
    new: str
    segments: list[tuple[str, str]] = field(default_factory=list)  # (equal|delete|insert, text) for long text


@dataclass
class Entry:
    version: Version
    changes: list[Change]
    others: int  # other records written in the same revision (inlines, cascades, the rest of an import)


def version_values(version: Version) -> dict:
    values = dict(version.field_dict)
    values[TREE_PARENT] = json.loads(version.serialized_data)[0]["fields"].get(TREE_PARENT)
    return values


def field_named(model, name: str):
    """The model field called ``name`` or stored in column attribute ``name`` (``organ_id``)."""
    return next((f for f in model._meta.get_fields() if name in (f.name, getattr(f, "attname", None))), None)


def shown(model, name: str, value) -> str:
    """A stored value as an editor reads it: labels for choices, names for related records."""
    if name == TREE_PARENT:
        related = model
    else:
        field_ = field_named(model, name)
        if field_ is None:
            return str(value)
        if field_.choices and value not in (None, ""):
            return str(dict(field_.flatchoices).get(value, value))
        related = field_.related_model if (field_.many_to_one or field_.many_to_many) else None
        if isinstance(field_, models.BooleanField):
            return _("yes") if value else _("no")
        if name == "facts" and isinstance(value, list):
            return "; ".join(fact_label(key) for key in value) if value else _("the record as a whole")
    if value in (None, "", []):
        return "—"
    if related is not None:
        pks = value if isinstance(value, list | tuple) else [value]
        found = related._base_manager.in_bulk(pks)
        return "; ".join(str(found[int(pk)]) if int(pk) in found else _("#%(pk)s (deleted)") % {"pk": pk} for pk in pks)
    if isinstance(value, dt.datetime):
        return date_format(localtime(value), "DATETIME_FORMAT")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def label(model, name: str) -> str:
    if name == TREE_PARENT:
        return _("parent in the organ tree")
    field_ = field_named(model, name)
    return str(field_.verbose_name) if field_ is not None else name


def changes_between(model, older: dict, newer: dict) -> list[Change]:
    changes = []
    for name, value in newer.items():
        before = older.get(name)
        if name in ("id", "version", "created_at") or before == value or (before in (None, "") and value in (None, "")):
            continue
        if isinstance(value, list) and sorted(map(str, value)) == sorted(map(str, before or [])):
            continue
        change = Change(label(model, name), shown(model, name, before), shown(model, name, value))
        if isinstance(value, str) and isinstance(before, str) and LONG_TEXT < max(len(value), len(before)) <= LONGEST_DIFF:
            matcher = difflib.SequenceMatcher(a=before, b=value, autojunk=False)
            for op, a1, a2, b1, b2 in matcher.get_opcodes():
                if op in ("equal", "delete", "replace") and a2 > a1:
                    change.segments.append(("equal" if op == "equal" else "delete", before[a1:a2]))
                if op in ("insert", "replace") and b2 > b1:
                    change.segments.append(("insert", value[b1:b2]))
        changes.append(change)
    return changes


def entries(obj) -> list[Entry]:
    """The record's versions, newest first, each with what it changed from the one before."""
    model = type(obj)
    versions = list(Version.objects.get_for_object(obj).select_related("revision", "revision__user"))
    counts = dict(
        Version.objects.filter(revision__in=[v.revision_id for v in versions])
        .values_list("revision")
        .annotate(n=models.Count("pk"))
        .values_list("revision", "n")
    )
    values = [version_values(version) for version in versions]
    return [
        Entry(
            version, changes_between(model, values[i + 1], values[i]) if i + 1 < len(values) else [], counts.get(version.revision_id, 1) - 1
        )
        for i, version in enumerate(versions)
    ]


def changes_since(obj, opened: int) -> list[Change] | None:
    """What was saved since an editor opened save number ``opened`` of ``obj``: None when that
    state or the current one is not in the history (changed outside the admin)."""
    versions = list(Version.objects.get_for_object(obj))
    by_number = {version.field_dict.get("version"): version for version in versions}
    if opened not in by_number or not versions or versions[0].field_dict.get("version") != obj.version:
        return None
    return changes_between(type(obj), version_values(by_number[opened]), version_values(versions[0]))
