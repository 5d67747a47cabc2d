"""States, their memberships, places, people and their appointments."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from archive.languages import localized
from archive.models.abstract import EndDate, NamedRecord, StartDate
from archive.models.base import Framework, PartialDates, Precision, Record, SlugRecord, optional_link_indexes, range_constraint
from archive.models.keys import CompositeKeyManager, CompositeKeyMixin


class State(NamedRecord, SlugRecord):
    iso_code = models.CharField(_("ISO 3166 code"), max_length=3, blank=True, help_text=_("Alpha-3 where one exists (none for the USSR)."))
    ru_sort_key = models.CharField(
        _("Russian-alphabet sort key"),
        max_length=100,
        blank=True,
        help_text=_("The short Russian name; chairs and hosts rotate in the Russian alphabetical order of state names."),
    )
    note_zh = models.TextField(_("note (Chinese)"), blank=True)
    note_en = models.TextField(_("note (English)"), blank=True)

    class Meta:
        ordering = ["ru_sort_key", "slug"]
        indexes = [models.Index(fields=["status", "ru_sort_key", "slug"], name="state_status_ru_sort_slug")]
        verbose_name = _("state")
        verbose_name_plural = _("states")
        permissions = [("publish_state", "Can publish and unpublish states")]

    def get_absolute_url(self):
        return reverse("archive:state-detail", args=[self.slug])


class MembershipStatus(models.TextChoices):
    MEMBER = "member", _("member")
    OBSERVER = "observer", _("observer")
    GUEST = "guest", _("guest")


class Membership(CompositeKeyMixin, PartialDates, StartDate, EndDate, Record):
    """A state's status in one framework over a period; periods of one state in one framework never overlap."""

    state = models.ForeignKey(State, verbose_name=_("state"), on_delete=models.PROTECT, related_name="memberships")
    framework = models.CharField(_("framework"), max_length=20, choices=Framework.choices)
    role = models.CharField(_("status"), max_length=10, choices=MembershipStatus)
    began_at = models.ForeignKey(
        "archive.Event",
        verbose_name=_("began at"),
        null=True,
        db_index=False,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="memberships_begun",
        help_text=_("The meeting at which this status began, where the chapter names one."),
    )
    note_zh = models.TextField(_("note (Chinese)"), blank=True)
    note_en = models.TextField(_("note (English)"), blank=True)

    objects = CompositeKeyManager()
    natural_key_fields = ("state", "framework", "role", "starts_on")
    date_prefixes = ("starts", "ends")
    main_date = "starts"
    date_pairs = (("starts", "ends"),)

    class Meta:
        indexes = [*optional_link_indexes("membership", "began_at")]
        ordering = ["starts_on", "state__ru_sort_key"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        permissions = [("publish_membership", "Can publish and unpublish memberships")]
        constraints = [
            models.UniqueConstraint(fields=["state", "framework", "role", "starts_on"], name="membership_unique_start"),
            range_constraint("membership_end_not_before_start", "starts_on", "ends_on"),
        ]

    def __str__(self):
        return f"{self.state} · {self.get_framework_display()} · {self.get_role_display()} ({self.display_period()})"

    def display_period(self, lang=None) -> str:
        start = self.partial("starts")
        end = self.partial("ends")
        first = start.format(lang) if start else "?"
        return f"{first} – {end.format(lang)}" if end else f"{first} –"

    def overlaps(self, other: Membership) -> bool:
        """Half-open periods: a status may end on the day the next one begins."""
        if self.starts_on is None or other.starts_on is None:
            return False
        self_end, other_end = self.ends_on, other.ends_on
        return (other_end is None or self.starts_on < other_end) and (self_end is None or other.starts_on < self_end)

    def rule_errors(self) -> dict:
        if not self.state_id:
            return {}
        others = Membership.objects.filter(state_id=self.state_id, framework=self.framework).exclude(pk=self.pk)
        clash = next((other for other in others if self.overlaps(other)), None)
        if clash:
            message = _("This period overlaps another membership of the same state in this framework: %(other)s")
            return {"starts_on": message % {"other": clash}}
        return {}


class Place(NamedRecord, SlugRecord):
    state = models.ForeignKey(
        State, verbose_name=_("state"), null=True, db_index=False, blank=True, on_delete=models.PROTECT, related_name="places"
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=[("city", _("city")), ("region", _("region")), ("site", _("site or area"))],
        default="city",
    )
    note_zh = models.TextField(_("note (Chinese)"), blank=True)
    note_en = models.TextField(_("note (English)"), blank=True)

    class Meta:
        ordering = ["name_en", "slug"]
        indexes = [
            models.Index(fields=["status", "name_en", "slug"], name="place_status_name_en_slug"),
            *optional_link_indexes("place", "state"),
        ]
        verbose_name = _("place")
        verbose_name_plural = _("places")
        permissions = [("publish_place", "Can publish and unpublish places")]

    def get_absolute_url(self):
        return reverse("archive:place-detail", args=[self.slug])


class Person(NamedRecord, SlugRecord):
    citizenship = models.ForeignKey(
        State, verbose_name=_("citizenship"), null=True, db_index=False, blank=True, on_delete=models.PROTECT, related_name="citizens"
    )
    description_zh = models.TextField(_("offices as described (Chinese)"), blank=True, help_text=_("As the chapter describes the person."))
    description_en = models.TextField(_("offices as described (English)"), blank=True)
    note_zh = models.TextField(_("note (Chinese)"), blank=True)
    note_en = models.TextField(_("note (English)"), blank=True)
    sort_name = models.CharField(
        _("sort name"),
        max_length=200,
        blank=True,
        help_text=_("Surname first, romanised, e.g. “Rakhmonov, Emomali”: lists of people in both languages follow it."),
    )

    class Meta:
        ordering = ["sort_name", "slug"]
        indexes = [
            models.Index(fields=["status", "sort_name", "slug"], name="person_status_sort_name_slug"),
            *optional_link_indexes("person", "citizenship"),
        ]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        permissions = [("publish_person", "Can publish and unpublish people")]

    def get_absolute_url(self):
        return reverse("archive:person-detail", args=[self.slug])

    def save(self, *args, **kwargs):
        # A person entered without a sort name still takes a place in the lists: under the English
        # form until an editor gives the surname-first one.
        if not self.sort_name:
            self.sort_name = self.name_en or self.name_ru_latn or self.slug
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "sort_name"}
        super().save(*args, **kwargs)

    def search_parts(self) -> list[str]:
        return [*super().search_parts(), self.description_zh, self.description_en]


