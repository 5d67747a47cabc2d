"""The archive generation: one number, shared by every worker and process, that every committed write
to the archive's content moves forward. Cached public pages are valid only under the generation they
were rendered under (sco_site.page_cache).

Writes are seen below the ORM, in an execute wrapper on every database connection, so bulk
``update()`` and ``delete()``, ``loaddata``, imports, reverts, restores and treebeard's tree moves are
all covered. The bump is an UPDATE of the one-row table ``archive_generation`` in the same
transaction as the write (right after it, for a write outside a transaction): a rolled-back write
bumps nothing, and a committed one is visible to every process at its commit. With ``REDIS_URL`` the
new value is also written to Redis on commit, so that readers ask Redis instead of the database.

A process re-reads the generation at most every ``PAGE_CACHE_GENERATION_SECONDS`` (0.5 s), never per
request; when neither Redis nor the database answers it keeps the last value it read (no write can
commit while the database is down).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
import threading
import time
from contextlib import closing
from dataclasses import dataclass

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction

logger = logging.getLogger(__name__)

TABLE = "archive_generation"
WRITE = re.compile(r'\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)
PER_GENERATION_SIZE = 256  # argument tuples of one counted function kept (see per_generation)
# A bump's value: its time in microseconds, or one more than the last value when the clock is behind.
BUMP = f"UPDATE {TABLE} SET value = CASE WHEN value < %s THEN %s ELSE value + 1 END, changed_at = %s WHERE id = 1"
READ = f"SELECT value, changed_at FROM {TABLE} WHERE id = 1"
# Redis keeps the highest value written: two commits' mirrors may arrive in either order.
REDIS_MAX_SET = """
local current = redis.call('GET', KEYS[1])
if not current or tonumber(string.match(current, '^(%d+)')) < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], ARGV[2])
end
"""


@dataclass(frozen=True)
class Value:
    number: int  # only grows
    changed_at: int  # microseconds since the epoch, when it last moved

    def encode(self) -> str:
        return f"{self.number}:{self.changed_at}"

    @classmethod
    def decode(cls, raw) -> Value:
        number, changed_at = (raw.decode() if isinstance(raw, bytes) else raw).split(":")
        return cls(int(number), int(changed_at))


@functools.cache
def content_tables() -> frozenset[str]:
    """The tables whose rows a public page can show: every archive model's, their many-to-many
    tables and the former slugs. Sessions, users, history, pending changes and logs are not content."""
    from archive.models import SlugRedirect
    from archive.registry import archive_models

    tables = {SlugRedirect._meta.db_table}
    for model in archive_models():
        tables.add(model._meta.db_table)
        tables.update(field.remote_field.through._meta.db_table for field in model._meta.local_many_to_many)
    return frozenset(tables)


def writes_content(sql: str) -> bool:
    head = sql[:9].lstrip().upper()
    if head.startswith("TRUNCATE"):
        return any(f'"{table}"' in sql or f" {table}" in sql for table in content_tables())
    if not head.startswith(("INSERT", "UPDATE", "DELETE", "REPLACE")):
        return False
    match = WRITE.match(sql)
    return bool(match) and match.group(1) in content_tables()


# ---- writing ---------------------------------------------------------------------------------

_migrating = threading.Event()  # set by pre_migrate: the table may not exist yet
_written_while_migrating = threading.Event()


class Mirror:
    """The on-commit step of a bump (pushes the value to this process and Redis), and the mark that
    this transaction has bumped already: a second write in it need not bump again, unless this
    connection has read the generation since (only a reader inside the writer's transaction can see
    the first bump: a test)."""

    def __init__(self, value: Value, reads: int):
        self.value = value
        self.reads = reads

    def __call__(self):
        GENERATION.learn(self.value)
        if GENERATION.redis:
            GENERATION.redis.write(self.value)


def bump(connection) -> Value:
    """Move the generation forward inside the connection's current transaction."""
    now = time.time_ns() // 1000
    # A cursor of its own, outside the execute wrappers: the write's cursor may hold its RETURNING rows.
    with closing(connection.create_cursor()) as cursor:
        cursor.execute(BUMP, [now, now, now])
        if cursor.rowcount == 0:
            cursor.execute(f"INSERT INTO {TABLE} (id, value, changed_at) VALUES (1, %s, %s)", [now, now])
        cursor.execute(READ)
        value = Value(*cursor.fetchone())
    transaction.on_commit(Mirror(value, getattr(connection, "archive_generation_reads", 0)), using=connection.alias)
    return value


