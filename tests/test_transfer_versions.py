"""The export format's versions: a later version adds columns, and files of earlier versions still import."""

import json

import pytest

from archive.models import Place
from archive.transfer import archive
from archive.transfer.archive import MANIFEST, import_archive
from archive.transfer.files import dataset_bytes
from archive.transfer.resources import PlaceResource

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
