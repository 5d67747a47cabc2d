"""Signed instruments, their parties and how they relate to each other."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from archive.models.abstract import ActionDate, ExpiryDate, InForceDate, SignedDates, TitledRecord
from archive.models.base import DatedRecordQuerySet, PartialDates, Record, SlugManager, SlugRecord, Status, optional_link_indexes
from archive.models.events import Topic
from archive.models.keys import CompositeKeyManager, CompositeKeyMixin
from archive.models.organs import Organ


class InstrumentKind(models.TextChoices):
    AGREEMENT = "agreement", _("agreement")
    TREATY = "treaty", _("treaty")
    DECLARATION = "declaration", _("declaration")
    CHARTER = "charter", _("charter")
    CONVENTION = "convention", _("convention")
    PROTOCOL = "protocol", _("protocol")
    MEMORANDUM = "memorandum", _("memorandum")
    STATEMENT = "statement", _("statement")
    COMMUNIQUE = "communique", _("communiqué")
    REGULATION = "regulation", _("regulation")
    PROGRAMME = "programme", _("programme")
    PLAN = "plan", _("plan")
    MAP = "map", _("map")
    POLICY = "policy", _("national policy document")


class InstrumentQuerySet(DatedRecordQuerySet):
    """Instruments by kind, years, organ, state and topic; a draft organ, state or topic finds
    nothing, like an unknown slug."""

    def with_organ(self, slug: str):
        """Signed at a published meeting of the organ, or among the organ's legal basis."""
        if not slug:
            return self
        based_on = Organ.objects.published().filter(slug=slug, legal_basis=OuterRef("pk"))
        return self.filter(
            Q(event__status=Status.PUBLISHED, event__organ__slug=slug, event__organ__status=Status.PUBLISHED) | Q(Exists(based_on))
        )

    def with_state(self, slug: str):
        """Instruments the state is a party to (a published party row)."""
        if not slug:
            return self
        party = InstrumentParty.objects.published().filter(instrument=OuterRef("pk"), state__slug=slug, state__status=Status.PUBLISHED)
        return self.filter(Exists(party))

    def with_topic(self, slug: str):
        if not slug:
            return self
        return self.filter(Exists(Topic.objects.published().filter(slug=slug, instruments=OuterRef("pk"))))


class Instrument(
    TitledRecord,
    PartialDates,
    SignedDates,
    InForceDate,
    ExpiryDate,
    SlugRecord,
):
    kind = models.CharField(_("kind"), max_length=15, choices=InstrumentKind)
    title_as_printed = models.BooleanField(
        _("title as printed"),
        default=True,
        help_text=_("Untick when the chapter only describes the document and the Chinese title is the archive's wording."),
    )
    place = models.ForeignKey(
        "archive.Place",
        verbose_name=_("place"),
        null=True,
        db_index=False,
        blank=True,
        on_delete=models.PROTECT,
        related_name="instruments",
    )
    event = models.ForeignKey(
        "archive.Event",
        verbose_name=_("event"),
        null=True,
        db_index=False,
        blank=True,
        on_delete=models.PROTECT,
        related_name="instruments",
        help_text=_("The meeting or visit at which it was signed."),
    )
    validity_zh = models.TextField(_("validity (Chinese)"), blank=True, help_text=_("Validity, expiry and extension terms as printed."))
    validity_en = models.TextField(_("validity (English)"), blank=True)
    summary_zh = models.TextField(_("provisions (Chinese)"), blank=True)
    summary_en = models.TextField(_("provisions (English)"), blank=True)
    appendix = models.CharField(_("appendix"), max_length=20, blank=True, help_text=_("The chapter's appendix reference, e.g. 附註一."))
    topics = models.ManyToManyField("archive.Topic", verbose_name=_("topics"), blank=True, related_name="instruments")
    note_zh = models.TextField(
        _("note (Chinese)"), blank=True, help_text=_("Irregularities and contradictions in the chapter, both readings.")
    )
    note_en = models.TextField(
        _("note (English)"), blank=True, help_text=_("Irregularities and contradictions in the chapter, both readings.")
    )

    objects = SlugManager.from_queryset(InstrumentQuerySet)()
    date_prefixes = ("signed", "in_force", "expires")
    main_date = "signed"

    class Meta:
        ordering = ["signed_on", "slug"]
        indexes = [
            models.Index(fields=["status", "signed_on", "slug"], name="instrument_status_signed_slug"),
            *optional_link_indexes("instrument", "place", "event"),
        ]
        verbose_name = _("instrument")
        verbose_name_plural = _("instruments")
        permissions = [("publish_instrument", "Can publish and unpublish instruments")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(signed_until__isnull=True) | models.Q(signed_until__gte=models.F("signed_on")),
                name="instrument_signed_until_not_before_start",
            ),
        ]

    def get_absolute_url(self):
        return reverse("archive:instrument-detail", args=[self.slug])


