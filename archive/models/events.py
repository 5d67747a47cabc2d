"""Meetings and milestones, who took part, the chapter's phases and topics."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from archive.models.abstract import HeldDates, NamedRecord, TitledRecord
from archive.models.base import (
    DatedRecordQuerySet,
    Framework,
    PartialDates,
    Precision,
    Record,
    SlugManager,
    SlugRecord,
    Status,
    optional_link_indexes,
    range_constraint,
)
from archive.models.keys import CompositeKeyManager, CompositeKeyMixin


class Phase(TitledRecord, SlugRecord):
    """One of the four phases of the chapter's conclusion (§4)."""

    ordinal = models.PositiveSmallIntegerField(_("ordinal"), unique=True)
    start_year = models.PositiveSmallIntegerField(_("start year"))
    end_year = models.PositiveSmallIntegerField(_("end year"))
    summary_zh = models.TextField(_("summary zh"), blank=True)
    summary_en = models.TextField(_("summary en"), blank=True)

    class Meta:
        ordering = ["ordinal"]
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        permissions = [("publish_phase", "Can publish and unpublish phases")]
        constraints = [models.CheckConstraint(condition=models.Q(end_year__gte=models.F("start_year")), name="phase_years_in_order")]

    def get_absolute_url(self):
        return reverse("archive:phase-list") + f"#{self.slug}"

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The last year is before the first.")})


class Topic(NamedRecord, SlugRecord):
    description_zh = models.TextField(_("description zh"), blank=True)
    description_en = models.TextField(_("description en"), blank=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        permissions = [("publish_topic", "Can publish and unpublish topics")]

    def get_absolute_url(self):
        return reverse("archive:topic-detail", args=[self.slug])


class EventKind(models.TextChoices):
    SUMMIT = "summit", _("heads-of-state meeting")
    HEADS_OF_GOVERNMENT = "heads-of-government", _("heads-of-government meeting")
    MINISTERIAL = "ministerial", _("ministerial meeting")
    LAW_ENFORCEMENT = "law-enforcement", _("law-enforcement and security meeting")
    OPENING = "opening", _("opening of a body")
    FOUNDING = "founding", _("founding")
    EXERCISE = "exercise", _("joint exercise")
    VISIT = "visit", _("state visit")
    TALKS = "talks", _("negotiations")
    DIPLOMATIC = "diplomatic", _("diplomatic relations")
    RATIFICATION = "ratification", _("exchange of ratifications")
    OTHER = "other", _("other milestone")


# The kinds of event that open the body they are linked to (the event's organ): its opening ceremony
# or its founding. The org chart shows a body known only to the month from such an event's day.
OPENS_A_BODY = (EventKind.OPENING, EventKind.FOUNDING)


class Regularity(models.TextChoices):
    UNKNOWN = "", _("not stated")
    REGULAR = "regular", _("regular")
    EXTRAORDINARY = "extraordinary", _("extraordinary")


class EventQuerySet(DatedRecordQuerySet):
    """Events by kind, framework, years, organ, state and topic; a draft organ, state or topic finds
    nothing, like an unknown slug."""

    def in_framework(self, framework: str):
        return self.filter(framework=framework) if framework else self

    def with_organ(self, slug: str):
        """Meetings of the organ."""
        if not slug:
            return self
        return self.filter(organ__slug=slug, organ__status=Status.PUBLISHED)

    def with_state(self, slug: str):
        """Events the state took part in (a published participation) or hosted."""
        if not slug:
            return self
        took_part = Participation.objects.published().filter(event=OuterRef("pk"), state__slug=slug, state__status=Status.PUBLISHED)
        return self.filter(Q(Exists(took_part)) | Q(host__slug=slug, host__status=Status.PUBLISHED))

    def with_topic(self, slug: str):
        if not slug:
            return self
        return self.filter(Exists(Topic.objects.published().filter(slug=slug, events=OuterRef("pk"))))

    def openings(self):
        """Events that open a body (``OPENS_A_BODY``), dated to the day. Whether the body is published is
        the caller's to read: joined here, SQLite walked every organ's events instead of the kinds'
        index (40 ms at 1000 times the seed)."""
        return self.filter(kind__in=OPENS_A_BODY, held_precision=Precision.DAY, organ__isnull=False)


class Event(TitledRecord, PartialDates, HeldDates, SlugRecord):
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind)
    framework = models.CharField(_("framework"), max_length=20, choices=Framework.choices, blank=True)
    organ = models.ForeignKey(
        "archive.Organ",
        verbose_name=_("organ"),
        null=True,
        db_index=False,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
        help_text=_("The body that met."),
    )
    ordinal = models.PositiveSmallIntegerField(
        _("ordinal"),
        null=True,
        blank=True,
        help_text=_("Number within its series as the chapter states it (第三次 → 3); empty when not stated."),
    )
    regularity = models.CharField(_("regularity"), max_length=15, choices=Regularity, blank=True, default=Regularity.UNKNOWN)
    part_of = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        db_index=False,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="side_events",
        help_text=_("The larger meeting during which this one took place."),
    )
    places = models.ManyToManyField("archive.Place", verbose_name=_("places"), blank=True, related_name="events")
    host = models.ForeignKey(
        "archive.State",
        verbose_name=_("host"),
        null=True,
        db_index=False,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events_hosted",
    )
    date_as_printed = models.CharField(
        _("date as printed"), max_length=100, blank=True, help_text=_("The chapter's wording when it is vague or irregular, e.g. 8月—12日.")
    )
    summary_zh = models.TextField(_("summary zh"), blank=True)
    summary_en = models.TextField(_("summary en"), blank=True)
    topics = models.ManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="events")
    note_zh = models.TextField(
        _("note (Chinese)"), blank=True, help_text=_("Irregularities and contradictions in the chapter, both readings.")
    )
    note_en = models.TextField(
        _("note (English)"), blank=True, help_text=_("Irregularities and contradictions in the chapter, both readings.")
    )

    objects = SlugManager.from_queryset(EventQuerySet)()
    date_prefixes = ("held",)
    main_date = "held"

    class Meta:
        ordering = ["held_on", "slug"]
        # The chronology and the events list: published rows in date order.
        indexes = [
            models.Index(fields=["status", "held_on", "slug"], name="event_status_held_on_slug"),
            # The events list by kind, and the openings the org chart of a past day reads.
            models.Index(fields=["kind", "held_on"], name="event_kind_held_on"),
            *optional_link_indexes("event", "organ", "part_of", "host"),
        ]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        permissions = [("publish_event", "Can publish and unpublish events")]
        constraints = [range_constraint("event_until_not_before_start", "held_on", "held_until")]

    def get_absolute_url(self):
        return reverse("archive:event-detail", args=[self.slug])

    def rule_errors(self) -> dict:
        if self.part_of_id and self.part_of_id == self.pk:
            return {"part_of": _("An event cannot be part of itself.")}
        return {}


