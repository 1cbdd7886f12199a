"""The SQLCipher engine: SQLAlchemy 2.x over ``sqlcipher3`` with a raw 256-bit key.

The key is set by the first statement on every new connection, from a listener inserted
ahead of all others (DESIGN.md §4 pitfalls). It never appears in the URL, in a statement
SQLAlchemy could echo into an exception, or in a log.
"""

from __future__ import annotations

import functools
import sqlite3
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.pysqlcipher import SQLiteDialect_pysqlcipher
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.pool import QueuePool

from lcs_desktop.domain.errors import WorkspaceLocked

# One page-cache budget for the whole process (issue 12), not 64 MiB for each pooled
# connection: any connection's cache may grow to it, and SQLite's soft heap limit (process-wide)
# makes a cache recycle its own pages instead of growing once the budget is spent. With the pool
# handing back the connection used last (LIFO), the one warmed after unlock serves the lists.
CACHE_BUDGET_KIB = 96 * 1024
CACHE_KIB = CACHE_BUDGET_KIB  # a connection's own ceiling: the whole budget
HEAP_LIMIT_BYTES = CACHE_BUDGET_KIB * 1024 + 32 * 1024 * 1024  # + statements and cipher buffers
BUSY_TIMEOUT_MS = 5000


class RawKeySQLCipherDialect(SQLiteDialect_pysqlcipher):
    """``sqlite+pysqlcipher`` that leaves keying to our own first ``connect`` listener.

    The stock dialect takes the passphrase from the URL and runs ``PRAGMA key`` with it
    (an empty one when the URL has none, which SQLCipher refuses). We key with a raw
    256-bit key instead, passed in memory only.
    """

    supports_statement_cache = True

    def on_connect_url(self, url: Any) -> Callable[[Any], None] | None:
        return SQLiteDialect_pysqlite.on_connect_url(self, url)


registry.register("sqlite.lcs_sqlcipher", __name__, "RawKeySQLCipherDialect")


class EngineKey:
    """The raw key an engine keys its new connections with, held in this one place so the idle
    lock can wipe it: once forgotten, no new connection opens (and none is even attempted)."""

    __slots__ = ("_secret",)

    def __init__(self, key: bytes) -> None:
        self._secret: bytearray | None = bytearray(key)

    @property
    def forgotten(self) -> bool:
        return self._secret is None

    def get(self) -> bytearray:
        if self._secret is None:
            raise WorkspaceLocked()
        return self._secret

    def forget(self) -> None:
        if self._secret is not None:
            self._secret[:] = bytes(len(self._secret))  # zeroed in place, not left for the collector
            self._secret = None


_ENGINE_KEYS: weakref.WeakKeyDictionary[Engine, EngineKey] = weakref.WeakKeyDictionary()


def forget_key(engine: Engine) -> None:
    """Lock: wipe the engine's key, then close every pooled connection. A connection checked out
    at that moment (a worker mid-read) is closed when it comes back, never pooled again."""
    holder = _ENGINE_KEYS.get(engine)
    if holder is not None:
        holder.forget()
    engine.dispose()


def key_forgotten(engine: Engine) -> bool:
    holder = _ENGINE_KEYS.get(engine)
    return holder is None or holder.forgotten


