"""The works the chapter cites, the citations that tie records to footnotes, and the chapter's figures."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from archive.facts import FACTS_BY_TARGET
from archive.languages import localized
from archive.locators import Locator, chapter_order
from archive.models.abstract import IssuedDate
from archive.models.base import PartialDates, Record, SlugRecord, optional_link_indexes
from archive.models.keys import CompositeKeyManager, CompositeKeyMixin


class SourceKind(models.TextChoices):
    BOOK = "book", _("book")
    ARTICLE = "article", _("article")
    OFFICIAL = "official", _("official document")
    WEB = "web", _("web page")
    NEWS = "news", _("news")
    THESIS = "thesis", _("thesis")


class Source(PartialDates, IssuedDate, SlugRecord):
    kind = models.CharField(_("kind"), max_length=10, choices=SourceKind)
    authors = models.CharField(
        _("authors"), max_length=400, blank=True, help_text=_("As printed; several authors separated by 、 or ; as in the chapter.")
    )
    title = models.CharField(_("title"), max_length=500, help_text=_("As printed in the footnote."))
    title_en = models.CharField(_("title (English)"), max_length=500, blank=True, help_text=_("A translation unless the work is English."))
    container = models.CharField(_("container"), max_length=300, blank=True, help_text=_("Journal, newspaper, agency or web site."))
    publisher = models.CharField(_("publisher"), max_length=300, blank=True)
    publication_place = models.CharField(_("publication place"), max_length=200, blank=True)
    date_as_printed = models.CharField(
        _("date as printed"), max_length=100, blank=True, help_text=_("Date or year exactly as the footnote prints it.")
    )
    volume = models.CharField(_("volume"), max_length=50, blank=True)
    issue = models.CharField(_("issue"), max_length=50, blank=True)
    pages = models.CharField(_("pages"), max_length=100, blank=True, help_text=_("Pages of the work as a whole, as printed."))
    url = models.CharField(_("URL"), max_length=500, blank=True, help_text=_("As printed (many are no longer online)."))
    language = models.CharField(_("language"), max_length=10, blank=True, help_text=_("zh, ru, en …"))
    as_printed = models.TextField(_("as printed"), blank=True, help_text=_("The footnote's text for this work, verbatim."))
    note_zh = models.TextField(_("note (Chinese)"), blank=True)
    note_en = models.TextField(_("note (English)"), blank=True)

    class Meta:
        ordering = ["slug"]
        indexes = [
            # The bibliography: published sources by kind, then author.
            models.Index(fields=["status", "kind", "authors", "title"], name="source_kind_author_title"),
            # Search results by title: the first matches are found walking it, not by sorting every match.
            models.Index(fields=["status", "title", "slug"], name="source_status_title_slug"),
        ]
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        permissions = [("publish_source", "Can publish and unpublish sources")]

    date_prefixes = ("issued",)
    main_date = "issued"

    def __str__(self):
        return self.title

    @property
    def display_lang(self) -> str:
        """The language tag of the title as printed."""
        return "zh-Hant" if self.language == "zh" else self.language

    def get_absolute_url(self):
        return reverse("archive:source-detail", args=[self.slug])

    def search_parts(self) -> list[str]:
        return [self.title, self.title_en, self.authors, self.container, self.publisher, self.url, self.slug]


class Statistic(CompositeKeyMixin, Record):
    """One figure of a table or of the text; a range such as 9~17.6 is a low and a high value."""

    dataset = models.SlugField(_("dataset"), max_length=80, help_text=_("e.g. table-2-2"))
    dataset_title = models.CharField(_("dataset title"), max_length=300, help_text=_("e.g. 表 2-2：中亞國家能源儲藏量"))
    dataset_title_en = models.CharField(
        _("dataset title (English)"), max_length=300, blank=True, help_text=_("e.g. Table 2-2: energy reserves of the Central Asian states")
    )
    state = models.ForeignKey(
        "archive.State", verbose_name=_("state"), null=True, db_index=False, blank=True, on_delete=models.PROTECT, related_name="statistics"
    )
    scope = models.CharField(_("scope"), max_length=200, blank=True, help_text=_("e.g. 僅限於裏海地區"))
    scope_en = models.CharField(_("scope (English)"), max_length=200, blank=True, help_text=_("e.g. Caspian region only"))
    indicator = models.SlugField(_("indicator"), max_length=80, help_text=_("e.g. proven-oil-reserves"))
    indicator_zh = models.CharField(_("indicator zh"), max_length=200)
    indicator_en = models.CharField(_("indicator en"), max_length=200, blank=True)
    value_as_printed = models.CharField(_("value as printed"), max_length=100, help_text=_("Exactly as printed: 9~17.6, ---, 兩百餘次."))
    low = models.DecimalField(
        _("low"), max_digits=14, decimal_places=4, null=True, blank=True, help_text=_("Empty where the table has ---.")
    )
    high = models.DecimalField(
        _("high"), max_digits=14, decimal_places=4, null=True, blank=True, help_text=_("Same as low for a single value.")
    )
    unit = models.CharField(_("unit"), max_length=100, blank=True, help_text=_("In Chinese, e.g. 億桶."))
    unit_en = models.CharField(_("unit (English)"), max_length=100, blank=True, help_text=_("e.g. billion barrels"))
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True, help_text=_("The year the figure refers to, where given."))
    position = models.PositiveSmallIntegerField(_("position"), default=0, help_text=_("Row order within the dataset."))
    note_zh = models.TextField(_("note (Chinese)"), blank=True)
    note_en = models.TextField(_("note (English)"), blank=True)

    objects = CompositeKeyManager()
    natural_key_fields = ("dataset", "indicator", "state")

    class Meta:
        indexes = [*optional_link_indexes("statistic", "state")]
        ordering = ["dataset", "position", "indicator"]
        verbose_name = _("statistic")
        verbose_name_plural = _("statistics")
        permissions = [("publish_statistic", "Can publish and unpublish statistics")]
        constraints = [
            models.UniqueConstraint(fields=["dataset", "indicator", "state"], name="statistic_unique"),
            models.CheckConstraint(
                condition=models.Q(low__isnull=True) | models.Q(high__isnull=True) | models.Q(low__lte=models.F("high")),
                name="statistic_low_not_above_high",
            ),
        ]

    def __str__(self):
        where = self.state or localized(self, "scope")
        return f"{localized(self, 'dataset_title')} · {where} · {localized(self, 'indicator')}: {self.value_as_printed}"

    def clean(self):
        super().clean()
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValidationError({"high": _("The high value is below the low value.")})


CITATION_TARGETS = ("event", "instrument", "organ", "seat", "membership", "appointment", "statistic", "person")


class CitationManager(CompositeKeyManager):
    def get_by_natural_key(self, source, footnote, section, target_kind, *target_key):
        field = self.model._meta.get_field(target_kind)
        try:
            target = field.related_model._default_manager.get_by_natural_key(*target_key)
        except field.related_model.DoesNotExist as missing:
            raise self.model.DoesNotExist(f"{target_kind} {target_key!r} does not exist") from missing
        return self.get(source__slug=source, footnote=footnote, section=section, **{target_kind: target})


class Citation(Record):
    """A record supported by a source: a footnote (number and pages) or the chapter's own section."""

    source = models.ForeignKey(Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="citations")
    footnote = models.PositiveSmallIntegerField(_("footnote"), null=True, blank=True, help_text=_("The chapter's footnote number (1–59)."))
    pages = models.CharField(_("pages"), max_length=100, blank=True, help_text=_("As printed, e.g. 頁124-130."))
    section = models.CharField(
        _("section"),
        max_length=200,
        blank=True,
        help_text=_(
            "The chapter's section and paragraph, e.g. 第一節 貳 2002 年 ¶3; used when no footnote supports the fact. "
            "Written back in the chapter's spelling of its headings."
        ),
    )
    # The place in the chapter as numbers, derived from ``section`` on save: the chapter's order.
    chapter_section = models.PositiveSmallIntegerField(
        _("chapter section"), null=True, blank=True, editable=False, help_text=_("0 for the introduction.")
    )
    chapter_part = models.PositiveSmallIntegerField(_("chapter part"), null=True, blank=True, editable=False)
    chapter_heading = models.CharField(_("chapter heading"), max_length=100, blank=True, editable=False)
    chapter_paragraph = models.PositiveSmallIntegerField(_("chapter paragraph"), null=True, blank=True, editable=False)
    facts = models.JSONField(
        _("facts supported"),
        default=list,
        blank=True,
        help_text=_("The facts of the record this citation supports; none: the record as a whole."),
    )
    note_zh = models.TextField(_("note (Chinese)"), blank=True)
    note_en = models.TextField(_("note (English)"), blank=True)
    event = models.ForeignKey(
        "archive.Event", verbose_name=_("event"), null=True, db_index=False, blank=True, on_delete=models.CASCADE, related_name="citations"
    )
    instrument = models.ForeignKey(
        "archive.Instrument",
        verbose_name=_("instrument"),
        null=True,
        db_index=False,
        blank=True,
        on_delete=models.CASCADE,
        related_name="citations",
    )
    organ = models.ForeignKey(
        "archive.Organ", verbose_name=_("organ"), null=True, db_index=False, blank=True, on_delete=models.CASCADE, related_name="citations"
    )
    seat = models.ForeignKey(
        "archive.OrganSeat",
        verbose_name=_("seat"),
        null=True,
        db_index=False,
        blank=True,
        on_delete=models.CASCADE,
        related_name="citations",
    )
    membership = models.ForeignKey(
        "archive.Membership",
        verbose_name=_("membership"),
        null=True,
        db_index=False,
        blank=True,
        on_delete=models.CASCADE,
        related_name="citations",
    )
    appointment = models.ForeignKey(
        "archive.Appointment",
        verbose_name=_("appointment"),
        null=True,
        db_index=False,
        blank=True,
        on_delete=models.CASCADE,
        related_name="citations",
    )
    statistic = models.ForeignKey(
        "archive.Statistic",
        verbose_name=_("statistic"),
        null=True,
        db_index=False,
        blank=True,
        on_delete=models.CASCADE,
        related_name="citations",
    )
    person = models.ForeignKey(
        "archive.Person",
        verbose_name=_("person"),
        null=True,
        db_index=False,
        blank=True,
        on_delete=models.CASCADE,
        related_name="citations",
    )

    objects = CitationManager()

    class Meta:
        indexes = [
            *optional_link_indexes("citation", "event", "instrument", "organ", "seat", "membership", "appointment", "statistic", "person")
        ]
        ordering = ["footnote", "section", "pk"]
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
        permissions = [("publish_citation", "Can publish and unpublish citations")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    *[models.Q(**{f"{name}__isnull": name != chosen for name in CITATION_TARGETS}) for chosen in CITATION_TARGETS],
                    _connector=models.Q.OR,
                ),
                name="citation_exactly_one_target",
            ),
            models.CheckConstraint(
                condition=models.Q(footnote__isnull=False) | ~models.Q(section=""),
                name="citation_footnote_or_section",
            ),
        ] + [
            models.UniqueConstraint(
                fields=["source", "footnote", "section", name],
                condition=models.Q(**{f"{name}__isnull": False}),
                name=f"citation_unique_{name}",
            )
            for name in CITATION_TARGETS
        ]

    def __str__(self):
        where = f"n. {self.footnote}" if self.footnote else self.section
        return f"{self.source} ({where}) → {self.target}"

    @property
    def target_kind(self) -> str | None:
        return next((name for name in CITATION_TARGETS if getattr(self, f"{name}_id")), None)

    @property
    def target(self):
        kind = self.target_kind
        return getattr(self, kind) if kind else None

    @property
    def locator(self) -> Locator | None:
        if self.chapter_section is None:
            return None
        return Locator(self.chapter_section, self.chapter_part, self.chapter_heading, self.chapter_paragraph)

    @property
    def chapter_order(self) -> tuple:
        """Where the citation stands in the chapter: its footnote's place or its section's."""
        return chapter_order(self.chapter_section, self.chapter_part, self.chapter_heading, self.chapter_paragraph, self.footnote)

    def save(self, *args, **kwargs):
        located = Locator.parse(self.section)
        self.section = located.text if located else self.section
        self.chapter_section = located.section if located else None
        self.chapter_part = located.part if located else None
        self.chapter_heading = located.heading if located else ""
        self.chapter_paragraph = located.paragraph if located else None
        super().save(*args, **kwargs)

    def natural_key(self):
        kind = self.target_kind
        return (self.source.slug, self.footnote, self.section, kind, *self.target.natural_key())

    natural_key.dependencies = [
        "archive.source",
        "archive.event",
        "archive.instrument",
        "archive.organ",
        "archive.organseat",
        "archive.membership",
        "archive.appointment",
        "archive.statistic",
        "archive.person",
    ]

    def clean(self):
        super().clean()
        # The related object, not only its id: an admin inline validates before its new parent is saved.
        chosen = [name for name in CITATION_TARGETS if getattr(self, f"{name}_id") or getattr(self, name) is not None]
        if len(chosen) != 1:
            raise ValidationError(
                _("A citation supports exactly one record: choose one of %(kinds)s.") % {"kinds": ", ".join(CITATION_TARGETS)}
            )
        if self.footnote is None and not self.section:
            raise ValidationError(
                {"section": _("Give the footnote number or, where no footnote supports the fact, the chapter's section.")}
            )
        self.clean_facts(chosen[0])

    def clean_facts(self, kind: str):
        """A list of distinct keys of its record's facts, in the order its page shows them."""
        facts = self.facts if self.facts is not None else []
        vocabulary = [key for key, _label in FACTS_BY_TARGET[kind]]
        if not isinstance(facts, list) or not all(isinstance(key, str) for key in facts):
            raise ValidationError({"facts": _('List the facts supported as keys, e.g. ["date", "places"].')})
        unknown = [key for key in facts if key not in vocabulary]
        if unknown:
            raise ValidationError(
                {
                    "facts": _("A citation of this record can name only %(facts)s, not %(unknown)s.")
                    % {"facts": ", ".join(vocabulary) or "—", "unknown": ", ".join(unknown)}
                }
            )
        self.facts = [key for key in vocabulary if key in facts]


