"""Whole-archive export and import: round trips in every format, all-or-nothing, clear row errors."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from archive.integrity import empty_archive
from archive.models import Event, Instrument, Organ
from archive.registry import archive_models
from archive.seed import FIXTURES_DIR, SEED_FILES
from archive.transfer.archive import MANIFEST, export_archive, import_archive
from archive.transfer.columns import escape_formula, unescape_formula
from archive.transfer.files import FileProblem, read_dataset

pytestmark = pytest.mark.django_db

# Bookkeeping of the database copy, not archive content: an import writes its own.
TIMESTAMPS = ("created_at", "updated_at", "published_at", "version")


def archive_dump() -> list[str]:
    """The whole archive by natural keys, timestamps left out (an import writes new ones) and the
    import log left out (a failed import is recorded too: that is the point of the log)."""
    out = io.StringIO()
    call_command("dumpdata", "archive", exclude=["archive.ImportRecord"], natural_foreign=True, natural_primary=True, stdout=out)
    return canonical(json.loads(out.getvalue()))


def canonical(records) -> list[str]:
    for record in records:
        for name in TIMESTAMPS:
            record["fields"].pop(name, None)
    return sorted(json.dumps(record, sort_keys=True, ensure_ascii=False) for record in records)


def counts():
    return {model.__name__: model.objects.count() for model in archive_models()}


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_export_flush_import_reproduces_the_archive(tmp_path, fmt):
    before = archive_dump()
    export_archive(tmp_path, fmt)
    empty_archive()
    report = import_archive(tmp_path)
    assert report.ok, report.all_errors()
    assert archive_dump() == before
    assert not any(Organ.objects.find_problems())


def test_fixtures_and_a_json_export_describe_the_same_archive(tmp_path):
    fixture_records = [r for name in SEED_FILES for r in json.loads((FIXTURES_DIR / name).read_text(encoding="utf-8"))]
    export_archive(tmp_path, "json")
    empty_archive()
    assert import_archive(tmp_path).ok
    assert archive_dump() == canonical(fixture_records)


def test_importing_an_export_of_the_same_archive_changes_nothing(tmp_path):
    export_archive(tmp_path, "csv")
    report = import_archive(tmp_path)
    assert report.ok
    for file_report in report.files:
        assert set(file_report.counts) <= {"skip", "new", "update", "delete", "error", "invalid"}
        assert file_report.counts.get("new", 0) == file_report.counts.get("update", 0) == 0, file_report


def test_dry_run_checks_everything_and_writes_nothing(tmp_path):
    export_archive(tmp_path, "csv")
    empty_archive()
    report = import_archive(tmp_path, dry_run=True)
    assert report.ok and report.dry_run
    assert Event.objects.count() == 0
    assert sum(f.counts.get("new", 0) for f in report.files) > 600, "later files saw rows of earlier ones"


def rewrite(tmp_path: Path, name: str, edit):
    """Change one exported CSV file and refresh its checksum in the manifest."""
    import hashlib

    path = tmp_path / f"{name}.csv"
    path.write_bytes(edit(path.read_bytes().decode("utf-8-sig")).encode("utf-8"))
    manifest = json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        if entry["resource"] == name:
            entry["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    (tmp_path / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def assert_nothing_changed(tmp_path, before_counts, before_dump, expected: str):
    with pytest.raises(CommandError):
        call_command("import_archive", str(tmp_path), stdout=io.StringIO(), stderr=(err := io.StringIO()))
    assert counts() == before_counts
    assert archive_dump() == before_dump
    assert expected in err.getvalue(), err.getvalue()
    assert "Traceback" not in err.getvalue()


def set_cell(name: str, key: dict, column: str, value: str):
    """An edit of one exported CSV: the cell ``column`` of the row matching ``key``."""
    import csv

    def edit(text):
        rows = list(csv.DictReader(io.StringIO(text)))
        matching = [row for row in rows if all(row[k] == v for k, v in key.items())]
        assert len(matching) == 1, (name, key)
        matching[0][column] = value
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue()

    return edit


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
def test_a_bad_cell_is_a_row_error_naming_column_and_value_and_nothing_is_written(tmp_path, name, key, column, value, expected):
    export_archive(tmp_path, "csv")
    if (name, column) == ("events", "title_en"):
        # both remaining forms emptied: the record would have no name left
        rewrite(tmp_path, name, set_cell(name, key, "title_zh", ""))
        rewrite(tmp_path, name, set_cell(name, key, "title_ru", ""))
    rewrite(tmp_path, name, set_cell(name, key, column, value))
    Event.objects.filter(slug="summit-1996-04-26-shanghai").update(summary_en="changed before the import")
    assert_nothing_changed(tmp_path, counts(), archive_dump(), expected)


def test_duplicate_slugs_within_one_file_are_refused(tmp_path):
    export_archive(tmp_path, "csv")

    def duplicate_first_row(text):
        import csv

        rows = list(csv.reader(io.StringIO(text)))
        out = io.StringIO()
        csv.writer(out).writerows([*rows, rows[1]])
        return out.getvalue()

    rewrite(tmp_path, "states", duplicate_first_row)
    assert_nothing_changed(tmp_path, counts(), archive_dump(), "same slug “afghanistan” as row 2")


def test_published_record_without_citation_is_refused(tmp_path):
    export_archive(tmp_path, "csv")

    def drop_citations(text):
        import csv

        rows = list(csv.DictReader(io.StringIO(text)))
        rows[0]["citations"] = ""
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue()

    rewrite(tmp_path, "instruments", drop_citations)
    assert_nothing_changed(tmp_path, counts(), archive_dump(), "needs at least one citation")


def test_error_in_a_later_file_rolls_back_the_earlier_files(tmp_path):
    export_archive(tmp_path, "csv")
    empty_archive()
    rewrite(
        tmp_path,
        "statistics",
        set_cell("statistics", {"dataset": "table-2-2", "indicator": "proven-oil-reserves", "state": "kazakhstan"}, "state", "atlantis"),
    )
    report = import_archive(tmp_path)
    assert not report.ok
    assert any("atlantis" in error for error in report.all_errors())
    assert counts() == {name: 0 for name in counts()}


def test_formulas_are_neutralised_on_export_and_restored_on_import(tmp_path):
    event = Event.objects.get(slug="summit-1996-04-26-shanghai")
    event.summary_en = '=HYPERLINK("http://evil")'
    event.save()
    export_archive(tmp_path, "csv")
    assert "'=HYPERLINK" in (tmp_path / "events.csv").read_text(encoding="utf-8-sig")
    empty_archive()
    assert import_archive(tmp_path).ok
    assert Event.objects.get(slug="summit-1996-04-26-shanghai").summary_en == '=HYPERLINK("http://evil")'
    for value in ["=1+1", "+1", "-1", "@x", "\tx", "plain", "'quoted"]:
        assert unescape_formula(escape_formula(value)) == value


def test_undecodable_csv_is_refused_with_advice():
    with pytest.raises(FileProblem, match="CSV UTF-8"):
        read_dataset("上海合作組織".encode("big5"), "csv", "events.csv")


def test_corrupt_or_oversized_xlsx_is_refused():
    with pytest.raises(FileProblem, match="not a readable XLSX"):
        read_dataset(b"PK\x03\x04 not really a zip", "xlsx", "events.xlsx")


def test_instrument_title_as_printed_keeps_every_script(tmp_path):
    export_archive(tmp_path, "xlsx")
    empty_archive()
    assert import_archive(tmp_path).ok
    statement = Instrument.objects.get(slug="statement-1999-08-bishkek")
    assert statement.title_ru_latn == "Bishkekское kommjunike"


def test_round_trip_of_a_generated_archive(tmp_path):
    call_command("generate_archive", scale=1, stdout=io.StringIO())
    before = archive_dump()
    export_archive(tmp_path, "csv")
    empty_archive()
    report = import_archive(tmp_path)
    assert report.ok, report.all_errors()[:5]
    assert archive_dump() == before


def test_a_cut_off_csv_row_is_refused_not_padded_with_blanks():
    with pytest.raises(FileProblem, match="row 3: 2 cells, but the header has 3"):
        read_dataset(b"a,b,c\n1,2,3\n4,5", "csv", "states.csv")
