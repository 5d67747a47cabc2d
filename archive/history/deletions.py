"""Deleted records: kept as they were, with who deleted them and the links the deletion cleared, and
restored with what the same action deleted with them."""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import pre_delete
from django.utils import timezone
from django.utils.translation import gettext as _
from reversion.models import Version
from reversion.revisions import _get_options
from treebeard.mp_tree import MP_Node

from archive.history.diff import version_values
from archive.history.recording import current_action, recorded
from archive.history.revert import gone, missing_references
from archive.history.serializer import FORMAT, TREE_PARENT
from archive.models import Deletion
from archive.registry import archive_models
from archive.roles import can_publish


def connect_deletions():
    for model in archive_models():
        pre_delete.connect(note_deletion, sender=model, dispatch_uid=f"archive-note-deletion-{model._meta.label}")


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
    action = current_action()
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
    user: object = None
    restored: list = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # any of these: nothing is restored
    unlinked: list[str] = field(default_factory=list)  # links to records deleted since: not put back, said


def restore(deletion, *, user) -> Restoring:
    """Bring back a deleted record with what the same action deleted with it (rows whose key to it
    cascades, sub-organs) and the links the deletion cleared, as one revision. Nothing is written
    if there is any problem; links to records deleted since are named, and come back when those are
    restored (their own data holds them)."""
    job = Restoring(list(Deletion.objects.filter(batch=deletion.batch, restored_at__isnull=True)), user=user)
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
    if not can_publish(job.user, model):
        problems.append(_("only a publisher of %(records)s may restore one") % {"records": model._meta.verbose_name_plural})
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
