"""The database's statistics for its query planner, refreshed after a bulk load.

Without them SQLite picks an index by the ORDER BY: an event's instruments (``event_id = ?`` ordered
by ``signed_on``) were read by walking every published instrument in the ``(status, signed_on)``
index, 35 ms an event page at 100 times the seed, instead of the few rows of ``event_id``'s index.
Statistics gathered once hold the columns' selectivity, which stays true as the archive grows.
PostgreSQL's autovacuum gathers its own, later; ``ANALYZE`` after a load spares the wait.
"""

from django.db import connections


def analyze(using: str = "default") -> None:
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA analysis_limit = 1000")  # a sample per index: fast at any size
        cursor.execute("ANALYZE")
