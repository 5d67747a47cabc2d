"""Two gunicorn workers keep a page in memory; import_archive, run in a process of its own, changes
it; within a second every answer shows the change, with and without Redis, on SQLite and PostgreSQL.

Slow (a server and a command start, on a copy of the test database): a sweep, run by ``make check-pages``.
"""

import csv
import hashlib
import io
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from archive.transfer.archive import MANIFEST
from tests.helpers import export_files

pytestmark = pytest.mark.sweep

ROOT = Path(__file__).resolve().parent.parent
SHANGHAI_1996 = "summit-1996-04-26-shanghai"
PAGE = f"/en/events/{SHANGHAI_1996}/"
CHANGED = "Imported by another process while two workers kept the page."


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def database_copy(django_db_setup, django_db_blocker, tmp_path):
    """A database URL of a copy of the test database (the seed), and the export of its meetings edited."""
    with django_db_blocker.unblock():
        export = export_files(tmp_path / "export", ["events"])
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            copy = tmp_path / "copy.sqlite3"
            target = sqlite3.connect(copy)
            connection.connection.backup(target)
            target.close()
            yield f"sqlite:///{copy}", export
            return
        database = settings.DATABASES["default"]
        name = f"{database['NAME']}_copy_{uuid.uuid4().hex[:8]}"
        url = f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}"
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"')
        dump = subprocess.run(["pg_dump", f"{url}/{database['NAME']}"], check=True, capture_output=True).stdout
        subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", f"{url}/{name}"], input=dump, check=True, capture_output=True)
        yield f"{url}/{name}", export
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE "{name}"')


def edit_summary(export: Path):
    path = export / "events.csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    next(row for row in rows if row["slug"] == SHANGHAI_1996)["summary_en"] = CHANGED
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    manifest = json.loads((export / MANIFEST).read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        if entry["name"] == "events.csv":
            entry["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    (export / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def get(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{PAGE}", timeout=10) as response:
        assert response.status == 200
        return response.read().decode()


@pytest.mark.parametrize("redis", [False, True], ids=["database", "redis"])
def test_an_import_in_another_process_shows_on_every_worker_within_a_second(database_copy, redis):
    database_url, export = database_copy
    edit_summary(export)
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": "redis://127.0.0.1:6379/0" if redis else "",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "test-only-" + "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_PLAIN_STATIC": "true",
        "DJANGO_SSL_REDIRECT": "false",
        "DJANGO_SECURE_COOKIES": "false",
        "DJANGO_SETTINGS_MODULE": "sco_site.settings",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "sco_site.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2", "-k", "gthread"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                before = get(port)
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.2)
        assert CHANGED not in before
        for _ in range(20):  # both workers keep the page
            assert CHANGED not in get(port)
        imported = subprocess.run(
            [sys.executable, "manage.py", "import_archive", str(export)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
        )
        assert imported.returncode == 0, imported.stderr
        committed = time.monotonic()
        time.sleep(max(0.0, committed + 1.0 - time.monotonic()))
        answers = [get(port) for _ in range(20)]
        assert all(CHANGED in answer for answer in answers), f"{sum(CHANGED not in a for a in answers)} of 20 answers are stale"
    finally:
        server.terminate()
        _out, errors = server.communicate(timeout=30)
    assert b"Traceback" not in errors, errors.decode()[-3000:]
