"""Shared building blocks: publication status, multi-script names, dates with a precision."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import ExtractMonth, ExtractYear
from django.utils import timezone
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


class Year(ExtractYear):
    """The year of a date. On SQLite it is read from the stored ISO text: Django's own extraction there
    is a Python function called once per row (the chronology's year counts at 100 times the seed spent
    most of their time in it)."""

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.lhs)
        return f"CAST(substr({sql}, 1, 4) AS integer)", params


class Month(ExtractMonth):
    """The month of a date, read from the stored ISO text on SQLite (as ``Year``)."""

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.lhs)
        return f"CAST(substr({sql}, 6, 2) AS integer)", params


class DatedRecordQuerySet(RecordQuerySet):
    """Filters shared by the records with a kind and a main date (events, instruments).

    An empty value filters nothing, so that a page chains every filter it offers.
    """

    @property
    def date_field(self) -> str:
        """The column of the record's main date (``PartialDates.main_date``): held_on, signed_on."""
        return f"{self.model.main_date}_on"

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

    def years(self) -> list[int]:
        """The years that have records, in order (an undated record is in none)."""
        years = self.with_date().order_by().annotate(year=Year(self.date_field)).values_list("year", flat=True)
        return list(years.distinct().order_by("year"))


def now_to_the_second():
    """Timestamps without fractions: JSON fixtures keep milliseconds only, so a finer time would not
    survive a dump → load → dump round trip unchanged."""
    return timezone.now().replace(microsecond=0)


class Record(models.Model):
    """Every archive row: a publication status and timestamps."""

    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status,
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
    # Set by a spreadsheet import whose file carries these dates (and whose importer may bring them
    # in): the next save keeps the file's values instead of stamping the time of the import.
    _keep_published_at = False
    _keep_updated_at = False

    def save(self, *args, **kwargs):
        if not (self._keep_updated_at and self.updated_at):
            self.updated_at = now_to_the_second()
        if self.pk is not None and not kwargs.get("force_insert"):
            self.version = (self.version or 0) + 1
        # The publication date follows the status: set when a record becomes published, cleared
        # when it goes back to draft (seed rows, loaded raw and edited since, keep theirs empty).
        if self.status == Status.DRAFT:
            self.published_at = None
        elif self._keep_published_at:
            pass  # the file's value, empty included (a record published before dates were kept)
        elif self.status == Status.PUBLISHED and self.published_at is None and self._stored_status != Status.PUBLISHED:
            self.published_at = self.updated_at
        self._keep_published_at = self._keep_updated_at = False
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "updated_at", "published_at", "version"}
        super().save(*args, **kwargs)
        self._stored_status = self.status

    @classmethod
    def from_db(cls, db, field_names, values):
        record = super().from_db(db, field_names, values)
        record._stored_status = record.__dict__.get("status")
        return record

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED

    # Set by an import, which checks the notes' [[slug]] references once all its rows are in.
    _defer_note_check = False

    def clean(self):
        super().clean()
        from archive.notes import note_errors

        if not self._defer_note_check and (errors := note_errors(self)):
            raise ValidationError(errors)


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

    def save(self, *args, **kwargs):
        self.search_text = document(*self.search_parts())
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)

    def natural_key(self):
        return (self.slug,)

    def search_parts(self) -> list[str]:
        return [self.slug]


class PartialDates:
    """Dates with a precision (the abstract date models of ``archive.models.abstract``): each date as a
    ``PartialDate``, the record's main date, and the rules every date keeps."""

    date_prefixes: tuple[str, ...] = ()
    date_pairs: tuple[tuple[str, str], ...] = ()  # (start prefix, end prefix) of one period
    main_date = ""  # the prefix of the date that places the record in time (chronology, lists)

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

    @property
    def main_day(self):
        """The first day of the main date (the start of its month or year at a coarser precision)."""
        return getattr(self, f"{self.main_date}_on")

    @property
    def display_date(self) -> str:
        """The main date as precise as it is known: '1998年7月3日至4日' / '3–4 July 1998'."""
        return self.display_range(self.main_date)

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


def optional_link_indexes(prefix: str, *fields: str) -> list[models.Index]:
    """Indexes of optional foreign keys (declared with ``db_index=False``) over their non-empty rows.

    A full index counts the empty rows as one value: SQLite's statistics then see a state's hosted
    events (``host_id = ?``, most events have no host) as thousands of rows and walk every published
    event in date order instead, 40 ms a state's page at 1000 times the seed. An index of the
    non-empty rows only is exact for the planner, serves every ``= ?`` and ``IN (…)`` on the key,
    and is smaller."""
    return [
        models.Index(fields=[field], condition=models.Q(**{f"{field}__isnull": False}), name=f"{prefix}_{field}_set") for field in fields
    ]
