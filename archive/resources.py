"""Spreadsheet import and export (django-import-export): one explicit resource per model.

Records are keyed by their natural key (slug, or the parents' slugs for link rows); relations are
written and read as slugs; dates as one column in the archive's compact form ("1998-07-03/1998-07-04",
"2000-03", "1999~late"); citations as one cell, one citation per line. Every unknown slug, bad date
or bad citation is a row error that names the column and the value. Timestamps are not exported:
they describe the database copy, not the archive.
"""

from __future__ import annotations

import datetime as dt
import re

from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from import_export import fields, instance_loaders, resources, widgets

from archive.models import (
    Appointment,
    Citation,
    Event,
    Instrument,
    InstrumentParty,
    InstrumentRelation,
    Membership,
    Organ,
    OrganSeat,
    Participation,
    Person,
    Phase,
    Place,
    Source,
    State,
    Statistic,
    Topic,
)

# ---- formulas ---------------------------------------------------------------------------------

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(value):
    """A cell a spreadsheet would run as a formula gets a leading apostrophe (removed again on import)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def unescape_formula(value):
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


# ---- widgets ----------------------------------------------------------------------------------


class SlugCache:
    """Related rows by slug, one query per related table and import (not one per cell)."""

    def __init__(self):
        self.tables: dict = {}

    def get(self, model, slug):
        if model not in self.tables:
            self.tables[model] = {obj.slug: obj for obj in model._default_manager.all()}
        return self.tables[model].get(slug)


class TextWidget(widgets.CharWidget):
    """Text as is, empty cells as "", formula escaping undone."""

    def __init__(self, **kwargs):
        super().__init__(allow_blank=True, **kwargs)

    def clean(self, value, row=None, **kwargs):
        value = unescape_formula(value)
        if value is None:
            return ""
        return str(value) if not isinstance(value, str) else value

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class SlugWidget(widgets.ForeignKeyWidget):
    """A foreign key written as the target's slug; an unknown slug is an error naming it."""

    def __init__(self, model, **kwargs):
        super().__init__(model, field="slug", **kwargs)

    def clean(self, value, row=None, slug_cache=None, **kwargs):
        value = (unescape_formula(value) or "").strip() if isinstance(value, str) or value is None else str(value)
        if not value:
            return None
        found = slug_cache.get(self.model, value) if slug_cache is not None else self.model._default_manager.filter(slug=value).first()
        if found is None:
            raise ValueError(f"no {self.model._meta.verbose_name} with slug “{value}”")
        return found


class SlugListWidget(widgets.ManyToManyWidget):
    """Many-to-many as slugs separated by ";". Unlike the library's widget, unknown values are errors."""

    def __init__(self, model, **kwargs):
        super().__init__(model, separator=";", field="slug", **kwargs)

    def clean(self, value, row=None, slug_cache=None, **kwargs):
        slugs = [part.strip() for part in str(unescape_formula(value) or "").split(";") if part.strip()]
        if slug_cache is not None:
            found = {slug: obj for slug in slugs if (obj := slug_cache.get(self.model, slug)) is not None}
        else:
            found = {obj.slug: obj for obj in self.model._default_manager.filter(slug__in=slugs)}
        missing = [slug for slug in slugs if slug not in found]
        if missing:
            raise ValueError(f"no {self.model._meta.verbose_name} with slug {', '.join(f'“{s}”' for s in missing)}")
        return [found[slug] for slug in slugs]

    def render(self, value, obj=None, **kwargs):
        return "; ".join(item.slug for item in value.all()) if value is not None else ""


class StrictDecimalWidget(widgets.DecimalWidget):
    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row=row, **kwargs)
        except Exception:
            raise ValueError(f"“{value}” is not a number") from None

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else f"{value.normalize():f}"


class StrictIntegerWidget(widgets.IntegerWidget):
    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row=row, **kwargs)
        except Exception:
            raise ValueError(f"“{value}” is not a whole number") from None


class BooleanTextWidget(widgets.BooleanWidget):
    TRUE = {"1", "true", "yes", "y", "是"}
    FALSE = {"0", "false", "no", "n", "否", ""}

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            return value
        text = str(value if value is not None else "").strip().lower()
        if text in self.TRUE:
            return True
        if text in self.FALSE:
            return False
        raise ValueError(f"“{value}” is neither true nor false")

    def render(self, value, obj=None, **kwargs):
        return "true" if value else "false"


