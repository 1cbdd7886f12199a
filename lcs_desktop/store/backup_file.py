"""The backup container: one ``.lcsbackup`` file that opens with the same passwords.

It is a ZIP (stored, not deflated: encrypted pages do not compress) of three members:

- ``lcs.db``: the SQLCipher database, a consistent copy of its encrypted pages
  (``backup_snapshot``), so nothing in it is ever in clear;
- ``keyslots.json``: the key slots at that moment (the database key wrapped under each
  password and the recovery key; usernames only as salted hashes), so the backup opens with
  the passwords of that day or with the recovery key, and with nothing else;
- ``manifest.json``: format, versions, when (UTC), the database id, schema revision, audit
  head, and the SHA-256 and size of each member. No personal data.

The file name carries no personal data either: ``lcs-backup-YYYYMMDD-HHMMSS.lcsbackup``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import json
import os
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from lcs_desktop.store.engine import connect_raw
from lcs_desktop.store.errors import DB_ERRORS, StoreError, translate
from lcs_desktop.vault.keyslots import AuditHead

FORMAT_NAME = "lcs-desktop-backup"
FORMAT_VERSION = 1
SUFFIX = ".lcsbackup"
MANIFEST = "manifest.json"
DB_MEMBER = "lcs.db"
SLOTS_MEMBER = "keyslots.json"
MEMBERS = (DB_MEMBER, SLOTS_MEMBER)
_CHUNK = 1 << 20


class BackupFileError(StoreError):
    """The file is missing, is not a backup, is damaged, or cannot be written."""


@dataclass(frozen=True, slots=True)
class Manifest:
    created_at: datetime
    app_version: str
    db_id: str
    schema_revision: str | None
    audit_head_seq: int
    kind: str  # "manual" or "automatic"
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    format_version: int = FORMAT_VERSION
    # The audit chain's head digest at the copy: a witness outside the live database (issue 8).
    audit_head_digest: str | None = None

    def to_json(self) -> bytes:
        data = {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "app_version": self.app_version,
            "created_at": self.created_at.astimezone(UTC).isoformat(timespec="seconds"),
            "db_id": self.db_id,
            "schema_revision": self.schema_revision,
            "audit_head_seq": self.audit_head_seq,
            "audit_head_digest": self.audit_head_digest,
            "kind": self.kind,
            "files": self.files,
        }
        return json.dumps(data, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes, name: str) -> Manifest:
        not_backup = BackupFileError(f"{name} is not an LCS Desktop backup.")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise not_backup from None
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            raise not_backup
        if int(data.get("format_version", 0)) > FORMAT_VERSION:
            raise BackupFileError(
                f"{name} was made by a newer version of LCS Desktop. Install that version to restore it."
            )
        try:
            return cls(
                created_at=datetime.fromisoformat(data["created_at"]),
                app_version=str(data["app_version"]),
                db_id=str(data["db_id"]),
                schema_revision=data.get("schema_revision"),
                audit_head_seq=int(data["audit_head_seq"]),
                kind=str(data.get("kind", "manual")),
                files=dict(data["files"]),
                format_version=int(data["format_version"]),
                audit_head_digest=data.get("audit_head_digest"),
            )
        except (KeyError, TypeError, ValueError):
            raise damaged_error(name) from None


def damaged_error(name: str) -> BackupFileError:
    return BackupFileError(f"{name} is damaged or incomplete, so it cannot be restored. Use another backup.")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# -- describing a database copy -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DatabaseFacts:
    db_id: str | None
    schema_revision: str | None
    audit_head: AuditHead | None


def describe_database(path: Path, key: bytes) -> DatabaseFacts:
    """What the manifest records about a (copied) database: read through a keyed connection."""
    connection = None
    try:
        connection = connect_raw(path, key, wal=False)
        return read_facts(connection)
    except DB_ERRORS as exc:
        raise translate(exc) from None
    finally:
        if connection is not None:
            with contextlib.suppress(*DB_ERRORS):
                connection.close()


def read_facts(connection: Any) -> DatabaseFacts:
    """The same, through an open keyed connection (inside the transaction the copy is made in)."""
    row = connection.execute("SELECT value FROM lcs_meta WHERE key = 'db_id'").fetchone()
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    head = connection.execute("SELECT seq, mac FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    return DatabaseFacts(
        row[0] if row else None,
        revision[0] if revision else None,
        AuditHead(int(head[0]), str(head[1])) if head else None,
    )


@dataclass(frozen=True, slots=True)
class DbCopy:
    """A database copied into a backup: its SHA-256 and size, and what the manifest says of it."""

    sha256: str
    size: int
    facts: DatabaseFacts


Sink = Callable[[memoryview], object]


class BackupCancelled(StoreError):
    """The backup was stopped (someone signed out); nothing of it was kept."""


def stream_file(path: Path, write: Sink, cancelled: Callable[[], bool] | None = None) -> tuple[str, int]:
    """Hand ``path`` to ``write`` in chunks of one reused buffer (fresh objects per chunk cost
    more than the copy itself); returns its SHA-256 and size, hashed on the way. Raises
    ``BackupCancelled`` between chunks once ``cancelled()`` is true."""
    digest, size, buffer = hashlib.sha256(), 0, bytearray(_CHUNK)
    view = memoryview(buffer)
    with open(path, "rb", buffering=0) as src:
        while n := src.readinto(buffer):
            if cancelled is not None and cancelled():
                raise BackupCancelled("The backup was stopped before the end; nothing of it was kept.")
            digest.update(view[:n])
            write(view[:n])
            size += n
    return digest.hexdigest(), size


def keyslots_for_backup(raw: bytes, head: AuditHead | None) -> bytes:
    """The live key slots as a backup keeps them.

    "Remember me" slots are left out (a backup opens with a password or the recovery key
    only), as are sign-in failures not yet in the audit log (they belong to the live folder);
    the audit head is the copy's own, so the backup is consistent with itself.
    """
    data = json.loads(raw.decode("utf-8"))
    data["slots"] = {k: v for k, v in data.get("slots", {}).items() if v.get("kind") != "remember"}
    data.pop("pending_failures", None)
    data.pop("unknown_failures", None)
    if head is None:
        data.pop("audit_head", None)
    else:
        data["audit_head"] = {"seq": head.seq, "digest": head.digest}
    return json.dumps(data, indent=1, sort_keys=True).encode("utf-8")


# -- writing ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Written:
    manifest: Manifest  # as written, with each member's SHA-256 and size
    sha256: str  # of the whole file, hashed as it was written


class _HashingWriter(io.RawIOBase):
    """Hashes every byte on its way to the file. Not seekable, so zipfile writes each member
    once, in order, with its CRC and sizes after the data: the hash is of the file as it is."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self._raw, self.digest, self._written = raw, hashlib.sha256(), 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self.digest.update(data)
        self._raw.write(data)
        self._written += len(data)
        return len(data)

    def tell(self) -> int:
        return self._written

    def seekable(self) -> bool:
        return False

    def seek(self, *_args: object) -> int:
        raise io.UnsupportedOperation("not seekable")


