"""Every change kept as a revision (django-reversion): who, when, a comment, and each record's state.

django-reversion rather than django-simple-history: one revision groups everything an action wrote
(a summit with its inline participations and citations, a bulk publish with its cascade, a whole
spreadsheet import) under one user and comment, in two tables, where simple-history adds a shadow
table per model and records rows one at a time.

The gaps both have with bulk writes are closed here:
- ``queryset.update()`` and treebeard's moves send no ``post_save``: every version is read again
  from the database when its revision is saved (``refresh_versions``), so it holds the state that
  was committed, and writers that update in bulk add their rows explicitly (``add_rows``).
- Rows loaded raw (``loaddata``) have no version yet: ``recorded`` first keeps their current state as
  a baseline revision, so the first change has something to compare with and to revert to.

Organ versions carry their parent in the tree (``tree_parent``) instead of treebeard's path, depth
and child count: a revert moves the organ through treebeard, it never writes a path.

This module is also the ``archive-json`` serialization format the versions are stored in.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field

import reversion
from django.core import serializers
from django.core.exceptions import ValidationError
from django.core.serializers.json import Deserializer  # noqa: F401  (the format's reader)
from django.core.serializers.json import Serializer as JSONSerializer
from django.db import models
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from reversion.models import Version
from reversion.revisions import _get_options
from reversion.signals import pre_revision_commit
from treebeard.mp_tree import MP_Node

FORMAT = "archive-json"
TREE_PARENT = "tree_parent"
# Bookkeeping that changes on every save, and treebeard's internals (the parent stands for them).
NOT_KEPT = ("created_at", "updated_at", "path", "depth", "numchild")
# Kept but not restored: the publication date follows the status (Record.save), the save counter
# only counts up (it tells which version an editor opened).
NOT_RESTORED = ("published_at", "version")
LONG_TEXT = 60


class Serializer(JSONSerializer):
    """Django's JSON, plus the parent of a tree node (read from the database by path)."""

    def get_dump_object(self, obj):
        data = super().get_dump_object(obj)
        if isinstance(obj, MP_Node):
            parent = None
            if obj.depth and obj.depth > 1:
                parent = type(obj)._base_manager.filter(path=obj.path[: -obj.steplen]).values_list("pk", flat=True).first()
            data["fields"][TREE_PARENT] = parent
        return data


def history_models():
    from archive.integrity import VALIDATED_MODELS
    from archive.models import Citation

    return (*VALIDATED_MODELS, Citation)


def register_models():
    for model in history_models():
        if not reversion.is_registered(model):
            names = {f.name for f in model._meta.get_fields()}
            reversion.register(model, format=FORMAT, exclude=[name for name in NOT_KEPT if name in names])
    pre_revision_commit.connect(refresh_versions, dispatch_uid="archive-refresh-versions")


def refresh_versions(sender, revision, versions, **kwargs):
    """Serialise each version from the row as it is now, at the end of the action that changed it."""
    by_model = defaultdict(list)
    for version in versions:
        by_model[version._model].append(version)
    for model, model_versions in by_model.items():
        rows = model._base_manager.using(model_versions[0].db).in_bulk([v.object_id for v in model_versions])
        rows = {str(pk): row for pk, row in rows.items()}
        fields = _get_options(model).fields
        for version in model_versions:
            row = rows.get(version.object_id)
            if row is not None:
                version.serialized_data = serializers.serialize(FORMAT, [row], fields=fields)
                version.object_repr = str(row)


def add_rows(model, pks) -> None:
    """Rows written by ``queryset.update()`` join the revision in progress, if there is one."""
    if reversion.is_active():
        for row in model._base_manager.filter(pk__in=list(pks)):
            reversion.add_to_revision(row)


def record_baselines(models_) -> int:
    """Give every row without a version one with its current state; returns how many."""
    assert not reversion.is_active(), "a baseline is its own revision, taken before the change"
    missing = []
    for model in models_:
        have = {int(pk) for pk in Version.objects.get_for_model(model).values_list("object_id", flat=True)}
        pks = set(model._base_manager.values_list("pk", flat=True)) - have
        if pks:
            missing += list(model._base_manager.filter(pk__in=pks))
    if missing:
        with reversion.create_revision():
            reversion.set_comment(_("State before the first recorded change"))
            for row in missing:
                reversion.add_to_revision(row)
    return len(missing)


