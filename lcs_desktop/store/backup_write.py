"""Writing the backup container in one pass: hashed, read back and synced as it is written.

Every byte is hashed (SHA-256 of the whole file, on a thread of its own: hashlib lets go of the
GIL, so it overlaps the write) and read back from the file right after it is written, compared
byte for byte with what was meant to be there. So the file is verified without a second full
read once it is closed: ``verify_backup`` then checks its directory, manifest and small members.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import zipfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from lcs_desktop.store.backup_format import (
    DB_MEMBER,
    MANIFEST,
    MEMBERS,
    SLOTS_MEMBER,
    BackupFileError,
    DbCopy,
    Manifest,
    Sink,
)
from lcs_desktop.store.backup_read import _manifest, _open_zip


class BackgroundDigest:
    """A SHA-256 updated on its own thread, so hashing runs beside the copy.

    ``update`` returns at once; the bytes handed to it must not change until the next
    ``update``, ``wait`` or ``hexdigest`` (each waits for the one before)."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="backup-hash")
        self._pending: Future[None] | None = None

    def update(self, data: bytes | bytearray | memoryview) -> None:
        self.wait()
        self._pending = self._pool.submit(self._digest.update, data)

    def wait(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()

    def hexdigest(self) -> str:
        self.wait()
        return self._digest.hexdigest()

    def close(self) -> None:
        try:
            self.wait()
        finally:
            self._pool.shutdown(wait=True)


@dataclass(frozen=True, slots=True)
class Written:
    manifest: Manifest  # as written, with each member's SHA-256 and size
    sha256: str  # of the whole file, hashed as it was written
    db_crc: int = 0  # the database member's CRC-32, as zipfile computed it from the bytes written


class MismatchError(OSError):
    """What was read back from the file is not what was written to it."""


class _CheckedWriter(io.RawIOBase):
    """Hashes every byte on its way to the file and reads it straight back, comparing.

    Not seekable, so zipfile writes each member once, in order, with its CRC and sizes after
    the data: the hash is of the file as it is. The hash of one write runs on while the caller
    gets the next chunk ready, so the bytes of a write must not change until the next write
    (``stream_file`` alternates two buffers; zipfile's own writes are immutable bytes)."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self._raw, self._fd, self._written = raw, raw.fileno(), 0
        self.digest = BackgroundDigest()
        self._back = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        n = len(data) if not isinstance(data, memoryview) else data.nbytes
        self.digest.update(data)
        self._raw.write(data)
        self._raw.flush()
        if len(self._back) != n:
            self._back = bytearray(n)  # exactly n: bytearray == buffer is one memcmp
        got = os.preadv(self._fd, [self._back], self._written)
        if got != n or self._back != data:
            raise MismatchError(5, "the data did not read back as written")
        self._written += n
        return n

    def tell(self) -> int:
        return self._written

    def seekable(self) -> bool:
        return False

    def seek(self, *_args: object) -> int:
        raise io.UnsupportedOperation("not seekable")

    def close(self) -> None:
        try:
            self.digest.close()
        finally:
            super().close()


def write_backup(
    target: Path,
    created_at: datetime,
    copy_db: Callable[[Sink], DbCopy],
    finish: Callable[[DbCopy], tuple[bytes, Manifest]],
) -> Written:
    """Write the container to ``target`` (never over an existing file), via a ``.partial``.

    ``copy_db`` writes the database straight into its member (one pass, see
    ``backup_snapshot``) and says what it wrote; ``finish`` then gives the key slots and the
    manifest, which follow it. The whole file is hashed and read back as it is written, and
    synced to disk.
    """
    if target.exists():
        raise BackupFileError(f"{target} already exists. Choose another name; nothing was overwritten.")
    partial = target.with_name(target.name + ".partial")
    try:
        with (
            open(partial, "w+b") as raw,
            _CheckedWriter(raw) as out,
            zipfile.ZipFile(out, "w", zipfile.ZIP_STORED, allowZip64=True) as zf,
        ):
            with zf.open(_info(DB_MEMBER, created_at), "w", force_zip64=True) as dst:
                db = copy_db(dst.write)
            db_crc = zf.getinfo(DB_MEMBER).CRC
            keyslots, manifest = finish(db)
            files = {
                DB_MEMBER: {"sha256": db.sha256, "size": db.size},
                SLOTS_MEMBER: {"sha256": hashlib.sha256(keyslots).hexdigest(), "size": len(keyslots)},
            }
            manifest = dataclasses.replace(manifest, files=files)
            zf.writestr(_info(SLOTS_MEMBER, manifest.created_at), keyslots)
            zf.writestr(_info(MANIFEST, manifest.created_at), manifest.to_json())
            zf.close()
            sha256 = out.digest.hexdigest()
            raw.flush()
            os.fsync(raw.fileno())
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
    return Written(manifest, sha256, db_crc)


def verify_backup(target: Path, written: Written) -> None:
    """Open the written file once more: its directory, manifest and members must be as written.

    Every byte of the database member was read back and compared as it was written (see
    ``_CheckedWriter``), so it is not read a second time here: its size and CRC-32 in the
    directory are checked, the small members against their SHA-256; restore checks every
    member's SHA-256 in full."""
    failed = _read_back_error()
    files = written.manifest.files
    with _open_zip(target) as zf:
        if _manifest(zf, target.name).files != files:
            raise failed
        small = {name: zf.read(name) for name in MEMBERS if name != DB_MEMBER}
        info = zf.getinfo(DB_MEMBER)
    if any(hashlib.sha256(data).hexdigest() != files[name]["sha256"] for name, data in small.items()):
        raise failed
    if info.compress_size != info.file_size or info.file_size != files[DB_MEMBER]["size"]:
        raise failed
    if written.db_crc != info.CRC:
        raise failed


def _read_back_error() -> BackupFileError:
    return BackupFileError("The backup did not read back as written. Try another folder or disk.")


def _info(name: str, when: datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=when.astimezone(UTC).timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED
    return info


def _write_error(target: Path, exc: OSError) -> BackupFileError:
    if exc.errno == 28:  # ENOSPC
        return BackupFileError(f"There is not enough space in {target.parent} for the backup.")
    if isinstance(exc, PermissionError) or exc.errno == 30:
        return BackupFileError(f"LCS Desktop cannot write to {target.parent}. Choose another folder.")
    return BackupFileError(f"The backup could not be written to {target.parent} ({exc.strerror}).")
