"""Re-encrypt the database file under a new key, crash-safely (issue 8, leavers).

The live file is never changed in place. A new file ``lcs.db.rekey`` is written beside it
with ``sqlcipher_export`` under the new key, flushed to disk, reopened with the new key and
compared with the live file (row counts of every table and the newest audit event), and
only then put in place of the live file with one atomic ``os.replace``. Until that rename
the old key opens the data; after it the new key does; a crash or a cancel before it leaves
only the ``.rekey`` leftovers, which ``clean_leftovers`` removes.

The caller must have closed every other connection to the file (``engine.dispose()``)
and hold the folder's instance lock.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lcs_desktop.store.engine import NEW_FILE_HMAC, connect_raw
from lcs_desktop.store.errors import DB_ERRORS, DamagedDatabaseError, FolderInUseError, StoreError, translate

REKEY_SUFFIX = ".rekey"
# SQLite's progress handler runs every this many virtual-machine steps: often enough for a
# prompt cancel, rarely enough to cost nothing measurable.
PROGRESS_STEPS = 50_000
# Share of the bar for the copy; the rest is the check of the new file.
COPY_SHARE = 0.9

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


class RekeyCancelled(StoreError):
    """The key change was stopped before the new file replaced the old one."""

    def __init__(self) -> None:
        super().__init__("The database key change was cancelled. The old key is still in force.")


def rekey_path(path: Path) -> Path:
    return path.with_name(path.name + REKEY_SUFFIX)


def leftovers(path: Path) -> list[Path]:
    """Files an interrupted key change may leave beside the database."""
    new = rekey_path(path)
    names = (new.name, new.name + "-journal", new.name + "-wal", new.name + "-shm")
    return [path.with_name(name) for name in names if path.with_name(name).exists()]


def clean_leftovers(path: Path) -> bool:
    """Remove what an interrupted key change left; True when there was something."""
    found = leftovers(path)
    for leftover in found:
        leftover.unlink(missing_ok=True)
    return bool(found)


def rekey_database(
    path: Path,
    old_key: bytes,
    new_key: bytes,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Put a copy of ``path`` encrypted under ``new_key`` in its place, or leave it untouched.

    Raises RekeyCancelled when ``cancelled()`` turns true before the replace, and a
    StoreError with a plain message for any database fault; in both cases the old file and
    the old key stay in force and no leftover remains.
    """
    report = progress or (lambda _fraction: None)
    stop = cancelled or (lambda: False)
    target = rekey_path(path)
    clean_leftovers(path)
    report(0.0)
    try:
        expected = _copy(path, old_key, target, new_key, report, stop)
        report(COPY_SHARE)
        _check_copy(target, new_key, expected)
        _fsync_file(target)
        if stop():
            raise RekeyCancelled
        # The source was checkpointed (TRUNCATE) and closed cleanly, so its WAL is empty or
        # gone: no stale frame under the old key may sit beside the new file.
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(target, path)
    except OSError:
        # Windows refuses to replace a file another program holds open; a disk may fail.
        clean_leftovers(path)
        raise StoreError(
            "The database file could not be replaced by its re-encrypted copy (another program may "
            "have it open). The old key is still in force; close other programs and try again."
        ) from None
    except BaseException:
        clean_leftovers(path)
        raise
    # From here the new key is in force: nothing below may raise.
    with contextlib.suppress(OSError):
        _fsync_dir(path.parent)
    with contextlib.suppress(Exception):
        report(1.0)


def _copy(
    path: Path, old_key: bytes, target: Path, new_key: bytes, report: Progress, stop: Cancelled
) -> dict[str, Any]:
    source_size = max(path.stat().st_size, 1)
    connection = None
    last = [0.0]

    def _tick() -> int:
        if stop():
            return 1  # interrupts the running statement
        now = time.monotonic()
        if now - last[0] >= 0.1:
            last[0] = now
            with contextlib.suppress(OSError):
                report(min(target.stat().st_size / source_size, 1.0) * COPY_SHARE)
        return 0

    try:
        connection = connect_raw(path, old_key)
        busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy and busy[0]:
            raise FolderInUseError(
                "The database is in use by another program, so its key cannot be changed now. "
                "Close other copies of LCS Desktop and try again."
            )
        expected = _figures(connection)
        user_version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute("ATTACH DATABASE ? AS rekey KEY ?", (str(target), _raw_key_text(new_key)))
        # The copy is a new file: the HMAC of new files, whatever the old one used (engine.py).
        connection.execute(f"PRAGMA rekey.cipher_hmac_algorithm = {NEW_FILE_HMAC}")
        connection.set_progress_handler(_tick, PROGRESS_STEPS)
        try:
            connection.execute("SELECT sqlcipher_export('rekey')").fetchall()
        finally:
            connection.set_progress_handler(None, 0)
        connection.execute(f"PRAGMA rekey.user_version = {int(user_version)}")
        connection.execute("DETACH DATABASE rekey")
    except DB_ERRORS as exc:
        if stop():
            raise RekeyCancelled from None
        raise translate(exc) from None
    finally:
        if connection is not None:
            with contextlib.suppress(*DB_ERRORS):
                connection.close()
    if stop():
        raise RekeyCancelled
    return expected


def _raw_key_text(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the database key must be 32 bytes")
    return f"x'{key.hex()}'"


def _figures(connection: Any) -> dict[str, Any]:
    """Row counts of every ordinary table and the newest audit event, to compare copies by."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    figures: dict[str, Any] = {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]  # noqa: S608 (names from the schema)
        for name in names
    }
    if "audit_events" in names:
        figures["audit head"] = connection.execute(
            "SELECT * FROM audit_events ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    return figures


def _check_copy(target: Path, new_key: bytes, expected: dict[str, Any]) -> None:
    connection = None
    try:
        connection = connect_raw(target, new_key, wal=False)
        found = _figures(connection)
        check = connection.execute("PRAGMA quick_check").fetchall()
    except DB_ERRORS as exc:
        raise translate(exc) from None
    finally:
        if connection is not None:
            with contextlib.suppress(*DB_ERRORS):
                connection.close()
    if found != expected or check != [("ok",)]:
        raise DamagedDatabaseError(
            "The re-encrypted copy of the database did not match the original, so the key was "
            "not changed. The old key is still in force; try again, and if it happens again "
            "restore the latest backup."
        )


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