# ---- dates ------------------------------------------------------------------------------------

DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:~(early|late))?$")


def parse_partial(text: str) -> tuple[dt.date, str, str]:
    match = DATE_RE.match(text.strip())
    if not match:
        raise ValueError(f"“{text}” is not a date (use 1998-07-03, 2000-03, 1999, 1999~late or 1998-07-03/1998-07-04)")
    year, month, day, qualifier = match.groups()
    precision = "day" if day else "month" if month else "year"
    try:
        return dt.date(int(year), int(month or 1), int(day or 1)), precision, qualifier or ""
    except ValueError:
        raise ValueError(f"“{text}” is not a date that exists") from None


def date_kwargs(prefix: str, text: str | None, *, with_end: bool = False) -> dict:
    """The model fields of one compact date column; empty text clears them."""
    empty = {f"{prefix}_on": None, f"{prefix}_precision": "day", f"{prefix}_qualifier": ""}
    if with_end:
        empty |= {f"{prefix}_until": None, f"{prefix}_until_precision": "day"}
    text = (text or "").strip()
    if not text:
        return empty
    first, slash, last = text.partition("/")
    if slash and not last.strip():
        raise ValueError(f"“{text}” is not a date range: give the last day after the “/”")
    if last and not with_end:
        raise ValueError(f"“{text}” is a range, but this column takes a single date")
    value, precision, qualifier = parse_partial(first)
    kwargs = empty | {f"{prefix}_on": value, f"{prefix}_precision": precision, f"{prefix}_qualifier": qualifier}
    if last:
        until, until_precision, _ = parse_partial(last)
        kwargs |= {f"{prefix}_until": until, f"{prefix}_until_precision": until_precision}
    return kwargs


def render_partial(instance, prefix: str) -> str:
    start = instance.partial(prefix)
    if start is None:
        return ""
    text = start.iso() + (f"~{start.qualifier}" if start.qualifier else "")
    end = instance.partial_end(prefix)
    return f"{text}/{end.iso()}" if end else text


class PartialDateField(fields.Field):
    """One column holding a date with its precision (and, for ranges, its last day)."""

    def __init__(self, prefix: str, column_name: str, *, with_end: bool = False):
        super().__init__(attribute=f"{prefix}_on", column_name=column_name, widget=widgets.Widget())
        self.prefix = prefix
        self.with_end = with_end

    def parsed(self, row) -> dict:
        return date_kwargs(self.prefix, str(unescape_formula(row[self.column_name]) or ""), with_end=self.with_end)

    def clean(self, row, **kwargs):
        """The first day: what a natural key made of this column looks up."""
        return self.parsed(row)[f"{self.prefix}_on"]

    def save(self, instance, row, is_m2m=False, **kwargs):
        for name, value in self.parsed(row).items():
            setattr(instance, name, value)

    def export(self, instance, **kwargs):
        return render_partial(instance, self.prefix)


# ---- citations --------------------------------------------------------------------------------

CITATION_SEPARATOR = " | "


def render_citations(instance) -> str:
    if instance.pk is None:
        return ""
    prefetched = "citations" in getattr(instance, "_prefetched_objects_cache", {})
    citations = instance.citations.all() if prefetched else instance.citations.select_related("source")
    lines = []
    for citation in citations:
        parts = [citation.source.slug, str(citation.footnote or ""), citation.pages, citation.section, citation.note]
        lines.append(CITATION_SEPARATOR.join(parts).rstrip(" |"))
    return "\n".join(lines)


def render_pending(citations: list[dict]) -> str:
    return "\n".join(
        CITATION_SEPARATOR.join([c["source"].slug, str(c["footnote"] or ""), c["pages"], c["section"], c["note"]]).rstrip(" |")
        for c in citations
    )


def parse_citations(text: str) -> list[dict]:
    """One citation per line: source slug | footnote | pages | section | note."""
    parsed = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        parts = [part.strip() for part in line.split("|")] + [""] * 5
        slug, footnote, pages, section, note = parts[0], parts[1], parts[2], parts[3], "|".join(parts[4:]).strip(" |")
        if footnote and not footnote.isdigit():
            raise ValueError(f"citation line {number}: footnote “{footnote}” is not a number")
        if not footnote and not section:
            raise ValueError(f"citation line {number}: give a footnote number or the chapter's section")
        try:
            source = Source.objects.get(slug=slug)
        except Source.DoesNotExist:
            raise ValueError(f"citation line {number}: no source with slug “{slug}”") from None
        parsed.append({"source": source, "footnote": int(footnote) if footnote else None, "pages": pages, "section": section, "note": note})
    return parsed