def key_pragma(key: bytes | bytearray) -> str:
    if len(key) != 32:
        raise ValueError("the database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


# The HMAC that authenticates each page (issue 12). SQLCipher 4's default, HMAC-SHA512, costs
# about 19 µs a 4 KiB page on an office CPU with SHA extensions; HMAC-SHA256 about 11 µs (reading
# a plain SQLite page, about 4 µs). The first read after sign-in or unlock checks every page it
# touches, so new files use SHA-256. A file keeps the HMAC it was made with (SQLCipher cannot
# change it in place): older files move to SHA-256 when their key is next changed
# (store/rekey.py writes a new file). Which one a file uses is found by reading its first page.
NEW_FILE_HMAC = "HMAC_SHA256"
OLD_FILE_HMAC = "HMAC_SHA512"


def apply_key(
    dbapi_connection: Any, key: bytes | bytearray, path: Path | None = None, *, algorithm: str | None = None
) -> None:
    """Key a raw DB-API connection to the file at ``path`` with the HMAC that file was made
    with (SHA-256 for a new or empty file, and when no path is given), or with ``algorithm``
    when the caller knows it. Must run before any other statement on it."""
    if algorithm is None:
        algorithm = NEW_FILE_HMAC if path is None else file_made_with(path, key)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(key_pragma(key))
        cursor.execute(f"PRAGMA cipher_hmac_algorithm = {algorithm}")
    finally:
        cursor.close()


def file_made_with(path: Path, key: bytes | bytearray) -> str:
    """Which HMAC the file at ``path`` uses: its first page is read on a connection of its own
    (a connection whose first read failed stays read-only, so the real one is keyed only once)."""
    try:
        if path.stat().st_size == 0:
            return NEW_FILE_HMAC
    except FileNotFoundError:
        return NEW_FILE_HMAC
    probe = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        probe.execute(key_pragma(key))
        probe.execute(f"PRAGMA cipher_hmac_algorithm = {NEW_FILE_HMAC}")
        probe.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # The header's user_version: page 1 is read and checked, the schema is not parsed.
        probe.execute("PRAGMA user_version").fetchone()
    except sqlcipher3.DatabaseError as exc:
        if "not a database" not in str(exc):
            raise  # busy for longer than the timeout, or unreadable: as the first statement would
        # Page 1 does not check with SHA-256: a file made before (or a wrong key or a damaged
        # page 1, which the caller's first statement reports as it always has).
        return OLD_FILE_HMAC
    finally:
        probe.close()
    return NEW_FILE_HMAC


class _MadeWith:
    """``file_made_with`` for one engine's file, looked at again only when the file is another
    (a key change or a restore puts a new file in its place) or has been written since: each
    pooled connection would otherwise pay for a probe connection (~0.5 ms) after sign-in."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._known: tuple[tuple[int, int], str] | None = None

    def __call__(self, key: bytes | bytearray) -> str:
        try:
            found = self._path.stat()
        except FileNotFoundError:
            return NEW_FILE_HMAC
        identity = (found.st_ino, found.st_mtime_ns)
        if self._known is None or self._known[0] != identity or found.st_size == 0:
            self._known = (identity, file_made_with(self._path, key))
        return self._known[1]


def file_hmac(dbapi_connection: Any) -> str:
    """The HMAC a keyed connection's file is read with (NEW_FILE_HMAC or OLD_FILE_HMAC)."""
    return str(dbapi_connection.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0])


def configure_connection(dbapi_connection: Any, *, wal: bool = True) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # Sorts and temporary indexes must not spill to plaintext temp files.
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.execute(f"PRAGMA soft_heap_limit = {HEAP_LIMIT_BYTES}")  # process-wide
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        # SQLCipher zeroes freed pages with secure_delete on; SQLite's own setting covers
        # free-list pages too, so deleted rows do not linger in the file.
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


@functools.cache
def quiet_sqlcipher_log() -> None:
    """SQLCipher prints decryption failures to stderr; the app reports them its own way."""
    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
    finally:
        connection.close()


def connect_raw(path: Path, key: bytes, *, wal: bool = True) -> sqlcipher3.Connection:
    """A keyed DB-API connection outside SQLAlchemy (backups, checks, migrations copy)."""
    quiet_sqlcipher_log()
    connection = sqlcipher3.connect(str(path), check_same_thread=False)
    apply_key(connection, key, path)
    configure_connection(connection, wal=wal)
    return connection


def make_engine(path: Path, key: bytes, *, pool_size: int = 4) -> Engine:
    quiet_sqlcipher_log()
    engine = create_engine(
        f"sqlite+lcs_sqlcipher:///{path.as_posix()}",
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=pool_size,
        pool_use_lifo=True,  # the connection used last (its cache warm) is the next handed out
        max_overflow=2,
        pool_pre_ping=False,
        connect_args={"check_same_thread": False},
    )
    holder = EngineKey(key)
    _ENGINE_KEYS[engine] = holder
    made_with = _MadeWith(path)

    # Refuse before the DB-API connects at all while locked: no unkeyed handle is left open.
    @event.listens_for(engine, "do_connect")
    def _refuse_when_locked(_dialect: Any, _record: Any, _cargs: Any, _cparams: Any) -> None:
        holder.get()

    @event.listens_for(engine, "connect", insert=True)
    def _key_first(dbapi_connection: Any, _record: Any) -> None:
        apply_key(dbapi_connection, holder.get(), algorithm=made_with(holder.get()))
        configure_connection(dbapi_connection)

    @event.listens_for(engine, "checkin")
    def _close_after_lock(dbapi_connection: Any, record: Any) -> None:
        if holder.forgotten and dbapi_connection is not None:
            record.invalidate()

    # pysqlite's own transaction handling defers BEGIN; make it explicit so a write and its
    # audit event always land in one transaction (SQLAlchemy's documented SQLite recipe).
    @event.listens_for(engine, "connect")
    def _no_implicit_begin(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def is_plain_sqlite_error(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error)
