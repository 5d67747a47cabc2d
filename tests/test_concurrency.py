"""Concurrent writers: two tree moves, two imports, a revert racing an edit — each through two real
database connections (one per thread), on the committed database.

PostgreSQL: the threads share the test database; whatever they commit is put back afterwards.
SQLite: the test database lives in memory, which threads cannot share with locking that works, so
it is copied to a file first and each thread opens that file with the site's own settings
(``BEGIN IMMEDIATE``, a busy timeout), as gunicorn's threads open ``db.sqlite3``.
"""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from django.db import connection, connections, transaction
from django.db.backends.sqlite3.base import DatabaseWrapper as SQLiteWrapper

from archive.history.revert import revert
from archive.locks import IMPORT_BUSY, import_lock_taken, lock_tree
from archive.models import Event, Organ
from archive.transfer.archive import import_archive
from tests.helpers import DatabaseSnapshot, export_files

HOLD = 0.6  # seconds the first writer keeps its lock: the second must still be waiting then


class Worker(threading.Thread):
    """Runs ``work`` in a thread of its own, with a database connection of its own."""

    def __init__(self, work, sqlite_settings: dict | None):
        super().__init__(daemon=True)
        self.work, self.sqlite_settings = work, sqlite_settings
        self.result = self.error = self.finished = None

    def run(self):
        if self.sqlite_settings:
            connections["default"] = SQLiteWrapper(self.sqlite_settings, "default")
        try:
            self.result = self.work()
        except BaseException as error:  # handed to the test, which re-raises it
            self.error = error
        finally:
            self.finished = time.monotonic()
            connections["default"].close()

    def outcome(self, timeout: float = 30):
        self.join(timeout)
        assert not self.is_alive(), "the thread did not finish"
        if self.error is not None:
            raise self.error
        return self.result


@pytest.fixture
def threads(django_db_setup, django_db_blocker, tmp_path):
    """Start work in threads, each with its own connection to one committed database."""
    with django_db_blocker.unblock():
        snapshot = None
        sqlite_settings = None
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            copy = sqlite3.connect(tmp_path / "site.sqlite3")
            connection.connection.backup(copy)
            copy.close()
            sqlite_settings = {**connection.settings_dict, "NAME": str(tmp_path / "site.sqlite3")}
            assert sqlite_settings["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
        else:
            assert not connection.in_atomic_block
            snapshot = DatabaseSnapshot()

        def start(work) -> Worker:
            worker = Worker(work, sqlite_settings)
            worker.start()
            return worker

        try:
            yield start
        finally:
            if snapshot is not None:
                snapshot.restore()
                connection.close()


def holding(lock, locked: threading.Event, then=None):
    """Work that takes ``lock`` in a transaction, says so, keeps it for HOLD seconds, then does ``then``."""

    def work():
        with transaction.atomic():
            taken = lock()
            locked.set()
            time.sleep(HOLD)
            if then:
                then()
        return taken, time.monotonic()

    return work


def move_under(slug: str, parent_slug: str):
    def work():
        Organ.objects.move(Organ.objects.get(slug=slug), Organ.objects.get(slug=parent_slug), "last-child")

    return work


def tree_now():
    return sorted((organ.slug, organ.depth, organ.numchild) for organ in Organ.objects.all()), Organ.objects.find_problems()


def test_two_tree_moves_at_once_run_one_after_the_other_and_leave_the_tree_sound(threads):
    # Two sub-bodies of the permanent bodies (第二節) change parents at the same moment: the first
    # holds the tree's lock while it moves; the second waits, then moves from the paths it left.
    locked = threading.Event()
    first = threads(holding(lambda: lock_tree(Organ), locked, move_under("sco-secretariat", "sco-heads-of-state")))
    assert locked.wait(10)
    second = threads(move_under("rats", "sco-heads-of-government"))
    _, first_committed = first.outcome()
    second.outcome()
    assert second.finished >= first_committed, "the second move did not wait for the first"
    (rows, problems) = threads(tree_now).outcome()
    assert all(not problem for problem in problems), problems
    parents = threads(
        lambda: {slug: Organ.objects.get_parent(Organ.objects.get(slug=slug)).slug for slug in ("sco-secretariat", "rats")}
    ).outcome()
    assert parents == {"sco-secretariat": "sco-heads-of-state", "rats": "sco-heads-of-government"}
    assert ("rats-executive-committee", 5, 0) in rows, "RATS took its sub-body along"


def test_a_second_import_while_one_runs_is_refused_on_postgresql_and_waits_on_sqlite(threads, tmp_path):
    folder = export_files(tmp_path / "export", ["places"])
    locked = threading.Event()
    first = threads(holding(import_lock_taken, locked))
    assert locked.wait(10)
    second = threads(lambda: import_archive(folder))
    (taken, first_committed) = first.outcome()
    assert taken
    report = second.outcome()
    if connection.vendor == "postgresql":
        assert report.all_errors() == [str(IMPORT_BUSY)]
        assert threads(lambda: import_archive(folder)).outcome().ok, "once the first is done, an import goes through"
    else:
        assert report.ok, report.all_errors()
        assert second.finished >= first_committed, "the second import did not wait for the first"


def test_a_revert_racing_an_edit_keeps_the_edit_in_the_history_and_counts_on_from_it(threads):
    slug = "summit-1996-04-26-shanghai"

    def read_the_page():
        event = Event.objects.get(slug=slug)
        from reversion.models import Version

        return event, Version.objects.get_for_object(event).order_by("pk").first()

    stale, first_version = threads(read_the_page).outcome()

    def edit():
        from archive.history.recording import recorded

        event = Event.objects.get(slug=slug)
        with recorded(user=None, comment="edit", baseline=[Event.objects.filter(pk=event.pk)]):
            event.title_en = "Edited meanwhile"
            event.save()
        return event.version

    edited_version = threads(edit).outcome()

    def revert_and_read():
        assert revert(stale, first_version, user=None) == []
        event = Event.objects.get(slug=slug)
        from reversion.models import Version

        titles = [version.field_dict["title_en"] for version in Version.objects.get_for_object(event)]
        return event.version, event.title_en, titles

    version, title, titles = threads(revert_and_read).outcome()
    assert version == edited_version + 1, "the revert counted on from the edit, so a form opened before it is refused"
    assert title != "Edited meanwhile"
    assert "Edited meanwhile" in titles, "the edit is still in the history"
