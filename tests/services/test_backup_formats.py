"""Backup formats (issue 12): format 2 (LCS Desktop's own container, named in the audit log by its
manifest's SHA-256) is written now; format 1 backups (ZIPs, named by the whole file's SHA-256)
still list, witness and restore as they did."""

from __future__ import annotations

import hashlib
import zipfile

import pytest

from lcs_desktop.domain.roles import Role
from lcs_desktop.services.backups import restore_backup
from lcs_desktop.services.witness import check_witness
from lcs_desktop.store import backup_file as bf
from lcs_desktop.store.backup_file import BackupFileError
from tests.conftest import ADMIN_PASSWORD
from tests.services.backup_helpers import layout, with_manifest, write_format1_backup


def _events(session, action: str):
    return [e for e in session.audit_log.events(session.user, limit=1000) if e.action == action]


def test_a_format1_backup_still_lists_witnesses_and_restores(org, paths, authenticator, tmp_path):
    old = org.backups.folder()
    old.mkdir(parents=True, exist_ok=True)
    backup = old / "lcs-backup-20260105-090000.lcsbackup"
    whole = write_format1_backup(org, backup)
    assert zipfile.is_zipfile(backup) and bf.read_manifest(backup).format_version == 1
    org.accounts.add_user(org.user, "later", "Added After", frozenset({Role.CHECKER}))

    assert [b.path for b in org.backups.list_backups(org.user)] == [backup]
    witness = check_witness(org.workspace, org.user, backup)
    assert witness.ok and "newer event(s) after it" in witness.message
    assert _events(org, "backup_made")[0].details["sha256"] == whole  # as format 1 recorded it
    org.sign_out()

    result = restore_backup(paths, backup, "admin", ADMIN_PASSWORD)

    assert result.sha256 == whole  # named as its backup_made event named it: the whole file
    session = authenticator.sign_in("admin", ADMIN_PASSWORD)
    try:
        restored = _events(session, "backup_restored")[0]
        assert restored.details["sha256"] == whole
        assert "manifest_sha256" not in restored.details
        assert {u.username for u in session.accounts.list_users(session.user)} == {"admin"}
    finally:
        session.sign_out()


def test_a_format2_backup_is_named_by_its_manifest_from_making_to_restoring(org, paths, authenticator):
    info = org.backups.backup_now(org.user)
    raw, _members = layout(info.path)
    assert not zipfile.is_zipfile(info.path)
    assert info.sha256 == hashlib.sha256(raw).hexdigest() == bf.manifest_sha256(info.path)
    assert check_witness(org.workspace, org.user, info.path).ok
    org.sign_out()

    result = restore_backup(paths, info.path, "admin", ADMIN_PASSWORD)

    session = authenticator.sign_in("admin", ADMIN_PASSWORD)
    try:
        assert _events(session, "backup_restored")[0].details["manifest_sha256"] == info.sha256
        assert result.sha256 == info.sha256
    finally:
        session.sign_out()


def _cut_trailer(path, target) -> None:  # type: ignore[no-untyped-def]
    target.write_bytes(path.read_bytes()[:-10])


def _member_outside(path, target) -> None:  # type: ignore[no-untyped-def]
    with_manifest(path, target, lambda m: m["files"]["keyslots.json"].update(offset=10**12))


def _edited_manifest(path, target) -> None:  # type: ignore[no-untyped-def]
    with_manifest(path, target, lambda m: m["files"]["keyslots.json"].update(sha256="0" * 64))


@pytest.mark.parametrize("spoil", [_cut_trailer, _member_outside, _edited_manifest])
def test_a_spoilt_format2_backup_is_refused_in_plain_words(org, paths, tmp_path, spoil):
    info = org.backups.backup_now(org.user)
    org.sign_out()
    spoilt = tmp_path / "spoilt.lcsbackup"
    spoil(info.path, spoilt)

    with pytest.raises(BackupFileError) as refused:
        restore_backup(paths, spoilt, "admin", ADMIN_PASSWORD)

    assert refused.value.message == (
        "spoilt.lcsbackup is damaged or incomplete, so it cannot be restored. Use another backup."
    )