def write_backup(
    target: Path,
    created_at: datetime,
    copy_db: Callable[[Sink], DbCopy],
    finish: Callable[[DbCopy], tuple[bytes, Manifest]],
) -> Written:
    """Write the container to ``target`` (never over an existing file), via a ``.partial``.

    ``copy_db`` writes the database straight into its member (one pass, see
    ``backup_snapshot``) and says what it wrote; ``finish`` then gives the key slots and the
    manifest, which follow it. The whole file is hashed as it is written and synced to disk.
    """
    if target.exists():
        raise BackupFileError(f"{target} already exists. Choose another name; nothing was overwritten.")
    partial = target.with_name(target.name + ".partial")
    try:
        with (
            open(partial, "wb") as raw,
            _HashingWriter(raw) as out,
            zipfile.ZipFile(out, "w", zipfile.ZIP_STORED, allowZip64=True) as zf,
        ):
            with zf.open(_info(DB_MEMBER, created_at), "w", force_zip64=True) as dst:
                db = copy_db(dst.write)
            keyslots, manifest = finish(db)
            files = {
                DB_MEMBER: {"sha256": db.sha256, "size": db.size},
                SLOTS_MEMBER: {"sha256": hashlib.sha256(keyslots).hexdigest(), "size": len(keyslots)},
            }
            manifest = dataclasses.replace(manifest, files=files)
            zf.writestr(_info(SLOTS_MEMBER, manifest.created_at), keyslots)
            zf.writestr(_info(MANIFEST, manifest.created_at), manifest.to_json())
            zf.close()
            raw.flush()
            os.fsync(raw.fileno())
        if target.exists():
            raise BackupFileError(f"{target} already exists. Choose another name; nothing was overwritten.")
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _write_error(target, exc) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return Written(manifest, out.digest.hexdigest())


def verify_backup(target: Path, written: Written) -> None:
    """Read the written file back once: its members must be what was written.

    The database member is checked against the CRC-32 that zipfile computed from the very
    bytes whose SHA-256 the manifest holds, the small members against their SHA-256; restore
    checks every member's SHA-256 in full. (The whole file's SHA-256 was taken as it was
    written; hashing it again here would double the cost of this read.)"""
    failed = BackupFileError("The backup did not read back as written. Try another folder or disk.")
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
    crc = 0
    with open(target, "rb") as fh:
        fh.seek(info.header_offset)
        local = fh.read(30)  # the member's local header, fixed part
        start = info.header_offset + 30 + int.from_bytes(local[26:28], "little")
        fh.seek(start + int.from_bytes(local[28:30], "little"))
        left, buffer = info.file_size, bytearray(_CHUNK)
        while left and (n := fh.readinto(buffer)):
            crc = zlib.crc32(memoryview(buffer)[: min(n, left)], crc)
            left -= min(n, left)
    if left or crc != info.CRC:
        raise failed


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


