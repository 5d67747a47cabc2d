"""What every archive admin shares: editors write drafts, publishers publish; names, dates and citations."""

from __future__ import annotations

import re

import reversion
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import flatten_fieldsets
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node

from archive.admin.history_views import HistoryAdminMixin, valid_pks
from archive.admin.locking import VersionedModelForm
from archive.admin.pending import PendingChangesMixin
from archive.admin.spreadsheets import SpreadsheetMixin
from archive.models import Citation, Status
from archive.registry import ARCHIVE, facts_of
from archive.roles import can_publish, published_rows_refused
from archive.services import keep_old_url, records_set_status

admin.site.site_header = _("SCO Founding Archive")
admin.site.site_title = _("SCO Founding Archive")
admin.site.index_title = _("Archive administration")


def name_search(prefix: str) -> tuple[str, ...]:
    archive_aliases = ("aliases_archive",) if prefix == "name" else ()
    return (*tuple(f"{prefix}_{form}" for form in ("zh", "en", "ru", "ru_latn")), "aliases", *archive_aliases, "slug")


def forms_fieldset(prefix: str) -> tuple:
    return (
        _("Names and titles"),
        {
            "fields": (
                f"{prefix}_zh",
                (f"{prefix}_en", f"{prefix}_en_is_translation"),
                f"{prefix}_ru",
                f"{prefix}_ru_latn",
                "aliases",
                *(("aliases_archive",) if prefix == "name" else ()),
            )
        },
    )


def date_fieldset(title, prefix: str, *, with_end: bool = False) -> tuple:
    fields = [(f"{prefix}_on", f"{prefix}_precision", f"{prefix}_qualifier")]
    if with_end:
        fields.append((f"{prefix}_until", f"{prefix}_until_precision"))
    return (title, {"fields": fields})


def year_filter(field: str):
    """A list filter by the year of a date field, listing only years that occur."""

    class YearFilter(admin.SimpleListFilter):
        parameter_name = f"{field}_year"

        def lookups(self, request, model_admin):
            dates = model_admin.get_queryset(request).dates(field, "year")
            return [(str(d.year), str(d.year)) for d in dates]

        def queryset(self, request, queryset):
            if not self.value():
                return queryset
            if not re.fullmatch("[0-9]{4}", self.value()):
                raise IncorrectLookupParameters(f"{self.parameter_name}: not a year")
            return queryset.filter(**{f"{field}__year": int(self.value())})

    YearFilter.title = _("year")
    return YearFilter


class InlineForm(forms.ModelForm):
    """An inline row is checked against the database constraints that include its parent too:
    Django leaves the parent's key out of the row's constraint checks, so a second participation
    of the same state would reach the database as an IntegrityError instead of a form error."""

    def validate_unique(self):
        super().validate_unique()
        try:
            self.instance.validate_constraints(exclude=self._get_validation_exclusions())
        except ValidationError as error:
            self._update_errors(error)


class EditorialMixin:
    """Editors write drafts; only publishers publish, unpublish, or delete what is published."""

    form = InlineForm

    def has_publish_permission(self, request):
        return can_publish(request.user, self.model)

    def get_changeform_initial_data(self, request):
        """Initial values from the query string (``?organ=3``), keeping only those that name an existing
        record: a bad one is left out rather than breaking the form."""
        initial = super().get_changeform_initial_data(request)
        for name, value in list(initial.items()):
            try:
                field = self.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if field.is_relation and not self.existing_pks(field.related_model, value if isinstance(value, list) else [value]):
                del initial[name]
        return initial

    @staticmethod
    def existing_pks(model, values) -> bool:
        pks = set(valid_pks(model, values))
        return len(pks) == len(set(map(str, values))) and model._base_manager.filter(pk__in=pks).count() == len(pks)

    def get_readonly_fields(self, request, obj=None):
        fields = tuple(super().get_readonly_fields(request, obj))
        if not can_publish(request.user, self.model):
            fields += tuple(name for name in self.frozen_for_editors(obj) if name not in fields)
        return fields

    def frozen_for_editors(self, obj) -> tuple[str, ...]:
        """The status is the publish actions'; a published record's slug is its public URL. (An
        inline's ``obj`` is the record whose page it is on: its rows' slugs are checked by the formset.)"""
        if isinstance(obj, self.model) and obj.is_published and hasattr(obj, "slug"):
            return ("status", "slug")
        return ("status",)

    def get_prepopulated_fields(self, request, obj=None):
        readonly = self.get_readonly_fields(request, obj)
        return {name: sources for name, sources in super().get_prepopulated_fields(request, obj).items() if name not in readonly}


class EditorialInlineFormSet(forms.BaseInlineFormSet):
    """Rows deleted on a record's page: each row, with what its deletion takes along, must be one the
    editor may delete (a draft, unless they publish that kind of record)."""

    user = None
    kept_pending = False  # the whole save waits for a publisher (the record on whose page it is, published)

    def clean(self):
        super().clean()
        publishes = can_publish(self.user, self.model)
        for form in self.forms:
            stored_published = form.instance.pk is not None and form.instance._stored_status == Status.PUBLISHED
            if not stored_published or publishes or form in self.deleted_forms:
                continue
            if "slug" in form.changed_data:
                form.add_error("slug", _("This record is published: its slug is its public URL, which only a publisher changes."))
            elif form.has_changed() and not self.kept_pending:
                form.add_error(None, _("This row is published: change it on its own page, where the change waits for a publisher."))
        deleted = [form.instance for form in self.deleted_forms if form.instance.pk is not None]
        refused = published_rows_refused(self.user, deleted) if deleted else []
        if refused:
            raise ValidationError(
                _("Only a publisher may delete published records; deleting these rows would delete: %(rows)s")
                % {"rows": "; ".join(refused)}
            )


