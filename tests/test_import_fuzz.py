"""Hypothesis feeds malformed archives to import_archive (dry run and real): after every failure the
database is exactly as before — every row of every table, primary keys and timestamps included — and
no error message is a traceback.

Inside the suite a few examples run (``FUZZ_EXAMPLES``, default 5); ``make fuzz`` runs
``test_long_import_fuzz``: FUZZ_FILES malformed files (default 500) from the seed FUZZ_SEED, counting
server errors (an exception out of the import) and partial writes instead of stopping at the first.
"""

import csv
import hashlib
import io
import json
import logging
import os
import shutil
from collections import Counter

import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from archive.transfer.archive import MANIFEST, import_archive
from tests.helpers import DatabaseSnapshot, export_files

pytestmark = pytest.mark.django_db

FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "5"))

# A slice of the archive keeps each example fast while covering every kind of column:
# plain text, foreign and many-to-many slugs, dates, citations and the organ tree.
FUZZED = ["states", "places", "sources", "people", "organs", "events"]

NASTY_CELLS = st.one_of(
    st.sampled_from(["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "atlantis", "2003-02-30", "1998-07-04/1998-07-03", "", "---", "'"]),
    st.text(max_size=40),
    # Characters no database can store: NUL, and lone surrogates (written as the bytes they would be).
    st.text(st.sampled_from(["\x00", "\ud800", "\udfff", "a", "上"]), min_size=1, max_size=6),
    st.text(alphabet="上海合作組織爲啓ёЁХартия", min_size=1, max_size=20),
    st.just("x" * 5000),
)


@pytest.fixture
def exported(tmp_path):
    export_files(tmp_path / "base", FUZZED)
    return tmp_path


def mutate(folder, data):
    """One malformation of one file, drawn by hypothesis; the manifest's checksum is refreshed."""
    name = data.draw(st.sampled_from(FUZZED))
    path = folder / f"{name}.csv"
    text = path.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    kind = data.draw(st.sampled_from(["cell", "drop-column", "extra-column", "encoding", "truncate", "duplicate-row", "swap-key"]))
    if kind == "cell":
        row = data.draw(st.integers(1, len(rows) - 1))
        column = data.draw(st.integers(0, len(rows[0]) - 1))
        rows[row][column] = data.draw(NASTY_CELLS)
    elif kind == "drop-column":
        column = data.draw(st.integers(0, len(rows[0]) - 1))
        rows = [r[:column] + r[column + 1 :] for r in rows]
    elif kind == "extra-column":
        rows = [r + (["surprise"] if i == 0 else ["?"]) for i, r in enumerate(rows)]
    elif kind == "duplicate-row":
        rows.append(list(rows[data.draw(st.integers(1, len(rows) - 1))]))
    elif kind == "swap-key":
        row = data.draw(st.integers(1, len(rows) - 1))
        rows[row][0] = "no-such-" + rows[row][0]
        rows[row][1 if name != "organs" else 2] = data.draw(NASTY_CELLS)
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    content = out.getvalue().encode("utf-8", "surrogatepass")
    if kind == "encoding":
        content = text.encode("utf-16")
    elif kind == "truncate":
        content = content[: data.draw(st.integers(0, len(content)))]
    path.write_bytes(content)
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        if entry["resource"] == name:
            entry["sha256"] = hashlib.sha256(content).hexdigest()
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return name, kind


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data(), dry_run=st.booleans())
def test_a_malformed_archive_changes_nothing_and_explains_itself(exported, data, dry_run):
    folder = exported / "case"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(exported / "base", folder)
    name, kind = mutate(folder, data)
    before = DatabaseSnapshot()
    report = import_archive(folder, dry_run=dry_run)
    for message in report.all_errors():
        assert "Traceback" not in message and 'File "' not in message, message
    if dry_run or not report.ok:
        assert before.changed_tables() == [], (name, kind, report.all_errors()[:3])


@pytest.mark.skipif("FUZZ_FILES" not in os.environ, reason="the long fuzz: make fuzz")
def test_long_import_fuzz(exported):
    fuzz_seed = int(os.environ.get("FUZZ_SEED", "0"))
    tally: Counter[str] = Counter()
    failures = []

    @seed(fuzz_seed)
    @settings(
        max_examples=int(os.environ["FUZZ_FILES"]),
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(data=st.data(), dry_run=st.booleans())
    def property_(data, dry_run):
        folder = exported / "case"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(exported / "base", folder)
        name, kind = mutate(folder, data)
        tally["files"] += 1
        before = DatabaseSnapshot()
        try:
            report = import_archive(folder, dry_run=dry_run)
        except Exception as error:  # counted, not raised: that is the point of the fuzz
            tally["server errors"] += 1
            failures.append((name, kind, f"{type(error).__name__}: {error}"[:200]))
            return
        tally["refused" if not report.ok else "dry runs" if dry_run else "imported"] += 1
        if any("Traceback" in message or 'File "' in message for message in report.all_errors()):
            tally["tracebacks"] += 1
            failures.append((name, kind, "a traceback in a message"))
        if (dry_run or not report.ok) and before.changed_tables():
            tally["partial writes"] += 1
            failures.append((name, kind, f"wrote {before.changed_tables()}"))
            before.restore()

    logging.disable(logging.WARNING)
    try:
        property_()
    finally:
        logging.disable(logging.NOTSET)
    print(
        f"\nimport fuzz, seed {fuzz_seed}: {tally['files']} malformed files ({tally['refused']} refused, "
        f"{tally['dry runs']} dry runs, {tally['imported']} imported); {tally['server errors']} server errors, "
        f"{tally['partial writes']} partial writes, {tally['tracebacks']} tracebacks"
    )
    for failure in failures[:20]:
        print("  ", *failure)
    assert not failures