class CitationsField(fields.Field):
    """The citations of a record in one cell; checked on import, written after the record is saved."""

    def __init__(self):
        super().__init__(attribute="citations", column_name="citations", widget=widgets.Widget())

    def save(self, instance, row, is_m2m=False, **kwargs):
        instance._pending_citations = parse_citations(str(unescape_formula(row[self.column_name]) or ""))

    def export(self, instance, **kwargs):
        return render_citations(instance)


def target_field_of(instance) -> str:
    name = instance._meta.model_name
    return "seat" if name == "organseat" else name


# ---- base resource ----------------------------------------------------------------------------


class ArchiveResource(resources.ModelResource):
    """Common behaviour: explicit columns, natural keys, all-or-nothing validation, escaped formulas."""

    cited = False

    class Meta:
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        use_transactions = True

    def export_field(self, field, instance, **kwargs):
        return escape_formula(super().export_field(field, instance, **kwargs))

    ordering: tuple[str, ...] = ()  # empty: the model's own ordering

    def get_queryset(self):
        """Related rows joined or prefetched up front: exports and instance loading stay a few queries."""
        columns = self.fields.values()
        related = [f.attribute for f in columns if isinstance(f.widget, SlugWidget) and f.attribute]
        many = [f.attribute for f in columns if isinstance(f.widget, widgets.ManyToManyWidget)]
        queryset = self._meta.model._default_manager.select_related(*related).prefetch_related(*many)
        if self.cited:
            queryset = queryset.prefetch_related(
                Prefetch("citations", queryset=Citation.objects.select_related("source").order_by("footnote", "section", "pk"))
            )
        return queryset.order_by(*self.ordering) if self.ordering else queryset

    def before_import(self, dataset, **kwargs):
        super().before_import(dataset, **kwargs)
        self.slug_cache = SlugCache()

    def import_row(self, row, instance_loader, **kwargs):
        return super().import_row(row, instance_loader, slug_cache=self.slug_cache, **kwargs)

    def import_field(self, field, instance, row, is_m2m=False, **kwargs):
        kwargs.setdefault("slug_cache", getattr(self, "slug_cache", None))
        return super().import_field(field, instance, row, is_m2m, **kwargs)

    def import_instance(self, instance, row, **kwargs):
        """Many-to-many cells are checked here, with the other columns, so an unknown slug is a row
        error with a message (the library would otherwise drop it silently or fail after saving)."""
        errors = {}
        status_problem = self.status_change_refused(instance, row, kwargs.get("user"))
        if status_problem:
            errors["status"] = [status_problem]
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    field.clean(row, slug_cache=getattr(self, "slug_cache", None))
                except ValueError as error:
                    errors[field.attribute] = [str(error)]
        if self.cited and row.get("status") == "published" and "citations" in row and not (row.get("citations") or "").strip():
            errors["citations"] = ["a published record needs at least one citation (footnote or chapter section)"]
        if errors:
            raise ValidationError(errors)

    def status_change_refused(self, instance, row, user) -> str:
        """Publishing, unpublishing, or importing published rows needs the model's publish permission.
        Imports from the command line (no user) are the operator's and are not limited."""
        if user is None or "status" not in row:
            return ""
        wanted = str(row.get("status") or "").strip()
        current = instance.status if instance.pk else None
        changes = wanted == "published" if current is None else wanted != current
        model = self._meta.model._meta
        if changes and not user.has_perm(f"{model.app_label}.publish_{model.model_name}"):
            return f"only a publisher may import {model.verbose_name_plural} as “{wanted}” or change their status; import them as drafts"
        return ""

    def skip_row(self, instance, original, row, import_validation_errors=None):
        """Unchanged means every column exports the same as before: dates with their precision,
        many-to-many slugs and citations included (the library compares only single attributes)."""
        if import_validation_errors or original is None or original.pk is None:
            return False
        for field in self.get_import_fields():
            if field.column_name not in row or field.attribute is None:
                continue
            if isinstance(field.widget, widgets.ManyToManyWidget):
                wanted = {obj.pk for obj in field.clean(row, slug_cache=getattr(self, "slug_cache", None))}
                current = set(getattr(original, field.attribute).values_list("pk", flat=True))
                if wanted != current:
                    return False
            elif isinstance(field, CitationsField):
                if render_citations(original) != render_pending(instance._pending_citations):
                    return False
            elif self.export_field(field, instance) != self.export_field(field, original):
                return False
        return True

    def after_save_instance(self, instance, row, **kwargs):
        super().after_save_instance(instance, row, **kwargs)
        pending = getattr(instance, "_pending_citations", None)
        if pending is None or instance.pk is None:
            return
        target = target_field_of(instance)
        for item in pending:
            citation, _ = Citation.objects.get_or_create(
                source=item["source"],
                footnote=item["footnote"],
                section=item["section"],
                **{target: instance},
                defaults={"pages": item["pages"], "note": item["note"], "status": instance.status},
            )
            changed = {k: item[k] for k in ("pages", "note") if getattr(citation, k) != item[k]}
            if changed:
                for key, value in changed.items():
                    setattr(citation, key, value)
                citation.save()