class EditorialInlineMixin(EditorialMixin):
    """Rows on a record's page. Django asks an inline's delete permission with the record whose page
    it is (``obj``), so the rows are instead checked one by one when the formset is cleaned."""

    formset = EditorialInlineFormSet

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.user = request.user
        formset.kept_pending = getattr(request, "keeping_pending", False)
        return formset


def facts_formfield(choices) -> forms.Field:
    """The facts a citation names, as boxes to tick: none ticked, the record as a whole."""
    return forms.MultipleChoiceField(
        label=_("facts supported"),
        choices=choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick the facts this source supports; none: the record as a whole."),
    )


def every_fact() -> list[tuple[str, str]]:
    """Each fact key of any cited model once, for a citation whose record is not chosen yet."""
    labels: dict[str, str] = {}
    for entry in ARCHIVE:
        for key, label in entry.facts:
            labels.setdefault(key, label)
    return list(labels.items())


class CitationInline(EditorialInlineMixin, admin.TabularInline):
    model = Citation
    extra = 1
    autocomplete_fields = ("source",)
    fields = ("source", "footnote", "pages", "section", "facts", "note_zh", "note_en", "status")
    verbose_name = _("source citation")
    verbose_name_plural = _("sources (footnotes or chapter sections)")

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        """Only the facts of the model whose page holds the inline."""
        if db_field.name == "facts":
            return facts_formfield(facts_of(self.parent_model))
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class NameColumn:
    @admin.display(description=_("name or title"))
    def shown_name(self, obj):
        return obj.display


class EditorialAdminMixin(PendingChangesMixin, HistoryAdminMixin, EditorialMixin):
    form = VersionedModelForm
    actions = ["publish_selected", "unpublish_selected"]

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        if obj is not None and getattr(obj, "is_published", False):
            return allowed and can_publish(request.user, self.model)
        return allowed

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.only_show = getattr(request, "only_show", False)
        form.user = request.user
        return form

    def save_model(self, request, obj, form, change):
        """A published record whose slug a Publisher changes keeps its old URL, as a redirect."""
        old_slug = form.initial.get("slug") if change else None
        super().save_model(request, obj, form, change)
        if old_slug and old_slug != getattr(obj, "slug", old_slug) and obj.is_published:
            keep_old_url(obj, old_slug)

    def save_formset(self, request, form, formset, change):
        """Published rows whose slug a Publisher changed on this page keep their old URL too."""
        renamed = [(row.instance, row.initial["slug"]) for row in formset.forms if "slug" in row.changed_data and row.initial.get("slug")]
        super().save_formset(request, form, formset, change)
        for row, old_slug in renamed:
            if row.pk and row.is_published and row.slug != old_slug:
                keep_old_url(row, old_slug)

    def get_deleted_objects(self, objs, request):
        """What a delete page lists and refuses: with an organ its sub-organs (treebeard deletes the
        subtree), and every published row the deletion would take that the user may not delete."""
        objs = list(objs)
        if issubclass(self.model, MP_Node):
            objs += [node for obj in list(objs) for node in self.model.objects.get_descendants(obj)]
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        return deleted, counts, {*perms_needed, *published_rows_refused(request.user, objs)}, protected

    def get_fieldsets(self, request, obj=None):
        """Declared fieldsets leave out the form's hidden version field: add it, or every save of an
        existing record would look like a save over someone else's."""
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is not None and self.has_change_permission(request, obj) and "loaded_version" not in flatten_fieldsets(fieldsets):
            name, options = fieldsets[0]
            fieldsets[0] = (name, {**options, "fields": (*options["fields"], "loaded_version")})
        return fieldsets

    @admin.action(permissions=["publish"], description=_("Publish the selected records (with their citations and parts)"))
    def publish_selected(self, request, queryset):
        count = records_set_status(queryset=queryset, status=Status.PUBLISHED)
        reversion.set_comment(_("Published with their citations and parts"))
        self.message_user(request, _("%(count)s record(s) published.") % {"count": count}, messages.SUCCESS)

    @admin.action(permissions=["publish"], description=_("Unpublish the selected records (back to draft)"))
    def unpublish_selected(self, request, queryset):
        count = records_set_status(queryset=queryset, status=Status.DRAFT)
        reversion.set_comment(_("Returned to draft with their citations and parts"))
        self.message_user(request, _("%(count)s record(s) returned to draft.") % {"count": count}, messages.SUCCESS)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "GET" and not can_publish(request.user, self.model):
            self.message_user(
                request,
                _("You can save drafts. Publishing, unpublishing and deleting published records is for publishers."),
                messages.INFO,
            )
        return super().changeform_view(request, object_id, form_url, extra_context)


class ArchiveAdmin(NameColumn, EditorialAdminMixin, SpreadsheetMixin, admin.ModelAdmin):
    list_per_page = 50
    save_on_top = True


class ReadOnlyLogAdmin(admin.ModelAdmin):
    """A log written by the archive itself, never by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
