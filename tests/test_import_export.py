"""Whole-archive export and import: one full round trip per format, all-or-nothing, clear row errors.

A bad cell is checked by importing an export that lists only the file it is in (the import reads what
the manifest lists): the error and the all-or-nothing rule are the same as for a whole archive, at a
fraction of the cost. Only the round trips and the dry run go through the whole archive.
"""

import csv
import datetime as dt
import hashlib
import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from archive.integrity import empty_archive
from archive.models import Citation, Event, Instrument, Organ, Place
from archive.registry import archive_models
from archive.transfer import files
from archive.transfer.archive import MANIFEST, export_archive, import_archive
from archive.transfer.columns import escape_formula, unescape_formula
from archive.transfer.files import FileProblem, read_dataset
from tests.helpers import DatabaseSnapshot, archive_dump, canonical, export_files, fixture_records

pytestmark = pytest.mark.django_db

SHANGHAI_1996 = "summit-1996-04-26-shanghai"
FORMULA = '=HYPERLINK("http://evil")'


def counts():
    return {model.__name__: model.objects.count() for model in archive_models()}


def write_formula():
    """A summary an editor typed that a spreadsheet would run as a formula."""
    event = Event.objects.get(slug=SHANGHAI_1996)
    event.summary_en = FORMULA
    event.save()


def record_dates() -> dict[tuple, tuple]:
    """Every record's and citation's (published_at, updated_at), by natural key."""
    return {
        (model._meta.label, record.natural_key()): (record.published_at, record.updated_at)
        for model in [*archive_models(), Citation]
        for record in model._base_manager.all()
    }


def date_the_records():
    """Publication and change dates that differ from record to record (the seed's are all alike,
    and its records have no publication date): a round trip must keep each as it was."""
    moment = dt.datetime(2026, 11, 25, 3, 4, 5, tzinfo=dt.UTC)
    for number, event in enumerate(Event.objects.published().order_by("pk")[:5]):
        Event.objects.filter(pk=event.pk).update(published_at=moment + dt.timedelta(days=number), updated_at=moment + dt.timedelta(days=9))
    citation = Citation.objects.filter(event__slug=SHANGHAI_1996).first()
    Citation.objects.filter(pk=citation.pk).update(published_at=moment, updated_at=moment + dt.timedelta(hours=1))


def round_trip(tmp_path, fmt: str) -> list[str]:
    """Export, empty the archive, import: the report is clean and the archive is as before, with
    every record's and citation's publication and change dates."""
    date_the_records()
    before, dates = archive_dump(), record_dates()
    export_archive(tmp_path, fmt)
    empty_archive()
    report = import_archive(tmp_path)
    assert report.ok, report.all_errors()[:5]
    assert archive_dump() == before
    assert record_dates() == dates
    assert not any(Organ.objects.find_problems())
    return before


@pytest.mark.slow
def test_csv_round_trip_of_the_seed_and_a_generated_archive_keeps_formulas_inert(tmp_path):
    call_command("generate_archive", scale=1, stdout=io.StringIO())
    write_formula()
    date_the_records()
    before, dates = archive_dump(), record_dates()
    export_archive(tmp_path, "csv")
    assert "'=HYPERLINK" in (tmp_path / "events.csv").read_text(encoding="utf-8-sig")
    empty_archive()
    report = import_archive(tmp_path)
    assert report.ok, report.all_errors()[:5]
    assert archive_dump() == before
    assert record_dates() == dates, "published_at and updated_at came back as exported"
    assert not any(Organ.objects.find_problems())
    assert Event.objects.get(slug=SHANGHAI_1996).summary_en == FORMULA


@pytest.mark.slow
def test_json_round_trip_gives_back_exactly_the_fixtures(tmp_path):
    before = round_trip(tmp_path, "json")
    assert before == canonical(fixture_records())


