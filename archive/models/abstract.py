"""Abstract models written out: a record's name or title in four forms, and its dates with a precision.

Field order is declaration order (Django sorts fields by when they were created), and the fixtures
list fields in that order. An organ's tree fields (treebeard's path, depth, numchild) have always come
after the slug and before its names, so treebeard's model is loaded before the classes below: without
that import, ``dump_seed`` would write the organs' fields in another order.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node  # noqa: F401  (loaded first: see above)

from archive.models.base import Precision, Qualifier

FORM_KEYS = ("zh", "en", "ru", "ru_latn")
FORM_LANG = {"zh": "zh-Hant", "en": "en", "ru": "ru", "ru_latn": "ru-Latn"}


def first_form(values: dict[str, str]) -> str:
    """The key of the form a page shows: the active language's, then zh → en → ru → transliteration."""
    lang = (get_language() or "zh-hant").lower()
    order = ["en", "zh", "ru", "ru_latn"] if lang.startswith("en") else ["zh", "en", "ru", "ru_latn"]
    return next((key for key in order if values.get(key)), "")


def language_first(values: dict[str, str]) -> str:
    """Pick the form in the active language, then zh → en → ru → Latin transliteration."""
    key = first_form(values)
    return values[key] if key else ""


class Forms:
    """The four forms of a name or title (``<forms_prefix>_zh`` …) and the one a page shows.

    The chapter's forms are stored as printed (no script validators); an English form the chapter
    does not print is flagged as a translation.
    """

    forms_prefix = ""

    def forms(self) -> dict[str, str]:
        return {key: getattr(self, f"{self.forms_prefix}_{key}") for key in FORM_KEYS}

    @property
    def display(self) -> str:
        return language_first(self.forms())

    @property
    def display_lang(self) -> str:
        """The language tag of the form a page shows (see ``display``)."""
        return FORM_LANG.get(first_form(self.forms()), "")

    def __str__(self):
        return self.display or getattr(self, "slug", "") or f"#{self.pk}"

    def search_parts(self) -> list[str]:
        return [*self.forms().values(), self.aliases, getattr(self, "aliases_archive", ""), self.slug]

    def clean(self):
        super().clean()
        if not (self.forms()["zh"] or self.forms()["en"] or self.forms()["ru"]):
            raise ValidationError({f"{self.forms_prefix}_zh": _("Give at least one form (Chinese, English or Russian).")})


class NamedRecord(Forms, models.Model):
    """A record with a name: a state, place, person, organ or topic."""

    name_zh = models.CharField(
        format_lazy(_("{} (Traditional Chinese)"), _("name")), max_length=400, blank=True, help_text=_("As printed in the chapter.")
    )
    name_en = models.CharField(format_lazy(_("{} (English)"), _("name")), max_length=400, blank=True)
    name_en_is_translation = models.BooleanField(
        _("English form is a translation"), default=True, help_text=_("Ticked when the chapter does not print this English form.")
    )
    name_ru = models.CharField(
        format_lazy(_("{} (Russian, Cyrillic)"), _("name")), max_length=400, blank=True, help_text=_("As printed; no script check.")
    )
    name_ru_latn = models.CharField(
        format_lazy(_("{} (chapter's Latin transliteration)"), _("name")),
        max_length=400,
        blank=True,
        help_text=_("Only the chapter's own transliteration, as printed; never a made-up form."),
    )
    aliases = models.TextField(
        _("aliases"),
        blank=True,
        help_text=_("Variant spellings, one per line (e.g. 烏茲別克 / 烏茲別克斯坦), so that search finds them."),
    )
    aliases_archive = models.TextField(
        _("the archive's aliases"),
        blank=True,
        help_text=_(
            "Other names the chapter does not print (common abbreviations, usual English names), one per line: "
            "search finds them, and pages show them as the archive's, not the chapter's."
        ),
    )

    forms_prefix = "name"

    class Meta:
        abstract = True


