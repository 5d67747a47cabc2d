"""What every spreadsheet resource does: natural keys, strict cells, all-or-nothing rows, the publish gate."""

from __future__ import annotations

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.db.models import Prefetch
from import_export import fields, instance_loaders, resources, widgets
from import_export.resources import Diff
from import_export.results import RowResult

from archive.filters import shown
from archive.models import Citation, Status
from archive.registry import citation_field_of
from archive.roles import can_publish
from archive.transfer.columns import (
    UNSTORABLE,
    BooleanTextWidget,
    CitationsField,
    SlugCache,
    SlugListWidget,
    SlugWidget,
    StrictDecimalWidget,
    StrictIntegerWidget,
    TextWidget,
    TimestampWidget,
    citations_differ,
    escape_formula,
    stored_citations,
)


def column_widget(django_field) -> widgets.Widget:
    """The widget of a column named after a model field: slugs for relations, strict numbers, text."""
    if django_field.many_to_many:
        return SlugListWidget(django_field.related_model)
    if django_field.many_to_one:
        return SlugWidget(django_field.related_model)
    if isinstance(django_field, models.DateTimeField):
        return TimestampWidget()
    if isinstance(django_field, models.BooleanField):
        return BooleanTextWidget()
    if isinstance(django_field, models.DecimalField):
        return StrictDecimalWidget()
    if isinstance(django_field, models.IntegerField):
        return StrictIntegerWidget()
    return TextWidget()


def unstorable_message(character: str, label: str) -> str:
    what = "a NUL character" if character == "\x00" else "a lone surrogate (half of a UTF-16 pair)"
    return f"holds {what}, which no database can store, in the field “{label}”; remove it"


PUBLISHED_ROW = "published: only a publisher imports changes to it; change it on its admin page, where the change waits for a publisher"


# A citation's own values in the spreadsheet cell (the rest is its key).
CITATION_VALUES = ("pages", "note_en", "note_zh", "facts")
# When a record was last published and last changed (format 4 on): a file that has these columns
# brings them in as they are (empty: none), so a round trip keeps them; only a publisher or the
# command line may. A file without them leaves them to the import, which stamps its own time.
TIMESTAMPS = ("published_at", "updated_at")
DATES_REFUSED = "only a publisher may import a record's {column}; leave the cell as it was exported, or remove the column"
KEYS_AT_ONCE = 500  # the file's keys looked up per query (a single-column ``__in``)


def plain_key(value):
    return value.pk if isinstance(value, models.Model) else value


class KeyedInstanceLoader(instance_loaders.BaseInstanceLoader):
    """The stored rows of a file's keys, read before its first row: by the key column ``__in`` in
    batches where the key is one column (a slug), else every row of the model (link rows, keyed by
    their parents and own fields), in one query. A row then finds its record in memory: no query per
    row, and no query as long as the file (the library's cached loader asks for every key at once)."""

    def __init__(self, resource, dataset=None):
        super().__init__(resource, dataset)
        self.key_fields = [resource.fields[name] for name in resource.get_import_id_fields()]
        self.instances = {}
        columns = set(dataset.headers or []) if dataset is not None else set()
        if dataset is None or not len(dataset) or any(field.column_name not in columns for field in self.key_fields):
            return
        queryset = resource.get_queryset()
        if len(self.key_fields) == 1:
            (field,) = self.key_fields
            keys = list(dict.fromkeys(field.clean(row) for row in dataset.dict))
            lookup = f"{field.attribute}__in"
            batches = (queryset.filter(**{lookup: keys[start : start + KEYS_AT_ONCE]}) for start in range(0, len(keys), KEYS_AT_ONCE))
        else:
            batches = [queryset]
        for batch in batches:
            for instance in batch:
                self.instances[tuple(plain_key(field.get_value(instance)) for field in self.key_fields)] = instance

    def get_instance(self, row):
        if not self.instances:
            return None
        slug_cache = getattr(self.resource, "slug_cache", None)
        return self.instances.get(tuple(plain_key(field.clean(row, slug_cache=slug_cache)) for field in self.key_fields))


class NoDiff(Diff):
    """No per-row diff (a whole-archive import shows none; the admin's preview keeps the library's)."""

    def __init__(self, resource, instance, new):
        self.left = self.right = []
        self.new = new

    def compare_with(self, resource, instance):
        pass

    def as_html(self):
        return []


