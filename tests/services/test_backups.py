"""Backups and restore on real SQLCipher files: made, verified, opened, restored, refused."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lcs_desktop.domain.errors import AuthenticationError, PermissionDenied
from lcs_desktop.domain.roles import Role
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.services.backups import restore_backup
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.store.backup_file import BackupFileError, sha256_file
from lcs_desktop.store.engine import connect_raw
from lcs_desktop.store.errors import FolderInUseError, RolledBackError, StoreError
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.conftest import ADMIN_PASSWORD
from tests.frozen_clock import TEST_NOW
from tests.services.backup_helpers import layout, with_manifest

DISTINCTIVE = "Zebediah Quuxworth-Marmalade"
NEW_PASSWORD = "Amber-Lantern-Orchard-58"


def _events(org, action: str):
    return [e for e in org.audit_log.events(org.user, limit=1000) if e.action == action]


def _extract_to(backup: Path, root: Path) -> AppPaths:
    """A fresh data folder holding only what is inside the backup (as on another PC)."""
    target = AppPaths.under(root)
    target.data_dir.mkdir(parents=True)
    _raw, members = layout(backup)
    for name in ("lcs.db", "keyslots.json"):
        (target.data_dir / name).write_bytes(members[name])
    return target


def _tamper_audit_actor(database: Path, key: bytes, seq: int) -> None:
    """Edit an audit row behind the app's back (the append-only trigger removed first)."""
    connection = connect_raw(database, key)
    try:
        connection.execute("DROP TRIGGER audit_events_no_update")
        connection.execute("UPDATE audit_events SET actor = 'mallory' WHERE seq = ?", (seq,))
        connection.commit()
    finally:
        connection.close()


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: sha256_file(p) for p in folder.iterdir() if p.is_file() and p.name != "lcs.lock"}


# -- making backups ----------------------------------------------------------------------------


def test_backup_now_writes_verified_container_and_audits_it(org, paths):
    info = org.backups.backup_now(org.user)

    assert info.path.parent == paths.backup_dir
    assert re.fullmatch(r"lcs-backup-\d{8}-\d{6}\.lcsbackup", info.path.name)
    raw, members = layout(info.path)
    assert info.sha256 == hashlib.sha256(raw).hexdigest()  # the audit log names it by its manifest
    assert info.size_bytes == info.path.stat().st_size
    assert sorted(members) == ["keyslots.json", "lcs.db"]
    manifest = json.loads(raw)
    slots = json.loads(members["keyslots.json"])
    assert all(manifest["files"][n]["sha256"] == hashlib.sha256(members[n]).hexdigest() for n in members)
    assert manifest["format"] == "lcs-desktop-backup"
    assert manifest["format_version"] == 2
    assert manifest["db_id"] == org.workspace.db_id
    assert manifest["schema_revision"]
    assert manifest["audit_head_seq"] == slots["audit_head"]["seq"] >= 3
    assert manifest["created_at"].endswith("+00:00")
    assert not list(paths.backup_dir.glob("*.partial"))
    made = _events(org, "backup_made")
    assert made[0].details["file"] == info.path.name
    assert made[0].details["manifest_sha256"] == info.sha256 and "sha256" not in made[0].details
    assert made[0].actor == "admin"


def test_backup_now_never_overwrites_an_existing_name(org, tmp_path):
    first = org.backups.backup_now(org.user, tmp_path)
    second = org.backups.backup_now(org.user, tmp_path)
    explicit = tmp_path / "mine.lcsbackup"
    org.backups.backup_now(org.user, target=explicit)

    assert first.path != second.path
    assert first.path.exists() and second.path.exists()
    with pytest.raises(BackupFileError, match="already exists"):
        org.backups.backup_now(org.user, target=explicit)


def test_backup_now_refuses_a_missing_folder(org, tmp_path):
    with pytest.raises(StoreError, match="cannot be found"):
        org.backups.backup_now(org.user, tmp_path / "unplugged-drive")


