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
import uuid
from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

import reversion
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.exceptions import ValidationError
from django.core.serializers.json import Deserializer  # noqa: F401  (the format's reader)
from django.core.serializers.json import Serializer as JSONSerializer
from django.db import models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Cast
from django.db.models.signals import pre_delete
from django.utils import timezone
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
NOT_KEPT = ("updated_at", "path", "depth", "numchild")
# Kept but not reverted: the status changes only through the publish actions (which take a record's
# citations and parts along), the publication date follows it, the save counter only counts up (it
# tells which version an editor opened), and a record was created when it was.
NOT_RESTORED = ("status", "published_at", "version", "created_at")
LONG_TEXT = 60  # longer texts are shown as one text with the removed and added parts marked
LONGEST_DIFF = 5000  # beyond this a character diff is too slow for a page: before and after instead


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
    pre_revision_commit.connect(refresh_versions, dispatch_uid="archive-refresh-versions")
    for model in history_models():
        if not reversion.is_registered(model):
            names = {f.name for f in model._meta.get_fields()}
            reversion.register(model, format=FORMAT, exclude=[name for name in NOT_KEPT if name in names])
        pre_delete.connect(note_deletion, sender=model, dispatch_uid=f"archive-note-deletion-{model._meta.label}")


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
        kept = Version.objects.get_for_model(model).filter(object_id=Cast(OuterRef("pk"), models.CharField()))
        missing += list(model._base_manager.filter(~Exists(kept)))
    if missing:
        with reversion.create_revision():
            reversion.set_comment(_("State before the first recorded change"))
            for row in missing:
                reversion.add_to_revision(row)
    return len(missing)


@dataclass
class Action:
    """What a deletion inside ``recorded`` is part of."""

    batch: uuid.UUID
    user: str
    comment: str


_action: ContextVar[Action | None] = ContextVar("archive_action", default=None)


@contextmanager
def recorded(*, user=None, comment: str = "", models_=()):
    """Run a change as one revision by ``user``; rows of ``models_`` get a baseline first, and rows
    deleted inside are kept as one batch of deletions."""
    record_baselines(models_)
    signed_in = user is not None and user.is_authenticated
    token = _action.set(Action(uuid.uuid4(), user.get_username() if signed_in else "", comment))
    try:
        with reversion.create_revision():
            if signed_in:
                reversion.set_user(user)
            reversion.set_comment(comment)
            yield
    finally:
        _action.reset(token)


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


def gone(field_, pk) -> str:
    return _("%(field)s: the record #%(pk)s no longer exists") % {"field": field_.verbose_name, "pk": pk}


def missing_references(model, values: dict):
    """For stored values about to be written back: the keys whose record no longer exists, and the
    tree parent (an organ or None) with a problem if it is gone. Returns (problems, parent)."""
    problems = [
        gone(field_, values[field_.attname])
        for field_ in model._meta.concrete_fields
        if field_.many_to_one
        and values.get(field_.attname) is not None
        and not field_.related_model._base_manager.filter(pk=values[field_.attname]).exists()
    ]
    parent_pk = values.get(TREE_PARENT) if issubclass(model, MP_Node) else None
    parent = model._base_manager.filter(pk=parent_pk).first() if parent_pk else None
    if parent_pk and parent is None:
        problems.append(_("The parent organ #%(pk)s no longer exists") % {"pk": parent_pk})
    return problems, parent


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
    problems, parent = missing_references(model, values)
    restored = {}
    many = {}
    for name, value in values.items():
        field_ = field_named(model, name)
        if field_ is None or field_.primary_key or name in NOT_RESTORED:
            continue
        if field_.many_to_many:
            pks = [int(pk) for pk in value]
            found = set(field_.related_model._base_manager.filter(pk__in=pks).values_list("pk", flat=True))
            problems += [gone(field_, pk) for pk in pks if pk not in found]
            many[field_.name] = pks
        else:
            restored[name] = value
    if parent is not None and parent.path.startswith(obj.path):
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
    when = date_format(localtime(version.revision.date_created), "DATETIME_FORMAT")
    with recorded(user=user, comment=_("Reverted to the version of %(when)s") % {"when": when}, models_=[model]):
        obj.save()
        for name, pks in many.items():
            getattr(obj, name).set(pks)
        if isinstance(obj, MP_Node):
            obj.place_under(parent)
    return []


# Deleted records ---------------------------------------------------------------------------------


_keeping: ContextVar[bool] = ContextVar("archive_keeping_deletions", default=True)


@contextmanager
def deletions_not_kept():
    """For emptying a test or benchmark database: its deletions are not the archive's history."""
    token = _keeping.set(False)
    try:
        yield
    finally:
        _keeping.reset(token)


def note_deletion(sender, instance, **kwargs):
    """Keep a record as it is deleted, with the records whose links to it the deletion clears (keys
    set to null, many-to-many links); ``pre_delete`` runs before Django clears them."""
    from archive.models import Deletion

    if not _keeping.get():
        return
    links = []
    for relation in instance._meta.related_objects:
        related = relation.related_model
        if not (relation.many_to_many or relation.on_delete is models.SET_NULL):
            continue
        pks = list(related._base_manager.filter(**{relation.field.name: instance.pk}).values_list("pk", flat=True))
        if pks:
            links.append({"model": related._meta.label, "field": relation.field.name, "pks": pks})
    action = _action.get() or Action(uuid.uuid4(), "", "")
    fields = _get_options(sender).fields
    Deletion.objects.create(
        batch=action.batch,
        user=action.user,
        comment=action.comment,
        model=sender._meta.label,
        object_id=str(instance.pk),
        object_repr=str(instance)[:500],
        data=serializers.serialize(FORMAT, [instance], fields=fields),
        links=links,
    )


