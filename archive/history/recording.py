"""Revisions around an action, with the gaps bulk writes leave closed.

- ``queryset.update()`` and treebeard's moves send no ``post_save``: every version is read again
  from the database when its revision is saved (``refresh_versions``), so it holds the state that
  was committed, and writers that update in bulk add their rows explicitly (``add_rows``).
- Rows loaded raw (``loaddata``) have no version yet: ``recorded`` first keeps the current state of
  the rows it is about to change as a baseline revision, so the first change has something to
  compare with and to revert to.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

import reversion
from django.core import serializers
from django.db import models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Cast
from django.utils.translation import gettext as _
from reversion.models import Version
from reversion.revisions import _get_options

from archive.history.serializer import FORMAT
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
    if reversion.is_active():
        for row in model._base_manager.filter(pk__in=list(pks)):
            reversion.add_to_revision(row)


def record_baselines(rows) -> int:
    """Give every row of the querysets ``rows`` that has no version one with its current state (one
    query per queryset); returns how many."""
    assert not reversion.is_active(), "a baseline is its own revision, taken before the change"
    missing = []
    for queryset in rows:
        kept = Version.objects.get_for_model(queryset.model).filter(object_id=Cast(OuterRef("pk"), models.CharField()))
        missing += list(queryset.filter(~Exists(kept)))
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
def recorded(*, user=None, comment: str = "", baseline=()):
    """Run a change as one revision by ``user``; the rows it is about to change (querysets in
    ``baseline``) get a baseline first, and rows deleted inside are kept as one batch of deletions."""
    record_baselines(baseline)
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


def current_action() -> Action:
    """The action in progress, or a new anonymous one (a deletion outside ``recorded``)."""
    return _action.get() or Action(uuid.uuid4(), "", "")