def test_backup_refused_without_manage_backups_permission(org):
    lead = CurrentUser(org.user.id, "lea", "Lea Lead", frozenset({Role.SAFEGUARDING_LEAD}))
    with pytest.raises(PermissionDenied, match="make or restore backups"):
        org.backups.backup_now(lead)
    with pytest.raises(PermissionDenied):
        org.backups.list_backups(lead)


def test_list_backups_shows_this_organisations_backups_newest_first(org, paths):
    first = org.backups.backup_now(org.user)
    auto = org.backups.auto_backup_if_due(TEST_NOW + timedelta(days=1))
    (paths.backup_dir / "not-a-backup.lcsbackup").write_text("hello")

    listed = org.backups.list_backups(org.user)

    assert [b.path for b in listed] == [auto.path, first.path]
    assert [b.automatic for b in listed] == [True, False]


def test_backup_opens_with_the_same_password_and_with_nothing_else(org, tmp_path):
    info = org.backups.backup_now(org.user)
    copy = _extract_to(info.path, tmp_path / "elsewhere")
    auth = Authenticator(copy, kdf=FAST_KDF_FOR_TESTS)

    with pytest.raises(AuthenticationError):
        auth.sign_in("admin", "Not-The-Right-Password-1")
    session = auth.sign_in("admin", ADMIN_PASSWORD)
    assert session.user.username == "admin"
    session.sign_out()


def test_backup_opens_with_the_recovery_key(org, tmp_path):
    info = org.backups.backup_now(org.user)
    copy = _extract_to(info.path, tmp_path / "elsewhere")

    session = Authenticator(copy, kdf=FAST_KDF_FOR_TESTS).recover(org.recovery_key, "admin", NEW_PASSWORD)
    assert session.user.username == "admin"
    session.sign_out()


def test_backup_and_data_folder_hold_no_distinctive_plaintext(org, paths, tmp_path):
    org.accounts.add_user(org.user, "zeb", DISTINCTIVE, frozenset({Role.CHECKER}))
    info = org.backups.backup_now(org.user, tmp_path)
    auto = org.backups.auto_backup_if_due()
    needles = [DISTINCTIVE.encode("utf-8"), DISTINCTIVE.encode("utf-16-le"), b"Quuxworth"]

    def scan() -> list[Path]:
        files = [info.path, auto.path, *[p for p in paths.data_dir.rglob("*") if p.is_file()]]
        return [p for p in files if any(n in p.read_bytes() for n in needles)]

    assert scan() == []
    org.sign_out()
    assert scan() == []


# -- automatic backups -----------------------------------------------------------------------


def test_auto_backup_if_due_makes_one_a_day_and_keeps_14(org, paths):
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    manual = org.backups.backup_now(org.user)
    made = [org.backups.auto_backup_if_due(start + timedelta(days=n)) for n in range(16)]

    assert all(m is not None for m in made)
    assert org.backups.auto_backup_if_due(start + timedelta(days=15, hours=1)) is None
    autos = sorted(p.name for p in paths.backup_dir.glob("lcs-backup-auto-*.lcsbackup"))
    assert len(autos) == 14
    assert autos[0] == "lcs-backup-auto-20260103.lcsbackup"
    assert autos[-1] == "lcs-backup-auto-20260116.lcsbackup"
    assert manual.path.exists()  # only automatic backups are pruned
    system = [e for e in _events(org, "backup_made") if e.details["kind"] == "automatic"]
    assert len(system) == 16
    assert {e.actor for e in system} == {"system"}


def test_auto_backup_keeps_the_number_set_by_the_administrator(org, paths):
    from dataclasses import replace

    org.settings.update(org.user, replace(org.settings.get(), backups_to_keep=3))
    start = datetime(2026, 3, 1, 9, tzinfo=UTC)
    for n in range(5):
        org.backups.auto_backup_if_due(start + timedelta(days=n))

    assert len(list(paths.backup_dir.glob("lcs-backup-auto-*.lcsbackup"))) == 3


