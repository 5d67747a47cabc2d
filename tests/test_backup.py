"""`manage.py backup` and `manage.py restore`: the whole site, history and accounts included, comes back
exactly (dumpdata compared as canonical JSON), or nothing is written and the reason is named."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import CommandError
from django.core.management.color import no_style
from django.db import connection

from archive.backup import DATA, MANIFEST, backed_up_models, tables_of
from archive.history.recording import recorded
from archive.models import Event, ImportRecord, Place
from archive.roles import PUBLISHER, ensure_groups
from tests.helpers import PASSWORD

pytestmark = pytest.mark.django_db

MIGRATIONS = Path(__file__).resolve().parent.parent / "archive" / "migrations"

BASE_DIR = Path(settings.BASE_DIR)
SITE = ["archive", "reversion", "admin", "auth.user", "auth.group"]


def site_dump(*, env: dict | None = None) -> list[str]:
    """`dumpdata --natural-foreign` of everything a backup holds, as canonical JSON lines (sorted,
    keys sorted). With ``env``, of the database another process's settings name."""
    if env is None:
        out = io.StringIO()
        call_command("dumpdata", *SITE, natural_foreign=True, stdout=out)
        text = out.getvalue()
    else:
        text = manage(env, "dumpdata", *SITE, "--natural-foreign").stdout
    return sorted(json.dumps(row, sort_keys=True, ensure_ascii=False) for row in json.loads(text))


def empty_the_site():
    """As a freshly migrated database: no archive, history or users; the groups migrate makes (new ids)."""
    connection.check_constraints()  # PostgreSQL truncates no table with checks pending
    with connection.cursor() as cursor:
        for statement in connection.ops.sql_flush(no_style(), tables_of(backed_up_models())):
            cursor.execute(statement)
    ensure_groups()


@pytest.fixture
def site_with_history(django_user_model):
    """The seed plus what a site in use holds: a publisher with a permission of her own, an edit
    (a revision), a deletion, an import record and an admin log entry."""
    publisher = django_user_model.objects.create_user("pub", password=PASSWORD, is_staff=True)
    publisher.groups.add(Group.objects.get(name=PUBLISHER))
    publisher.user_permissions.add(Permission.objects.get(codename="view_logentry"))
    summit = Event.objects.get(slug="summit-1996-04-26-shanghai")
    with recorded(user=publisher, comment="edit", baseline=[Event.objects.filter(pk=summit.pk)]):
        summit.title_en = "Shanghai summit of 1996 (edited)"
        summit.save()
    place = Place.objects.get(slug="almaty")
    new_place = Place.objects.create(slug="place-to-delete", name_zh="刪除地", state=place.state, kind=place.kind)
    with recorded(user=publisher, comment="delete", baseline=[Place.objects.filter(pk=new_place.pk)]):
        new_place.delete()
    ImportRecord.objects.create(user="pub", file_name="places.csv", file_format="0", target="archive.Place", new=1)
    LogEntry.objects.create(
        user=publisher,
        content_type=ContentType.objects.get_for_model(Event),
        object_id=str(summit.pk),
        object_repr=str(summit),
        action_flag=CHANGE,
        change_message="[]",
    )
    return publisher


@pytest.mark.slow
def test_backup_then_restore_gives_back_the_whole_site_and_refuses_a_database_that_is_not_empty(site_with_history, tmp_path):
    before = site_dump()
    assert any('"model": "archive.deletion"' in row for row in before) and any('"model": "admin.logentry"' in row for row in before)
    backup = tmp_path / "site.zip"
    call_command("backup", str(backup), stdout=io.StringIO())
    assert backup.stat().st_mode & 0o777 == 0o600, "the file holds password hashes"
    manifest = json.loads(zipfile.ZipFile(backup).read(MANIFEST))
    assert manifest["models"]["archive.event"] == Event.objects.count() and len(manifest["data"]["sha256"]) == 64
    assert manifest["migrations"]["archive"][-1] == max(path.stem for path in MIGRATIONS.glob("0*.py"))

    with pytest.raises(CommandError, match=r"this database is not empty \(.*38 archive.event"):
        call_command("restore", str(backup), stdout=io.StringIO())
    Event.objects.filter(slug="summit-1996-04-26-shanghai").update(title_en="changed after the backup")
    call_command("restore", str(backup), replace=True, stdout=io.StringIO())
    assert Event.objects.get(slug="summit-1996-04-26-shanghai").title_en == "Shanghai summit of 1996 (edited)"

    empty_the_site()
    Group.objects.all().delete()
    ensure_groups()  # migrate's groups, with ids other than the backup's
    call_command("restore", str(backup), stdout=io.StringIO())
    assert site_dump() == before
    assert get_user_model().objects.get(username="pub").check_password(PASSWORD), "the password hash came back"


def rewrite(backup: Path, *, data=None, manifest=None, keep_checksum: bool = False) -> None:
    """Change a backup's rows or manifest; the checksum follows the data unless ``keep_checksum``."""
    with zipfile.ZipFile(backup) as bundle:
        rows = json.loads(bundle.read(DATA))
        described = json.loads(bundle.read(MANIFEST))
    if data:
        data(rows)
    content = json.dumps(rows).encode()
    if not keep_checksum:
        import hashlib

        described["data"] |= {"sha256": hashlib.sha256(content).hexdigest()}
    described["data"]["bytes"] = len(content)
    if manifest:
        manifest(described)
    with zipfile.ZipFile(backup, "w") as bundle:
        bundle.writestr(DATA, content)
        bundle.writestr(MANIFEST, json.dumps(described))


def first_row(rows, model: str) -> dict:
    return next(row for row in rows if row["model"] == model)


