"""An Editor's change to a published record waits for a Publisher.

The Editor's save runs through the admin form as usual (every rule, every inline, the tree position)
inside a transaction that is then rolled back; what was submitted is kept as a ``PendingChange``. The
public site goes on showing the published record. A Publisher sees the change as the history's diff,
and approves it (the same form replayed for real: a revision by the Publisher that credits the
author) or rejects it with a comment the Editor sees. The author can keep editing their change: the
form opens with it applied, and the version check holds it against the live record.
"""

from __future__ import annotations

import copy
import json
import re

from django.apps import apps
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core import serializers
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.datastructures import MultiValueDict
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node

from archive.admin.history_views import inline_key, valid_pks
from archive.history.diff import changes_between
from archive.history.recording import NOT_KEPT
from archive.history.serializer import FORMAT
from archive.models import PendingChange, Status
from archive.roles import can_publish

# What is kept of a submitted form: its fields and the buttons that save (not "save as new", not the token).
SUBMITTED_KEY = re.compile(r"^(?!csrfmiddlewaretoken$)(?:[^_]|_save$|_continue$)")
# Fields an Editor's form shows read-only on a published record: a replay as a Publisher (whose form
# has them) takes them from the live record.
READ_ONLY_FOR_EDITORS = ("status", "slug")
READ_ONLY_KEY = re.compile(r"^(?:status|slug|.+-\d+-status)$")


def record_values(obj) -> dict:
    """The record as the history stores it: every field by name, many-to-many keys, the tree parent;
    for a tree node also its place among its siblings, which a move may change alone."""
    data = json.loads(serializers.serialize(FORMAT, [obj]))[0]["fields"]
    values = {name: value for name, value in data.items() if name not in NOT_KEPT}
    if isinstance(obj, MP_Node):
        siblings = list(type(obj).objects.get_siblings(obj).values_list("pk", flat=True))
        values[str(_("place among its siblings"))] = siblings.index(obj.pk) + 1 if obj.pk in siblings else None
    return values