def test_auto_backup_goes_to_the_chosen_backup_folder(org, paths, tmp_path):
    from dataclasses import replace

    chosen = tmp_path / "usb"
    chosen.mkdir()
    org.settings.update(org.user, replace(org.settings.get(), backup_folder=str(chosen)))

    info = org.backups.auto_backup_if_due()

    assert info.path.parent == chosen
    assert not paths.backup_dir.exists() or not list(paths.backup_dir.glob("*.lcsbackup"))


# -- restore ---------------------------------------------------------------------------------


def test_restore_keeps_replaced_files_and_sign_in_accepts_the_older_backup(org, paths, authenticator):
    info = org.backups.backup_now(org.user)
    org.accounts.add_user(org.user, "later", "Added After", frozenset({Role.CHECKER}))
    org.sign_out()
    live = _fingerprint(paths.data_dir)

    result = restore_backup(paths, info.path, "admin", ADMIN_PASSWORD)

    assert result.replaced_folder is not None
    assert result.replaced_folder.parent == paths.data_dir
    assert re.fullmatch(r"replaced-\d{8}-\d{6}", result.replaced_folder.name)
    kept = _fingerprint(result.replaced_folder)
    assert kept["keyslots.json"] == live["keyslots.json"]
    assert kept["lcs.db"] == live["lcs.db"]
    assert result.sha256 == info.sha256

    session = authenticator.sign_in("admin", ADMIN_PASSWORD)  # not refused as rolled back
    try:
        names = {u.username for u in session.accounts.list_users(session.user)}
        assert names == {"admin"}
        restored = _events(session, "backup_restored")
        assert restored[0].details["file"] == info.path.name
        assert restored[0].details["manifest_sha256"] == info.sha256
        assert restored[0].details["replaced_folder"] == result.replaced_folder.name
        assert session.backups.check_data(session.user).ok
    finally:
        session.sign_out()


def test_older_copy_swapped_in_without_restore_is_still_refused(org, paths, authenticator, tmp_path):
    """The control for the test above: the rolled-back check is live, restore records the exception."""
    info = org.backups.backup_now(org.user)
    org.accounts.add_user(org.user, "later", "Added After", frozenset({Role.CHECKER}))
    org.sign_out()
    (paths.data_dir / "lcs.db").write_bytes(layout(info.path)[1]["lcs.db"])

    with pytest.raises(RolledBackError):
        authenticator.sign_in("admin", ADMIN_PASSWORD)


def test_restore_with_the_recovery_key_into_an_empty_folder(org, tmp_path):
    info = org.backups.backup_now(org.user)
    fresh = AppPaths.under(tmp_path / "new-pc")

    result = restore_backup(fresh, info.path, "admin", recovery_key=org.recovery_key)

    assert result.replaced_folder is None
    session = Authenticator(fresh, kdf=FAST_KDF_FOR_TESTS).sign_in("admin", ADMIN_PASSWORD)
    assert _events(session, "backup_restored")[0].details["method"] == "recovery_key"
    session.sign_out()


