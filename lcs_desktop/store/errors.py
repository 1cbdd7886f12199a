"""Faults of the data folder and database, each with a message a non-technical user can act on."""

from __future__ import annotations

import sqlite3

import sqlcipher3

from lcs_desktop.domain.errors import LcsError


class StoreError(LcsError):
    """A problem opening or writing the data. Never carries the key or record content."""


class DamagedDatabaseError(StoreError):
    pass


class WrongKeyError(StoreError):
    pass


class NewerDatabaseError(StoreError):
    pass


class ReadOnlyError(StoreError):
    pass


class DiskFullError(StoreError):
    pass


class UnsafeLocationError(StoreError):
    pass


class FolderInUseError(StoreError):
    pass


class RolledBackError(StoreError):
    """The database is older than the last one this PC (or its key file) saw."""


class MissingDataError(StoreError):
    pass


DB_ERRORS: tuple[type[BaseException], ...] = (sqlcipher3.dbapi2.Error, sqlite3.Error)


def translate(exc: BaseException) -> StoreError:
    """A friendly StoreError for a low-level database exception (its text is not shown)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "readonly" in text or "read-only" in text or "read only" in text:
        return ReadOnlyError(
            "LCS Desktop cannot save to the data folder: it is read-only. "
            "Ask IT to give your Windows account permission to change files there."
        )
    if "disk is full" in text or "database or disk is full" in text or "no space" in text:
        return DiskFullError(
            "The disk holding the data folder is full, so nothing more can be saved. "
            "Free some space (or ask IT to), then try again. Nothing already saved was lost."
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DamagedDatabaseError(
            "The database file is damaged and cannot be opened. Restore the latest backup "
            "(Settings, or 'lcs-desktop admin restore'); the damaged file is kept."
        )
    if "locked" in text or "busy" in text:
        return FolderInUseError(
            "The database is busy in another program. Close other copies of LCS Desktop and try again."
        )
    if "unable to open" in text:
        return MissingDataError("The database file could not be opened. Check the data folder is reachable.")
    return StoreError("The database reported a problem. The details are in the log file.")
