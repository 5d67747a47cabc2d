"""The editorial roles, made by a post_migrate handler (permissions do not exist yet inside data
migrations, and the handler also rebuilds the groups after a flush).

Editor     add and change every archive record, import and export them, preview drafts; cannot publish,
           unpublish, or delete a published record (nor one that a deletion would take along).
Publisher  everything an editor can, plus publish, unpublish and delete.
"""

from django.apps import apps as global_apps
from django.contrib.admin.utils import NestedObjects
from django.db import router
from django.utils.text import capfirst
from treebeard.mp_tree import MP_Node

EDITOR = "Editor"
PUBLISHER = "Publisher"


# The archive's own bookkeeping (logs, pending changes, former URLs): written by the archive, read by both roles.
BOOKKEEPING = ("importrecord", "deletion", "pendingchange", "slugredirect")


def ensure_groups(sender=None, apps=global_apps, **kwargs):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    archive = Permission.objects.filter(content_type__app_label="archive")
    by_hand = {f"{action}_{model}" for action in ("add", "change", "delete") for model in BOOKKEEPING}
    editor, _ = Group.objects.get_or_create(name=EDITOR)
    editor.permissions.set(archive.exclude(codename__startswith="publish_").exclude(codename__in=by_hand))
    publisher, _ = Group.objects.get_or_create(name=PUBLISHER)
    publisher.permissions.set(archive.exclude(codename__in=by_hand))


def can_publish(user, model) -> bool:
    return user.has_perm(f"{model._meta.app_label}.publish_{model._meta.model_name}")


def can_preview(user, model) -> bool:
    """A draft's public page is shown to staff who may view that kind of record in the admin."""
    return user.is_staff and user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}")


def rows_a_deletion_takes(objs) -> list:
    """Every row that deleting ``objs`` would delete: themselves, what cascades from them through
    foreign keys, and an organ's sub-organs (treebeard deletes a node's whole subtree)."""
    objs = list(objs)
    for obj in list(objs):
        if isinstance(obj, MP_Node):
            objs += list(type(obj).objects.get_descendants(obj))
    if not objs:
        return []
    collector = NestedObjects(using=router.db_for_write(type(objs[0])))
    collector.collect(objs)
    return [row for rows in collector.data.values() for row in rows]


def published_rows_refused(user, objs) -> list[str]:
    """The published rows that deleting ``objs`` would take and ``user`` may not delete (only a
    model's publishers delete what is published), each named: empty when the deletion may go ahead."""
    return sorted(
        f"{capfirst(row._meta.verbose_name)}: {row}"
        for row in rows_a_deletion_takes(objs)
        if getattr(row, "is_published", False) and not can_publish(user, type(row))
    )