class Appointment(CompositeKeyMixin, PartialDates, StartDate, EndDate, Record):
    """A person holding an office of an organ (Secretary-General, Executive Committee director…)."""

    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="appointments")
    organ = models.ForeignKey("archive.Organ", verbose_name=_("organ"), on_delete=models.PROTECT, related_name="appointments")
    office_zh = models.CharField(_("office (Chinese)"), max_length=200, help_text=_("As printed, e.g. 秘書長."))
    office_en = models.CharField(_("office (English)"), max_length=200, blank=True)
    appointed_by = models.ForeignKey(
        "archive.Event",
        verbose_name=_("appointed by"),
        null=True,
        db_index=False,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="appointments_made",
        help_text=_("The meeting that appointed the person, where the chapter says so."),
    )
    term_en = models.CharField(_("term (English)"), blank=True, max_length=200, help_text=_("e.g. 3 years"))
    term_zh = models.CharField(
        _("term (Chinese)"), blank=True, max_length=200, help_text=_("Term of office as the chapter gives it, e.g. 任期三年.")
    )
    note_zh = models.TextField(_("note (Chinese)"), blank=True)
    note_en = models.TextField(_("note (English)"), blank=True)
    starts_until = models.DateField(
        format_lazy(_("{}, last day"), _("start")),
        null=True,
        blank=True,
        help_text=_("When the chapter places the appointment at a meeting of several days and gives no day: the meeting's last day."),
    )
    starts_until_precision = models.CharField(
        format_lazy(_("{}, last day precision"), _("start")), max_length=5, choices=Precision, default=Precision.DAY
    )

    objects = CompositeKeyManager()
    natural_key_fields = ("person", "organ", "starts_on")
    date_prefixes = ("starts", "ends")
    main_date = "starts"
    date_pairs = (("starts", "ends"),)

    class Meta:
        indexes = [*optional_link_indexes("appointment", "appointed_by")]
        ordering = ["starts_on"]
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")
        permissions = [("publish_appointment", "Can publish and unpublish appointments")]
        constraints = [
            models.UniqueConstraint(fields=["person", "organ", "starts_on"], name="appointment_unique_start"),
            range_constraint("appointment_end_not_before_start", "starts_on", "ends_on"),
            range_constraint("appointment_start_until_not_before_start", "starts_on", "starts_until"),
        ]

    def __str__(self):
        return f"{self.person} · {localized(self, 'office')}"