def text_fields(*names: str) -> dict:
    return {name: fields.Field(attribute=name, column_name=name, widget=TextWidget()) for name in names}


FORMS = ("zh", "en", "ru", "ru_latn")


def form_fields(prefix: str) -> dict:
    declared = text_fields(*(f"{prefix}_{form}" for form in FORMS), "aliases")
    declared[f"{prefix}_en_is_translation"] = fields.Field(
        attribute=f"{prefix}_en_is_translation", column_name=f"{prefix}_en_is_translation", widget=BooleanTextWidget()
    )
    return declared


class UpdateOnlyResource(ArchiveResource):
    """A second pass over rows that must exist already (an event's part_of, an organ's legal basis)."""

    def get_or_init_instance(self, instance_loader, row):
        instance, new = super().get_or_init_instance(instance_loader, row)
        if new:
            model = self._meta.model._meta.verbose_name
            raise ValidationError({"slug": [f"no {model} with slug “{row.get('slug')}” (add it in its own file first)"]})
        return instance, new


def resource_class(
    model, *, key: tuple[str, ...], declared: dict, cited: bool = False, order: tuple[str, ...] = (), update_only: bool = False
):
    """A ModelResource with exactly the declared columns, keyed by ``key``."""
    meta = type(
        "Meta",
        (ArchiveResource.Meta,),
        {
            "model": model,
            "fields": tuple(declared),
            "import_id_fields": key,
            "export_order": tuple(declared),
            # one query for every row of the file, where the key is a single column
            "instance_loader_class": instance_loaders.CachedInstanceLoader if len(key) == 1 else instance_loaders.ModelInstanceLoader,
        },
    )
    base = UpdateOnlyResource if update_only else ArchiveResource
    attrs = {"Meta": meta, "cited": cited, "__module__": __name__, **declared}
    if order:
        attrs["ordering"] = order
    return type(f"{model.__name__}Resource", (base,), attrs)


def status_field() -> dict:
    return text_fields("status")


def fk(name: str, model) -> dict:
    return {name: fields.Field(attribute=name, column_name=name, widget=SlugWidget(model))}


def m2m(name: str, model) -> dict:
    return {name: fields.Field(attribute=name, column_name=name, widget=SlugListWidget(model))}


def integer(name: str) -> dict:
    return {name: fields.Field(attribute=name, column_name=name, widget=StrictIntegerWidget())}


def boolean(name: str) -> dict:
    return {name: fields.Field(attribute=name, column_name=name, widget=BooleanTextWidget())}


def decimal(name: str) -> dict:
    return {name: fields.Field(attribute=name, column_name=name, widget=StrictDecimalWidget())}


def date(prefix: str, column: str, *, with_end: bool = False) -> dict:
    return {column: PartialDateField(prefix, column, with_end=with_end)}


CITATIONS = {"citations": CitationsField()}
SLUG = text_fields("slug")

