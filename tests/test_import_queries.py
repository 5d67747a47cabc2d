"""import_archive and export_archive read in batches, never once per row: on generated archives of
scale 1 and 2 (twice the rows of every kind but the organ tree, which grows from scale 20 on), the
queries that do not grow with the rows stay the same in number.

What does grow is each saved row's own work: its INSERT or UPDATE, the checks Django's full_clean
runs in the database for it (a foreign key's target, a unique or check constraint, a membership's
periods), the many-to-many
links and citations it writes and treebeard's insertion of an organ. Everything else (finding the
stored records, their citations and links, related records by slug, the history's versions) is read
and written by batch, so it is counted here and must not grow.
"""

import io
import re
from collections import Counter, deque

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext

from archive.integrity import empty_archive
from archive.registry import archive_models
from archive.transfer.archive import export_archive, import_archive

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

# A saved row's own statements (see the module's docstring); savepoints are the library's, one per row.
ROW_OWN = re.compile(
    r"""^(?:INSERT|UPDATE|(?:RELEASE\s+)?SAVEPOINT)\b"""  # the row's writes; the library's savepoint per row
    r"""|^SELECT 1 AS "a" FROM "archive_\w+" WHERE .*LIMIT 1$"""  # full_clean: a key's target exists, a unique value is free
    r"""|^SELECT 1 AS "_check" WHERE """  # full_clean: a check constraint
    # full_clean: a membership's periods do not overlap another's of its state
    r"""|^SELECT .* FROM "archive_membership" .*WHERE \("archive_membership"\."framework" = .* AND "archive_membership"\."state_id" = """
    r"""|^SELECT .* FROM "archive_organ" WHERE "archive_organ"\."(?:id|path|depth)" """  # treebeard's insertion of an organ
    r"""|^SELECT .* INNER JOIN "archive_\w+_(?:places|topics|legal_basis)" .* = \d+"""  # a new row's many-to-many links (set())
    r"""|^SELECT .* FROM "archive_\w+_(?:places|topics|legal_basis)" WHERE""",
    re.DOTALL,
)


def batched_queries(context) -> Counter:
    """The batched queries by shape (values left out), to show which one grew."""
    sqls = [query["sql"] for query in context.captured_queries if not ROW_OWN.search(query["sql"])]
    return Counter(re.sub(r"'[^']*'|\b\d+\b", "?", sql)[:300] for sql in sqls)


def grown(larger: Counter, smaller: Counter) -> dict:
    return {shape: (smaller[shape], count) for shape, count in larger.items() if count != smaller[shape]}


def counted(action):
    ContentType.objects.clear_cache()  # each run finds the same caches empty
    with CaptureQueriesContext(connection) as context:
        result = action()
    return result, context


def test_export_and_import_read_by_batch_at_any_scale(tmp_path, monkeypatch):
    monkeypatch.setattr(connections["default"], "queries_log", deque(maxlen=100_000))  # Django keeps 9,000
    runs = {}
    for scale in (1, 2):
        folder = tmp_path / str(scale)
        empty_archive()
        call_command("generate_archive", scale=scale, stdout=io.StringIO())
        rows = sum(model._base_manager.count() for model in archive_models())
        _manifest, exported = counted(lambda folder=folder: export_archive(folder, "csv"))
        empty_archive()
        report, imported = counted(lambda folder=folder: import_archive(folder))
        assert report.ok, report.all_errors()[:5]
        report, again = counted(lambda folder=folder: import_archive(folder))
        assert report.ok, report.all_errors()[:5]
        written = [query for query in again.captured_queries if query["sql"].startswith(("INSERT", "UPDATE"))]
        assert not written, "unchanged rows are skipped"
        runs[scale] = (rows, exported, imported, again)
    (rows_1, exported_1, imported_1, again_1), (rows_2, exported_2, imported_2, again_2) = runs[1], runs[2]
    assert rows_2 > 1.8 * rows_1
    assert len(exported_2.captured_queries) == len(exported_1.captured_queries), "export"
    assert len(imported_2.captured_queries) > len(imported_1.captured_queries), "the rows' own writes do grow"
    assert batched_queries(imported_2) == batched_queries(imported_1), grown(batched_queries(imported_2), batched_queries(imported_1))
    assert batched_queries(again_2) == batched_queries(again_1), grown(batched_queries(again_2), batched_queries(again_1))
