"""A record back to one of its versions, as a new revision."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from reversion.models import Version
from treebeard.mp_tree import MP_Node

from archive.history.diff import field_named, label, version_values
from archive.history.recording import recorded
from archive.history.serializer import TREE_PARENT
from archive.services import keep_old_url

# Kept but not reverted: the status changes only through the publish actions (which take a record's
# citations and parts along), the publication date follows it, the save counter only counts up (it
# tells which version an editor opened), and a record was created when it was.
NOT_RESTORED = ("status", "published_at", "version", "created_at")


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


def revert(obj, version: Version, *, user) -> list[str]:
    """Bring ``obj`` back to ``version`` as a new revision; returns problems (nothing written if any).

    Related records that no longer exist are named, not dropped; an organ goes back under its old
    parent through treebeard's move, and not under one of its own sub-bodies.
    """
    with transaction.atomic():
        # The row as committed now, locked until the revert is saved: an edit saved since the page
        # was read keeps its status and its place in the history, and the edit counter counts on
        # from it, so an editor's form opened before the revert is refused as stale, not saved over it.
        type(obj)._base_manager.select_for_update().filter(pk=obj.pk).exists()
        obj.refresh_from_db()
        obj._stored_status = obj.status
        return _revert(obj, version, user=user)


def _revert(obj, version: Version, *, user) -> list[str]:
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
    old_slug = getattr(obj, "slug", None)
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
    with recorded(
        user=user, comment=_("Reverted to the version of %(when)s") % {"when": when}, baseline=[model._base_manager.filter(pk=obj.pk)]
    ):
        obj.save()
        for name, pks in many.items():
            getattr(obj, name).set(pks)
        if isinstance(obj, MP_Node):
            obj.place_under(parent)
        if old_slug and old_slug != obj.slug and obj.is_published:
            keep_old_url(obj, old_slug)
    return []
