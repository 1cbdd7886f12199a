"""Backups expire (issue 10): the daily backup deletes this organisation's backups older than
the limit (default three months), so a deleted record does not live on in them."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.domain.settings import DEFAULT_BACKUP_MAX_AGE_MONTHS
from lcs_desktop.services.backup_expiry import months_before
from lcs_desktop.store.audit_events import AuditEvent


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        (datetime(2026, 5, 31, 9, tzinfo=UTC), 3, datetime(2026, 2, 28, 9, tzinfo=UTC)),
        (datetime(2028, 5, 31, 9, tzinfo=UTC), 3, datetime(2028, 2, 29, 9, tzinfo=UTC)),  # leap year
        (datetime(2027, 1, 15, 9, tzinfo=UTC), 3, datetime(2026, 10, 15, 9, tzinfo=UTC)),  # across a year
        (datetime(2026, 3, 31, 9, tzinfo=UTC), 1, datetime(2026, 2, 28, 9, tzinfo=UTC)),
    ],
)
def test_months_before_keeps_to_the_calendar(moment, months, expected):
    assert months_before(moment, months) == expected


def test_daily_backup_deletes_backups_older_than_the_limit(org, paths, frozen_clock):
    assert org.settings.get().backup_max_age_months == DEFAULT_BACKUP_MAX_AGE_MONTHS == 3
    start = datetime(2026, 1, 10, 9, tzinfo=UTC)
    frozen_clock.set(start)
    old_manual = org.backups.backup_now(org.user)
    paths.backup_dir.mkdir(parents=True, exist_ok=True)
    old_copy = paths.backup_dir / "before-upgrade-20260110-090000.db"
    old_copy.write_bytes(b"an encrypted copy taken before an upgrade")
    os.utime(old_copy, (start.timestamp(), start.timestamp()))
    replaced = paths.data_dir / "replaced-20260110-090000"  # what a January restore left behind
    replaced.mkdir()
    (replaced / "lcs.db").write_bytes(b"the database as it was before the restore")
    os.utime(replaced, (start.timestamp(), start.timestamp()))
    first_auto = org.backups.auto_backup_if_due(start)
    frozen_clock.set(start + timedelta(days=60))
    recent_manual = org.backups.backup_now(org.user)
    # Three months and a day later: the January backups and copy go; March's stays.
    later = datetime(2026, 4, 11, 9, tzinfo=UTC)
    frozen_clock.set(later)
    org.backups.auto_backup_if_due(later)

    assert not old_manual.path.exists() and not first_auto.path.exists() and not old_copy.exists()
    assert not replaced.exists()
    assert recent_manual.path.exists()
    with org.workspace.reading() as session:
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "backups_expired")))
    assert [(e.actor, json.loads(e.details)) for e in events] == [("system", {"count": 4})]


def test_a_longer_limit_keeps_older_backups(org, frozen_clock):
    org.settings.update(org.user, replace(org.settings.get(), backup_max_age_months=6))
    start = datetime(2026, 1, 10, 9, tzinfo=UTC)
    frozen_clock.set(start)
    manual = org.backups.backup_now(org.user)
    later = datetime(2026, 5, 11, 9, tzinfo=UTC)
    frozen_clock.set(later)
    org.backups.auto_backup_if_due(later)
    assert manual.path.exists()


@pytest.mark.parametrize("months", [0, -1, 13])
def test_limit_outside_one_to_twelve_months_is_refused(org, months):
    with pytest.raises(ValidationError) as refused:
        org.settings.update(org.user, replace(org.settings.get(), backup_max_age_months=months))
    assert refused.value.field == "backup_max_age_months"
    assert org.settings.get().backup_max_age_months == 3