@contextmanager
def recorded(*, user=None, comment: str = "", models_=()):
    """Run a change as one revision by ``user``; rows of ``models_`` get a baseline first."""
    record_baselines(models_)
    with reversion.create_revision():
        if user is not None and user.is_authenticated:
            reversion.set_user(user)
        reversion.set_comment(comment)
        yield


# Reading history ---------------------------------------------------------------------------------


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


def shown(model, name: str, value) -> str:
    """A stored value as an editor reads it: labels for choices, names for related records."""
    if name == TREE_PARENT:
        related = model
    else:
        field_ = next((f for f in model._meta.get_fields() if getattr(f, "attname", None) == name), None)
        if field_ is None:
            return str(value)
        if field_.choices and value not in (None, ""):
            return str(dict(field_.flatchoices).get(value, value))
        related = field_.related_model if (field_.many_to_one or field_.many_to_many) else None
        if isinstance(field_, models.BooleanField):
            return _("yes") if value else _("no")
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
    field_ = next((f for f in model._meta.get_fields() if name in (f.name, getattr(f, "attname", None))), None)
    return str(field_.verbose_name) if field_ is not None else name


def changes_between(model, older: dict, newer: dict) -> list[Change]:
    changes = []
    for name, value in newer.items():
        before = older.get(name)
        if name in ("id", "version") or before == value or (before in (None, "") and value in (None, "")):
            continue
        if isinstance(value, list) and sorted(map(str, value)) == sorted(map(str, before or [])):
            continue
        change = Change(label(model, name), shown(model, name, before), shown(model, name, value))
        if isinstance(value, str) and isinstance(before, str) and max(len(value), len(before)) > LONG_TEXT:
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
    result = []
    for newer, older in zip(versions, [*versions[1:], None][: len(versions)], strict=True):
        new_values = version_values(newer)
        changes = changes_between(model, version_values(older), new_values) if older else []
        result.append(Entry(newer, changes, counts.get(newer.revision_id, 1) - 1))
    return result


def gone(field_, pk) -> str:
    return _("%(field)s: the record #%(pk)s no longer exists") % {"field": field_.verbose_name, "pk": pk}


def changes_since(obj, opened: int) -> list[Change] | None:
    """What was saved since an editor opened save number ``opened`` of ``obj``: None when that
    state or the current one is not in the history (changed outside the admin)."""
    versions = list(Version.objects.get_for_object(obj))
    by_number = {version.field_dict.get("version"): version for version in versions}
    if opened not in by_number or not versions or versions[0].field_dict.get("version") != obj.version:
        return None
    return changes_between(type(obj), version_values(by_number[opened]), version_values(versions[0]))


# Reverting ---------------------------------------------------------------------------------------


def revert(obj, version: Version, *, user) -> list[str]:
    """Bring ``obj`` back to ``version`` as a new revision; returns problems (nothing written if any).

    Related records that no longer exist are named, not dropped; an organ goes back under its old
    parent through treebeard's move, and not under one of its own sub-bodies.
    """
    model = type(obj)
    values = version_values(version)
    problems = []
    restored = {}
    many = {}
    for name, value in values.items():
        field_ = next((f for f in model._meta.get_fields() if getattr(f, "attname", None) == name), None)
        if field_ is None or field_.primary_key or name in NOT_RESTORED:
            continue
        if field_.many_to_many:
            pks = [int(pk) for pk in value]
            found = set(field_.related_model._base_manager.filter(pk__in=pks).values_list("pk", flat=True))
            problems += [gone(field_, pk) for pk in pks if pk not in found]
            many[field_.name] = pks
        else:
            if field_.many_to_one and value is not None and not field_.related_model._base_manager.filter(pk=value).exists():
                problems.append(gone(field_, value))
            restored[name] = value
    parent = None
    if isinstance(obj, MP_Node):
        parent_pk = values.get(TREE_PARENT)
        parent = model._base_manager.filter(pk=parent_pk).first() if parent_pk else None
        if parent_pk and parent is None:
            problems.append(_("The parent organ #%(pk)s no longer exists") % {"pk": parent_pk})
        elif parent is not None and parent.path.startswith(obj.path):
            problems.append(_("The old parent “%(parent)s” is now inside this organ: move it out first") % {"parent": parent})
    if problems:
        return problems
    for name, value in restored.items():
        setattr(obj, name, value)
    try:
        obj.full_clean(exclude=["path", "depth", "numchild"])
    except ValidationError as error:
        return [
            " ".join(messages) if name == "__all__" else f"{label(model, name)}: {' '.join(messages)}"
            for name, messages in error.message_dict.items()
        ]
    when = version.revision.date_created.strftime("%Y-%m-%d %H:%M:%S")
    with recorded(user=user, comment=_("Reverted to the version of %(when)s") % {"when": when}, models_=[model]):
        obj.save()
        for name, pks in many.items():
            getattr(obj, name).set(pks)
        if isinstance(obj, MP_Node):
            obj.place_under(parent)
    return []


