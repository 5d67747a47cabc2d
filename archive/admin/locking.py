"""No lost edits: a change form carries the version it was opened at, and a save over a newer one is
refused with what the other editor saved meanwhile."""

from __future__ import annotations

from django import forms
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from treebeard.forms import MoveNodeForm

from archive.history.diff import changes_since


def changed_meanwhile(instance, opened: int, submitted: dict) -> list[str]:
    """What another editor saved since this one opened the record (from the history), or else the
    fields whose stored value differs from what this editor is about to save."""
    current = type(instance)._default_manager.get(pk=instance.pk)
    changes = changes_since(current, opened)
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

    only_show = False  # set by the admin for an author's pending change: shown, never saved

    def clean(self):
        cleaned = super().clean()
        if self.only_show:
            raise forms.ValidationError("shown only", code="shown")
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
    """An organ's form: a move takes the organ's whole subtree along, so an editor may move only
    an organ that neither is published nor holds a published sub-organ (other moves wait for a
    publisher, like every change to a published organ)."""

    user = None

    def clean(self):
        cleaned = super().clean()
        moving = {"treebeard_position", "treebeard_ref_node"} & set(self.changed_data)
        if moving and self.instance.pk and self.user is not None and not self.user.has_perm("archive.publish_organ"):
            descendants = type(self.instance).objects.get_descendants(self.instance)
            if not self.instance.is_published and descendants.filter(status="published").exists():
                raise forms.ValidationError(_("Moving this organ would move published organs under it: only a publisher moves them."))
        return cleaned