@pytest.mark.slow
def test_xlsx_round_trip_keeps_every_script_and_formulas_inert(tmp_path):
    write_formula()
    round_trip(tmp_path, "xlsx")
    assert Instrument.objects.get(slug="statement-1999-08-bishkek").title_ru_latn == "Bishkekское kommjunike"
    assert Event.objects.get(slug=SHANGHAI_1996).summary_en == FORMULA


def test_formula_escaping_is_undone_on_import():
    for value in ["=1+1", "+1", "-1", "@x", "\tx", "plain", "'quoted"]:
        assert unescape_formula(escape_formula(value)) == value


def test_importing_an_export_of_the_same_archive_changes_nothing(tmp_path):
    export_archive(tmp_path, "csv")
    report = import_archive(tmp_path)
    assert report.ok
    for file_report in report.files:
        assert set(file_report.counts) <= {"skip", "new", "update", "delete", "error", "invalid"}
        assert file_report.counts.get("new", 0) == file_report.counts.get("update", 0) == 0, file_report


@pytest.mark.slow
def test_dry_run_checks_everything_and_writes_nothing(tmp_path):
    export_archive(tmp_path, "csv")
    empty_archive()
    report = import_archive(tmp_path, dry_run=True)
    assert report.ok and report.dry_run
    assert Event.objects.count() == 0
    assert sum(f.counts.get("new", 0) for f in report.files) > 600, "later files saw rows of earlier ones"


# ---- refused files: one file of an export, edited ------------------------------------------------

WITNESS_NOTE = "Written by an import that should have written nothing."


