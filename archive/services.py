"""Writes that span several rows: publishing a record together with its own parts; keeping old URLs;
re-deriving the stored search text."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from archive.history.recording import add_rows
from archive.models import SlugRedirect, Status
from archive.registry import parts_of, searchable_models
from archive.search import document


@transaction.atomic
def records_set_status(*, queryset, status: str) -> int:
    """Publish or unpublish records with their citations and own parts; returns how many changed."""
    model = queryset.model
    changed = queryset.exclude(status=status)
    ids = list(changed.values_list("pk", flat=True))
    now = timezone.now().replace(microsecond=0)
    published_at = now if status == Status.PUBLISHED else None
    for record in model._default_manager.filter(pk__in=ids):
        record.status = status
        record.save()
    for part_model, field in parts_of(model):
        part_ids = list(part_model.objects.filter(**{f"{field}__in": ids}).exclude(status=status).values_list("pk", flat=True))
        part_model.objects.filter(pk__in=part_ids).update(
            status=status, published_at=published_at, updated_at=now, version=F("version") + 1
        )
        add_rows(part_model, part_ids)
    return len(ids)


def keep_old_url(record, old_slug: str) -> None:
    """The record's former slug answers with a redirect to it (a published slug is a public URL)."""
    SlugRedirect.objects.update_or_create(model=record._meta.label, old_slug=old_slug, defaults={"object_id": record.pk})
    SlugRedirect.objects.filter(model=record._meta.label, old_slug=record.slug).delete()  # the slug is a record's again


def search_text_reindex(*, stored_model=None, using: str = "default", dry_run: bool = False) -> dict[str, int]:
    """Re-derive every searchable row's ``search_text`` as its ``save()`` would; per model label, how many rows changed.

    ``stored_model`` maps a model to the class that reads and writes its rows: a data migration
    passes its historical models (``apps.get_model``), whose rows are copied into the current model's
    class only to call its ``search_parts()``. The rows are written with ``bulk_update``: no
    timestamp, version or revision changes, since only a derived column does.
    """
    changed: dict[str, int] = {}
    with transaction.atomic(using=using):
        for model in searchable_models():
            changed[model._meta.label] = _reindex_model(model, stored_model(model) if stored_model else model, using, dry_run)
    return changed


def _reindex_model(model, stored, using: str, dry_run: bool) -> int:
    fields = {f.attname for f in model._meta.concrete_fields}
    copied = [f.attname for f in stored._meta.concrete_fields if f.attname in fields]
    rows = []
    for row in stored._base_manager.using(using).order_by("pk").iterator(chunk_size=500):
        text = document(*model(**{name: getattr(row, name) for name in copied}).search_parts())
        if row.search_text != text:
            row.search_text = text
            rows.append(row)
    if rows and not dry_run:
        stored._base_manager.using(using).bulk_update(rows, ["search_text"], batch_size=500)
    return len(rows)
