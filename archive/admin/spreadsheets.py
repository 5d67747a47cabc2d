"""Import and export on every changelist: CSV, XLSX, JSON; any bad row means nothing is written, and a
confirm whose outcome would differ from the preview the editor saw is refused."""

from __future__ import annotations

import hashlib
import json

import reversion
from django.contrib import messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import BadRequest
from django.db import transaction
from django.http import HttpResponseRedirect
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, JSON, XLSX

from archive.locks import IMPORT_BUSY, import_lock_taken
from archive.models import ImportRecord
from archive.registry import parts_of
from archive.transfer.base import TIMESTAMPS
from archive.transfer.files import MAX_FILE_BYTES, MAX_ROWS, FileProblem, ImportFileStorage, check_csv_shape, check_xlsx


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
    # Nor is the time an editor's changed row would be stamped with, which moves on between the two.
    stamped = {index for index, header in enumerate(result.diff_headers) if header in TIMESTAMPS}
    rows = [
        (
            row.import_type,
            None if row.import_type == "new" else str(row.object_id),
            [value for index, value in enumerate(row.diff or []) if index not in stamped],
        )
        for row in result.rows
    ]
    return hashlib.sha256(json.dumps(rows, default=str).encode()).hexdigest()


class SpreadsheetMixin(ImportExportMixin):
    """Import and export on the changelist: CSV, XLSX, JSON; any bad row means nothing is written."""

    tmp_storage_class = ImportFileStorage
    formats = [checked(CSV), checked(XLSX), checked(JSON)]
    from_encoding = "utf-8-sig"

    def has_import_permission(self, request):
        """An import adds and changes records: it needs both permissions of the model."""
        return self.has_add_permission(request) and self.has_change_permission(request)

    def has_export_permission(self, request):
        """An export shows every record, drafts included: it needs the model's view permission."""
        return self.has_view_permission(request)

    def get_export_queryset(self, request):
        """The changelist's filters apply to an export; a filter that makes no sense is a 400, not a 500."""
        try:
            return super().get_export_queryset(request)
        except IncorrectLookupParameters as error:
            raise BadRequest(_("These filters do not apply to %(records)s.") % {"records": self.opts.verbose_name_plural}) from error

    def get_import_data_kwargs(self, **kwargs):
        kwargs = super().get_import_data_kwargs(**kwargs)
        kwargs["rollback_on_validation_errors"] = True
        return kwargs

    def import_action(self, request, **kwargs):
        upload = request.FILES.get("import_file")
        if upload is not None and upload.size > MAX_FILE_BYTES:
            self.message_user(
                request,
                _("The file is larger than %(size)s; nothing was imported.") % {"size": filesizeformat(MAX_FILE_BYTES)},
                messages.ERROR,
            )
            request.FILES.pop("import_file")
        ImportFileStorage.sweep()  # previews abandoned long ago
        response = super().import_action(request, **kwargs)
        context = getattr(response, "context_data", None) or {}
        if context.get("confirm_form") is not None:
            # Remember what the editor saw, to refuse a confirm whose outcome would differ, and the
            # name of the file the server received (the confirm form's copy is the client's to change).
            name = context["confirm_form"].initial["import_file_name"]
            request.session[f"import-preview:{name}"] = {
                "signature": preview_signature(context["result"]),
                "file_name": upload.name if upload is not None else "",
            }
        return response

    def process_import(self, request, **kwargs):
        form = self.create_confirm_form(request)
        if form.is_valid():
            name = form.cleaned_data["import_file_name"]
            preview = request.session.pop(f"import-preview:{name}", None)
            if preview is None or not ImportFileStorage(name=name).exists():
                return self.back_to_upload(request, _("This preview is no longer available: upload the file again."))
            request.import_file_name = preview["file_name"]
            if preview["signature"] != self.dry_run_signature(request, form):
                ImportFileStorage(name=name).remove()
                return self.back_to_upload(
                    request,
                    _(
                        "The archive or the file changed since the preview, so nothing was imported. "
                        "Upload the file again to see a new preview."
                    ),
                )
        # An import can change any row of its model and their citations.
        baseline = [self.model._base_manager.all()] + [
            part._base_manager.filter(**{f"{key}__isnull": False}) for part, key in parts_of(self.model)
        ]
        with self.recording(request, baseline=baseline):
            if not import_lock_taken(self.model):
                return self.back_to_upload(request, IMPORT_BUSY)
            response = super().process_import(request, **kwargs)
            if response.status_code != 302:  # rows refused: import-export rolled back only its own part
                transaction.set_rollback(True)
            return response

    def back_to_upload(self, request, message):
        self.message_user(request, message, messages.ERROR)
        return HttpResponseRedirect(reverse(f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_import"))

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
        file_name = getattr(request, "import_file_name", "")[:255]
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
