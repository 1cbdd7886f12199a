"""Writing the backup container in one pass: the database hashed once and synced as written.

The database member's SHA-256 is computed once, on a thread of its own while the pages are
copied (``stream_file``: hashlib lets go of the GIL, so it overlaps the I/O); the manifest
records it, and the manifest's own SHA-256 names the backup in the audit log. Format 1 (a ZIP)
also took a CRC-32 of every byte and a second SHA-256 of the whole file; format 2
(``backup_container``) needs neither. The file is synced to disk while it is written
(``_Syncer``), so only the last few megabytes wait for the final ``fsync``, and a disk that
fails a write or a sync fails the backup. ``verify_backup`` then checks the manifest, the key
slots and the database member's place and size; restore checks every member's SHA-256 in full.

Each chunk is not read back as it is written: a read straight after a write is answered from
the operating system's cache, not the disk, so it proved nothing the write's own result does
not, and reading while the background sync ran cost more than the copy itself (issue 12).
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lcs_desktop.store.backup_container import HEADER, trailer
from lcs_desktop.store.backup_format import (
    DB_MEMBER,
    SLOTS_MEMBER,
    BackupFileError,
    DbCopy,
    Manifest,
    Sink,
)
from lcs_desktop.store.backup_read import open_backup

SYNC_EVERY = 8 << 20  # bytes written between background syncs: the disk works while we copy
_sync = getattr(os, "fdatasync", os.fsync)  # Windows has no fdatasync


@dataclass(frozen=True, slots=True)
class Written:
    manifest: Manifest  # as written, with each member's SHA-256 and size
    manifest_sha256: str  # of manifest.json as stored: what the audit log records of the backup


class MismatchError(OSError):
    """The file does not hold what was written to it (its size differs)."""


class _Syncer:
    """Syncs the file on a thread of its own every ``SYNC_EVERY`` bytes, so writing and the
    disk's own work overlap and the closing ``fsync`` has only the tail left."""

    def __init__(self, fd: int) -> None:
        self._fd, self._synced = fd, 0
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="backup-sync")
        self._running: Future[None] | None = None

    def written(self, total: int) -> None:
        if total - self._synced < SYNC_EVERY or (self._running is not None and not self._running.done()):
            return
        if self._running is not None:
            self._running.result()  # a failed sync (a full or lost disk) fails the backup
        self._synced = total
        self._running = self._pool.submit(_sync, self._fd)

    def close(self) -> None:
        try:
            if self._running is not None:
                self._running.result()
        finally:
            self._pool.shutdown(wait=True)


class _SyncedWriter(io.RawIOBase):
    """Writes straight to the file's descriptor (no buffer of its own: the caller's chunks are
    already large), syncing it to disk in the background as it grows."""

    def __init__(self, raw: io.FileIO) -> None:
        super().__init__()
        self._fd, self._written = raw.fileno(), 0
        self._syncer = _Syncer(self._fd)

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(data).cast("B")
        rest = view
        while rest.nbytes:
            rest = rest[os.write(self._fd, rest) :]
        self._written += view.nbytes
        self._syncer.written(self._written)
        return view.nbytes

    def tell(self) -> int:
        return self._written

    def close(self) -> None:
        try:
            self._syncer.close()
        finally:
            super().close()


def write_backup(
    target: Path,
    created_at: datetime,
    copy_db: Callable[[Sink], DbCopy],
    finish: Callable[[DbCopy], tuple[bytes, Manifest]],
) -> Written:
    """Write the container (format 2, ``backup_container``) to ``target`` via a ``.partial``,
    never over an existing file.

    ``copy_db`` writes the database straight into its member (one pass, see
    ``backup_snapshot``) and says what it wrote, with its SHA-256; ``finish`` then gives the
    key slots and the manifest, which follow it. The file is synced to disk, and its size
    checked against what was written, before it takes its name.
    """
    del created_at  # format 1 dated its ZIP entries; the manifest says when
    if target.exists():
        raise BackupFileError(f"{target} already exists. Choose another name; nothing was overwritten.")
    partial = target.with_name(target.name + ".partial")
    try:
        with open(partial, "w+b", buffering=0) as raw, _SyncedWriter(raw) as out:
            out.write(HEADER)
            db = copy_db(out.write)
            if out.tell() != len(HEADER) + db.size:
                raise MismatchError(5, "the database member is not the size that was copied")
            keyslots, manifest = finish(db)
            files = {
                DB_MEMBER: {"offset": len(HEADER), "sha256": db.sha256, "size": db.size},
                SLOTS_MEMBER: {
                    "offset": out.tell(),
                    "sha256": hashlib.sha256(keyslots).hexdigest(),
                    "size": len(keyslots),
                },
            }
            manifest = dataclasses.replace(manifest, files=files)
            manifest_json = manifest.to_json()
            out.write(keyslots)
            at = out.tell()
            out.write(manifest_json)
            out.write(trailer(at, len(manifest_json)))
            total = out.tell()
            out.close()  # waits for the background sync, so the fsync below has only the tail
            os.fsync(raw.fileno())
            if os.fstat(raw.fileno()).st_size != total:
                raise MismatchError(5, "the file is not the size that was written")
        if target.exists():
            raise BackupFileError(f"{target} already exists. Choose another name; nothing was overwritten.")
        os.replace(partial, target)
    except MismatchError:
        partial.unlink(missing_ok=True)
        raise _read_back_error() from None
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _write_error(target, exc) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return Written(manifest, hashlib.sha256(manifest_json).hexdigest())


def verify_backup(target: Path, written: Written) -> None:
    """Open the written file once more: its manifest and members must be where and as written.

    The database member is not read again (see the module's note): the manifest is checked
    against its SHA-256, the key slots against theirs, the database's place and size against
    the file; restore checks every member's SHA-256 in full."""
    failed = _read_back_error()
    files = written.manifest.files
    try:
        with open_backup(target) as backup:
            if hashlib.sha256(backup.manifest_raw).hexdigest() != written.manifest_sha256:
                raise failed
            if backup.manifest.files != files or backup.stored_size(DB_MEMBER) != files[DB_MEMBER]["size"]:
                raise failed
            slots = backup.read(SLOTS_MEMBER)
    except BackupFileError:
        raise failed from None
    if hashlib.sha256(slots).hexdigest() != files[SLOTS_MEMBER]["sha256"]:
        raise failed


def _read_back_error() -> BackupFileError:
    return BackupFileError("The backup did not read back as written. Try another folder or disk.")


def _write_error(target: Path, exc: OSError) -> BackupFileError:
    if exc.errno == 28:  # ENOSPC
        return BackupFileError(f"There is not enough space in {target.parent} for the backup.")
    if isinstance(exc, PermissionError) or exc.errno == 30:
        return BackupFileError(f"LCS Desktop cannot write to {target.parent}. Choose another folder.")
    return BackupFileError(f"The backup could not be written to {target.parent} ({exc.strerror}).")