class TitledRecord(Forms, models.Model):
    """A record with a title: an event, instrument or phase."""

    title_zh = models.CharField(
        format_lazy(_("{} (Traditional Chinese)"), _("title")), max_length=400, blank=True, help_text=_("As printed in the chapter.")
    )
    title_en = models.CharField(format_lazy(_("{} (English)"), _("title")), max_length=400, blank=True)
    title_en_is_translation = models.BooleanField(
        _("English form is a translation"), default=True, help_text=_("Ticked when the chapter does not print this English form.")
    )
    title_ru = models.CharField(
        format_lazy(_("{} (Russian, Cyrillic)"), _("title")), max_length=400, blank=True, help_text=_("As printed; no script check.")
    )
    title_ru_latn = models.CharField(
        format_lazy(_("{} (chapter's Latin transliteration)"), _("title")),
        max_length=400,
        blank=True,
        help_text=_("Only the chapter's own transliteration, as printed; never a made-up form."),
    )
    aliases = models.TextField(
        _("aliases"),
        blank=True,
        help_text=_("Variant spellings, one per line (e.g. 烏茲別克 / 烏茲別克斯坦), so that search finds them."),
    )

    forms_prefix = "title"

    class Meta:
        abstract = True


class HeldDates(models.Model):
    """When a meeting was held (a range for several days)."""

    held_on = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_("For month or year precision enter the first day; it is never displayed."),
    )
    held_precision = models.CharField(format_lazy(_("{} precision"), _("date")), max_length=5, choices=Precision, default=Precision.DAY)
    held_qualifier = models.CharField(
        format_lazy(_("{} qualifier"), _("date")), max_length=5, choices=Qualifier, default=Qualifier.NONE, blank=True
    )
    held_until = models.DateField(
        format_lazy(_("{}, last day"), _("date")),
        null=True,
        blank=True,
        help_text=_("Inclusive end of a multi-day date; leave empty for a single date."),
    )
    held_until_precision = models.CharField(
        format_lazy(_("{}, last day precision"), _("date")), max_length=5, choices=Precision, default=Precision.DAY
    )

    class Meta:
        abstract = True


class SignedDates(models.Model):
    """When an instrument was signed (a range where signing took several days)."""

    signed_on = models.DateField(
        _("signed"),
        null=True,
        blank=True,
        help_text=_("For month or year precision enter the first day; it is never displayed."),
    )
    signed_precision = models.CharField(format_lazy(_("{} precision"), _("signed")), max_length=5, choices=Precision, default=Precision.DAY)
    signed_qualifier = models.CharField(
        format_lazy(_("{} qualifier"), _("signed")), max_length=5, choices=Qualifier, default=Qualifier.NONE, blank=True
    )
    signed_until = models.DateField(
        format_lazy(_("{}, last day"), _("signed")),
        null=True,
        blank=True,
        help_text=_("Inclusive end of a multi-day date; leave empty for a single date."),
    )
    signed_until_precision = models.CharField(
        format_lazy(_("{}, last day precision"), _("signed")), max_length=5, choices=Precision, default=Precision.DAY
    )

    class Meta:
        abstract = True


class InForceDate(models.Model):
    """When an instrument entered into force."""

    in_force_on = models.DateField(
        _("in force"),
        null=True,
        blank=True,
        help_text=_("For month or year precision enter the first day; it is never displayed."),
    )
    in_force_precision = models.CharField(
        format_lazy(_("{} precision"), _("in force")), max_length=5, choices=Precision, default=Precision.DAY
    )
    in_force_qualifier = models.CharField(
        format_lazy(_("{} qualifier"), _("in force")), max_length=5, choices=Qualifier, default=Qualifier.NONE, blank=True
    )

    class Meta:
        abstract = True


class ExpiryDate(models.Model):
    """When an instrument expires."""

    expires_on = models.DateField(
        _("expires"),
        null=True,
        blank=True,
        help_text=_("For month or year precision enter the first day; it is never displayed."),
    )
    expires_precision = models.CharField(
        format_lazy(_("{} precision"), _("expires")), max_length=5, choices=Precision, default=Precision.DAY
    )
    expires_qualifier = models.CharField(
        format_lazy(_("{} qualifier"), _("expires")), max_length=5, choices=Qualifier, default=Qualifier.NONE, blank=True
    )

    class Meta:
        abstract = True


class EstablishedDate(models.Model):
    """When an organ was established."""

    established_on = models.DateField(
        _("established"),
        null=True,
        blank=True,
        help_text=_("For month or year precision enter the first day; it is never displayed."),
    )
    established_precision = models.CharField(
        format_lazy(_("{} precision"), _("established")), max_length=5, choices=Precision, default=Precision.DAY
    )
    established_qualifier = models.CharField(
        format_lazy(_("{} qualifier"), _("established")), max_length=5, choices=Qualifier, default=Qualifier.NONE, blank=True
    )

    class Meta:
        abstract = True