def bumped_already(connection) -> bool:
    """A bump of this transaction that a rollback would undo only together with the write just made.

    Every bump still registered counts: Django drops the on-commit step of a bump whose savepoint was
    rolled back, and a savepoint still open at the bump is open now, so rolling it back undoes the
    write too. A bump inside a savepoint released since (an import's row) stays in the transaction:
    the next rows need not bump again, which would cost each row a bump and a scan of all the others."""
    reads = getattr(connection, "archive_generation_reads", 0)
    return any(isinstance(func, Mirror) and func.reads == reads for _sids, func, _robust in reversed(connection.run_on_commit))


def bump_on_content_write(execute, sql, params, many, context):
    """The execute wrapper installed on every connection (see ``install``)."""
    if not writes_content(sql):
        return execute(sql, params, many, context)
    connection = context["connection"]
    if _migrating.is_set():
        _written_while_migrating.set()
        return execute(sql, params, many, context)
    result = execute(sql, params, many, context)
    # Outside a transaction the write has committed already and the bump commits right after it (a
    # reader in between keeps the new rows under the old generation until the bump: still exact).
    # A transaction around both cannot be opened here: SQLite refuses to commit while the write's
    # cursor still holds its RETURNING rows.
    if not connection.in_atomic_block or not bumped_already(connection):
        bump(connection)
    return result


def install(connection, **kwargs):
    """connection_created receiver: a connection object lives on across reconnections, its wrappers too."""
    if bump_on_content_write not in connection.execute_wrappers:
        connection.execute_wrappers.append(bump_on_content_write)


def migration_started(**kwargs):
    _migrating.set()


def migration_finished(using="default", **kwargs):
    """A migration's data steps may have written content before the table existed: bump once after."""
    if not _migrating.is_set():
        return
    _migrating.clear()
    if _written_while_migrating.is_set():
        _written_while_migrating.clear()
        connection = connections[using]
        try:
            with transaction.atomic(using=using):
                bump(connection)
        # Migrated backwards past the table. ``bump`` uses the driver's own cursor, whose errors are the
        # driver's (sqlite3, psycopg), not Django's.
        except (DatabaseError, connection.Database.Error):
            logger.warning("The archive generation table is missing: run migrate.")


def bump_now(using: str = "default") -> Value:
    """What ``manage.py cache_bump`` does: a committed bump with no write."""
    with transaction.atomic(using=using):
        value = bump(connections[using])
    return value


# ---- reading ---------------------------------------------------------------------------------


def read_database(using: str = "default") -> Value:
    connection = connections[using]
    with connection.cursor() as cursor:
        cursor.execute(READ)
        row = cursor.fetchone()
    connection.archive_generation_reads = getattr(connection, "archive_generation_reads", 0) + 1
    return Value(*row) if row else Value(0, 0)


class Outage:
    """Logs a service's outage once, and its recovery."""

    def __init__(self, name: str):
        self.name = name
        self.down = False

    def failed(self, error: Exception):
        if not self.down:
            self.down = True
            logger.error("%s does not answer (%s: %s): pages follow the last generation read.", self.name, type(error).__name__, error)

    def answered(self):
        if self.down:
            self.down = False
            logger.warning("%s answers again.", self.name)


class RedisMirror:
    """The generation's copy in Redis: short timeouts, and after a failure Redis is left alone for a
    few seconds (the database answers instead)."""

    RETRY_AFTER = 2.0

    def __init__(self, url: str, key: str):
        import redis

        self.client = redis.Redis.from_url(url, socket_timeout=0.25, socket_connect_timeout=0.25)
        self.key = key
        self.max_set = self.client.register_script(REDIS_MAX_SET)
        self.outage = Outage("Redis")
        self.retry_at = 0.0

    def _call(self, action):
        if time.monotonic() < self.retry_at:
            return None
        try:
            result = action()
        except Exception as error:  # redis.RedisError, OSError: any failure means "not now"
            self.retry_at = time.monotonic() + self.RETRY_AFTER
            self.outage.failed(error)
            return None
        self.outage.answered()
        return result

    def read(self) -> Value | None:
        raw = self._call(lambda: self.client.get(self.key))
        return Value.decode(raw) if raw else None

    def write(self, value: Value) -> None:
        self._call(lambda: self.max_set(keys=[self.key], args=[value.number, value.encode()]))


