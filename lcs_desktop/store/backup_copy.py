"""Encrypted copies of the live database through SQLite's backup API.

The copy is keyed with the same key before a page is written, so no plaintext ever
reaches the disk, and it is checked by opening it again before it is trusted.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from lcs_desktop.store.engine import connect_raw
from lcs_desktop.store.errors import DB_ERRORS, DamagedDatabaseError, damaged, pages_named, translate


def copy_database(source: Path, key: bytes, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = connect_raw(source, key, wal=False)
        try:
            dst = connect_raw(partial, key, wal=False)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        check_database(partial, key)
    except (*DB_ERRORS, DamagedDatabaseError) as exc:
        partial.unlink(missing_ok=True)
        error = exc if isinstance(exc, DamagedDatabaseError) else translate(exc)
        if isinstance(error, DamagedDatabaseError):
            # The backup API copies a damaged page as it is: if the source has damaged pages,
            # name them (else the copy itself went wrong, and says so).
            pages = _source_pages(source, key)
            error = damaged(pages) if pages else error
        raise error from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(target)


def check_database(path: Path, key: bytes, *, full: bool = False) -> None:
    """Raise DamagedDatabaseError unless ``path`` opens with ``key`` and passes its checks."""
    connection = None
    try:
        connection = connect_raw(path, key, wal=False)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if full:
            # First: it names damaged pages, where integrity_check stops at the first with an error.
            problems = connection.execute("PRAGMA cipher_integrity_check").fetchall()
            if problems:
                raise damaged(pages_named(problems))
        rows = connection.execute("PRAGMA quick_check" if not full else "PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            raise damaged(pages_named(rows))
    except DB_ERRORS as exc:
        error = translate(exc)
        if isinstance(error, DamagedDatabaseError) and connection is not None:
            error = damaged(_cipher_pages(connection))
        raise error from None
    finally:
        if connection is not None:
            with contextlib.suppress(*DB_ERRORS):
                connection.close()


def _cipher_pages(connection: object) -> list[int]:
    try:
        return pages_named(connection.execute("PRAGMA cipher_integrity_check").fetchall())  # type: ignore[attr-defined]
    except DB_ERRORS:
        return []


def _source_pages(path: Path, key: bytes) -> list[int]:
    try:
        connection = connect_raw(path, key, wal=False)
    except DB_ERRORS:
        return []
    try:
        return _cipher_pages(connection)
    finally:
        with contextlib.suppress(*DB_ERRORS):
            connection.close()
