"""Restoring a backup from the running app (Settings › Backups, administrators).

The running app holds the data folder's lock, so the GUI first shows what the chosen file is
(``describe_backup``, read from its manifest alone) and what will happen, then signs out, which
releases the lock, and runs ``restore_in_app`` off the GUI thread: the same checks as the
``lcs-desktop admin restore`` command (``backups.restore_backup``), and the same safety copy of
the data it replaces. Every refusal is one plain sentence and leaves the current data untouched.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.backups import RestoreResult, restore_backup
from lcs_desktop.store import backup_file as bf


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What a person is shown before restoring: nothing here is personal data."""

    path: Path
    created_at: datetime
    app_version: str
    audit_head_seq: int
    kind: str  # "manual" or "automatic"
    size_bytes: int
    same_organisation: bool


def describe_backup(path: Path, db_id: str | None) -> BackupSummary:
    """The backup's manifest, read without its passwords; refuses a file that is not a backup."""
    manifest = bf.read_manifest(Path(path))
    return BackupSummary(
        Path(path),
        manifest.created_at,
        manifest.app_version,
        manifest.audit_head_seq,
        manifest.kind,
        Path(path).stat().st_size,
        db_id is None or manifest.db_id == db_id,
    )


def restore_in_app(paths: AppPaths, backup: Path, username: str, password: str) -> RestoreResult:
    """``restore_backup`` after sign-out, with a full disk said in words."""
    try:
        return restore_backup(paths, backup, username, password)
    except LcsError:
        raise
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise LcsError(
                "The backup was not restored: the disk of the data folder is full. Free some space, "
                "then try again. Your current data is unchanged."
            ) from None
        raise LcsError(
            "The backup was not restored: the data folder could not be written. Your current data "
            "is unchanged."
        ) from None


def result_sentence(result: RestoreResult) -> str:
    made = result.backup_created_at.astimezone().strftime("%d/%m/%Y %H:%M")
    kept = (
        f" The data it replaced is kept in the folder {result.replaced_folder.name}."
        if result.replaced_folder is not None
        else ""
    )
    return (
        f"The backup made on {made} was restored.{kept} Sign in with the password you had when "
        "the backup was made."
    )