class PendingChangesMixin:
    """For ModelAdmins: an Editor's save of a published record is kept as a pending change."""

    def waits_for_a_publisher(self, request, obj) -> bool:
        return obj is not None and obj.is_published and not can_publish(request.user, self.model)

    def own_pending_change(self, request, object_id):
        return PendingChange.objects.filter(
            model=self.model._meta.label, object_id=str(object_id), author=request.user, state=PendingChange.State.PENDING
        ).first()

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and "_saveasnew" in request.POST and not self.save_as:
            # "Save as new" is not offered here; a hand-made request asking for it saves as usual.
            request.POST = request.POST.copy()
            del request.POST["_saveasnew"]
        obj = self.get_object(request, object_id) if object_id else None
        if not self.waits_for_a_publisher(request, obj):
            return super().changeform_view(request, object_id, form_url, extra_context)
        if request.method == "POST":
            return self.keep_as_pending(request, obj, form_url, extra_context)
        pending = self.own_pending_change(request, obj.pk)
        if pending is None:
            self.show_last_review(request, obj)
            return super().changeform_view(request, object_id, form_url, extra_context)
        return self.open_with_pending_change(request, obj, pending, form_url, extra_context)

    def keep_as_pending(self, request, obj, form_url, extra_context):
        with transaction.atomic():
            request.quiet = True  # the admin's "changed successfully" would not be true
            request.keeping_pending = True  # published inline rows may change: it all waits
            response = super().changeform_view(request, str(obj.pk), form_url, extra_context)
            request.quiet = request.keeping_pending = False
            transaction.set_rollback(True)
        if response.status_code != 302:
            return response  # refused: the form with its errors, nothing kept
        # What the author's form showed read-only is not theirs to send: the approval takes it from
        # the live record (fill_read_only_fields), whatever a hand-made request carried.
        data = {
            name: [value for value in values if "\x00" not in value]  # no database stores a NUL; no form took one
            for name, values in request.POST.lists()
            if SUBMITTED_KEY.match(name) and not READ_ONLY_KEY.match(name) and "\x00" not in name
        }
        pending = self.own_pending_change(request, obj.pk) or PendingChange(
            model=self.model._meta.label, object_id=str(obj.pk), author=request.user, author_name=request.user.get_username()
        )
        pending.data = data
        pending.language = translation.get_language() or ""
        pending.object_repr = str(obj)[:500]
        # The save went through the version check: it was based on the version stored now.
        pending.base_version = obj.version
        pending.row_versions = self.row_versions(request, obj, data)
        pending.save()
        self.message_user(
            request,
            _("Your change is kept for a publisher's approval; readers see the published record until then."),
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk]))

    def open_with_pending_change(self, request, obj, pending, form_url, extra_context):
        """The change form as the author submitted it (bound to their pending change, over the live
        record), through the admin's own form in a transaction rolled back, nothing saved."""
        when = date_format(localtime(pending.updated_at), "DATETIME_FORMAT")
        message = _("You are editing your change of %(when)s, which waits for a publisher's approval.")
        self.message_user(request, message % {"when": when}, messages.INFO)
        shown = self.replayed_request(request, obj, pending, user=request.user, quiet=True)
        shown.only_show = True  # the form refuses to save: it is shown with the pending values
        with transaction.atomic(), translation.override(pending.language or translation.get_language()):
            response = super().changeform_view(shown, str(obj.pk), form_url, extra_context)
            form = response.context_data["adminform"].form
            form.errors.pop(NON_FIELD_ERRORS, None)
            response.context_data["errors"] = helpers.AdminErrorList(
                form, [f.formset for f in response.context_data["inline_admin_formsets"]]
            )
            response.render()
            transaction.set_rollback(True)
        return response

    def show_last_review(self, request, obj):
        latest = PendingChange.objects.filter(model=self.model._meta.label, object_id=str(obj.pk), author=request.user).first()
        if latest is not None and latest.state == PendingChange.State.REJECTED:
            message = _("A publisher (%(reviewer)s) did not approve your change: %(comment)s")
            self.message_user(request, message % {"reviewer": latest.reviewer, "comment": latest.review_comment or "—"}, messages.WARNING)

    def replay(self, request, obj, pending, *, user, quiet=False, author=""):
        """The pending change's form submitted again by ``user``, through the admin's own save."""
        replayed = self.replayed_request(request, obj, pending, user=user, quiet=quiet, author=author)
        with translation.override(pending.language or translation.get_language()):
            return super().changeform_view(replayed, str(obj.pk))

    def replayed_request(self, request, obj, pending, *, user, quiet=False, author=""):
        data = QueryDict(mutable=True)
        for name, values in pending.data.items():
            data.setlist(name, values)
        self.fill_read_only_fields(request, obj, data)
        replayed = copy.copy(request)
        replayed.method = "POST"
        replayed.POST = data
        replayed._files = MultiValueDict()
        replayed.user = user
        replayed._dont_enforce_csrf_checks = True  # the approve or open request itself was checked
        replayed.quiet = quiet
        replayed.pending_author = author
        replayed.keeping_pending = not can_publish(user, self.model)
        return replayed

    def fill_read_only_fields(self, request, obj, data) -> None:
        """What the author's form showed read-only and a Publisher's form asks for: the status and slug
        of the record and of each of its inline rows, as they are (a new row is a draft)."""
        for name in READ_ONLY_FOR_EDITORS:
            if name not in data and hasattr(obj, name):
                data[name] = getattr(obj, name)
        inlines = self.get_inline_instances(request, obj)
        models_by_prefix = {inline.get_formset(request, obj).get_default_prefix(): inline.model for inline in inlines}
        rows = {match.group(1, 2) for key in data for match in [re.match(r"^(.+)-(\d+)-", key)] if match}
        for prefix, index in rows:
            model = models_by_prefix.get(prefix)
            if model is None:
                continue
            names = [name for name in READ_ONLY_FOR_EDITORS if f"{prefix}-{index}-{name}" not in data and hasattr(model, name)]
            pks = valid_pks(model, [data.get(f"{prefix}-{index}-id") or ""])
            stored = model._base_manager.filter(pk__in=pks).values(*names).first() if pks and names else None
            for name in names:
                if stored is not None:
                    data[f"{prefix}-{index}-{name}"] = stored[name]
                elif name == "status":
                    data[f"{prefix}-{index}-{name}"] = Status.DRAFT

    def inline_rows_in(self, request, obj, data) -> list[tuple[type, object]]:
        """(model, primary key) of every existing inline row the submitted form holds."""
        inlines = self.get_inline_instances(request, obj)
        models_by_prefix = {inline.get_formset(request, obj).get_default_prefix(): inline.model for inline in inlines}
        rows = []
        for key, values in data.items():
            match = re.match(r"^(.+)-\d+-id$", key)
            model = models_by_prefix.get(match.group(1)) if match else None
            if model is not None:
                rows += [(model, pk) for pk in valid_pks(model, values[-1:])]
        return rows

    def row_versions(self, request, obj, data) -> dict[str, int]:
        """The save counter of each inline row the change was made on, to refuse an approval over a
        row changed since (the record's own counter is ``base_version``)."""
        versions = {}
        for model, pk in self.inline_rows_in(request, obj, data):
            version = model._base_manager.filter(pk=pk).values_list("version", flat=True).first()
            if version is not None:
                versions[f"{model._meta.label}:{pk}"] = version
        return versions

    def message_user(self, request, *args, **kwargs):
        if not getattr(request, "quiet", False):
            super().message_user(request, *args, **kwargs)


