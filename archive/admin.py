"""The editors' admin: every archive model, with inlines so a summit is entered on one page."""

from __future__ import annotations

import copy
import hashlib
import json
import os

import reversion
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.text import Truncator, capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, JSON, XLSX
from reversion.models import Version
from treebeard.admin import TreeAdmin
from treebeard.forms import MoveNodeForm, movenodeform_factory

from archive import history, resources
from archive.history import recorded
from archive.models import (
    Appointment,
    Citation,
    Deletion,
    Event,
    ImportRecord,
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
    Status,
    Topic,
)
from archive.roles import can_publish
from archive.services import records_set_status
from archive.transfer import MAX_FILE_BYTES, MAX_ROWS, FileProblem, check_csv_shape, check_xlsx

admin.site.site_header = _("SCO Founding Archive")
admin.site.site_title = _("SCO Founding Archive")
admin.site.index_title = _("Archive administration")


def name_search(prefix: str) -> tuple[str, ...]:
    return (*tuple(f"{prefix}_{form}" for form in ("zh", "en", "ru", "ru_latn")), "aliases", "slug")


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
            if self.value():
                return queryset.filter(**{f"{field}__year": self.value()})
            return queryset

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

    def get_readonly_fields(self, request, obj=None):
        fields = tuple(super().get_readonly_fields(request, obj))
        if not can_publish(request.user, self.model) and "status" not in fields:
            fields += ("status",)
        return fields

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        if obj is not None and getattr(obj, "is_published", False):
            return allowed and can_publish(request.user, self.model)
        return allowed


class CitationInline(EditorialMixin, admin.TabularInline):
    model = Citation
    extra = 1
    autocomplete_fields = ("source",)
    fields = ("source", "footnote", "pages", "section", "note", "status")
    verbose_name = _("source citation")
    verbose_name_plural = _("sources (footnotes or chapter sections)")


class NameColumn:
    @admin.display(description=_("name or title"))
    def shown_name(self, obj):
        return obj.display


def checked(format_class):
    """A spreadsheet format that refuses, before importing, an XLSX that would unpack too far
    (openpyxl has no zip-bomb guard) and a file with more rows than one import takes."""

    class Checked(format_class):
        def create_dataset(self, in_stream):
            try:
                if self.get_title() == "xlsx":
                    check_xlsx(in_stream, _("This file"))
                elif self.get_title() == "csv":
                    check_csv_shape(in_stream, _("This file"))
            except FileProblem as problem:
                raise ValueError(str(problem)) from None
            dataset = super().create_dataset(in_stream)
            if dataset.height > MAX_ROWS:
                raise ValueError(
                    _("This file has %(rows)s rows; at most %(max)s are imported at once.") % {"rows": dataset.height, "max": MAX_ROWS}
                )
            return dataset

    Checked.__name__ = f"Checked{format_class.__name__}"
    return Checked


def preview_signature(result) -> str:
    """What a preview showed, row by row: outcome, record and field changes."""
    # A new row's id comes from the database sequence, which a rolled-back dry run still advances
    # on PostgreSQL: it is not part of what the editor saw.
    rows = [(row.import_type, None if row.import_type == "new" else str(row.object_id), row.diff) for row in result.rows]
    return hashlib.sha256(json.dumps(rows, default=str).encode()).hexdigest()


