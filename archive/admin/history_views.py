"""Every admin write is one revision; the history, revert, deleted-records and restore pages."""

from __future__ import annotations

import copy
import json

import reversion
from django.contrib import messages
from django.contrib.admin import helpers
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from reversion.models import Version

from archive.history import deletions, diff
from archive.history.recording import recorded
from archive.history.revert import revert
from archive.registry import archive_models, parts_of
from archive.roles import can_publish


def translated_label(label: str) -> str:
    """A form label as Django stores it in a change message (capitalised, untranslated), translated."""
    fields = (field for model in archive_models() for field in model._meta.get_fields() if hasattr(field, "verbose_name"))
    with translation.override(None):
        field = next((field for field in fields if capfirst(str(field.verbose_name)) == label), None)
    return capfirst(str(field.verbose_name)) if field is not None else label


LARGEST_KEY = 2**63 - 1  # the largest value of a BigAutoField on every database


def valid_pks(model, values) -> list:
    """The values that can be primary keys of ``model`` (a bad one is left out, and then to the
    admin's own answer for a record that does not exist)."""
    pks = []
    for value in values:
        try:
            pk = model._meta.pk.to_python(unquote(str(value)))
        except ValidationError:
            continue
        if not isinstance(pk, int) or 0 < pk <= LARGEST_KEY:
            pks.append(pk)
    return pks


def inline_key(inline, model) -> str:
    """The field of an inline's rows that points at the record whose page they are on."""
    return inline.fk_name or next(f.name for f in inline.model._meta.concrete_fields if f.many_to_one and f.related_model is model)


class HistoryAdminMixin:
    """Every admin write is one revision (who, when, the change message); the history page shows
    what each version changed, and a publisher can revert to one of them."""

    def recording(self, request, comment="", baseline=()):
        return recorded(user=request.user, comment=comment, baseline=baseline)

    def valid_pks(self, values) -> list:
        return valid_pks(self.model, values)

    def rows_on_the_page(self, request, object_id):
        """What a change form or a delete can write: the record and the rows of its inlines."""
        pks = self.valid_pks([object_id] if object_id else [])
        if not pks:
            return []
        rows = [self.model._base_manager.filter(pk__in=pks)]
        for inline in self.get_inline_instances(request):
            rows.append(inline.model._base_manager.filter(**{f"{inline_key(inline, self.model)}__in": pks}))
        return rows

    def rows_selected(self, request):
        """What a changelist action can write: the selected records and the parts published with them."""
        if request.POST.get("select_across") == "1":
            pks = list(self.get_queryset(request).values_list("pk", flat=True))
        else:
            pks = self.valid_pks(request.POST.getlist(helpers.ACTION_CHECKBOX_NAME))
        return [self.model._base_manager.filter(pk__in=pks)] + [
            part._base_manager.filter(**{f"{field}__in": pks}) for part, field in parts_of(self.model)
        ]

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method != "POST":
            return super().changeform_view(request, object_id, form_url, extra_context)
        with self.recording(request, baseline=self.rows_on_the_page(request, object_id)):
            response = super().changeform_view(request, object_id, form_url, extra_context)
            if getattr(response, "context_data", None) and response.context_data.get("errors"):
                # Refused (treebeard's own rollback is inside the admin's savepoint): no revision.
                transaction.set_rollback(True)
            return response

    def changelist_view(self, request, extra_context=None):
        if request.method != "POST":
            return super().changelist_view(request, extra_context)
        if helpers.ACTION_CHECKBOX_NAME in request.POST:
            # The admin filters by the selected keys as sent: a value that is no key would be a 500.
            request.POST = request.POST.copy()
            selected = self.valid_pks(request.POST.getlist(helpers.ACTION_CHECKBOX_NAME))
            request.POST.setlist(helpers.ACTION_CHECKBOX_NAME, [str(pk) for pk in selected])
        with self.recording(request, baseline=self.rows_selected(request)):
            return super().changelist_view(request, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        if request.method != "POST":
            return super().delete_view(request, object_id, extra_context)
        with self.recording(request, _("Deleted"), baseline=self.rows_on_the_page(request, object_id)):
            return super().delete_view(request, object_id, extra_context)

    def log_addition(self, request, obj, message):
        self.comment_revision(message, _("Added."))
        return super().log_addition(request, obj, message)

    def log_change(self, request, obj, message):
        self.comment_revision(message, _("No fields changed."))
        if getattr(request, "pending_author", "") and reversion.is_active():
            credit = _("(proposed by %(author)s, approved by %(approver)s)")
            reversion.set_comment(f"{reversion.get_comment()} {credit % {'author': request.pending_author, 'approver': request.user}}")
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
            "deletions": deletions.deleted(self.model),
            "can_restore": can_publish(request.user, self.model),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/archive/deleted.html", context)

    def restore_view(self, request, deletion_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not can_publish(request.user, self.model):
            raise PermissionDenied
        deletion = next((row for row in deletions.deleted(self.model) if row.pk == deletion_id), None)
        if deletion is None:
            raise Http404
        job = deletions.restore(deletion, user=request.user)
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
            "entries": diff.entries(obj),
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
        problems = revert(obj, version, user=request.user)
        history_url = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_history", args=[obj.pk])
        if problems:
            self.message_user(request, _("Nothing was reverted: %(problems)s") % {"problems": "; ".join(problems)}, messages.ERROR)
        else:
            when = date_format(localtime(version.revision.date_created), "DATETIME_FORMAT")
            message = _("“%(record)s” is back to the version of %(when)s.") % {"record": obj, "when": when}
            self.message_user(request, message, messages.SUCCESS)
        return HttpResponseRedirect(history_url)
