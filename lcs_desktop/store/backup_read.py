"""Reading a backup back: its manifest, its members (checked), and putting them in place.

Two containers are read: format 2, LCS Desktop's own (``backup_container``), and the ZIP of
format 1, so every backup ever made still restores and serves as a witness.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from lcs_desktop.store.backup_container import ContainerReader, is_container
from lcs_desktop.store.backup_format import (
    DB_MEMBER,
    MANIFEST,
    MEMBERS,
    SLOTS_MEMBER,
    BackupFileError,
    Manifest,
    damaged_error,
)
from lcs_desktop.vault.keyslots import AuditHead

_CHUNK = 1 << 20


class OpenBackup:
    """A backup opened for reading, whichever its container: its manifest (as stored, and
    read) and its members, each as the manifest places it."""

    def __init__(self, path: Path) -> None:
        self.name = path.name
        self._zip: zipfile.ZipFile | None = None
        self._own: ContainerReader | None = None
        if _starts_like_container(path):
            self._own = ContainerReader(path)
            self.manifest_raw = self._own.manifest_raw
        else:
            self._zip = _open_zip(path)
            self.manifest_raw = _zip_manifest_raw(self._zip, path.name)
        try:
            self.manifest = Manifest.from_json(self.manifest_raw, self.name)
            if any(m not in self.manifest.files for m in MEMBERS):
                raise damaged_error(self.name)
            if self._zip is not None and any(m not in self._zip.namelist() for m in MEMBERS):
                raise damaged_error(self.name)
            if self._own is not None:
                for member in MEMBERS:
                    self._own.member(self.manifest.files, member)  # inside the file, or damaged
        except BaseException:
            self.close()
            raise

    def chunks(self, member: str) -> Iterator[bytes]:
        """The member's bytes, in chunks; a damaged container raises BackupFileError."""
        if self._own is not None:
            yield from self._own.chunks(self._own.member(self.manifest.files, member))
            return
        assert self._zip is not None
        try:
            with self._zip.open(member) as src:
                while chunk := src.read(_CHUNK):
                    yield chunk
        except (KeyError, zipfile.BadZipFile, EOFError, ValueError):
            raise damaged_error(self.name) from None

    def read(self, member: str) -> bytes:
        return b"".join(self.chunks(member))

    def stored_size(self, member: str) -> int:
        """The member's size as its container records it (the ZIP directory, or the manifest)."""
        if self._own is not None:
            return self._own.member(self.manifest.files, member).size
        assert self._zip is not None
        info = self._zip.getinfo(member)
        return info.file_size if info.compress_size == info.file_size else -1

    @property
    def is_zip(self) -> bool:
        return self._zip is not None

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
        if self._own is not None:
            self._own.close()

    def __enter__(self) -> OpenBackup:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_backup(path: Path) -> OpenBackup:
    return OpenBackup(Path(path))


def read_manifest(path: Path) -> Manifest:
    """The manifest of a backup (quick: reads its end, or the ZIP directory, and one small member)."""
    with open_backup(path) as backup:
        return backup.manifest


def manifest_sha256(path: Path) -> str:
    """The SHA-256 of a backup's manifest as stored: how the audit log names a format 2 backup."""
    with open_backup(path) as backup:
        return hashlib.sha256(backup.manifest_raw).hexdigest()


def extract_backup(path: Path, folder: Path) -> Manifest:
    """Extract the members into ``folder``, each checked against the manifest's SHA-256."""
    with open_backup(path) as backup:
        for member in MEMBERS:
            expected = backup.manifest.files.get(member) or {}
            digest = hashlib.sha256()
            with open(folder / member, "wb") as dst:
                for chunk in backup.chunks(member):
                    digest.update(chunk)
                    dst.write(chunk)
            if digest.hexdigest() != expected.get("sha256"):
                raise damaged_error(path.name)
        return backup.manifest


def _starts_like_container(path: Path) -> bool:
    if path.is_dir():
        raise BackupFileError(f"{path} is a folder. Give the backup file itself.")
    try:
        with open(path, "rb") as fh:
            return is_container(fh.read(16))
    except FileNotFoundError:
        raise BackupFileError(f"There is no file at {path}.") from None
    except PermissionError:
        raise BackupFileError(f"LCS Desktop is not allowed to read {path}.") from None
    except OSError as exc:
        raise BackupFileError(f"{path} cannot be read ({exc.strerror}).") from None


def _zip_manifest_raw(zf: zipfile.ZipFile, name: str) -> bytes:
    try:
        return zf.read(MANIFEST)
    except KeyError:
        zf.close()
        raise BackupFileError(f"{name} is not an LCS Desktop backup.") from None
    except (zipfile.BadZipFile, EOFError, ValueError):
        zf.close()
        raise damaged_error(name) from None


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
    with open_backup(path) as backup:
        manifest = backup.manifest
        if manifest.audit_head_digest:
            return AuditHead(manifest.audit_head_seq, manifest.audit_head_digest)
        try:
            head = json.loads(backup.read(SLOTS_MEMBER).decode("utf-8")).get("audit_head")
            return AuditHead(int(head["seq"]), str(head["digest"])) if head else None
        except (KeyError, TypeError, ValueError):
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
