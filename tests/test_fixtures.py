"""The seed fixtures: natural keys only, idempotent loading, dumpdata reproduces them, dump_seed is stable."""

import io
import json

import pytest
from django.apps import apps
from django.core.management import call_command

from archive.registry import archive_models
from archive.seed import FIXTURES_DIR, SEED_FILES

pytestmark = pytest.mark.django_db


def fixture_records():
    return [record for name in SEED_FILES for record in json.loads((FIXTURES_DIR / name).read_text(encoding="utf-8"))]


def dump_archive() -> list[dict]:
    out = io.StringIO()
    call_command("dumpdata", "archive", natural_foreign=True, natural_primary=True, stdout=out)
    return json.loads(out.getvalue())


def canonical(records):
    return sorted(json.dumps(record, sort_keys=True, ensure_ascii=False) for record in records)


def test_fixtures_carry_no_numeric_ids_and_no_auth_rows():
    records = fixture_records()
    assert records
    assert all("pk" not in record for record in records)
    assert {record["model"].split(".")[0] for record in records} == {"archive"}


def test_every_seed_record_is_published():
    assert {record["fields"]["status"] for record in fixture_records()} == {"published"}


def test_dumpdata_of_the_loaded_archive_reproduces_the_fixture_records():
    assert canonical(dump_archive()) == canonical(fixture_records())


@pytest.mark.slow
def test_loading_the_fixtures_a_second_time_changes_nothing():
    before = canonical(dump_archive())
    counts = {model: model.objects.count() for model in archive_models()}
    call_command("loaddata", *[str(FIXTURES_DIR / name) for name in SEED_FILES], verbosity=0)
    assert {model: model.objects.count() for model in archive_models()} == counts
    assert canonical(dump_archive()) == before


def test_dump_seed_rewrites_the_fixtures_byte_for_byte(tmp_path):
    call_command("dump_seed", dir=str(tmp_path), verbosity=0)
    for name in SEED_FILES:
        assert (tmp_path / name).read_bytes() == (FIXTURES_DIR / name).read_bytes(), name


def test_dump_seed_writes_an_admin_edit_back(tmp_path):
    Event = apps.get_model("archive", "Event")
    event = Event.objects.get(slug="summit-1996-04-26-shanghai")
    event.summary_en = "Edited in the admin."
    event.save()
    call_command("dump_seed", dir=str(tmp_path), verbosity=0)
    events = json.loads((tmp_path / "03_events.json").read_text(encoding="utf-8"))
    edited = next(r for r in events if r["model"] == "archive.event" and r["fields"]["slug"] == "summit-1996-04-26-shanghai")
    assert edited["fields"]["summary_en"] == "Edited in the admin."


def test_check_archive_passes_on_the_seed():
    out = io.StringIO()
    call_command("check_archive", stdout=out)
    assert "consistent" in out.getvalue()


def test_check_archive_fails_on_an_uncited_record_and_a_broken_tree():
    from django.core.management.base import CommandError

    from archive.models import Event, Organ

    Event.objects.create(slug="other-2004-uncited", kind="other", title_zh="無出處", held_on="2004-01-01", held_precision="year")
    Organ.objects.filter(slug="rats").update(numchild=7)
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("check_archive", stderr=err)
    assert "other-2004-uncited" in err.getvalue() or "無出處" in err.getvalue()
    assert "wrong child count: rats" in err.getvalue()