def redis_key() -> str:
    """One key per database: several sites (or test runs) may share one Redis."""
    if getattr(settings, "ARCHIVE_GENERATION_REDIS_KEY", ""):
        return settings.ARCHIVE_GENERATION_REDIS_KEY
    database = settings.DATABASES["default"]
    identity = "|".join(str(database.get(part, "")) for part in ("ENGINE", "HOST", "PORT", "NAME"))
    return "sco-archive:generation:" + hashlib.sha256(identity.encode()).hexdigest()[:16]


class Generation:
    """What this process knows of the generation, re-read at most every PAGE_CACHE_GENERATION_SECONDS.
    With Redis, the database is still read every DATABASE_RECHECK seconds, in case a writer could
    not reach Redis when it committed."""

    DATABASE_RECHECK = 5.0

    def __init__(self):
        self.lock = threading.Lock()
        self.value: Value | None = None
        self.read_at = float("-inf")
        self.database_read_at = float("-inf")
        self.database_outage = Outage("The database")
        self.redis: RedisMirror | None = None
        self.configure()

    def configure(self):
        """(Re)read the settings: at start-up, and when a test changes them."""
        with self.lock:
            self.redis = RedisMirror(settings.REDIS_URL, redis_key()) if settings.REDIS_URL else None
            self.value = None
            self.read_at = self.database_read_at = float("-inf")

    def learn(self, value: Value):
        """A value seen at a commit of this process: known at once by its other threads."""
        with self.lock:
            if self.value is None or value.number > self.value.number:
                self.value = value

    def current(self) -> Value | None:
        """The generation as of at most PAGE_CACHE_GENERATION_SECONDS ago; None if never read."""
        now = time.monotonic()
        if now - self.read_at < settings.PAGE_CACHE_GENERATION_SECONDS:
            return self.value
        # One thread re-reads; the others go on with the value they have.
        if not self.lock.acquire(blocking=self.value is None):
            return self.value
        try:
            if now - self.read_at >= settings.PAGE_CACHE_GENERATION_SECONDS:
                read = self._read(now)
                # Never back: Redis may still hold the value before a commit this process learnt
                # (its mirror could not be written) until the database is read again.
                if read is not None and (self.value is None or read.number >= self.value.number):
                    self.value = read
                self.read_at = now
            return self.value
        finally:
            self.lock.release()

    def _read(self, now: float) -> Value | None:
        mirrored = self.redis.read() if self.redis else None
        if mirrored is not None and now - self.database_read_at < self.DATABASE_RECHECK:
            return mirrored
        try:
            stored = read_database()
        except DatabaseError as error:
            self.database_outage.failed(error)
            return mirrored
        self.database_outage.answered()
        self.database_read_at = now
        if self.redis and (mirrored is None or mirrored.number < stored.number):
            self.redis.write(stored)
        return stored if mirrored is None or stored.number >= mirrored.number else mirrored


GENERATION = Generation()


# ---- aggregates kept per generation -----------------------------------------------------------


COUNTS_KEPT: list = []  # every per_generation function's store


def forget_counts():
    """Empty every per_generation store (a worker just started; the tests)."""
    for kept in COUNTS_KEPT:
        kept.cache_clear()


def wrote_uncommitted(connection) -> bool:
    """The connection is inside a transaction that has written to the archive's content."""
    return connection.in_atomic_block and any(isinstance(func, Mirror) for _sids, func, _robust in connection.run_on_commit)


def per_generation(function):
    """``function``, a count over the whole archive (the chronology's months, the home page's
    totals), computed once per generation in each process: the year pages, both languages and every
    page number of one filter share one count until the next committed write. Kept for the last
    ``PER_GENERATION_SIZE`` argument tuples (hashable), under the generation read before counting,
    as pages are (sco_site.page_cache); computed afresh when no generation could be read and inside
    a transaction that has written content. Callers share the result: it must not be changed."""
    kept = functools.lru_cache(maxsize=PER_GENERATION_SIZE)(lambda _generation, *args: function(*args))
    COUNTS_KEPT.append(kept)

    @functools.wraps(function)
    def counted(*args):
        if wrote_uncommitted(connections[DEFAULT_DB_ALIAS]):
            return function(*args)  # a count of rows this transaction may yet roll back: for it alone
        generation = GENERATION.current()
        return function(*args) if generation is None else kept(generation.number, *args)

    return counted