def pending_diff(pending: PendingChange, request) -> dict:
    """What approving would change, computed by applying it in a transaction rolled back."""
    model_admin, obj = target_of(pending)
    if obj is None:
        return {"problems": [_("The record no longer exists.")], "changes": [], "rows": []}
    before = record_values(obj)
    rows_before = inline_rows(model_admin, request, obj)
    with transaction.atomic():
        response = model_admin.replay(request, obj, pending, user=request.user, quiet=True)
        obj.refresh_from_db()
        after, rows_after = record_values(obj), inline_rows(model_admin, request, obj)
        problems = response_errors(response)
        transaction.set_rollback(True)
    changes = changes_between(type(obj), before, after)
    rows = []
    for label, (model, old_rows) in rows_before.items():
        new_rows = rows_after[label][1]
        changed = [
            {"row": text, "changes": changes_between(model, old_values, new_rows[pk][1])}
            for pk, (text, old_values) in old_rows.items()
            if pk in new_rows and new_rows[pk][1] != old_values
        ]
        added = [text for pk, (text, _values) in new_rows.items() if pk not in old_rows]
        removed = [text for pk, (text, _values) in old_rows.items() if pk not in new_rows]
        if added or removed or changed:
            rows.append({"label": label, "added": added, "removed": removed, "changed": changed})
    return {"problems": problems, "changes": changes, "rows": rows}


def inline_rows(model_admin, request, obj) -> dict[str, tuple[type, dict]]:
    """Each inline's rows by key, as text and as the history stores them, to diff them one by one."""
    rows = {}
    for inline in model_admin.get_inline_instances(request, obj):
        label = str(inline.verbose_name_plural or inline.model._meta.verbose_name_plural)
        found = inline.model._base_manager.filter(**{inline_key(inline, model_admin.model): obj.pk})
        rows[label] = (inline.model, {row.pk: (f"{row} ({row.get_status_display()})", record_values(row)) for row in found})
    return rows


def response_errors(response) -> list[str]:
    if response.status_code == 302:
        return []
    context = getattr(response, "context_data", None) or {}
    errors = context.get("errors") or []
    return [str(error) for error in errors] or [_("The change can no longer be saved as it is.")]


def target_of(pending: PendingChange):
    model = apps.get_model(pending.model)
    model_admin = admin.site._registry[model]
    return model_admin, model._base_manager.filter(pk=pending.object_id).first()


def approve(pending: PendingChange, request) -> list[str]:
    """Save the pending change for real, as a revision by the approver crediting the author."""
    model_admin, obj = target_of(pending)
    if obj is None:
        return [_("The record no longer exists.")]
    problems = rows_changed_since(pending)
    if problems:
        return problems
    response = model_admin.replay(request, obj, pending, user=request.user, quiet=True, author=pending.author_name)
    problems = response_errors(response)
    if not problems:
        mark_reviewed(pending, request, PendingChange.State.APPROVED, "")
    return problems