class ImportRecord(models.Model):
    """Who imported which file when, and what came of it (admin imports and import_archive)."""

    created_at = models.DateTimeField(_("imported at"), auto_now_add=True)
    user = models.CharField(_("user"), max_length=150, blank=True)
    file_name = models.CharField(_("file name"), max_length=255)
    file_format = models.CharField(_("format"), max_length=10)
    target = models.CharField(_("imported into"), max_length=100, help_text=_("The model, or “archive” for a whole archive."))
    dry_run = models.BooleanField(_("dry run"), default=False)
    new = models.PositiveIntegerField(_("new"), default=0)
    updated = models.PositiveIntegerField(_("updated"), default=0)
    unchanged = models.PositiveIntegerField(_("unchanged"), default=0)
    errors = models.PositiveIntegerField(_("errors"), default=0)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import record")
        verbose_name_plural = _("import records")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.user} {self.file_name}"


class Deletion(models.Model):
    """A record as it was when deleted, who deleted it, and the links to it that went with it: the
    revision history keeps what is saved, this keeps what is deleted, so a restore can bring back
    exactly what one action deleted (``batch``) and re-link the records that pointed at it."""

    batch = models.UUIDField(_("action"), db_index=True, help_text=_("Rows deleted by one action share it."))
    deleted_at = models.DateTimeField(_("deleted at"), auto_now_add=True)
    user = models.CharField(_("user"), max_length=150, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    model = models.CharField(_("model"), max_length=100, db_index=True)
    object_id = models.CharField(_("object id"), max_length=64)
    object_repr = models.TextField(_("record"))
    data = models.TextField(_("record as deleted"), help_text=_("Serialised in the history's format."))
    links = models.JSONField(
        _("links cleared"), default=list, help_text=_("Records whose key or many-to-many link to it the deletion cleared.")
    )
    restored_at = models.DateTimeField(_("restored at"), null=True, blank=True)

    class Meta:
        ordering = ["-deleted_at", "-pk"]
        verbose_name = _("deletion")
        verbose_name_plural = _("deletions")

    def __str__(self):
        return f"{self.deleted_at:%Y-%m-%d %H:%M} {self.object_repr}"
