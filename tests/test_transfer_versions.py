"""The export format's versions: a later version adds columns, and files of earlier versions still import."""

import datetime as dt
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from archive.models import Place
from archive.transfer import archive
from archive.transfer.archive import MANIFEST, import_archive
from archive.transfer.files import dataset_bytes
from archive.transfer.resources import PlaceResource
from tests.helpers import confirm_data, upload

pytestmark = pytest.mark.django_db


def write_places(folder, *, version: int, drop: tuple[str, ...] = (), new_slug: str = "") -> None:
    """The places spreadsheet of the archive as a folder of format ``version``, without ``drop`` columns."""
    dataset = PlaceResource().export()
    if new_slug:
        row = dict.fromkeys(dataset.headers, "")
        row |= {"slug": new_slug, "status": "draft", "name_zh": "新地點", "name_en_is_translation": "true", "kind": "city"}
        dataset.append([row[header] for header in dataset.headers])
    for column in drop:
        del dataset[column]
    (folder / "places.csv").write_bytes(dataset_bytes(dataset, "csv"))
    manifest = {"format_version": version, "format": "csv", "files": [{"name": "places.csv", "resource": "places"}]}
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


@pytest.fixture
def note_added_in_version_2(monkeypatch):
    """As if format version 2 had added the places' "note_en" column."""
    monkeypatch.setattr(archive, "FORMAT_VERSION", 2)
    monkeypatch.setattr(archive, "COLUMNS_ADDED", {2: {"places": ("note_en",)}})


def test_a_file_of_the_previous_version_imports_and_its_missing_column_keeps_values_and_defaults(tmp_path, note_added_in_version_2):
    almaty = Place.objects.get(slug="almaty")  # 第一節: 阿拉木圖, Kazakhstan's former capital, with a note
    assert almaty.note_en
    write_places(tmp_path, version=1, drop=("note_en",), new_slug="place-new-v1")
    report = import_archive(tmp_path)
    assert report.ok, report.all_errors()
    assert Place.objects.get(slug="almaty").note_en == almaty.note_en
    assert Place.objects.get(slug="place-new-v1").note_en == ""


def test_a_file_of_the_current_version_must_have_every_column(tmp_path, note_added_in_version_2):
    write_places(tmp_path, version=2, drop=("note_en",), new_slug="place-new-v2")
    report = import_archive(tmp_path)
    assert "places.csv: column “note_en” is missing" in report.all_errors()
    assert not Place.objects.filter(slug="place-new-v2").exists()


def test_a_version_this_code_does_not_know_is_refused(tmp_path):
    write_places(tmp_path, version=archive.FORMAT_VERSION + 1)
    report = import_archive(tmp_path)
    assert not report.ok
    assert any("is not one this archive reads" in error for error in report.all_errors())


# ---- format 4: published_at and updated_at --------------------------------------------------------

PAST = dt.datetime(2026, 11, 25, 11, 26, 26, tzinfo=dt.UTC)


def places_with_a_new_published_place(folder, *, version: int, published_at: str | None, updated_at: str | None = None) -> None:
    """The places as exported plus one new published place; ``None`` drops a date column."""
    dataset = PlaceResource().export()
    row = dict.fromkeys(dataset.headers, "")
    row |= {"slug": "place-dated", "status": "published", "name_zh": "新地點", "name_en_is_translation": "true", "kind": "city"}
    row |= {"published_at": published_at or "", "updated_at": updated_at or ""}
    dataset.append([row[header] for header in dataset.headers])
    for column, value in (("published_at", published_at), ("updated_at", updated_at)):
        if value is None:
            del dataset[column]
    (folder / "places.csv").write_bytes(dataset_bytes(dataset, "csv"))
    manifest = {"format_version": version, "format": "csv", "files": [{"name": "places.csv", "resource": "places"}]}
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def test_a_format_3_file_without_dates_stamps_a_newly_published_row_and_leaves_the_others_dates(tmp_path):
    Place.objects.filter(slug="almaty").update(published_at=PAST, updated_at=PAST)
    places_with_a_new_published_place(tmp_path, version=3, published_at=None, updated_at=None)
    started = timezone.now().replace(microsecond=0)
    report = import_archive(tmp_path)
    assert report.ok, report.all_errors()
    new = Place.objects.get(slug="place-dated")
    assert new.published_at >= started and new.updated_at >= started
    almaty = Place.objects.get(slug="almaty")
    assert (almaty.published_at, almaty.updated_at) == (PAST, PAST)


def test_a_format_4_file_keeps_its_dates_and_an_empty_publication_date_stays_empty(tmp_path):
    places_with_a_new_published_place(tmp_path, version=4, published_at="", updated_at="2026-11-25T11:26:26Z")
    report = import_archive(tmp_path)
    assert report.ok, report.all_errors()
    new = Place.objects.get(slug="place-dated")
    assert (new.published_at, new.updated_at) == (None, PAST)
    new.delete()
    places_with_a_new_published_place(tmp_path, version=4, published_at="2026-11-25T19:26:26+08:00", updated_at="2026-11-25T11:26:26Z")
    assert import_archive(tmp_path).ok
    assert Place.objects.get(slug="place-dated").published_at == PAST


