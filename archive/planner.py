"""The database's statistics for its query planner, refreshed after a bulk load.

Without them SQLite picks an index by the ORDER BY: an event's instruments (``event_id = ?`` ordered
by ``signed_on``) were read by walking every published instrument in the ``(status, signed_on)``
index, 35 ms an event page at 100 times the seed, instead of the few rows of ``event_id``'s index.
Statistics gathered once hold the columns' selectivity, which stays true as the archive grows. They
are gathered from every row (0.2 s at 1000 times the seed): a sample of a thousand rows (SQLite's
``analysis_limit``) saw one status among a thousand rows where all 38,000 share it, and the planner
then walked the status index instead of a selective one.
PostgreSQL's autovacuum gathers its own, later; ``ANALYZE`` after a load spares the wait.
"""

from django.db import connections


def analyze(using: str = "default") -> None:
    connection = connections[using]
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