class ParticipationRole(models.TextChoices):
    """In what capacity a state took part: a member, observer or guest of a framework, or, where
    there was nothing to be a member of, a state on its own or a party to talks."""

    MEMBER = "member", _("member")
    OBSERVER = "observer", _("observer")
    GUEST = "guest", _("guest")
    STATE = "state", _("state")
    PARTY_TO_TALKS = "party", _("party to the talks")


class Participation(CompositeKeyMixin, Record):
    event = models.ForeignKey(Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="participations")
    state = models.ForeignKey("archive.State", verbose_name=_("state"), on_delete=models.PROTECT, related_name="participations")
    role = models.CharField(_("role"), max_length=10, choices=ParticipationRole, default=ParticipationRole.MEMBER)
    person = models.ForeignKey(
        "archive.Person",
        verbose_name=_("person"),
        null=True,
        db_index=False,
        blank=True,
        on_delete=models.PROTECT,
        related_name="participations",
        help_text=_("Who represented the state, where the chapter says."),
    )
    capacity_zh = models.CharField(_("capacity (Chinese)"), max_length=200, blank=True, help_text=_("As described, e.g. 外交部長."))
    capacity_en = models.CharField(_("capacity (English)"), max_length=200, blank=True)
    note_zh = models.TextField(_("note (Chinese)"), blank=True)
    note_en = models.TextField(_("note (English)"), blank=True)

    objects = CompositeKeyManager()
    natural_key_fields = ("event", "state")

    class Meta:
        indexes = [*optional_link_indexes("participation", "person")]
        ordering = ["event", "state__ru_sort_key"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        permissions = [("publish_participation", "Can publish and unpublish participations")]
        constraints = [models.UniqueConstraint(fields=["event", "state"], name="participation_unique_state")]

    def __str__(self):
        return f"{self.state} @ {self.event}"