# -- reading ------------------------------------------------------------------------------------


def read_manifest(path: Path) -> Manifest:
    """The manifest of a backup (quick: reads the ZIP directory and one small member)."""
    with _open_zip(path) as zf:
        return _manifest(zf, path.name)


def extract_backup(path: Path, folder: Path) -> Manifest:
    """Extract the members into ``folder``, each checked against the manifest's SHA-256."""
    with _open_zip(path) as zf:
        manifest = _manifest(zf, path.name)
        for member in MEMBERS:
            expected = manifest.files.get(member) or {}
            digest = hashlib.sha256()
            try:
                with zf.open(member) as src, open(folder / member, "wb") as dst:
                    while chunk := src.read(_CHUNK):
                        digest.update(chunk)
                        dst.write(chunk)
            except (KeyError, zipfile.BadZipFile, EOFError, ValueError):
                raise damaged_error(path.name) from None
            if digest.hexdigest() != expected.get("sha256"):
                raise damaged_error(path.name)
    return manifest


def _manifest(zf: zipfile.ZipFile, name: str) -> Manifest:
    try:
        raw = zf.read(MANIFEST)
    except KeyError:
        raise BackupFileError(f"{name} is not an LCS Desktop backup.") from None
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise damaged_error(name) from None
    manifest = Manifest.from_json(raw, name)
    if any(m not in zf.namelist() or m not in manifest.files for m in MEMBERS):
        raise damaged_error(name)
    return manifest


def _open_zip(path: Path) -> zipfile.ZipFile:
    if path.is_dir():
        raise BackupFileError(f"{path} is a folder. Give the backup file itself.")
    try:
        with open(path, "rb") as fh:
            magic = fh.read(4)
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BackupFileError(f"There is no file at {path}.") from None
    except PermissionError:
        raise BackupFileError(f"LCS Desktop is not allowed to read {path}.") from None
    except (zipfile.BadZipFile, EOFError, ValueError):
        if magic.startswith(b"PK"):
            raise damaged_error(path.name) from None
        raise BackupFileError(f"{path.name} is not an LCS Desktop backup.") from None
    except OSError as exc:
        raise BackupFileError(f"{path} cannot be read ({exc.strerror}).") from None


def witness_head(path: Path) -> AuditHead | None:
    """The audit head a backup recorded when it was made (a witness outside the live database):
    the manifest's, or for a backup made before the manifest held it, its key file's."""
    manifest = read_manifest(path)
    if manifest.audit_head_digest:
        return AuditHead(manifest.audit_head_seq, manifest.audit_head_digest)
    with _open_zip(path) as zf:
        try:
            head = json.loads(zf.read(SLOTS_MEMBER).decode("utf-8")).get("audit_head")
            return AuditHead(int(head["seq"]), str(head["digest"])) if head else None
        except (KeyError, TypeError, ValueError, zipfile.BadZipFile):
            raise damaged_error(path.name) from None


# -- putting a checked backup in place ---------------------------------------------------------

LIVE_FILES = (DB_MEMBER, f"{DB_MEMBER}-wal", f"{DB_MEMBER}-shm", f"{DB_MEMBER}-journal", SLOTS_MEMBER)


def swap_in(folder: Path, staged: Path, now: datetime) -> Path | None:
    """Move the live database and key slots into ``replaced-…`` (kept), then the staged ones in.

    The caller holds the folder's instance lock and has checked everything in ``staged``.
    If a move fails, what was moved is put back, so the folder is as it was.
    Returns the folder holding the replaced files (None when there were none).
    """
    current = [folder / name for name in LIVE_FILES if (folder / name).exists()]
    replaced = None
    moved: list[Path] = []
    placed: list[Path] = []
    try:
        if current:
            replaced = _new_folder(folder, f"replaced-{now.astimezone():%Y%m%d-%H%M%S}")
            for path in current:
                os.replace(path, replaced / path.name)
                moved.append(path)
        for name in MEMBERS:
            os.replace(staged / name, folder / name)
            placed.append(folder / name)
    except OSError as exc:
        for path in placed:
            with contextlib.suppress(OSError):
                path.unlink()
        for path in moved:
            with contextlib.suppress(OSError):
                os.replace(replaced / path.name, path)  # type: ignore[operator]
        raise BackupFileError(
            f"The backup could not be put in place ({exc.strerror}). The data folder is unchanged."
        ) from None
    return replaced


def _new_folder(parent: Path, name: str) -> Path:
    candidate, number = parent / name, 2
    while True:
        try:
            candidate.mkdir()
            return candidate
        except FileExistsError:
            candidate = parent / f"{name}-{number}"
            number += 1
