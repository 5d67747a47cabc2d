"""The tree of organs (django-treebeard materialised path) and where they sit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db import models, transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node, MP_NodeManager, MP_NodeQuerySet

from archive.locks import lock_tree
from archive.models.abstract import DecidedDate, EndedDate, EstablishedDate, NamedRecord
from archive.models.base import PartialDates, Record, SlugRecord, Status, optional_link_indexes, range_constraint
from archive.models.keys import CompositeKeyManager, CompositeKeyMixin


class OrganKind(models.TextChoices):
    GROUP = "group", _("organisation or forum")
    CATEGORY = "category", _("grouping of organs")
    MEETING = "meeting", _("meeting mechanism")
    PERMANENT = "permanent", _("permanent body")
    SUB_BODY = "sub-body", _("sub-body")


class OrganQuerySet(MP_NodeQuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED)

    def delete(self, *args, **kwargs):
        """Treebeard renumbers the parents' child counts: one tree write at a time (archive.locks)."""
        with transaction.atomic(using=self.db):
            lock_tree(self.model)
            return super().delete(*args, **kwargs)


class OrganManager(MP_NodeManager.from_queryset(OrganQuerySet)):
    def get_queryset(self):
        # MP_NodeManager hard-codes its queryset class; keep treebeard's path order with ours.
        return OrganQuerySet(self.model, using=self._db).order_by("path")

    def get_by_natural_key(self, slug):
        return self.get(slug=slug)

    # Tree writes one at a time: each locks the roots' rows first, then treebeard reads the paths
    # (after the lock, so they are the ones the previous writer committed). See archive.locks.
    @transaction.atomic
    def add_root(self, create_kwargs=None, *, instance=None):
        lock_tree(self.model)
        return super().add_root(create_kwargs, instance=instance)

    @transaction.atomic
    def add_child(self, target, create_kwargs=None, *, instance=None):
        lock_tree(self.model)
        return super().add_child(target, create_kwargs, instance=instance)

    @transaction.atomic
    def add_sibling(self, target, pos=None, create_kwargs=None, *, instance=None):
        lock_tree(self.model)
        return super().add_sibling(target, pos, create_kwargs, instance=instance)

    @transaction.atomic
    def move(self, node, target, pos=None):
        lock_tree(self.model)
        return super().move(node, target, pos)


class Organ(NamedRecord, PartialDates, EstablishedDate, EndedDate, MP_Node, SlugRecord):
    kind = models.CharField(_("kind"), max_length=10, choices=OrganKind)
    functions_zh = models.TextField(_("functions (Chinese)"), blank=True, help_text=_("Main functions as the chapter lists them."))
    functions_en = models.TextField(_("functions (English)"), blank=True)
    frequency_zh = models.CharField(_("meeting frequency (Chinese)"), max_length=200, blank=True, help_text=_("e.g. 每年一次"))
    frequency_en = models.CharField(_("meeting frequency (English)"), max_length=200, blank=True, help_text=_("e.g. annual"))
    chair_rule_zh = models.TextField(_("chair and rotation rule (Chinese)"), blank=True)
    chair_rule_en = models.TextField(_("chair and rotation rule (English)"), blank=True)
    composition_zh = models.TextField(_("composition and status (Chinese)"), blank=True)
    composition_en = models.TextField(_("composition and status (English)"), blank=True)
    legal_basis = models.ManyToManyField(
        "archive.Instrument",
        verbose_name=_("legal basis"),
        blank=True,
        related_name="organs_based",
        help_text=_("Instruments that found or govern this organ."),
    )
    note_zh = models.TextField(
        _("note (Chinese)"), blank=True, help_text=_("Irregularities and contradictions in the chapter, both readings.")
    )
    note_en = models.TextField(
        _("note (English)"), blank=True, help_text=_("Irregularities and contradictions in the chapter, both readings.")
    )

    objects = OrganManager()
    date_prefixes = ("established", "ended")
    main_date = "established"
    date_pairs = (("established", "ended"),)
    # The chapter's order of organs is meaningful (it follows the Charter): keep insertion order.
    node_order_by: list[str] = []

    class Meta:
        verbose_name = _("organ")
        verbose_name_plural = _("organs")
        permissions = [("publish_organ", "Can publish and unpublish organs")]
        constraints = [range_constraint("organ_ended_not_before_established", "established_on", "ended_on")]

    def get_absolute_url(self):
        return reverse("archive:organ-detail", args=[self.slug])

    def place_under(self, parent: Organ | None) -> None:
        """Move under ``parent`` (last child; the last root for None) through treebeard, if not there already."""
        current = Organ.objects.get_parent(self, update=True)
        if (current.pk if current else None) == (parent.pk if parent else None):
            return
        if parent is None:
            Organ.objects.move(self, Organ.objects.get_root_nodes().last(), "last-sibling")
        else:
            Organ.objects.move(self, Organ.objects.get(pk=parent.pk), "last-child")
        self.refresh_from_db()

    def shown_from(self, openings: Iterable[dt.date] = ()) -> dt.date | None:
        """The first day the org chart shows the organ; None when its establishment date is unknown.

        A day-precision establishment is that day. A month (or a year) is the earliest of
        ``openings`` — the days of the day-precision openings of the organ and of its sub-bodies (a
        sub-body's opening opens its parent too) — within that month, else the month's last day.
        """
        established = self.partial("established")
        if established is None:
            return None
        within = [day for day in openings if established.earliest() <= day <= established.latest()]
        return min(within, default=established.latest())

    def exists_on(self, day: dt.date, openings: Iterable[dt.date] = ()) -> bool:
        """Shown on ``day`` (see ``shown_from``) and not ended by then.

        An unknown establishment date counts as "always existed" within the parent's life.
        """
        first = self.shown_from(openings)
        if first and first > day:
            return False
        ended = self.partial("ended")
        return not (ended and ended.earliest() <= day)


class OrganSeat(CompositeKeyMixin, PartialDates, DecidedDate, Record):
    """Where an organ sits, from when (the RATS seat: Bishkek decided 2002, Tashkent 2003)."""

    organ = models.ForeignKey(Organ, verbose_name=_("organ"), on_delete=models.CASCADE, related_name="seats")
    place = models.ForeignKey("archive.Place", verbose_name=_("place"), on_delete=models.PROTECT, related_name="seats")
    decided_by = models.ForeignKey(
        "archive.Event",
        verbose_name=_("decided by"),
        null=True,
        db_index=False,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="seat_decisions",
    )
    superseded = models.BooleanField(_("superseded"), default=False, help_text=_("Ticked when a later decision moved the seat."))
    note_zh = models.TextField(_("note (Chinese)"), blank=True)
    note_en = models.TextField(_("note (English)"), blank=True)

    objects = CompositeKeyManager()
    natural_key_fields = ("organ", "place")
    date_prefixes = ("decided",)
    main_date = "decided"

    class Meta:
        indexes = [*optional_link_indexes("organseat", "decided_by")]
        ordering = ["organ", "decided_on"]
        verbose_name = _("seat")
        verbose_name_plural = _("seats")
        permissions = [("publish_organseat", "Can publish and unpublish seats")]
        constraints = [
            models.UniqueConstraint(fields=["organ", "place"], name="seat_unique_place"),
            range_constraint("seat_decided_until_not_before_start", "decided_on", "decided_until"),
        ]

    def __str__(self):
        return f"{self.organ} @ {self.place}"