def edit_csv(folder, name: str, edit) -> None:
    """Change one exported CSV file (``edit`` gets and returns its rows, header first) and refresh its
    checksum in the manifest."""
    path = folder / f"{name}.csv"
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    out = io.StringIO()
    csv.writer(out).writerows(edit(rows))
    path.write_bytes(out.getvalue().encode("utf-8"))
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        if entry["resource"] == name:
            entry["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def with_witness(rows: list[list[str]], other_than: int) -> list[list[str]]:
    """Another row of the file gets a new note: an import that wrote anything would write it."""
    witness = next(number for number in range(1, len(rows)) if number != other_than)
    rows[witness][rows[0].index("note_en")] = WITNESS_NOTE
    return rows


def refused(folder, expected: list[str]) -> None:
    """The import fails with every ``expected`` text in its errors, no traceback, and writes nothing
    but its own line in the import log."""
    snapshot = DatabaseSnapshot()
    with pytest.raises(CommandError):
        call_command("import_archive", str(folder), stdout=io.StringIO(), stderr=(err := io.StringIO()))
    errors = err.getvalue()
    for text in expected:
        assert text in errors, errors
    assert "Traceback" not in errors
    assert snapshot.changed_tables() == ["archive_importrecord"]


@pytest.mark.parametrize(
    ("name", "key", "column", "value", "expected"),
    [
        ("events", {"slug": "summit-1998-07-03-almaty"}, "organ", "no-such-organ", "column organ: "),
        ("events", {"slug": "summit-1998-07-03-almaty"}, "places", "almaty; atlantis", "“atlantis”"),  # many-to-many: never dropped
        ("events", {"slug": "summit-1998-07-03-almaty"}, "held", "1998-07-04/1998-07-03", "column held"),  # end before start
        ("events", {"slug": "summit-1998-07-03-almaty"}, "held", "1998-02-30", "not a date that exists"),
        ("events", {"slug": "summit-1998-07-03-almaty"}, "title_en", "", "title_zh"),
        ("organs", {"slug": "rats"}, "parent", "rats-council", "would make a cycle"),
        (
            "instrument_relations",
            {"source": "protocol-2003-09-charter-amendment", "target": "charter-2002-06-sco"},
            "source",
            "charter-2002-06-sco",
            "column target",  # an instrument does not amend itself
        ),
        ("statistics", {"dataset": "table-2-2", "indicator": "proven-oil-reserves", "state": "kazakhstan"}, "low", "99", "column high"),
    ],
)
def test_a_bad_cell_is_a_row_error_naming_file_row_column_and_value_and_nothing_is_written(tmp_path, name, key, column, value, expected):
    folder = export_files(tmp_path, [name])
    found = {}

    def edit(rows):
        header = rows[0]
        (number,) = [n for n, row in enumerate(rows[1:], start=1) if all(row[header.index(k)] == v for k, v in key.items())]
        found["row"] = number + 1  # as a spreadsheet numbers it, the header being row 1
        rows[number][header.index(column)] = value
        if column == "title_en":
            # both remaining forms emptied: the record would have no name left
            rows[number][header.index("title_zh")] = rows[number][header.index("title_ru")] = ""
        return with_witness(rows, other_than=number)

    edit_csv(folder, name, edit)
    refused(folder, [expected, f"{name}.csv, row {found['row']}"])


def test_duplicate_slugs_within_one_file_are_refused(tmp_path):
    folder = export_files(tmp_path, ["states"])
    edit_csv(folder, "states", lambda rows: with_witness([*rows, list(rows[1])], other_than=1))
    refused(folder, ["same slug “afghanistan” as row 2"])


def test_published_record_without_citation_is_refused(tmp_path):
    folder = export_files(tmp_path, ["instruments"])

    def drop_citations(rows):
        rows[1][rows[0].index("citations")] = ""
        return with_witness(rows, other_than=1)

    edit_csv(folder, "instruments", drop_citations)
    refused(folder, ["needs at least one citation"])


def test_error_in_a_later_file_rolls_back_the_earlier_files(tmp_path):
    """The vocabulary files are imported into an empty archive before the figures, whose bad state
    then undoes them all."""
    folder = export_files(tmp_path, ["states", "places", "topics", "phases", "sources", "people", "statistics"])
    empty_archive()

    def unknown_state(rows):
        header = rows[0]
        row = next(row for row in rows[1:] if row[header.index("indicator")] == "proven-oil-reserves")
        row[header.index("state")] = "atlantis"
        return rows

    edit_csv(folder, "statistics", unknown_state)
    report = import_archive(folder)
    assert not report.ok
    assert [f.name for f in report.files][-1] == "statistics.csv"
    assert any("atlantis" in error for error in report.all_errors())
    assert counts() == {name: 0 for name in counts()}


def test_undecodable_csv_is_refused_with_advice():
    with pytest.raises(FileProblem, match="CSV UTF-8"):
        read_dataset("上海合作組織".encode("big5"), "csv", "events.csv")


def test_corrupt_or_oversized_xlsx_is_refused():
    with pytest.raises(FileProblem, match="not a readable XLSX"):
        read_dataset(b"PK\x03\x04 not really a zip", "xlsx", "events.xlsx")


def test_a_cut_off_csv_row_is_refused_not_padded_with_blanks():
    with pytest.raises(FileProblem, match="row 3: 2 cells, but the header has 3"):
        read_dataset(b"a,b,c\n1,2,3\n4,5", "csv", "states.csv")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_operators_whole_archive_import_has_larger_limits_than_an_upload(tmp_path, monkeypatch, fmt):
    """An upload in the admin is refused past MAX_ROWS; a whole archive an operator imports from a
    folder (export_archive at 1000 times the seed has 150,000 citations) has ARCHIVE_MAX_ROWS."""
    export_archive(tmp_path, fmt)
    places = Place.objects.count()
    monkeypatch.setattr(files, "MAX_ROWS", places - 1)  # the upload limit, below the file's rows
    content = (tmp_path / f"places.{fmt}").read_bytes()
    with pytest.raises(files.FileProblem, match=f"has {places} rows; at most {places - 1} are imported at once"):
        files.read_dataset(content, fmt, f"places.{fmt}")
    assert import_archive(tmp_path, dry_run=True).ok
    monkeypatch.setattr(files, "ARCHIVE_MAX_ROWS", places - 1)
    report = import_archive(tmp_path, dry_run=True)
    assert f"places.{fmt} has {places} rows; at most {places - 1} are imported at once" in report.all_errors()