class ArchiveResource(resources.ModelResource):
    """Common behaviour: explicit columns, natural keys, all-or-nothing validation, escaped formulas."""

    cited = False
    row_diffs = True  # each row's diff, for the admin's preview; import_archive does without

    class Meta:
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        use_transactions = True
        instance_loader_class = KeyedInstanceLoader

    def get_diff_class(self):
        return super().get_diff_class() if self.row_diffs else NoDiff

    @classmethod
    def field_from_django_field(cls, field_name, django_field, readonly):
        """A column named after a model field; no model default fills an empty cell."""
        return fields.Field(attribute=field_name, column_name=field_name, widget=column_widget(django_field), readonly=readonly)

    def get_export_order(self):
        """Columns in the order of ``Meta.fields``."""
        return tuple(self._meta.fields)

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

    def import_data(self, dataset, *args, **kwargs):
        """A cell holding a character no database can store (NUL, a lone surrogate) refuses the whole
        file before any row is looked up or written: each such cell is a row error naming its row,
        column and field, on SQLite as on PostgreSQL (which would fail on the key lookup already)."""
        refused = self.unstorable_cells(dataset)
        return refused if refused is not None else super().import_data(dataset, *args, **kwargs)

    def unstorable_cells(self, dataset):
        """A result holding a row error per row with unstorable cells, or None when there are none."""
        columns = {f.column_name: f for f in self.get_import_fields()}
        result = self.get_result_class()()
        result.diff_headers = self.get_diff_headers()
        result.total_rows = len(dataset)
        for number, values in enumerate(dataset, start=1):
            errors = {}
            for column, value in zip(dataset.headers, values, strict=False):
                if isinstance(value, str) and (found := UNSTORABLE.search(value)):
                    field = columns.get(column)
                    attribute = field.attribute if field is not None and field.attribute else str(column)
                    errors[attribute] = [unstorable_message(found.group(), self.field_label(attribute))]
            if errors:
                cells = zip(dataset.headers, values, strict=False)
                row = {column: shown(value) if isinstance(value, str) else value for column, value in cells}  # printable in a preview
                result.append_invalid_row(number, row, ValidationError(errors))
                result.totals[RowResult.IMPORT_TYPE_INVALID] += 1
        return result if result.invalid_rows else None

    def field_label(self, attribute: str) -> str:
        try:
            field = self._meta.model._meta.get_field(attribute)
        except FieldDoesNotExist:
            return attribute
        return str(getattr(field, "verbose_name", None) or field.related_model._meta.verbose_name_plural)

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
        instance._defer_note_check = True  # import_archive checks [[slug]] references once every row is in
        status_problem = self.status_change_refused(instance, row, kwargs.get("user"))
        if status_problem:
            errors["status"] = [status_problem]
        stored_dates = {name: getattr(instance, name) if instance.pk else None for name in TIMESTAMPS}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        errors |= self.import_dates(instance, row, stored_dates, kwargs.get("user"))
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

    def import_dates(self, instance, row, stored: dict, user) -> dict:
        """The file's published_at and updated_at are kept when the importer may bring them in (a
        publisher, or the command line); an editor's row must leave them as exported, and is then
        stamped as any edit is."""
        given = [name for name in TIMESTAMPS if name in self.fields and name in row]
        if user is not None and not can_publish(user, self._meta.model):
            changed = [name for name in given if getattr(instance, name) != stored[name]]
            for name in given:
                setattr(instance, name, stored[name])
            return {name: [DATES_REFUSED.format(column=name)] for name in changed}
        if "published_at" in given and instance.published_at is not None and str(row.get("status") or "").strip() == Status.DRAFT:
            return {"published_at": ["a draft has no publication date: leave it empty, or import the row as published"]}
        instance._keep_published_at = "published_at" in given
        instance._keep_updated_at = "updated_at" in given
        return {}

    def status_change_refused(self, instance, row, user) -> str:
        """Publishing, unpublishing, or importing published rows needs the model's publish permission.
        Imports from the command line (no user) are the operator's and are not limited."""
        if user is None or "status" not in row:
            return ""
        wanted = str(row.get("status") or "").strip()
        current = instance.status if instance.pk else None
        changes = wanted == "published" if current is None else wanted != current
        model = self._meta.model._meta
        if changes and not can_publish(user, self._meta.model):
            return f"only a publisher may import {model.verbose_name_plural} as “{wanted}” or change their status; import them as drafts"
        return ""

    def skip_row(self, instance, original, row, import_validation_errors=None):
        """Unchanged means every column exports the same as before: dates with their precision,
        many-to-many slugs and citations included (the library compares only single attributes)."""
        if import_validation_errors or original is None or original.pk is None:
            return False
        instance._changed_columns = self.changed_columns(instance, original, row)
        return not instance._changed_columns

    def changed_columns(self, instance, original, row) -> list[str]:
        """Many-to-many links and citations are compared with the instance's, which are still the stored
        ones (written after this check) and prefetched by get_queryset: a deep copy such as ``original``
        drops a queryset's cache and would read them again, a query per row."""
        changed = []
        for field in self.get_import_fields():
            if field.column_name not in row or field.attribute is None:
                continue
            if isinstance(field.widget, widgets.ManyToManyWidget):
                wanted = {obj.pk for obj in field.clean(row, slug_cache=getattr(self, "slug_cache", None))}
                differs = wanted != {obj.pk for obj in getattr(instance, field.attribute).all()}
            elif isinstance(field, CitationsField):
                differs = citations_differ(instance, instance._pending_citations)
            else:
                differs = self.export_field(field, instance) != self.export_field(field, original)
            if differs:
                changed.append(field.column_name)
        return changed

    def before_save_instance(self, instance, row, **kwargs):
        """A row that changes a published record needs the publish permission: an Editor's change to
        it waits for a publisher, which the record's admin page does (an import has nowhere to keep it
        waiting). New citations alone may come in: they stay drafts until a publisher publishes them."""
        super().before_save_instance(instance, row, **kwargs)
        if getattr(instance, "_pending_citations", None) is not None:
            instance._stored_citations = stored_citations(instance)  # prefetched by get_queryset; none for a new record
        user = kwargs.get("user")
        if user is None or not instance.pk or instance._stored_status != Status.PUBLISHED or can_publish(user, type(instance)):
            return
        changed = [column for column in getattr(instance, "_changed_columns", ["?"]) if column != "citations"]
        if changed:
            raise ValidationError({"status": [f"{PUBLISHED_ROW} (changed: {', '.join(changed)})"]})

    def after_save_instance(self, instance, row, **kwargs):
        super().after_save_instance(instance, row, **kwargs)
        if getattr(self, "slug_cache", None) is not None:
            self.slug_cache.add(instance)
        pending = getattr(instance, "_pending_citations", None)
        if pending is None or instance.pk is None:
            return
        target = citation_field_of(type(instance))
        # A new citation goes live with its record only when the importer may publish citations
        # (or imports from the command line); an editor's stays a draft until a publisher publishes it.
        user = kwargs.get("user")
        may_publish = user is None or can_publish(user, Citation)
        status = instance.status if may_publish else Status.DRAFT
        known = getattr(instance, "_stored_citations", None)
        stored = {(c.source_id, c.footnote, c.section): c for c in (stored_citations(instance) if known is None else known)}
        for item in pending:
            key = {"source": item["source"], "footnote": item["footnote"], "section": item["section"], target: instance}
            citation = stored.get((item["source"].pk, item["footnote"], item["section"]))
            if citation is None:
                citation = Citation(**key, **{k: item[k] for k in CITATION_VALUES}, status=status)
            changed = {k: item[k] for k in CITATION_VALUES if getattr(citation, k) != item[k]}
            if item["dates_given"]:
                dates = {name: item[name] for name in TIMESTAMPS if getattr(citation, name) != item[name]}
                if dates and not may_publish:
                    raise ValidationError({"citations": [f"only a publisher may import the dates of a citation of {item['source'].slug}"]})
                changed |= dates
                citation._keep_published_at = citation._keep_updated_at = True
            if changed and citation.pk and citation.is_published and not may_publish:
                raise ValidationError({"citations": [f"a published citation of {citation.source.slug} can change only by a publisher"]})
            if changed or citation.pk is None:
                for name, value in changed.items():
                    setattr(citation, name, value)
                citation.save()
                stored[(citation.source_id, citation.footnote, citation.section)] = citation


class UpdateOnlyResource(ArchiveResource):
    """A second pass over rows that must exist already (an event's part_of, an organ's legal basis).

    ``keep_dates``: the first pass brought the rows' published_at and updated_at from the file, and
    this pass keeps them (its change belongs to the same row of the archive)."""

    keep_dates = False

    def import_instance(self, instance, row, **kwargs):
        super().import_instance(instance, row, **kwargs)
        instance._keep_published_at = instance._keep_updated_at = self.keep_dates

    def get_or_init_instance(self, instance_loader, row):
        instance, new = super().get_or_init_instance(instance_loader, row)
        if new:
            model = self._meta.model._meta.verbose_name
            raise ValidationError({"slug": [f"no {model} with slug “{row.get('slug')}” (add it in its own file first)"]})
        return instance, new
