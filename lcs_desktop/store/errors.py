"""Faults of the data folder and database, each with a message a non-technical user can act on."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence

import sqlcipher3

from lcs_desktop.domain.errors import LcsError


class StoreError(LcsError):
    """A problem opening or writing the data. Never carries the key or record content."""


class DamagedDatabaseError(StoreError):
    def __init__(self, message: str, pages: Sequence[int] = ()) -> None:
        super().__init__(message)
        self.pages = tuple(pages)


class WrongKeyError(StoreError):
    pass


class NewerDatabaseError(StoreError):
    pass


class ReadOnlyError(StoreError):
    pass


class DiskFullError(StoreError):
    pass


class DiskIOError(StoreError):
    """The disk (or the network under it) failed a read or a write."""


class UnsafeLocationError(StoreError):
    pass


class FolderInUseError(StoreError):
    pass


class RolledBackError(StoreError):
    """The database is older than the last one this PC (or its key file) saw."""


class MissingDataError(StoreError):
    pass


DB_ERRORS: tuple[type[BaseException], ...] = (sqlcipher3.dbapi2.Error, sqlite3.Error)

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26

READ_ONLY = (
    "LCS Desktop cannot save to the data folder: it is read-only. "
    "Ask IT to give your Windows account permission to change files there."
)
DISK_FULL = (
    "The disk holding the data folder is full, so nothing more can be saved. "
    "Free some space (or ask IT to), then try again. Nothing already saved was lost."
)
DISK_IO = (
    "The computer could not read or write the database file (a disk or network fault), so "
    "this change was not saved. Try again; if it happens again, ask IT to check the disk."
)
BUSY = "The database is busy in another program. Close other copies of LCS Desktop and try again."
NOT_A_DATABASE = (
    "The database file cannot be read with this folder's key: it is not the database that "
    "belongs with the key file (keyslots.json), or its first page is damaged. Put back the "
    "matching files, or restore the latest backup (Settings › Backups)."
)
CANNOT_OPEN = "The database file could not be opened. Check the data folder is reachable."

_PAGE = re.compile(r"\bpage (\d+)", re.IGNORECASE)


def damaged_message(pages: Sequence[int] = ()) -> str:
    """The one sentence for a damaged database, naming the damaged page(s) when known."""
    where = ""
    if pages:
        shown = ", ".join(str(p) for p in sorted(set(pages))[:5])
        where = f" (page {shown})" if len(set(pages)) == 1 else f" (pages {shown})"
    return f"The database is damaged{where} — restore the latest backup (Settings › Backups)."


def damaged(pages: Sequence[int] = ()) -> DamagedDatabaseError:
    return DamagedDatabaseError(damaged_message(pages), pages)


def pages_named(rows: Sequence[Sequence[object]]) -> list[int]:
    """Page numbers from ``cipher_integrity_check`` / ``integrity_check`` output rows."""
    found: list[int] = []
    for row in rows:
        for text in row:
            found.extend(int(n) for n in _PAGE.findall(str(text)))
    return sorted(set(found))


def error_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a driver error (or SQLAlchemy's wrapper of one)."""
    inner = getattr(exc, "orig", None) or exc
    code = getattr(inner, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def translate(exc: BaseException) -> StoreError:
    """A friendly StoreError for a low-level database exception (its text is not shown)."""
    by_code = {
        SQLITE_PERM: ReadOnlyError(READ_ONLY),
        SQLITE_READONLY: ReadOnlyError(READ_ONLY),
        SQLITE_FULL: DiskFullError(DISK_FULL),
        SQLITE_IOERR: DiskIOError(DISK_IO),
        SQLITE_BUSY: FolderInUseError(BUSY),
        SQLITE_LOCKED: FolderInUseError(BUSY),
        SQLITE_CORRUPT: damaged(),
        SQLITE_NOTADB: WrongKeyError(NOT_A_DATABASE),
        SQLITE_CANTOPEN: MissingDataError(CANNOT_OPEN),
    }
    code = error_code(exc)
    if code in by_code:
        return by_code[code]
    # No code (an OSError, an older driver): fall back on the words SQLite uses.
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "readonly" in text or "read-only" in text or "read only" in text:
        return ReadOnlyError(READ_ONLY)
    if "disk is full" in text or "database or disk is full" in text or "no space" in text:
        return DiskFullError(DISK_FULL)
    if "not a database" in text:
        return WrongKeyError(NOT_A_DATABASE)
    if "malformed" in text or "corrupt" in text:
        return damaged()
    if "disk i/o error" in text:
        return DiskIOError(DISK_IO)
    if "locked" in text or "busy" in text:
        return FolderInUseError(BUSY)
    if "unable to open" in text:
        return MissingDataError(CANNOT_OPEN)
    return StoreError(
        "The database could not complete this; nothing was changed. Try again, and if it "
        "happens again tell IT the time (the details are in the log file)."
    )


def database_fault(exc: BaseException) -> StoreError | None:
    """``translate(exc)`` when ``exc`` is a driver error (or SQLAlchemy's wrapper of one)."""
    inner = getattr(exc, "orig", None) or exc
    return translate(exc) if isinstance(inner, DB_ERRORS) else None
