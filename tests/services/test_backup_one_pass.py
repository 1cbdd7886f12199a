"""Backups in one pass (issue 12): a byte copy of the encrypted pages, stopped cleanly, restored whole."""

from __future__ import annotations

import errno
import hashlib
import json
import os
from pathlib import Path

import pytest

from lcs_desktop.services import backups as backups_module
from lcs_desktop.services.backups import restore_backup
from lcs_desktop.store import backup_snapshot
from lcs_desktop.store.backup_file import BackupCancelled, BackupFileError
from lcs_desktop.store.engine import connect_raw
from tests.conftest import ADMIN_PASSWORD
from tests.services.backup_helpers import layout


def _records(database: Path, key: bytes) -> dict[str, list[tuple]]:
    """Every row of every table, in order: what a restore must give back exactly."""
    connection = connect_raw(database, key)
    try:
        names = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        tables = [name for (name,) in names]
        rows = {t: connection.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
        # In a stable order: the audit trail by seq (its first column), the rest sorted.
        return {
            t: sorted(r, key=lambda row: row[0] if t == "audit_events" else repr(row))
            for t, r in rows.items()
        }
    finally:
        connection.close()


def _people(org, count: int, start: int = 0) -> None:
    for n in range(start, start + count):
        org.people.add_person(
            org.user, first_name=f"Jo{n}", last_name="Bloggs", kind="volunteer", reference=f"V-{n}"
        )


@pytest.mark.parametrize("route", ["same disk", "another disk", "backup API (the WAL would not empty)"])
def test_backup_restores_byte_identical_records(org, paths, tmp_path, monkeypatch, route):
    if route == "another disk":
        monkeypatch.setattr(backups_module, "_same_disk", lambda _folder, _data: False)
    elif route.startswith("backup API"):
        monkeypatch.setattr(backup_snapshot, "ATTEMPTS", 0)
    _people(org, 30)
    key = org.workspace.key
    info = org.backups.backup_now(org.user, tmp_path)
    before = _records(paths.database, key)  # the live records, less the backup_made event since
    raw, members = layout(info.path)
    copied = members["lcs.db"]
    assert b"Bloggs" not in copied and b"SQLite format 3" not in copied  # encrypted, page 1 too
    files = json.loads(raw)["files"]
    # Hashed once, as copied: the manifest's SHA-256 of each member is that of its bytes.
    assert all(files[n]["sha256"] == hashlib.sha256(members[n]).hexdigest() for n in members)
    org.people.add_person(org.user, first_name="Late", last_name="Comer", kind="staff", reference="S-1")
    org.sign_out()

    restore_backup(paths, info.path, "admin", ADMIN_PASSWORD)

    after = _records(paths.database, key)
    assert {t: rows for t, rows in after.items() if t != "audit_events"} == {
        t: rows for t, rows in before.items() if t != "audit_events"
    }
    made = before["audit_events"][:-1]  # the backup_made event came after the copy
    assert after["audit_events"][: len(made)] == made
    assert [r[4] for r in after["audit_events"][len(made) :]] == ["backup_restored"]


def test_a_stopped_backup_keeps_nothing_and_releases_the_database(org, paths, monkeypatch):
    monkeypatch.setattr("lcs_desktop.store.backup_file._CHUNK", 4096)  # many chunks, so it stops midway
    _people(org, 20)
    checks = []

    def stop_after_a_few() -> bool:
        checks.append(1)
        return len(checks) > 3

    with pytest.raises(BackupCancelled) as stopped:
        org.backups.auto_backup_if_due(cancelled=stop_after_a_few)
    assert stopped.value.message == "The backup was stopped before the end; nothing of it was kept."
    assert len(checks) == 4
    assert not paths.backup_dir.exists() or not list(paths.backup_dir.iterdir())
    assert not list(paths.data_dir.glob(".backup-*"))
    assert "backup_made" not in {e.action for e in org.audit_log.events(org.user, limit=1000)}
    _people(org, 1, start=100)  # the write lock was released: saving works at once
    assert org.backups.auto_backup_if_due() is not None  # and the next try makes it


def test_a_disk_that_fails_a_write_fails_the_backup_plainly_and_keeps_nothing(org, tmp_path, monkeypatch):
    """A write the disk refuses part-way (EIO on the third chunk here) fails the backup with the
    folder named, and no file, partial or whole, is left behind."""
    folder = tmp_path / "backups"
    folder.mkdir()
    real, calls = os.write, []

    def failing(fd: int, data: bytes) -> int:
        calls.append(fd)
        if len(calls) == 3:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return real(fd, data)

    _people(org, 5)
    monkeypatch.setattr(os, "write", failing)
    with pytest.raises(BackupFileError) as refused:
        org.backups.backup_now(org.user, folder)
    monkeypatch.undo()
    assert refused.value.message == (
        f"The backup could not be written to {folder} ({os.strerror(errno.EIO)})."
    )
    assert list(folder.iterdir()) == []
    assert org.backups.backup_now(org.user, folder).path.exists()  # a sound disk: it is made