StateResource = resource_class(
    State, key=("slug",), declared={**SLUG, **status_field(), **form_fields("name"), **text_fields("iso_code", "ru_sort_key", "note")}
)
PlaceResource = resource_class(
    Place, key=("slug",), declared={**SLUG, **status_field(), **form_fields("name"), **fk("state", State), **text_fields("kind", "note")}
)
TopicResource = resource_class(
    Topic, key=("slug",), declared={**SLUG, **status_field(), **form_fields("name"), **text_fields("description_zh", "description_en")}
)
PhaseResource = resource_class(
    Phase,
    key=("slug",),
    declared={
        **SLUG,
        **status_field(),
        **integer("ordinal"),
        **integer("start_year"),
        **integer("end_year"),
        **form_fields("title"),
        **text_fields("summary_zh", "summary_en"),
    },
)
SourceResource = resource_class(
    Source,
    key=("slug",),
    declared={
        **SLUG,
        **status_field(),
        **text_fields("kind", "authors", "title", "title_en", "container", "publisher", "publication_place", "date_as_printed"),
        **integer("year"),
        **text_fields("volume", "issue", "pages", "url", "language", "as_printed", "note"),
    },
)
PersonResource = resource_class(
    Person,
    key=("slug",),
    declared={
        **SLUG,
        **status_field(),
        **form_fields("name"),
        **fk("citizenship", State),
        **text_fields("description_zh", "description_en", "note"),
        **CITATIONS,
    },
)


class OrganResourceBase(ArchiveResource):
    """Organs by parent slug; new rows go in through treebeard's add_root/add_child, a changed
    parent through move — never by writing path/depth/numchild."""

    parent = fields.Field(column_name="parent", widget=SlugWidget(Organ))

    def dehydrate_parent(self, organ):
        parent = Organ.objects.get_parent(organ)
        return parent.slug if parent else ""

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        try:
            instance._new_parent = self.fields["parent"].clean(row)
        except ValueError as error:
            errors["parent"] = [str(error)]
        else:
            parent = instance._new_parent
            if parent is not None and instance.pk and (parent.pk == instance.pk or parent.path.startswith(instance.path)):
                errors["parent"] = [f"“{parent.slug}” is this organ or one of its sub-bodies: that would make a cycle"]
        if errors:
            raise ValidationError(errors)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        try:
            instance.full_clean(exclude=["path", "depth", "numchild", *errors], validate_unique=validate_unique)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if original is not None and original.pk and self.dehydrate_parent(original) != getattr(instance._new_parent, "slug", ""):
            return False
        return super().skip_row(instance, original, row, import_validation_errors)

    def do_instance_save(self, instance, is_create):
        parent = instance._new_parent
        if is_create:
            if parent is None:
                Organ.objects.add_root(instance=instance)
            else:
                Organ.objects.add_child(Organ.objects.get(pk=parent.pk), instance=instance)
            return
        instance.save()
        instance.place_under(parent)


ORGAN_COLUMNS = {
    **SLUG,
    **status_field(),
    **text_fields("kind"),
    **form_fields("name"),
    **date("established", "established"),
    **date("ended", "ended"),
    **text_fields(
        "functions_zh",
        "functions_en",
        "frequency_zh",
        "frequency_en",
        "chair_rule_zh",
        "chair_rule_en",
        "composition_zh",
        "composition_en",
        "note",
    ),
    **CITATIONS,
}
OrganResource = type(
    "OrganResource",
    (OrganResourceBase,),
    {
        "Meta": type(
            "Meta",
            (ArchiveResource.Meta,),
            {
                "model": Organ,
                "fields": ("slug", "parent", *[k for k in ORGAN_COLUMNS if k != "slug"]),
                "import_id_fields": ("slug",),
                "instance_loader_class": instance_loaders.CachedInstanceLoader,
                "export_order": ("slug", "parent", *[k for k in ORGAN_COLUMNS if k != "slug"]),
            },
        ),
        "cited": True,
        "ordering": ("path",),
        "__module__": __name__,
        **ORGAN_COLUMNS,
    },
)

EventResource = resource_class(
    Event,
    key=("slug",),
    order=("held_on", "slug"),
    cited=True,
    declared={
        **SLUG,
        **status_field(),
        **text_fields("kind", "framework"),
        **fk("organ", Organ),
        **integer("ordinal"),
        **text_fields("regularity"),
        **date("held", "held", with_end=True),
        **text_fields("date_as_printed"),
        **form_fields("title"),
        **m2m("places", Place),
        **fk("host", State),
        **text_fields("summary_zh", "summary_en"),
        **m2m("topics", Topic),
        **text_fields("note"),
        **CITATIONS,
    },
)
# part_of refers to another event: its own resource pass, after every event exists.
EventPartOfResource = resource_class(
    Event, key=("slug",), order=("held_on", "slug"), update_only=True, declared={**SLUG, **fk("part_of", Event)}
)

