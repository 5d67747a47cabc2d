"""Shared building blocks: publication status, multi-script names, dates with a precision."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from archive.dates import PartialDate, format_range
from archive.search import document


class Status(models.TextChoices):
    DRAFT = "draft", _("draft")
    PUBLISHED = "published", _("published")


class Precision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


class Qualifier(models.TextChoices):
    """What the chapter says about a year- or month-precision date ("1999年底")."""

    NONE = "", _("—")
    EARLY = "early", _("early in the period")
    LATE = "late", _("late in the period (年底)")


class Framework(models.TextChoices):
    SHANGHAI_FIVE = "shanghai-five", _("Shanghai Five")
    SCO = "sco", _("Shanghai Cooperation Organisation")
    BILATERAL = "bilateral", _("bilateral / outside both frameworks")


class RecordQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED)


class DatedRecordQuerySet(RecordQuerySet):
    """Filters shared by the records with a kind and a main date (events, instruments).

    An empty value filters nothing, so that a page chains every filter it offers.
    """

    date_field = ""  # the record's main date: held_on, signed_on

    def of_kind(self, kind: str):
        return self.filter(kind=kind) if kind else self

    def in_years(self, year_from: int | None = None, year_to: int | None = None):
        """Dated within the years, both included; an undated record is in no range."""
        records = self
        if year_from:
            records = records.filter(**{f"{self.date_field}__year__gte": year_from})
        if year_to:
            records = records.filter(**{f"{self.date_field}__year__lte": year_to})
        return records

    def with_date(self):
        return self.filter(**{f"{self.date_field}__isnull": False})


def now_to_the_second():
    """Timestamps without fractions: JSON fixtures keep milliseconds only, so a finer time would not
    survive a dump → load → dump round trip unchanged."""
    return timezone.now().replace(microsecond=0)


class Record(models.Model):
    """Every archive row: a publication status and timestamps."""

    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
        help_text=_("Only published records appear on the public site."),
    )
    published_at = models.DateTimeField(
        _("published at"), null=True, blank=True, editable=False, help_text=_("When the record was last published (empty for the seed).")
    )
    created_at = models.DateTimeField(_("created at"), default=now_to_the_second, editable=False)
    updated_at = models.DateTimeField(_("updated at"), default=now_to_the_second, editable=False)
    version = models.PositiveIntegerField(
        _("version"), default=1, editable=False, help_text=_("Counts saves; an edit based on an older version is refused.")
    )

    objects = RecordQuerySet.as_manager()

    class Meta:
        abstract = True

    _stored_status = None  # the status as read from the database (None for a new record)

    @classmethod
    def from_db(cls, db, field_names, values):
        record = super().from_db(db, field_names, values)
        record._stored_status = record.__dict__.get("status")
        return record

    def save(self, *args, **kwargs):
        self.updated_at = now_to_the_second()
        if self.pk is not None and not kwargs.get("force_insert"):
            self.version = (self.version or 0) + 1
        # The publication date follows the status: set when a record becomes published, cleared
        # when it goes back to draft (seed rows, loaded raw and edited since, keep theirs empty).
        if self.status == Status.PUBLISHED and self.published_at is None and self._stored_status != Status.PUBLISHED:
            self.published_at = self.updated_at
        elif self.status == Status.DRAFT:
            self.published_at = None
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "updated_at", "published_at", "version"}
        super().save(*args, **kwargs)
        self._stored_status = self.status

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED


class SlugManager(models.Manager.from_queryset(RecordQuerySet)):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class SlugRecord(Record):
    """A record with its own page: the ASCII slug is its natural key and its URL."""

    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        help_text=_("ASCII; kind-yyyy[-mm[-dd]]-short-english-words for dated records. Frozen once published."),
    )

    search_text = models.TextField(
        _("search text"), editable=False, blank=True, default="", help_text=_("Derived on save: every form, normalised for search.")
    )

    objects = SlugManager()

    class Meta:
        abstract = True

    def natural_key(self):
        return (self.slug,)

    def search_parts(self) -> list[str]:
        return [self.slug]

    def save(self, *args, **kwargs):
        self.search_text = document(*self.search_parts())
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)


def language_first(values: dict[str, str]) -> str:
    """Pick the form in the active language, then zh → en → ru → Latin transliteration."""
    lang = (get_language() or "zh-hant").lower()
    order = ["en", "zh", "ru", "ru_latn"] if lang.startswith("en") else ["zh", "en", "ru", "ru_latn"]
    for key in order:
        if values.get(key):
            return values[key]
    return ""


FORM_KEYS = ("zh", "en", "ru", "ru_latn")


def named(prefix: str, verbose) -> type[models.Model]:
    """An abstract model with four explicit forms (prefix_zh, _en, _ru, _ru_latn) plus aliases.

    The chapter's forms are stored as printed (no script validators); an English form the chapter
    does not print is flagged as a translation.
    """

    def forms(self) -> dict[str, str]:
        return {key: getattr(self, f"{prefix}_{key}") for key in FORM_KEYS}

    def display(self) -> str:
        return language_first(self.forms())

    def clean(self):
        super(named_class, self).clean()
        if not (self.forms()["zh"] or self.forms()["en"] or self.forms()["ru"]):
            raise ValidationError({f"{prefix}_zh": _("Give at least one form (Chinese, English or Russian).")})

    attrs = {
        "__module__": __name__,
        "Meta": type("Meta", (), {"abstract": True}),
        f"{prefix}_zh": models.CharField(
            format_lazy(_("{} (Traditional Chinese)"), verbose), max_length=400, blank=True, help_text=_("As printed in the chapter.")
        ),
        f"{prefix}_en": models.CharField(format_lazy(_("{} (English)"), verbose), max_length=400, blank=True),
        f"{prefix}_en_is_translation": models.BooleanField(
            _("English form is a translation"),
            default=True,
            help_text=_("Ticked when the chapter does not print this English form."),
        ),
        f"{prefix}_ru": models.CharField(
            format_lazy(_("{} (Russian, Cyrillic)"), verbose), max_length=400, blank=True, help_text=_("As printed; no script check.")
        ),
        f"{prefix}_ru_latn": models.CharField(
            format_lazy(_("{} (chapter's Latin transliteration)"), verbose),
            max_length=400,
            blank=True,
            help_text=_("Only the chapter's own transliteration, as printed; never a made-up form."),
        ),
        "aliases": models.TextField(
            _("aliases"),
            blank=True,
            help_text=_("Variant spellings, one per line (e.g. 烏茲別克 / 烏茲別克斯坦), so that search finds them."),
        ),
        "forms_prefix": prefix,
        "forms": forms,
        "search_parts": lambda self: [*self.forms().values(), self.aliases, self.slug],
        "display": property(display),
        "clean": clean,
        "__str__": lambda self: self.display or getattr(self, "slug", "") or f"#{self.pk}",
        "alias_list": property(lambda self: [a.strip() for a in self.aliases.splitlines() if a.strip()]),
    }
    named_class = type(f"Named_{prefix}", (models.Model,), attrs)
    return named_class


def date_fields(prefix: str, verbose, *, with_end: bool = False):
    """Fields for a date with precision (and optionally an inclusive end), named prefix_on/prefix_precision…"""
    fields = {
        f"{prefix}_on": models.DateField(
            verbose,
            null=True,
            blank=True,
            help_text=_("For month or year precision enter the first day; it is never displayed."),
        ),
        f"{prefix}_precision": models.CharField(
            format_lazy(_("{} precision"), verbose),
            max_length=5,
            choices=Precision.choices,
            default=Precision.DAY,
        ),
        f"{prefix}_qualifier": models.CharField(
            format_lazy(_("{} qualifier"), verbose),
            max_length=5,
            choices=Qualifier.choices,
            default=Qualifier.NONE,
            blank=True,
        ),
    }
    if with_end:
        fields[f"{prefix}_until"] = models.DateField(
            format_lazy(_("{}, last day"), verbose),
            null=True,
            blank=True,
            help_text=_("Inclusive end of a multi-day date; leave empty for a single date."),
        )
        fields[f"{prefix}_until_precision"] = models.CharField(
            format_lazy(_("{}, last day precision"), verbose),
            max_length=5,
            choices=Precision.choices,
            default=Precision.DAY,
        )
    return fields


def dated(prefix: str, verbose, *, with_end: bool = False) -> type[models.Model]:
    """An abstract model holding one date with precision (and optionally an inclusive end)."""
    attrs = {
        "__module__": __name__,
        "Meta": type("Meta", (), {"abstract": True}),
        **date_fields(prefix, verbose, with_end=with_end),
    }
    return type(f"Dated_{prefix}", (models.Model,), attrs)


class PartialDates:
    """Mixin giving PartialDate access and range validation for fields made by date_fields()."""

    date_prefixes: tuple[str, ...] = ()
    date_pairs: tuple[tuple[str, str], ...] = ()  # (start prefix, end prefix) of one period

    def partial(self, prefix: str) -> PartialDate | None:
        value = getattr(self, f"{prefix}_on")
        if value is None:
            return None
        return PartialDate(value, getattr(self, f"{prefix}_precision"), getattr(self, f"{prefix}_qualifier", ""))

    def partial_end(self, prefix: str) -> PartialDate | None:
        value = getattr(self, f"{prefix}_until", None)
        if value is None:
            return None
        return PartialDate(value, getattr(self, f"{prefix}_until_precision"))

    def display_range(self, prefix: str, lang: str | None = None) -> str:
        return format_range(self.partial(prefix), self.partial_end(prefix), lang)

    def clean(self):
        """Dates at their precision and in order, then the model's own rules (rule_errors)."""
        super().clean()
        errors: dict = {}
        for prefix in self.date_prefixes:
            start, end = self.partial(prefix), self.partial_end(prefix)
            if start and start.normalisation_problem():
                errors[f"{prefix}_on"] = start.normalisation_problem()
            if end and start is None:
                errors[f"{prefix}_until"] = _("A last day needs a first day.")
            elif end and end.value < start.value:  # the same comparison as the database constraint
                errors[f"{prefix}_until"] = _("The last day is before the first day.")
        for first, last in self.date_pairs:
            start, end = self.partial(first), self.partial(last)
            if start and end and end.value < start.value:
                errors[f"{last}_on"] = _("The end is before the start.")
        if not errors:
            errors = self.rule_errors()
        if errors:
            raise ValidationError(errors)

    def rule_errors(self) -> dict:
        """Rules of the model beyond its dates; checked once the dates are valid."""
        return {}


def range_constraint(name: str, start: str, end: str) -> models.CheckConstraint:
    """The database's half of "an end is not before its start" (clean() gives the friendly message)."""
    return models.CheckConstraint(
        condition=models.Q(**{f"{end}__isnull": True})
        | models.Q(**{f"{start}__isnull": True})
        | models.Q(**{f"{end}__gte": models.F(start)}),
        name=name,
    )
