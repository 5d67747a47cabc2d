"""Editorial bookkeeping: an Editor's change to a published record waiting for a Publisher, and the
old URLs of records whose slug a Publisher changed."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingChange(models.Model):
    """An Editor's save of a published record, kept instead of written: the form as submitted (the
    record, its inline rows, its place in the tree), replayed through the same admin form when a
    Publisher approves it. The public site keeps showing the published record until then."""

    class State(models.TextChoices):
        PENDING = "pending", _("waiting for a publisher")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")

    model = models.CharField(_("model"), max_length=100, db_index=True)
    object_id = models.CharField(_("object id"), max_length=64)
    object_repr = models.CharField(_("record"), max_length=500)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True, on_delete=models.SET_NULL, related_name="pending_changes"
    )
    author_name = models.CharField(_("author"), max_length=150)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    base_version = models.PositiveIntegerField(
        _("based on version"), help_text=_("The record's save counter when the author opened it; approving checks it still is.")
    )
    data = models.JSONField(_("form as submitted"), default=dict)
    language = models.CharField(
        _("language of the form"), max_length=10, blank=True, help_text=_("Dates and numbers are read as the author's form wrote them.")
    )
    row_versions = models.JSONField(
        _("versions of its rows"), default=dict, help_text=_("The save counter of each inline row it changes; approving checks them.")
    )
    state = models.CharField(_("state"), max_length=10, choices=State, default=State.PENDING, db_index=True)
    reviewer = models.CharField(_("reviewed by"), max_length=150, blank=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    review_comment = models.TextField(_("review comment"), blank=True)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        verbose_name = _("pending change")
        verbose_name_plural = _("pending changes")

    def __str__(self):
        return f"{self.object_repr} ({self.author_name}, {self.get_state_display()})"


class SlugRedirect(models.Model):
    """A published record's former slug: its old URL answers with a permanent redirect to the record."""

    model = models.CharField(_("model"), max_length=100)
    old_slug = models.SlugField(_("former slug"), max_length=120)
    object_id = models.PositiveBigIntegerField(_("object id"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("former URL")
        verbose_name_plural = _("former URLs")
        constraints = [models.UniqueConstraint(fields=["model", "old_slug"], name="slug_redirect_unique")]

    def __str__(self):
        return f"{self.model} {self.old_slug} → #{self.object_id}"
