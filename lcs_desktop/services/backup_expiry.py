"""Backups expire (issue 10, DESIGN.md §5a): a record deleted today lives on in every older
backup, so backups older than the organisation's limit (Settings › Backups, default three
months) are deleted when the daily backup runs — this organisation's ``.lcsbackup`` files,
manual and automatic alike, the copies taken before an upgrade, and the ``replaced-…`` folders a
restore leaves behind (they hold the database as it was before the restore). Only files this
organisation made are ever touched (their manifest names its database)."""

from __future__ import annotations

import calendar
import logging
import shutil
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from lcs_desktop.store import backup_file as bf
from lcs_desktop.store.database import PRE_MIGRATION_PREFIX

log = logging.getLogger(__name__)

EXPIRED_ACTION = "backups_expired"
REPLACED_PREFIX = "replaced-"  # store/backup_read.py names the folder a restore moves the old data to


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (31 May - 3 months = 28/29 Feb)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def expired(
    ours: Iterable[tuple[Path, bf.Manifest]],
    backup_dir: Path,
    now: datetime,
    months: int,
    data_dir: Path | None = None,
) -> list[Path]:
    """This organisation's backups, pre-upgrade copies and replaced folders made before the limit."""
    cutoff = months_before(now, months)
    found = [path for path, manifest in ours if manifest.created_at < cutoff]
    if backup_dir.is_dir():
        for path in backup_dir.glob(f"{PRE_MIGRATION_PREFIX}*.db"):
            made = datetime.fromtimestamp(path.stat().st_mtime, UTC)
            if made < cutoff:
                found.append(path)
    if data_dir is not None and data_dir.is_dir():
        for path in data_dir.glob(f"{REPLACED_PREFIX}*"):
            if path.is_dir() and datetime.fromtimestamp(path.stat().st_mtime, UTC) < cutoff:
                found.append(path)
    return sorted(found)


def remove(paths: Iterable[Path]) -> int:
    removed = 0
    for path in paths:
        try:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            log.warning("could not delete an expired backup")
            continue
        removed += 1
    return removed