@pytest.mark.parametrize(
    ("password", "recovery_key", "message"),
    [
        ("Not-The-Right-Password-1", None, "do not open this backup"),
        (None, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", "recovery key does not open"),
    ],
)
def test_restore_refuses_a_wrong_secret_and_changes_nothing(org, paths, password, recovery_key, message):
    info = org.backups.backup_now(org.user)
    org.sign_out()
    before = _fingerprint(paths.data_dir)

    with pytest.raises(AuthenticationError, match=message):
        restore_backup(paths, info.path, "admin", password, recovery_key=recovery_key)

    assert _fingerprint(paths.data_dir) == before
    assert [p.name for p in paths.data_dir.iterdir() if p.name.startswith(("replaced-", ".restore"))] == []


def test_restore_refuses_while_the_data_folder_is_in_use(org, paths):
    info = org.backups.backup_now(org.user)  # org stays signed in: it holds the folder

    with pytest.raises(FolderInUseError, match="already open"):
        restore_backup(paths, info.path, "admin", ADMIN_PASSWORD)


def test_restore_refuses_an_account_that_is_not_an_administrator(org, paths, make_user):
    _, temp = make_user("lea", Role.SAFEGUARDING_LEAD)
    info = org.backups.backup_now(org.user)
    org.sign_out()

    with pytest.raises(PermissionDenied, match="active administrator"):
        restore_backup(paths, info.path, "lea", temp)


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _flip_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _not_a_zip(path: Path) -> None:
    path.write_text("just some text, not a backup")


def _zip_without_manifest(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hello")


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (_truncate, "damaged or incomplete"),
        (_flip_middle, "damaged or incomplete"),
        (_not_a_zip, "not an LCS Desktop backup"),
        (_zip_without_manifest, "not an LCS Desktop backup"),
    ],
)
def test_restore_refuses_a_spoilt_backup_and_changes_nothing(org, paths, tmp_path, spoil, message):
    info = org.backups.backup_now(org.user)
    org.sign_out()
    spoilt = tmp_path / "spoilt.lcsbackup"
    shutil.copy(info.path, spoilt)
    spoil(spoilt)
    before = _fingerprint(paths.data_dir)

    with pytest.raises(BackupFileError, match=message):
        restore_backup(paths, spoilt, "admin", ADMIN_PASSWORD)

    assert _fingerprint(paths.data_dir) == before


def test_restore_refuses_a_missing_file(paths, tmp_path):
    with pytest.raises(BackupFileError, match="There is no file"):
        restore_backup(paths, tmp_path / "nowhere.lcsbackup", "admin", ADMIN_PASSWORD)


def test_restore_refuses_a_backup_whose_audit_log_was_edited(org, paths):
    org.sign_out()
    key = org.workspace.key
    _tamper_audit_actor(paths.database, key, 2)
    session = Authenticator(paths, kdf=FAST_KDF_FOR_TESTS).sign_in("admin", ADMIN_PASSWORD)
    info = session.backups.backup_now(session.user)
    session.sign_out()
    before = _fingerprint(paths.data_dir)

    with pytest.raises(BackupFileError, match="audit event 2 has been changed"):
        restore_backup(paths, info.path, "admin", ADMIN_PASSWORD)
    assert _fingerprint(paths.data_dir) == before


# -- checking the live data ------------------------------------------------------------------


def test_check_data_finds_an_edited_audit_event(org, paths):
    assert org.backups.check_data(org.user).ok
    org.sign_out()
    _tamper_audit_actor(paths.database, org.workspace.key, 2)
    session = Authenticator(paths, kdf=FAST_KDF_FOR_TESTS).sign_in("admin", ADMIN_PASSWORD)
    try:
        check = session.backups.check_data(session.user)
    finally:
        session.sign_out()

    assert not check.ok
    assert check.database_problem is None
    assert check.audit_problems == ["audit event 2 has been changed since it was written"]


def test_restore_rescues_a_folder_whose_database_is_destroyed(org, paths, authenticator):
    info = org.backups.backup_now(org.user)
    org.sign_out()
    paths.database.write_bytes(b"\0" * 8192)  # the live file is ruined: nobody can sign in
    with pytest.raises(StoreError):
        authenticator.sign_in("admin", ADMIN_PASSWORD)

    result = restore_backup(paths, info.path, "admin", ADMIN_PASSWORD)

    assert (result.replaced_folder / "lcs.db").read_bytes() == b"\0" * 8192
    authenticator.sign_in("admin", ADMIN_PASSWORD).sign_out()


def test_restore_refuses_a_backup_from_a_newer_version(org, paths, tmp_path):
    info = org.backups.backup_now(org.user)
    org.sign_out()
    newer = tmp_path / "newer.lcsbackup"
    with_manifest(info.path, newer, lambda manifest: manifest.update(format_version=99))

    with pytest.raises(BackupFileError, match="newer version"):
        restore_backup(paths, newer, "admin", ADMIN_PASSWORD)