class PartyAction(models.TextChoices):
    SIGNED = "signed", _("signed")
    ISSUED = "issued", _("issued")
    SIGNED_OR_APPROVED = "signed-or-approved", _("signed or approved (the chapter does not say which)")
    RATIFIED = "ratified", _("ratified")
    APPROVED = "approved", _("approved")
    ACCEDED = "acceded", _("acceded")
    RATIFICATIONS_EXCHANGED = "ratifications-exchanged", _("ratifications exchanged")


class InstrumentParty(CompositeKeyMixin, PartialDates, ActionDate, Record):
    instrument = models.ForeignKey(Instrument, verbose_name=_("instrument"), on_delete=models.CASCADE, related_name="parties")
    state = models.ForeignKey("archive.State", verbose_name=_("state"), on_delete=models.PROTECT, related_name="instrument_parties")
    side = models.CharField(
        _("side"),
        max_length=40,
        blank=True,
        help_text=_("Parties sharing a side act jointly (1996/1997: China one side, the four others the other)."),
    )
    action = models.CharField(_("action"), max_length=30, choices=PartyAction, default=PartyAction.SIGNED)
    note_zh = models.TextField(_("note (Chinese)"), blank=True)
    note_en = models.TextField(_("note (English)"), blank=True)

    objects = CompositeKeyManager()
    natural_key_fields = ("instrument", "state", "action")
    date_prefixes = ("action",)
    main_date = "action"

    class Meta:
        ordering = ["instrument", "side", "state__ru_sort_key"]
        verbose_name = _("instrument party")
        verbose_name_plural = _("instrument parties")
        permissions = [("publish_instrumentparty", "Can publish and unpublish instrument parties")]
        constraints = [models.UniqueConstraint(fields=["instrument", "state", "action"], name="party_unique_action")]

    def __str__(self):
        return f"{self.state} · {self.get_action_display()} · {self.instrument}"


class RelationKind(models.TextChoices):
    AMENDS = "amends", _("amends")
    SUPPLEMENTS = "supplements", _("supplements")
    IMPLEMENTS = "implements", _("implements")
    SUPERSEDES = "supersedes", _("supersedes")
    ANNEX = "annex", _("is an annex of")
    CONTINUES = "continues", _("continues / extends")


RELATION_INVERSE = {
    RelationKind.AMENDS: _("amended by"),
    RelationKind.SUPPLEMENTS: _("supplemented by"),
    RelationKind.IMPLEMENTS: _("implemented by"),
    RelationKind.SUPERSEDES: _("superseded by"),
    RelationKind.ANNEX: _("has annex"),
    RelationKind.CONTINUES: _("continued / extended by"),
}


class InstrumentRelation(CompositeKeyMixin, Record):
    source = models.ForeignKey(Instrument, verbose_name=_("source"), on_delete=models.CASCADE, related_name="relations_out")
    kind = models.CharField(_("kind"), max_length=15, choices=RelationKind)
    target = models.ForeignKey(Instrument, verbose_name=_("target"), on_delete=models.CASCADE, related_name="relations_in")
    note_zh = models.TextField(_("note (Chinese)"), blank=True)
    note_en = models.TextField(_("note (English)"), blank=True)

    objects = CompositeKeyManager()
    natural_key_fields = ("source", "kind", "target")

    class Meta:
        verbose_name = _("instrument relation")
        verbose_name_plural = _("instrument relations")
        permissions = [("publish_instrumentrelation", "Can publish and unpublish instrument relations")]
        constraints = [
            models.UniqueConstraint(fields=["source", "kind", "target"], name="relation_unique"),
            models.CheckConstraint(condition=~models.Q(source=models.F("target")), name="relation_not_to_itself"),
        ]

    def __str__(self):
        return f"{self.source} {self.get_kind_display()} {self.target}"

    def clean(self):
        super().clean()
        if self.source_id and self.source_id == self.target_id:
            raise ValidationError({"target": _("An instrument cannot relate to itself (e.g. amend itself).")})

    @property
    def inverse_label(self) -> str:
        return RELATION_INVERSE[self.kind]
