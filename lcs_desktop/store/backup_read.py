"""Reading a backup container back: its manifest, its members (checked), and putting them in place."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import zipfile
from datetime import datetime
from pathlib import Path

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