@pytest.fixture
def backup_of_the_seed(tmp_path):
    backup = tmp_path / "site.zip"
    call_command("backup", str(backup), stdout=io.StringIO())
    empty_the_site()
    return backup


def refused(backup: Path, match: str) -> None:
    """The restore names the problem and writes nothing: the database stays empty."""
    with pytest.raises(CommandError, match=match):
        call_command("restore", str(backup), stdout=io.StringIO())
    assert Event.objects.count() == 0


def test_a_backup_whose_checksum_does_not_match_is_refused(backup_of_the_seed):
    rewrite(
        backup_of_the_seed, data=lambda rows: first_row(rows, "archive.event")["fields"].update(title_en="tampered"), keep_checksum=True
    )
    refused(backup_of_the_seed, "checksum of data.json does not match")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("x" * 600, r"archive.event #\d+, title_en: 600 characters, the column holds"),
        ("a\x00b", r"archive.event #\d+, title_en: holds a character"),
    ],
)
def test_every_row_is_checked_before_writing_and_what_does_not_fit_is_named(backup_of_the_seed, value, expected):
    rewrite(backup_of_the_seed, data=lambda rows: first_row(rows, "archive.event")["fields"].update(title_en=value))
    refused(backup_of_the_seed, expected)


def test_a_row_of_a_table_a_backup_does_not_hold_is_refused(backup_of_the_seed):
    session = {"model": "sessions.session", "pk": "k", "fields": {"session_data": "x", "expire_date": "2030-01-01T00:00:00Z"}}
    rewrite(backup_of_the_seed, data=lambda rows: rows.append(session))
    refused(backup_of_the_seed, "sessions.session #k: not a kind of row a backup holds")


def test_a_reference_the_target_lacks_is_named_and_nothing_is_written(backup_of_the_seed):
    def no_such_organ(rows):
        first_row(rows, "archive.event")["fields"]["organ"] = 999_999

    rewrite(backup_of_the_seed, data=no_such_organ)
    refused(backup_of_the_seed, "does not fit this database, nothing was restored")


def test_a_migration_state_this_code_does_not_know_is_refused(backup_of_the_seed):
    rewrite(backup_of_the_seed, manifest=lambda described: described["migrations"]["archive"].append("0099_from_the_future"))
    refused(backup_of_the_seed, "archive.0099_from_the_future")


# ---- from one database to the other --------------------------------------------------------------

POSTGRES = os.environ.get("BACKUP_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def manage(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, check=True, timeout=300
    )


@pytest.fixture
def other_database(tmp_path):
    """A freshly migrated database of the other kind (PostgreSQL from a SQLite run, SQLite from a
    PostgreSQL run), reached through manage.py in a process of its own."""
    env = {**os.environ, "DJANGO_DEBUG": "true", "DJANGO_SECRET_KEY": "backup-test-only", "DJANGO_SETTINGS_MODULE": "sco_site.settings"}
    if connection.vendor == "sqlite":
        psql = shutil.which("psql")
        name = f"test_backup_across_{os.getpid()}"
        admin = POSTGRES
        try:
            subprocess.run([psql, admin, "-qc", f"CREATE DATABASE {name}"], check=True, capture_output=True, timeout=30)
        except (TypeError, subprocess.SubprocessError, OSError):
            pytest.skip("no PostgreSQL to restore into")
        env["DATABASE_URL"] = admin.rsplit("/", 1)[0] + "/" + name
    else:
        name = None
        env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    manage(env, "migrate", "--noinput", "-v0")
    yield env
    if name:
        subprocess.run([shutil.which("psql"), POSTGRES, "-qc", f"DROP DATABASE IF EXISTS {name}"], check=False, timeout=30)


@pytest.mark.sweep
def test_a_backup_restores_into_the_other_kind_of_database_and_back(site_with_history, other_database, tmp_path):
    before = site_dump()
    backup = tmp_path / "site.zip"
    call_command("backup", str(backup), stdout=io.StringIO())
    manage(other_database, "restore", str(backup))
    assert site_dump(env=other_database) == before
    back = tmp_path / "back.zip"
    manage(other_database, "backup", str(back))
    empty_the_site()
    call_command("restore", str(back), stdout=io.StringIO())
    assert site_dump() == before


@pytest.mark.sweep
def test_a_backup_from_an_earlier_migration_state_is_restored_at_that_state_then_migrated_forward(tmp_path):
    """A site at archive 0009 (before the notes in two languages) is backed up; a database of today's
    code takes it by migrating back to 0009, loading, and migrating forward again."""
    if connection.vendor != "sqlite":
        pytest.skip("the same scratch SQLite files whatever the suite's database: run once, in the SQLite run")
    env = {**os.environ, "DJANGO_DEBUG": "true", "DJANGO_SECRET_KEY": "backup-test-only", "DJANGO_SETTINGS_MODULE": "sco_site.settings"}
    old = {**env, "DATABASE_URL": f"sqlite:///{tmp_path / 'old.sqlite3'}"}
    new = {**env, "DATABASE_URL": f"sqlite:///{tmp_path / 'new.sqlite3'}"}
    manage(old, "migrate", "--noinput", "-v0")
    manage(old, "load_seed", "-v0")
    manage(old, "migrate", "archive", "0009", "--noinput", "-v0")
    manage(old, "backup", str(tmp_path / "old.zip"))
    manage(new, "migrate", "--noinput", "-v0")
    manage(new, "restore", str(tmp_path / "old.zip"))
    assert "[ ] " not in manage(new, "showmigrations", "archive").stdout, "migrated forward again"
    manage(old, "migrate", "--noinput", "-v0")
    assert site_dump(env=new) == site_dump(env=old)