class SpreadsheetMixin(ImportExportMixin):
    """Import and export on the changelist: CSV, XLSX, JSON; any bad row means nothing is written."""

    formats = [checked(CSV), checked(XLSX), checked(JSON)]
    from_encoding = "utf-8-sig"

    def get_import_data_kwargs(self, **kwargs):
        kwargs = super().get_import_data_kwargs(**kwargs)
        kwargs["rollback_on_validation_errors"] = True
        return kwargs

    def import_action(self, request, **kwargs):
        upload = request.FILES.get("import_file")
        if upload is not None and upload.size > MAX_FILE_BYTES:
            self.message_user(request, _("The file is larger than 20 MB; nothing was imported."), messages.ERROR)
            request.FILES.pop("import_file")
        response = super().import_action(request, **kwargs)
        context = getattr(response, "context_data", None) or {}
        if context.get("confirm_form") is not None:
            # Remember what the editor saw, to refuse a confirm whose outcome would differ.
            name = os.path.basename(context["confirm_form"].initial["import_file_name"])
            request.session[f"import-preview:{name}"] = preview_signature(context["result"])
        return response

    def process_import(self, request, **kwargs):
        form = self.create_confirm_form(request)
        if form.is_valid():
            name = os.path.basename(form.cleaned_data["import_file_name"])
            expected = request.session.pop(f"import-preview:{name}", None)
            if expected is None or expected != self.dry_run_signature(request, form):
                self.message_user(
                    request,
                    _(
                        "The archive or the file changed since the preview, so nothing was imported. "
                        "Upload the file again to see a new preview."
                    ),
                    messages.ERROR,
                )
                return HttpResponseRedirect(reverse(f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_import"))
        with self.recording(request):
            response = super().process_import(request, **kwargs)
            if response.status_code != 302:  # rows refused: import-export rolled back only its own part
                transaction.set_rollback(True)
            return response

    def dry_run_signature(self, request, form) -> str:
        input_format = self.get_import_formats()[int(form.cleaned_data["format"])](encoding=self.from_encoding)
        storage = self.get_tmp_storage_class()(
            name=form.cleaned_data["import_file_name"],
            encoding=None if input_format.is_binary() else self.from_encoding,
            read_mode=input_format.get_read_mode(),
            **self.get_tmp_storage_class_kwargs(),
        )
        dataset = input_format.create_dataset(storage.read())
        resource = self.choose_import_resource_class(form, request)(**self.get_import_resource_kwargs(request, form=form))
        result = resource.import_data(dataset, dry_run=True, raise_errors=False, user=request.user, rollback_on_validation_errors=True)
        return preview_signature(result)

    def add_data_read_fail_error_to_form(self, form, e):
        if isinstance(e, UnicodeDecodeError):
            form.add_error("import_file", _("This file is not UTF-8 text: save it as “CSV UTF-8” or as XLSX and import it again."))
        elif isinstance(e, ValueError) and str(e):
            form.add_error("import_file", str(e))
        else:
            super().add_data_read_fail_error_to_form(form, e)

    def process_result(self, result, request):
        file_name = request.POST.get("original_file_name", "")[:255]
        if reversion.is_active():
            reversion.set_comment(
                _("Imported from %(file)s: %(new)s new, %(updated)s updated")
                % {"file": file_name, "new": result.totals.get("new", 0), "updated": result.totals.get("update", 0)}
            )
        ImportRecord.objects.create(
            user=request.user.get_username(),
            file_name=file_name,
            file_format=request.POST.get("format", ""),
            target=self.model._meta.label,
            new=result.totals.get("new", 0),
            updated=result.totals.get("update", 0),
            unchanged=result.totals.get("skip", 0),
            errors=result.totals.get("error", 0) + result.totals.get("invalid", 0),
        )
        return super().process_result(result, request)


def changed_meanwhile(instance, opened: int, submitted: dict) -> list[str]:
    """What another editor saved since this one opened the record (from the history), or else the
    fields whose stored value differs from what this editor is about to save."""
    current = type(instance)._default_manager.get(pk=instance.pk)
    changes = history.changes_since(current, opened)
    if changes is not None:
        return [f"{change.label}: “{Truncator(change.new).chars(120)}”" for change in changes]
    lines = []
    for name, value in submitted.items():
        field = instance._meta.get_field(name) if name in {f.name for f in instance._meta.fields} else None
        if field is None or field.many_to_many:
            continue
        stored = getattr(current, name)
        if stored != value:
            lines.append(f"{field.verbose_name}: “{Truncator(str(stored)).chars(120)}”")
    return lines


class VersionCheck(forms.Form):
    """A change form carries the version it was opened at; saving over a newer version is refused
    (the row is locked while checking, inside the admin's transaction), so no edit is silently lost."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial.setdefault("loaded_version", self.instance.version)

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and not self.errors:
            stored = (
                type(self.instance)
                ._default_manager.select_for_update()
                .filter(pk=self.instance.pk)
                .values_list("version", flat=True)
                .first()
            )
            if stored is not None and cleaned.get("loaded_version") != stored:
                submitted = {k: v for k, v in cleaned.items() if k != "loaded_version"}
                changes = changed_meanwhile(self.instance, cleaned.get("loaded_version"), submitted)
                raise forms.ValidationError(
                    _(
                        "Someone else saved this record after you opened it, so your changes were not saved. "
                        "Now in the archive: %(changes)s. Reload the page, then make your changes again."
                    )
                    % {"changes": "; ".join(changes) or _("(no visible field changed)")},
                    code="stale",
                )
        return cleaned


class VersionedModelForm(VersionCheck, forms.ModelForm):
    pass


class VersionedMoveNodeForm(VersionCheck, MoveNodeForm):
    pass


def translated_label(label: str) -> str:
    """A form label as Django stores it in a change message (capitalised, untranslated), translated."""
    fields = (field for model in history.history_models() for field in model._meta.get_fields() if hasattr(field, "verbose_name"))
    with translation.override(None):
        field = next((field for field in fields if capfirst(str(field.verbose_name)) == label), None)
    return capfirst(str(field.verbose_name)) if field is not None else label


class HistoryAdminMixin:
    """Every admin write is one revision (who, when, the change message); the history page shows
    what each version changed, and a publisher can revert to one of them."""

    def recording(self, request, comment=""):
        # Baselines for every model: a save writes inline rows, a delete cascades to other models.
        return recorded(user=request.user, comment=comment, models_=history.history_models())

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method != "POST":
            return super().changeform_view(request, object_id, form_url, extra_context)
        with self.recording(request):
            response = super().changeform_view(request, object_id, form_url, extra_context)
            if getattr(response, "context_data", None) and response.context_data.get("errors"):
                # Refused (treebeard's own rollback is inside the admin's savepoint): no revision.
                transaction.set_rollback(True)
            return response

    def changelist_view(self, request, extra_context=None):
        if request.method != "POST":
            return super().changelist_view(request, extra_context)
        with self.recording(request):
            return super().changelist_view(request, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        if request.method != "POST":
            return super().delete_view(request, object_id, extra_context)
        with self.recording(request, _("Deleted")):
            return super().delete_view(request, object_id, extra_context)

    def log_addition(self, request, obj, message):
        self.comment_revision(message, _("Added."))
        return super().log_addition(request, obj, message)

    def log_change(self, request, obj, message):
        self.comment_revision(message, _("No fields changed."))
        return super().log_change(request, obj, message)

    @staticmethod
    def comment_revision(message, fallback):
        """The admin's change message in the editor's language. Django keeps field labels untranslated
        (for its log) and translates them on display by label, which misses our lower-case msgids."""
        if not reversion.is_active():
            return
        if isinstance(message, list):
            message = copy.deepcopy(message)  # Django logs the original, untranslated
            for part in message:
                for details in part.values():
                    if "fields" in details:
                        details["fields"] = [translated_label(label) for label in details["fields"]]
            message = json.dumps(message)
        reversion.set_comment(LogEntry(change_message=message).get_change_message() or fallback)

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        revert = path(
            "<path:object_id>/history/<int:version_id>/revert/",
            self.admin_site.admin_view(self.revert_view),
            name="{}_{}_revert".format(*info),
        )
        deleted = [
            path("deleted/", self.admin_site.admin_view(self.deleted_view), name="{}_{}_deleted".format(*info)),
            path(
                "deleted/<int:deletion_id>/restore/",
                self.admin_site.admin_view(self.restore_view),
                name="{}_{}_restore".format(*info),
            ),
        ]
        return [revert, *deleted, *super().get_urls()]

    def deleted_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": _("Deleted %(records)s") % {"records": self.opts.verbose_name_plural},
            "subtitle": None,
            "opts": self.opts,
            "module_name": str(capfirst(self.opts.verbose_name_plural)),
            "deletions": history.deleted(self.model),
            "can_restore": can_publish(request.user, self.model),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/archive/deleted.html", context)

    def restore_view(self, request, deletion_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not can_publish(request.user, self.model):
            raise PermissionDenied
        deletion = next((row for row in history.deleted(self.model) if row.pk == deletion_id), None)
        if deletion is None:
            raise Http404
        job = history.restore(deletion, user=request.user)
        if job.problems:
            self.message_user(request, _("Nothing was restored: %(problems)s") % {"problems": "; ".join(job.problems)}, messages.ERROR)
            return HttpResponseRedirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_deleted"))
        message = _("“%(record)s” is restored, with what was deleted with it.") % {"record": deletion.object_repr}
        self.message_user(request, message, messages.SUCCESS)
        if job.unlinked:
            unlinked = _("Not linked again, as deleted since (restore them to link them): %(links)s")
            self.message_user(request, unlinked % {"links": "; ".join(job.unlinked)}, messages.WARNING)
        return HttpResponseRedirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[deletion.object_id]))

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": _("History: %s") % obj,
            "subtitle": None,
            "object": obj,
            "opts": self.opts,
            "module_name": str(capfirst(self.opts.verbose_name_plural)),
            "entries": history.entries(obj),
            "can_revert": self.has_change_permission(request, obj) and can_publish(request.user, self.model),
            "preserved_filters": self.get_preserved_filters(request),
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/archive/history.html", context)

    def revert_view(self, request, object_id, version_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not (self.has_change_permission(request, obj) and can_publish(request.user, self.model)):
            raise PermissionDenied
        version = get_object_or_404(Version.objects.get_for_object(obj), pk=version_id)
        problems = history.revert(obj, version, user=request.user)
        history_url = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_history", args=[obj.pk])
        if problems:
            self.message_user(request, _("Nothing was reverted: %(problems)s") % {"problems": "; ".join(problems)}, messages.ERROR)
        else:
            when = date_format(localtime(version.revision.date_created), "DATETIME_FORMAT")
            message = _("“%(record)s” is back to the version of %(when)s.") % {"record": obj, "when": when}
            self.message_user(request, message, messages.SUCCESS)
        return HttpResponseRedirect(history_url)


class EditorialAdminMixin(HistoryAdminMixin, EditorialMixin):
    form = VersionedModelForm
    actions = ["publish_selected", "unpublish_selected"]

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


@admin.register(State)
class StateAdmin(ArchiveAdmin):
    resource_classes = [resources.StateResource]
    list_display = ("shown_name", "name_en", "name_ru", "iso_code", "ru_sort_key", "status")
    list_filter = ("status",)
    search_fields = (*name_search("name"), "iso_code")
    prepopulated_fields = {"slug": ("name_en",)}
    fieldsets = (
        (None, {"fields": ("slug", "status", "iso_code", "ru_sort_key")}),
        forms_fieldset("name"),
        (_("Notes"), {"fields": ("note",)}),
    )

    class MembershipInline(EditorialMixin, admin.TabularInline):
        model = Membership
        extra = 0
        autocomplete_fields = ("began_at",)
        fields = ("framework", "role", "starts_on", "starts_precision", "ends_on", "ends_precision", "began_at", "status")
        show_change_link = True

    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(ArchiveAdmin):
    resource_classes = [resources.MembershipResource]
    list_display = ("state", "framework", "role", "starts_on", "ends_on", "status")
    list_filter = ("framework", "role", "status", "state")
    list_select_related = ("state",)
    search_fields = ("state__name_zh", "state__name_en", "state__name_ru", "note")
    autocomplete_fields = ("state", "began_at")
    date_hierarchy = "starts_on"
    inlines = [CitationInline]


@admin.register(Place)
class PlaceAdmin(ArchiveAdmin):
    resource_classes = [resources.PlaceResource]
    list_display = ("shown_name", "name_en", "name_ru", "state", "kind", "status")
    list_filter = ("kind", "status", "state")
    list_select_related = ("state",)
    search_fields = name_search("name")
    autocomplete_fields = ("state",)
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(Person)
class PersonAdmin(ArchiveAdmin):
    resource_classes = [resources.PersonResource]
    list_display = ("shown_name", "name_en", "name_ru", "citizenship", "status")
    list_filter = ("status", "citizenship")
    list_select_related = ("citizenship",)
    search_fields = (*name_search("name"), "description_zh", "description_en")
    autocomplete_fields = ("citizenship",)
    prepopulated_fields = {"slug": ("name_en",)}

    class AppointmentInline(EditorialMixin, admin.StackedInline):
        model = Appointment
        extra = 0
        autocomplete_fields = ("organ", "appointed_by")
        show_change_link = True

    inlines = [AppointmentInline, CitationInline]


@admin.register(Appointment)
class AppointmentAdmin(ArchiveAdmin):
    resource_classes = [resources.AppointmentResource]
    list_display = ("person", "office_zh", "organ", "starts_on", "ends_on", "status")
    list_filter = ("status", "organ")
    list_select_related = ("person", "organ")
    search_fields = ("person__name_zh", "person__name_en", "person__name_ru", "office_zh", "office_en")
    autocomplete_fields = ("person", "organ", "appointed_by")
    inlines = [CitationInline]


@admin.register(Organ)
class OrganAdmin(NameColumn, EditorialAdminMixin, SpreadsheetMixin, TreeAdmin):
    resource_classes = [resources.OrganResource]
    form = movenodeform_factory(Organ, form=VersionedMoveNodeForm, exclude=("path", "depth", "numchild"))
    list_display = ("shown_name", "name_en", "kind", "established_on", "ended_on", "status")
    list_filter = ("kind", "status")
    search_fields = name_search("name")
    autocomplete_fields = ("legal_basis",)
    prepopulated_fields = {"slug": ("name_en",)}

    class SeatInline(EditorialMixin, admin.TabularInline):
        model = OrganSeat
        extra = 0
        autocomplete_fields = ("place", "decided_by")
        show_change_link = True

    class AppointmentInline(EditorialMixin, admin.TabularInline):
        model = Appointment
        extra = 0
        autocomplete_fields = ("person", "appointed_by")
        fields = ("person", "office_zh", "starts_on", "starts_precision", "ends_on", "ends_precision", "appointed_by", "status")
        show_change_link = True

    inlines = [SeatInline, AppointmentInline, CitationInline]

    def move_node(self, request):
        """Drag and drop in the tree: one revision with the moved organ (its new parent is in it)."""
        with self.recording(request, _("Moved in the organ tree")):
            return super().move_node(request)


@admin.register(OrganSeat)
class OrganSeatAdmin(ArchiveAdmin):
    resource_classes = [resources.OrganSeatResource]
    list_display = ("organ", "place", "decided_on", "superseded", "status")
    list_filter = ("superseded", "status")
    list_select_related = ("organ", "place")
    search_fields = ("organ__name_zh", "organ__name_en", "place__name_zh", "place__name_en")
    autocomplete_fields = ("organ", "place", "decided_by")
    inlines = [CitationInline]


@admin.register(Phase)
class PhaseAdmin(ArchiveAdmin):
    resource_classes = [resources.PhaseResource]
    list_display = ("ordinal", "shown_name", "start_year", "end_year", "status")
    list_filter = ("status",)
    search_fields = name_search("title")


@admin.register(Topic)
class TopicAdmin(ArchiveAdmin):
    resource_classes = [resources.TopicResource]
    list_display = ("shown_name", "name_en", "slug", "status")
    list_filter = ("status",)
    search_fields = name_search("name")
    prepopulated_fields = {"slug": ("name_en",)}


class ParticipationInline(EditorialMixin, admin.TabularInline):
    model = Participation
    extra = 1
    autocomplete_fields = ("state", "person")
    fields = ("state", "role", "person", "capacity_zh", "capacity_en", "note", "status")


class InstrumentAtEventInline(EditorialMixin, admin.StackedInline):
    """Instruments signed at the meeting, entered on the meeting's own page."""

    model = Instrument
    fk_name = "event"
    extra = 0
    show_change_link = True
    autocomplete_fields = ("place",)
    fields = (
        "slug",
        "kind",
        "title_zh",
        ("title_en", "title_en_is_translation"),
        "title_ru",
        "title_ru_latn",
        ("signed_on", "signed_precision", "signed_qualifier"),
        ("signed_until", "signed_until_precision"),
        "place",
        "appendix",
        "status",
    )


@admin.register(Event)
class EventAdmin(ArchiveAdmin):
    resource_classes = [resources.EventResource]
    list_display = ("display_date", "shown_name", "kind", "framework", "organ", "host", "status")
    list_display_links = ("display_date", "shown_name")
    list_filter = ("kind", "framework", year_filter("held_on"), "status", "organ", "host", "topics")
    list_select_related = ("organ", "host")
    search_fields = (*name_search("title"), "summary_zh", "summary_en")
    autocomplete_fields = ("organ", "part_of", "host", "places", "topics")
    date_hierarchy = "held_on"
    prepopulated_fields = {"slug": ("title_en",)}
    fieldsets = (
        (None, {"fields": ("slug", "status", "kind", "framework", "organ", ("ordinal", "regularity"), "part_of")}),
        forms_fieldset("title"),
        date_fieldset(_("Date"), "held", with_end=True),
        (_("Place"), {"fields": ("places", "host", "date_as_printed")}),
        (_("Content"), {"fields": ("summary_zh", "summary_en", "topics", "note")}),
    )
    inlines = [ParticipationInline, InstrumentAtEventInline, CitationInline]

    @admin.display(description=_("date"), ordering="held_on")
    def display_date(self, obj):
        return obj.display_date


@admin.register(Participation)
class ParticipationAdmin(ArchiveAdmin):
    resource_classes = [resources.ParticipationResource]
    list_display = ("event", "state", "role", "person", "status")
    list_filter = ("role", "status", "state")
    list_select_related = ("event", "state", "person")
    search_fields = ("event__title_zh", "event__title_en", "state__name_zh", "state__name_en", "person__name_zh", "person__name_en")
    autocomplete_fields = ("event", "state", "person")


class PartyInline(EditorialMixin, admin.TabularInline):
    model = InstrumentParty
    extra = 1
    autocomplete_fields = ("state",)
    fields = ("state", "side", "action", "action_on", "action_precision", "note", "status")


class RelationInline(EditorialMixin, admin.TabularInline):
    model = InstrumentRelation
    fk_name = "source"
    extra = 1
    autocomplete_fields = ("target",)
    fields = ("kind", "target", "note", "status")
    verbose_name = _("relation to another instrument")
    verbose_name_plural = _("relations to other instruments")


@admin.register(Instrument)
class InstrumentAdmin(ArchiveAdmin):
    resource_classes = [resources.InstrumentResource]
    list_display = ("display_date", "shown_name", "kind", "event", "appendix", "status")
    list_display_links = ("display_date", "shown_name")
    list_filter = ("kind", year_filter("signed_on"), "status", "parties__state", "topics")
    list_select_related = ("event",)
    search_fields = (*name_search("title"), "summary_zh", "summary_en", "appendix")
    autocomplete_fields = ("place", "event", "topics")
    date_hierarchy = "signed_on"
    prepopulated_fields = {"slug": ("title_en",)}
    fieldsets = (
        (None, {"fields": ("slug", "status", "kind", "title_as_printed", "appendix")}),
        forms_fieldset("title"),
        date_fieldset(_("Signed"), "signed", with_end=True),
        (_("Where"), {"fields": ("place", "event")}),
        date_fieldset(_("Entry into force"), "in_force"),
        date_fieldset(_("Expiry"), "expires"),
        (_("Content"), {"fields": ("validity_zh", "validity_en", "summary_zh", "summary_en", "topics", "note")}),
    )
    inlines = [PartyInline, RelationInline, CitationInline]

    @admin.display(description=_("signed"), ordering="signed_on")
    def display_date(self, obj):
        return obj.display_date


@admin.register(InstrumentParty)
class InstrumentPartyAdmin(ArchiveAdmin):
    resource_classes = [resources.InstrumentPartyResource]
    list_display = ("instrument", "state", "side", "action", "action_on", "status")
    list_filter = ("action", "status", "state")
    list_select_related = ("instrument", "state")
    search_fields = ("instrument__title_zh", "instrument__title_en", "state__name_zh", "state__name_en")
    autocomplete_fields = ("instrument", "state")


@admin.register(InstrumentRelation)
class InstrumentRelationAdmin(ArchiveAdmin):
    resource_classes = [resources.InstrumentRelationResource]
    list_display = ("source", "kind", "target", "status")
    list_filter = ("kind", "status")
    list_select_related = ("source", "target")
    search_fields = ("source__title_zh", "source__title_en", "target__title_zh", "target__title_en")
    autocomplete_fields = ("source", "target")


@admin.register(Source)
class SourceAdmin(ArchiveAdmin):
    resource_classes = [resources.SourceResource]
    list_display = ("title", "authors", "container", "date_as_printed", "kind", "language", "status")
    list_filter = ("kind", "language", "status")
    search_fields = ("title", "title_en", "authors", "container", "url", "as_printed", "slug")
    prepopulated_fields = {"slug": ("title_en",)}


@admin.register(Citation)
class CitationAdmin(NameColumn, EditorialAdminMixin, admin.ModelAdmin):
    """Citations travel in their records' “citations” column, so they have no spreadsheet of their own."""

    list_display = ("__str__", "footnote", "pages", "section", "status")
    list_filter = ("status", "source__kind")
    list_select_related = ("source", "event", "instrument", "organ", "seat", "membership", "appointment", "statistic", "person")
    search_fields = ("source__title", "section", "note", "pages")
    autocomplete_fields = ("source", "event", "instrument", "organ", "seat", "membership", "appointment", "statistic", "person")


@admin.register(Statistic)
class StatisticAdmin(ArchiveAdmin):
    resource_classes = [resources.StatisticResource]
    list_display = ("dataset_title", "state", "indicator_zh", "value_as_printed", "low", "high", "unit", "status")
    list_filter = ("dataset", "status", "state")
    list_select_related = ("state",)
    search_fields = ("dataset_title", "indicator_zh", "indicator_en", "value_as_printed", "state__name_zh", "state__name_en")
    autocomplete_fields = ("state",)
    inlines = [CitationInline]


class ReadOnlyLogAdmin(admin.ModelAdmin):
    """A log written by the archive itself, never by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Deletion)
class DeletionAdmin(ReadOnlyLogAdmin):
    """Who deleted what, when; each model's “Deleted records” page restores them."""

    list_display = ("deleted_at", "user", "model", "object_repr", "comment", "restored_at")
    list_filter = ("model", "restored_at")
    search_fields = ("object_repr", "user", "comment")
    exclude = ("data",)

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ImportRecord)
class ImportRecordAdmin(ReadOnlyLogAdmin):
    list_display = ("created_at", "user", "file_name", "file_format", "target", "dry_run", "new", "updated", "unchanged", "errors")
    list_filter = ("target", "file_format", "dry_run")
    search_fields = ("user", "file_name")
