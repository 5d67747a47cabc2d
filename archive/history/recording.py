"""Revisions around an action, with the gaps bulk writes leave closed.

- ``queryset.update()`` and treebeard's moves send no ``post_save``: every version is read again
  from the database when its revision is saved (``refresh_versions``), so it holds the state that
  was committed, and writers that update in bulk add their rows explicitly (``add_rows``).
- Rows loaded raw (``loaddata``) have no version yet: ``recorded`` first keeps the current state of
  the rows it is about to change as a baseline revision, so the first change has something to
  compare with and to revert to.
- An action that writes thousands of rows (``import_archive``) is recorded in bulk
  (``recorded(bulk=True)``): the rows it saves are only noted while it runs, then each is read and
  serialised once, in batches, and the versions are written with ``bulk_create`` in one revision
  (``write_revision``). django-reversion would serialise every row on each save and again at the
  end, and copy its pending versions on every row added (quadratic in the rows of one revision).
  The versions are the same as reversion's: the history, its diffs and revert read them alike.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

import reversion
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.db import models, router, transaction
from django.db.models import Exists, OuterRef, Prefetch
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext as _
from reversion.models import Revision, Version
from reversion.revisions import _get_options
from treebeard.mp_tree import MP_Node

from archive.history.serializer import FORMAT
from archive.models import CITATION_TARGETS, Citation
from archive.registry import archive_models

# Bookkeeping that changes on every save, and treebeard's internals (the parent stands for them).
NOT_KEPT = ("updated_at", "path", "depth", "numchild")


def register_versions():
    for model in archive_models():
        if not reversion.is_registered(model):
            names = {f.name for f in model._meta.get_fields()}
            reversion.register(model, format=FORMAT, exclude=[name for name in NOT_KEPT if name in names])


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
    if (noted := _noted.get()) is not None:
        noted.setdefault(model, {}).update(dict.fromkeys(pks))
    elif reversion.is_active():
        for row in model._base_manager.filter(pk__in=list(pks)):
            reversion.add_to_revision(row)


# ---- revisions written in bulk ------------------------------------------------------------------

BATCH = 500  # rows read, serialised and written at a time (a single-column ``pk__in`` per batch)


def batched(items, size: int = BATCH):
    items = list(items)
    return (items[start : start + size] for start in range(0, len(items), size))


# While a bulk revision runs: model → pks (in the order first saved) of the rows it saved.
_noted: ContextVar[dict[type[models.Model], dict] | None] = ContextVar("archive_bulk_rows", default=None)


def note_saved(sender, instance, **kwargs):
    """post_save receiver: a row saved inside a bulk revision is noted (its version is written at the end)."""
    if (noted := _noted.get()) is not None and reversion.is_registered(sender):
        noted.setdefault(sender, {})[instance.pk] = None


def note_m2m_changed(sender, instance, action, reverse, **kwargs):
    """m2m_changed receiver: a record whose many-to-many links changed is noted, as reversion does."""
    if action.startswith("post_") and not reverse:
        note_saved(type(instance), instance)


def named_relations(model) -> list[str]:
    """The relations a row's ``str()`` reads, joined when its versions are written (``object_repr``):
    a link row names its parents (its natural key), a citation its source and its record."""
    if model is Citation:
        targets = [(name, Citation._meta.get_field(name).related_model) for name in CITATION_TARGETS]
        nested = [f"{name}__{inner}" for name, target in targets for inner in named_relations(target)]
        return ["source", *(name for name, _target in targets), *nested]
    return [name for name in getattr(model, "natural_key_fields", ()) if model._meta.get_field(name).is_relation]


def tree_parents(model, rows) -> dict[str, int]:
    """Path → pk of the parents of tree nodes ``rows`` (one query)."""
    paths = {row.path[: -row.steplen] for row in rows if row.depth and row.depth > 1}
    return dict(model._base_manager.filter(path__in=paths).values_list("path", "pk")) if paths else {}


def write_revision(rows: dict, *, user=None, comment: str = "", date_created=None) -> Revision | None:
    """One revision holding a version of each row of ``rows`` (model → pks) as the row is now: each
    row read and serialised once, in batches of ``BATCH``, the versions written with ``bulk_create``.
    Rows that no longer exist are left out, as reversion does; no revision when none is left."""
    using = router.db_for_write(Revision)
    revision = None
    serializer = serializers.get_serializer(FORMAT)()
    for model, pks in rows.items():
        options = _get_options(model)
        content_type = ContentType.objects.db_manager(using).get_for_model(model, for_concrete_model=options.for_concrete_model)
        model_db = router.db_for_write(model)
        many = [
            Prefetch(field.name, queryset=field.related_model._default_manager.only("pk"))
            for field in model._meta.many_to_many
            if field.name in options.fields
        ]
        queryset = model._base_manager.using(model_db).select_related(*named_relations(model)).prefetch_related(*many)
        for batch in batched(pks):
            found = list(queryset.filter(pk__in=batch))
            if not found:
                continue
            serializer.tree_parents = tree_parents(model, found) if issubclass(model, MP_Node) else None
            if revision is None:
                revision = Revision.objects.using(using).create(date_created=date_created or timezone.now(), user=user, comment=comment)
            versions = [
                Version(
                    revision=revision,
                    content_type=content_type,
                    object_id=str(row.pk),
                    db=model_db,
                    format=FORMAT,
                    serialized_data=serializer.serialize([row], fields=options.fields),
                    object_repr=str(row),
                )
                for row in found
            ]
            Version.objects.using(using).bulk_create(versions)
    return revision


@contextmanager
def bulk_revision(*, user=None, comment: str = ""):
    """One revision of every registered row saved inside, written in bulk at the end (in the same
    transaction: a rolled-back action leaves no revision)."""
    noted: dict = {}
    token = _noted.set(noted)
    started = timezone.now()
    using = router.db_for_write(Revision)
    try:
        with transaction.atomic(using=using):
            yield
            if not transaction.get_rollback(using):
                write_revision(noted, user=user, comment=comment, date_created=started)
    finally:
        _noted.reset(token)


def record_baselines(rows) -> int:
    """Give every row of the querysets ``rows`` that has no version one with its current state (one
    query per queryset, then the versions in bulk); returns how many."""
    assert not reversion.is_active() and _noted.get() is None, "a baseline is its own revision, taken before the change"
    missing = {}
    for queryset in rows:
        kept = Version.objects.get_for_model(queryset.model).filter(object_id=Cast(OuterRef("pk"), models.CharField()))
        pks = list(queryset.filter(~Exists(kept)).values_list("pk", flat=True))
        if pks:
            missing.setdefault(queryset.model, {}).update(dict.fromkeys(pks))
    if missing:
        write_revision(missing, comment=_("State before the first recorded change"))
    return sum(map(len, missing.values()))


@dataclass
class Action:
    """What a deletion inside ``recorded`` is part of."""

    batch: uuid.UUID
    user: str
    comment: str


_action: ContextVar[Action | None] = ContextVar("archive_action", default=None)


@contextmanager
def recorded(*, user=None, comment: str = "", baseline=(), bulk: bool = False):
    """Run a change as one revision by ``user``; the rows it is about to change (querysets in
    ``baseline``) get a baseline first, and rows deleted inside are kept as one batch of deletions.
    ``bulk``: the revision is written in bulk at the end (``bulk_revision``), for actions of many rows."""
    record_baselines(baseline)
    signed_in = user is not None and user.is_authenticated
    token = _action.set(Action(uuid.uuid4(), user.get_username() if signed_in else "", comment))
    try:
        if bulk:
            with bulk_revision(user=user if signed_in else None, comment=comment):
                yield
        else:
            with reversion.create_revision():
                if signed_in:
                    reversion.set_user(user)
                reversion.set_comment(comment)
                yield
    finally:
        _action.reset(token)


def current_action() -> Action:
    """The action in progress, or a new anonymous one (a deletion outside ``recorded``)."""
    return _action.get() or Action(uuid.uuid4(), "", "")
