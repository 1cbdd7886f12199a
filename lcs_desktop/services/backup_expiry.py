"""Backups expire (issue 10, DESIGN.md §5a): a record deleted today lives on in every older
backup, so backups older than the organisation's limit (Settings › Backups, default three
months) are deleted when the daily backup runs — this organisation's ``.lcsbackup`` files,
manual and automatic alike, and the copies taken before an upgrade. Only files this
organisation made are ever touched (their manifest names its database)."""

from __future__ import annotations

import calendar
import logging
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from lcs_desktop.store import backup_file as bf
from lcs_desktop.store.database import PRE_MIGRATION_PREFIX

log = logging.getLogger(__name__)

EXPIRED_ACTION = "backups_expired"


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (31 May - 3 months = 28/29 Feb)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def expired(
    ours: Iterable[tuple[Path, bf.Manifest]], backup_dir: Path, now: datetime, months: int
) -> list[Path]:
    """This organisation's backups and pre-upgrade copies made before the limit."""
    cutoff = months_before(now, months)
    found = [path for path, manifest in ours if manifest.created_at < cutoff]
    if backup_dir.is_dir():
        for path in backup_dir.glob(f"{PRE_MIGRATION_PREFIX}*.db"):
            made = datetime.fromtimestamp(path.stat().st_mtime, UTC)
            if made < cutoff:
                found.append(path)
    return sorted(found)


def remove(paths: Iterable[Path]) -> int:
    removed = 0
    for path in paths:
        try:
            path.unlink()
        except OSError:
            log.warning("could not delete an expired backup")
            continue
        removed += 1
    return removed
