"""The editorial roles, made by a post_migrate handler (permissions do not exist yet inside data
migrations, and the handler also rebuilds the groups after a flush).

Editor     add and change every archive record; cannot publish, unpublish, or delete a published record.
Publisher  everything an editor can, plus publish, unpublish and delete.
"""

from django.apps import apps as global_apps

EDITOR = "Editor"
PUBLISHER = "Publisher"


def ensure_groups(sender=None, apps=global_apps, **kwargs):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    archive = Permission.objects.filter(content_type__app_label="archive")
    editor_codenames = [p for p in archive.values_list("codename", flat=True) if p.split("_", 1)[0] in {"view", "add", "change", "delete"}]
    editor, _ = Group.objects.get_or_create(name=EDITOR)
    editor.permissions.set(archive.filter(codename__in=editor_codenames).exclude(codename__startswith="delete_importrecord"))
    publisher, _ = Group.objects.get_or_create(name=PUBLISHER)
    publisher.permissions.set(archive.exclude(codename__in=["add_importrecord", "change_importrecord", "delete_importrecord"]))


def can_publish(user, model) -> bool:
    return user.has_perm(f"{model._meta.app_label}.publish_{model._meta.model_name}")