# Deleted records ---------------------------------------------------------------------------------


def deleted_versions(model) -> list[Version]:
    """The last version of each deleted record of ``model``, newest deletion first."""
    return list(Version.objects.get_deleted(model).select_related("revision", "revision__user"))


def dependants(model, pk, deleted: dict) -> list[Version]:
    """Deleted records that went with record ``pk`` of ``model``: rows whose key to it cascades,
    and sub-organs under a deleted organ."""
    found = []
    for other in history_models():
        for field_ in other._meta.concrete_fields:
            if field_.many_to_one and field_.related_model is model and field_.remote_field.on_delete is models.CASCADE:
                found += [v for v in deleted[other] if v.field_dict.get(field_.attname) == pk]
    if issubclass(model, MP_Node):
        found += [v for v in deleted[model] if version_values(v)[TREE_PARENT] == pk]
    return found


def restore(version: Version, *, user) -> list[str]:
    """Bring back a deleted record and what was deleted with it, as one revision; returns problems
    (nothing is written if there is any)."""
    model = version._model
    deleted = {m: deleted_versions(m) for m in history_models()}
    comment = _("Restored “%(record)s” after deletion") % {"record": version.object_repr}
    problems: list[str] = []
    try:
        with recorded(user=user, comment=comment):
            restore_one(model, version, deleted, problems)
            if problems:
                raise RestoreRefused
    except RestoreRefused:
        return problems
    return []


class RestoreRefused(Exception):
    """Raised inside the restoring transaction to roll it back."""


def restore_one(model, version: Version, deleted: dict, problems: list[str]) -> None:
    values = version_values(version)
    obj = version._object_version.object
    for field_ in model._meta.concrete_fields:
        value = values.get(field_.attname)
        if field_.many_to_one and value is not None and not field_.related_model._base_manager.filter(pk=value).exists():
            problems.append(f"{version.object_repr}: {gone(field_, value)}")
    try:
        obj.full_clean(exclude=["path", "depth", "numchild"], validate_unique=True)
    except ValidationError as error:
        problems += [f"{version.object_repr}: {' '.join(messages)}" for messages in error.message_dict.values()]
    if problems:
        return
    if isinstance(obj, MP_Node):
        parent = model._base_manager.filter(pk=values[TREE_PARENT]).first() if values[TREE_PARENT] else None
        if values[TREE_PARENT] and parent is None:
            problems.append(_("The parent organ #%(pk)s no longer exists") % {"pk": values[TREE_PARENT]})
            return
        if parent is None:
            model.objects.add_root(instance=obj)
        else:
            model.objects.add_child(parent, instance=obj)
    else:
        obj.save(force_insert=True)
    for name, pks in version._object_version.m2m_data.items():
        field_ = model._meta.get_field(name)
        found = set(field_.related_model._base_manager.filter(pk__in=pks).values_list("pk", flat=True))
        problems += [f"{version.object_repr}: {gone(field_, pk)}" for pk in pks if int(pk) not in found]
        getattr(obj, name).set(found)
    for child in dependants(model, obj.pk, deleted):
        if not child._model._base_manager.filter(pk=child.object_id).exists():
            restore_one(child._model, child, deleted, problems)
