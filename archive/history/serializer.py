"""The ``archive-json`` serialization format of versions and deletions: Django's JSON, plus an organ's
parent in the tree (``tree_parent``) instead of treebeard's path, depth and child count, so that a
revert moves the organ through treebeard and never writes a path. The name is stored in every
``Version`` row and in ``Deletion.data``: it never changes (settings.SERIALIZATION_MODULES).
"""

from __future__ import annotations

from django.core.serializers.json import Deserializer  # noqa: F401  (the format's reader)
from django.core.serializers.json import Serializer as JSONSerializer
from treebeard.mp_tree import MP_Node

FORMAT = "archive-json"
TREE_PARENT = "tree_parent"


class Serializer(JSONSerializer):
    """Django's JSON, plus the parent of a tree node (read from the database by path, or from
    ``tree_parents``, path → pk, where the caller read the parents of a whole batch at once)."""

    tree_parents: dict[str, int] | None = None

    def get_dump_object(self, obj):
        data = super().get_dump_object(obj)
        if isinstance(obj, MP_Node):
            parent = None
            if obj.depth and obj.depth > 1:
                path = obj.path[: -obj.steplen]
                if self.tree_parents is not None and path in self.tree_parents:
                    parent = self.tree_parents[path]
                else:
                    parent = type(obj)._base_manager.filter(path=path).values_list("pk", flat=True).first()
            data["fields"][TREE_PARENT] = parent
        return data