ParticipationResource = resource_class(
    Participation,
    key=("event", "state"),
    declared={
        **fk("event", Event),
        **fk("state", State),
        **status_field(),
        **text_fields("role"),
        **fk("person", Person),
        **text_fields("capacity_zh", "capacity_en", "note"),
    },
)
InstrumentResource = resource_class(
    Instrument,
    key=("slug",),
    order=("signed_on", "slug"),
    cited=True,
    declared={
        **SLUG,
        **status_field(),
        **text_fields("kind"),
        **boolean("title_as_printed"),
        **form_fields("title"),
        **date("signed", "signed", with_end=True),
        **date("in_force", "in_force"),
        **date("expires", "expires"),
        **fk("place", Place),
        **fk("event", Event),
        **text_fields("validity_zh", "validity_en", "summary_zh", "summary_en", "appendix"),
        **m2m("topics", Topic),
        **text_fields("note"),
        **CITATIONS,
    },
)
InstrumentPartyResource = resource_class(
    InstrumentParty,
    key=("instrument", "state", "action"),
    declared={
        **fk("instrument", Instrument),
        **fk("state", State),
        **text_fields("action"),
        **status_field(),
        **text_fields("side"),
        **date("action", "action_date"),
        **text_fields("note"),
    },
)
InstrumentRelationResource = resource_class(
    InstrumentRelation,
    key=("source", "kind", "target"),
    declared={**fk("source", Instrument), **text_fields("kind"), **fk("target", Instrument), **status_field(), **text_fields("note")},
)
OrganLegalBasisResource = resource_class(
    Organ, key=("slug",), order=("path",), update_only=True, declared={**SLUG, **m2m("legal_basis", Instrument)}
)
MembershipResource = resource_class(
    Membership,
    key=("state", "framework", "role", "starts"),
    cited=True,
    declared={
        **fk("state", State),
        **text_fields("framework", "role"),
        **status_field(),
        **date("starts", "starts"),
        **date("ends", "ends"),
        **fk("began_at", Event),
        **text_fields("note"),
        **CITATIONS,
    },
)
AppointmentResource = resource_class(
    Appointment,
    key=("person", "organ", "starts"),
    cited=True,
    declared={
        **fk("person", Person),
        **fk("organ", Organ),
        **status_field(),
        **text_fields("office_zh", "office_en"),
        **date("starts", "starts"),
        **date("ends", "ends"),
        **fk("appointed_by", Event),
        **text_fields("term", "note"),
        **CITATIONS,
    },
)
OrganSeatResource = resource_class(
    OrganSeat,
    key=("organ", "place"),
    cited=True,
    declared={
        **fk("organ", Organ),
        **fk("place", Place),
        **status_field(),
        **date("decided", "decided"),
        **fk("decided_by", Event),
        **boolean("superseded"),
        **text_fields("note"),
        **CITATIONS,
    },
)
StatisticResource = resource_class(
    Statistic,
    key=("dataset", "indicator", "state"),
    cited=True,
    declared={
        **text_fields("dataset", "indicator"),
        **fk("state", State),
        **status_field(),
        **text_fields("dataset_title", "scope", "indicator_zh", "indicator_en", "value_as_printed"),
        **decimal("low"),
        **decimal("high"),
        **text_fields("unit"),
        **integer("year"),
        **integer("position"),
        **text_fields("note"),
        **CITATIONS,
    },
)

# The archive in dependency order: a file only refers to rows of files before it.
ARCHIVE_RESOURCES: list[tuple[str, type[ArchiveResource]]] = [
    ("states", StateResource),
    ("places", PlaceResource),
    ("topics", TopicResource),
    ("phases", PhaseResource),
    ("sources", SourceResource),
    ("people", PersonResource),
    ("organs", OrganResource),
    ("events", EventResource),
    ("event_part_of", EventPartOfResource),
    ("participations", ParticipationResource),
    ("instruments", InstrumentResource),
    ("instrument_parties", InstrumentPartyResource),
    ("instrument_relations", InstrumentRelationResource),
    ("organ_legal_basis", OrganLegalBasisResource),
    ("memberships", MembershipResource),
    ("appointments", AppointmentResource),
    ("organ_seats", OrganSeatResource),
    ("statistics", StatisticResource),
]