def deleted(model):
    """The deletions of ``model`` not restored yet whose record is still gone, newest first."""
    from archive.models import Deletion

    rows = Deletion.objects.filter(model=model._meta.label, restored_at__isnull=True)
    existing = set(map(str, model._base_manager.filter(pk__in=[int(r.object_id) for r in rows]).values_list("pk", flat=True)))
    latest = {}
    for row in rows:
        if row.object_id not in existing:
            latest.setdefault(row.object_id, row)
    return list(latest.values())


def as_version(deletion) -> Version:
    """The deleted record's data as an (unsaved) version, to read it as a history version."""
    model = apps.get_model(deletion.model)
    content_type = ContentType.objects.get_for_model(model)
    return Version(content_type=content_type, object_id=deletion.object_id, format=FORMAT, serialized_data=deletion.data)


@dataclass
class Restoring:
    batch: list
    restored: list = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # any of these: nothing is restored
    unlinked: list[str] = field(default_factory=list)  # links to records deleted since: not put back, said


def restore(deletion, *, user) -> Restoring:
    """Bring back a deleted record with what the same action deleted with it (rows whose key to it
    cascades, sub-organs) and the links the deletion cleared, as one revision. Nothing is written
    if there is any problem; links to records deleted since are named, and come back when those are
    restored (their own data holds them)."""
    from archive.models import Deletion

    job = Restoring(list(Deletion.objects.filter(batch=deletion.batch, restored_at__isnull=True)))
    comment = _("Restored “%(record)s” after deletion") % {"record": deletion.object_repr}
    try:
        with recorded(user=user, comment=comment):
            restore_one(deletion, job)
            for row in job.restored:
                relink(row, job)
            if job.problems:
                raise RestoreRefused
            Deletion.objects.filter(pk__in=[row.pk for row in job.restored]).update(restored_at=timezone.now())
    except RestoreRefused:
        pass
    return job


class RestoreRefused(Exception):
    """Raised inside the restoring transaction to roll it back."""


def restore_one(deletion, job: Restoring) -> None:
    model = apps.get_model(deletion.model)
    version = as_version(deletion)
    values = version_values(version)
    obj = version._object_version.object
    problems, parent = missing_references(model, values)
    job.problems += [f"{deletion.object_repr}: {problem}" for problem in problems]
    try:
        obj.full_clean(exclude=["path", "depth", "numchild"])
    except ValidationError as error:
        job.problems += [f"{deletion.object_repr}: {' '.join(messages)}" for messages in error.message_dict.values()]
    if job.problems:
        return
    obj._stored_status = obj.status  # as it was: restoring is not publishing
    if isinstance(obj, MP_Node):
        if parent is None:
            model.objects.add_root(instance=obj)
        else:
            model.objects.add_child(parent, instance=obj)
    else:
        obj.save(force_insert=True)
    for name, pks in version._object_version.m2m_data.items():
        field_ = model._meta.get_field(name)
        found = set(field_.related_model._base_manager.filter(pk__in=pks).values_list("pk", flat=True))
        job.unlinked += [f"{deletion.object_repr}: {gone(field_, pk)}" for pk in pks if int(pk) not in found]
        getattr(obj, name).set(found)
    job.restored.append(deletion)
    # What the same action deleted with it, in the order it was deleted (Django deletes by primary
    # key, which for organs follows the order they were entered in).
    for child in sorted(job.batch, key=lambda row: row.pk):
        if child not in job.restored and went_with(child, model, obj.pk):
            restore_one(child, job)


def went_with(deletion, model, pk) -> bool:
    """Whether ``deletion`` was deleted because record ``pk`` of ``model`` was (cascade, sub-organ)."""
    child_model = apps.get_model(deletion.model)
    values = version_values(as_version(deletion))
    if issubclass(model, MP_Node) and child_model is model and values[TREE_PARENT] == pk:
        return True
    return any(
        field_.many_to_one
        and field_.related_model is model
        and field_.remote_field.on_delete is models.CASCADE
        and values.get(field_.attname) == pk
        for field_ in child_model._meta.concrete_fields
    )


def relink(deletion, job: Restoring) -> None:
    """Put back the keys and many-to-many links that the record's deletion cleared, and those that
    the deletion of a record restored earlier cleared to this one."""
    from archive.models import Deletion

    for link in deletion.links:
        rows = set(apps.get_model(link["model"])._base_manager.filter(pk__in=link["pks"]).values_list("pk", flat=True))
        for pk in link["pks"]:
            if pk in rows:
                link_again(link, pk, deletion.model, deletion.object_id)
            else:
                job.unlinked.append(f"{deletion.object_repr}: {gone(apps.get_model(link['model'])._meta.get_field(link['field']), pk)}")
    pk = int(deletion.object_id)
    for other in Deletion.objects.exclude(pk=deletion.pk).exclude(restored_at=None):
        if apps.get_model(other.model)._base_manager.filter(pk=other.object_id).exists():
            for link in other.links:
                if link["model"] == deletion.model and pk in link["pks"]:
                    link_again(link, pk, other.model, other.object_id)


def link_again(link: dict, pk, target_model: str, target_pk: str) -> None:
    """Record ``pk`` of the link's model points at ``target_pk`` again (its key if still empty, or
    its many-to-many link)."""
    model = apps.get_model(link["model"])
    field_ = model._meta.get_field(link["field"])
    row = model._base_manager.get(pk=pk)
    target = apps.get_model(target_model)._meta.pk.to_python(target_pk)
    if field_.many_to_many:
        getattr(row, field_.name).add(target)
    elif getattr(row, field_.attname) is None:
        setattr(row, field_.attname, target)
        row.save(update_fields=[field_.name])