def rows_changed_since(pending: PendingChange) -> list[str]:
    """The inline rows saved by someone else since the change was made: approving would undo that."""
    problems = []
    for key, version in pending.row_versions.items():
        label, _sep, pk = key.rpartition(":")
        row = apps.get_model(label)._base_manager.filter(pk=pk).first()
        if row is None or row.version != version:
            problems.append(_("“%(row)s” was changed or deleted since this change was made") % {"row": row or key})
    return problems


def mark_reviewed(pending: PendingChange, request, state: str, comment: str) -> None:
    pending.state = state
    pending.reviewer = request.user.get_username()
    pending.reviewed_at = timezone.now()
    pending.review_comment = comment
    pending.save()


class PendingChangeAdmin(admin.ModelAdmin):
    """The queue: Publishers see the pending changes of what they publish, Editors their own; each one
    opens as the diff approving it would make, with Approve and Reject for its Publishers."""

    list_display = ("object_repr", "updated_at", "model", "author_name", "state", "reviewer")
    list_filter = ("state", "model")
    search_fields = ("object_repr", "author_name", "review_comment")

    def get_queryset(self, request):
        publishes = [
            label
            for label in self.model.objects.values_list("model", flat=True).distinct()
            if can_publish(request.user, apps.get_model(label))
        ]
        return super().get_queryset(request).filter(Q(author=request.user) | Q(model__in=publishes))

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        return [
            path("<int:pending_id>/approve/", self.admin_site.admin_view(self.approve_view), name="archive_pendingchange_approve"),
            path("<int:pending_id>/reject/", self.admin_site.admin_view(self.reject_view), name="archive_pendingchange_reject"),
            *super().get_urls(),
        ]

    def reviewable(self, request, pending_id) -> tuple[PendingChange, bool]:
        pending = get_object_or_404(self.get_queryset(request), pk=pending_id)
        return pending, can_publish(request.user, apps.get_model(pending.model))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        pks = valid_pks(self.model, [object_id])
        if not pks:
            raise Http404
        pending, can_review = self.reviewable(request, pks[0])
        obj = target_of(pending)[1]
        context = {
            **self.admin_site.each_context(request),
            "title": _("Pending change: %(record)s") % {"record": pending.object_repr},
            "subtitle": None,
            "opts": self.opts,
            "module_name": str(capfirst(self.opts.verbose_name_plural)),
            "pending": pending,
            "diff": pending_diff(pending, request),
            "can_review": can_review,
            "record_url": reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk]) if obj else "",
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/archive/pending_review.html", context)

    def approve_view(self, request, pending_id):
        return self.review(request, pending_id, approving=True)

    def reject_view(self, request, pending_id):
        return self.review(request, pending_id, approving=False)

    def review(self, request, pending_id, *, approving: bool):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        pending, can_review = self.reviewable(request, pending_id)
        if not can_review:
            raise PermissionDenied
        back = reverse("admin:archive_pendingchange_change", args=[pending.pk])
        if pending.state != PendingChange.State.PENDING:
            self.message_user(request, _("This change was reviewed already."), messages.WARNING)
            return HttpResponseRedirect(back)
        if approving and request.POST.get("reviewed") != pending.updated_at.isoformat():
            self.message_user(request, _("The author changed it after you opened it: read it again before approving."), messages.ERROR)
            return HttpResponseRedirect(back)
        if approving:
            problems = approve(pending, request)
            if problems:
                self.message_user(request, _("Not approved: %(problems)s") % {"problems": "; ".join(problems)}, messages.ERROR)
                return HttpResponseRedirect(back)
            self.message_user(
                request,
                _("“%(record)s” is changed as %(author)s proposed.") % {"record": pending.object_repr, "author": pending.author_name},
                messages.SUCCESS,
            )
        else:
            comment = request.POST.get("review_comment", "").replace("\x00", "")[:2000]
            mark_reviewed(pending, request, PendingChange.State.REJECTED, comment)
            self.message_user(request, _("The change is rejected; its author sees your comment."), messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:archive_pendingchange_changelist"))
