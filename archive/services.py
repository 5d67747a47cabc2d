"""Writes that span several rows: publishing a record together with its own parts; keeping old URLs."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from archive.history.recording import add_rows
from archive.models import SlugRedirect, Status
from archive.registry import parts_of


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