@pytest.mark.parametrize(
    ("published_at", "expected"),
    [
        ("2026-11-25 11:26", "has no time zone"),
        ("yesterday", "is not a date and time"),
    ],
)
def test_a_date_that_is_not_a_moment_is_a_row_error_naming_it(tmp_path, published_at, expected):
    places_with_a_new_published_place(tmp_path, version=4, published_at=published_at, updated_at="")
    errors = " ".join(import_archive(tmp_path).all_errors())
    assert "column published_at" in errors and expected in errors
    assert not Place.objects.filter(slug="place-dated").exists()


def test_a_draft_with_a_publication_date_is_refused(tmp_path):
    places_with_a_new_published_place(tmp_path, version=4, published_at="2026-11-25T11:26:26Z", updated_at="")
    (tmp_path / "places.csv").write_bytes((tmp_path / "places.csv").read_bytes().replace(b"place-dated,published", b"place-dated,draft"))
    errors = " ".join(import_archive(tmp_path).all_errors())
    assert "a draft has no publication date" in errors


def import_places_in_the_admin(client, content: bytes):
    preview = upload(client, "place", "places.csv", content)
    assert preview.context.get("confirm_form") is not None, preview.content.decode()[:2000]
    return client.post(reverse("admin:archive_place_process_import"), confirm_data(preview))


def places_with_almaty(**values) -> bytes:
    dataset = PlaceResource().export()
    column = {name: dataset.headers.index(name) for name in values}
    for index, row in enumerate(dataset):
        if row[dataset.headers.index("slug")] == "almaty":
            cells = list(row)
            for name, value in values.items():
                cells[column[name]] = value
            dataset[index] = cells
    return ("\ufeff" + dataset.export("csv")).encode("utf-8")


def test_an_editor_may_not_import_dates_but_may_import_an_export_that_leaves_them_as_they_were(editor, monkeypatch):
    # Every save a second later than the one before: the confirm stamps another time than its
    # preview showed, which must not count as the archive having changed meanwhile.
    clock = iter(timezone.now().replace(microsecond=0) + dt.timedelta(seconds=n) for n in range(10_000))
    monkeypatch.setattr("archive.models.base.now_to_the_second", lambda: next(clock))
    refused = upload(editor, "place", "places.csv", places_with_almaty(updated_at="2001-06-15T00:00:00Z"))
    assert refused.context.get("confirm_form") is None
    assert "only a publisher may import a record&#x27;s updated_at" in refused.content.decode()
    # A draft place's new English name, dates left as exported: imported, and stamped as any edit is.
    Place.objects.filter(slug="almaty").update(status="draft", published_at=None, updated_at=PAST)
    started = timezone.now().replace(microsecond=0)
    assert import_places_in_the_admin(editor, places_with_almaty(name_en="Almaty (Alma-Ata)")).status_code == 302
    almaty = Place.objects.get(slug="almaty")
    assert almaty.name_en == "Almaty (Alma-Ata)" and almaty.updated_at >= started


def test_a_publisher_imports_dates_in_the_admin(publisher):
    done = import_places_in_the_admin(publisher, places_with_almaty(published_at="2001-06-15T00:00:00Z", updated_at="2001-06-16T00:00:00Z"))
    assert done.status_code == 302
    almaty = Place.objects.get(slug="almaty")
    assert (almaty.published_at, almaty.updated_at) == (dt.datetime(2001, 6, 15, tzinfo=dt.UTC), dt.datetime(2001, 6, 16, tzinfo=dt.UTC))


def test_a_format_4_sources_file_reads_its_year_column_as_a_year_precision_date(tmp_path):
    """Format 5 replaced the sources' "year" with "issued" (the footnote's date at its precision)."""
    from archive.models import Source
    from archive.transfer.resources import SourceResource

    dataset = SourceResource().export()
    assert "issued" in dataset.headers and "year" not in dataset.headers
    row = dict.fromkeys(dataset.headers, "")
    row |= {"slug": "source-new-v3", "status": "draft", "kind": "book", "title": "新書", "issued": "2001"}
    dataset.append([row[header] for header in dataset.headers])
    dataset.headers = ["year" if header == "issued" else header for header in dataset.headers]
    (tmp_path / "sources.csv").write_bytes(dataset_bytes(dataset, "csv"))
    manifest = {"format_version": 4, "format": "csv", "files": [{"name": "sources.csv", "resource": "sources"}]}
    (tmp_path / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    report = import_archive(tmp_path)
    assert report.ok, report.all_errors()
    source = Source.objects.get(slug="source-new-v3")
    assert (source.partial("issued").compact(), source.issued_precision) == ("2001", "year")
