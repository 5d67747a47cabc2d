"""Writers that must not interleave: moves and additions in the organ tree, and imports.

PostgreSQL: a tree write first locks the rows of the tree's roots (``SELECT … FOR UPDATE``), so two
of them run one after the other and the second reads the paths the first left; an import takes an
advisory lock for its transaction, and a second import is refused with a message rather than kept
waiting behind one that may take minutes. SQLite: every transaction is ``BEGIN IMMEDIATE`` (see
``sco_site.settings``), so a second writer waits for the first at its start; both locks are no-ops.
"""

from __future__ import annotations

from django.db import connections, router
from django.utils.translation import gettext_lazy as _

# Any number shared by every process of the site: pg_advisory locks are keyed by a 64-bit integer.
IMPORT_LOCK_KEY = 0x5C0_1_2001

IMPORT_BUSY = _("Another import is running; nothing was imported. Try again when it has finished.")


def lock_tree(model) -> None:
    """Lock the rows of the tree's roots until the end of the transaction (every tree write takes them first)."""
    list(model._base_manager.select_for_update().filter(depth=1).order_by("path").values_list("pk", flat=True))


def import_lock_taken(model=None) -> bool:
    """Take the import lock for the current transaction; False when another import holds it."""
    connection = connections[router.db_for_write(model) if model is not None else "default"]
    if connection.vendor != "postgresql":
        return True
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [IMPORT_LOCK_KEY])
        return cursor.fetchone()[0]