class EndedDate(models.Model):
    """When an organ ended."""

    ended_on = models.DateField(
        _("ended"),
        null=True,
        blank=True,
        help_text=_("For month or year precision enter the first day; it is never displayed."),
    )
    ended_precision = models.CharField(format_lazy(_("{} precision"), _("ended")), max_length=5, choices=Precision, default=Precision.DAY)
    ended_qualifier = models.CharField(
        format_lazy(_("{} qualifier"), _("ended")), max_length=5, choices=Qualifier, default=Qualifier.NONE, blank=True
    )

    class Meta:
        abstract = True


class StartDate(models.Model):
    """When a membership or an appointment began."""

    starts_on = models.DateField(
        _("start"),
        null=True,
        blank=True,
        help_text=_("For month or year precision enter the first day; it is never displayed."),
    )
    starts_precision = models.CharField(format_lazy(_("{} precision"), _("start")), max_length=5, choices=Precision, default=Precision.DAY)
    starts_qualifier = models.CharField(
        format_lazy(_("{} qualifier"), _("start")), max_length=5, choices=Qualifier, default=Qualifier.NONE, blank=True
    )

    class Meta:
        abstract = True


class EndDate(models.Model):
    """When a membership or an appointment ended."""

    ends_on = models.DateField(
        _("end"),
        null=True,
        blank=True,
        help_text=_("For month or year precision enter the first day; it is never displayed."),
    )
    ends_precision = models.CharField(format_lazy(_("{} precision"), _("end")), max_length=5, choices=Precision, default=Precision.DAY)
    ends_qualifier = models.CharField(
        format_lazy(_("{} qualifier"), _("end")), max_length=5, choices=Qualifier, default=Qualifier.NONE, blank=True
    )

    class Meta:
        abstract = True


class DecidedDate(models.Model):
    """When a seat was decided."""

    decided_on = models.DateField(
        _("decided"),
        null=True,
        blank=True,
        help_text=_("For month or year precision enter the first day; it is never displayed."),
    )
    decided_precision = models.CharField(
        format_lazy(_("{} precision"), _("decided")), max_length=5, choices=Precision, default=Precision.DAY
    )
    decided_qualifier = models.CharField(
        format_lazy(_("{} qualifier"), _("decided")), max_length=5, choices=Qualifier, default=Qualifier.NONE, blank=True
    )
    decided_until = models.DateField(
        format_lazy(_("{}, last day"), _("decided")),
        null=True,
        blank=True,
        help_text=_("When the chapter places the decision at a meeting of several days and gives no day: the meeting's last day."),
    )
    decided_until_precision = models.CharField(
        format_lazy(_("{}, last day precision"), _("decided")), max_length=5, choices=Precision, default=Precision.DAY
    )

    class Meta:
        abstract = True


class IssuedDate(models.Model):
    """When a source was published, at the precision its footnote prints (CSL's "issued")."""

    issued_on = models.DateField(
        _("issued"),
        null=True,
        blank=True,
        help_text=_("As the footnote dates the work; for month or year precision enter the first day; it is never displayed."),
    )
    issued_precision = models.CharField(format_lazy(_("{} precision"), _("issued")), max_length=5, choices=Precision, default=Precision.DAY)
    issued_qualifier = models.CharField(
        format_lazy(_("{} qualifier"), _("issued")), max_length=5, choices=Qualifier, default=Qualifier.NONE, blank=True
    )

    class Meta:
        abstract = True


class ActionDate(models.Model):
    """When a party signed, ratified or otherwise acted on an instrument."""

    action_on = models.DateField(
        _("action date"),
        null=True,
        blank=True,
        help_text=_("For month or year precision enter the first day; it is never displayed."),
    )
    action_precision = models.CharField(
        format_lazy(_("{} precision"), _("action date")), max_length=5, choices=Precision, default=Precision.DAY
    )
    action_qualifier = models.CharField(
        format_lazy(_("{} qualifier"), _("action date")), max_length=5, choices=Qualifier, default=Qualifier.NONE, blank=True
    )

    class Meta:
        abstract = True
