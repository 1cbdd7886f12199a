"""An upgrade keeps the data: "install the older schema, open with the newer code".

The older app is the same code pointed at a copy of the migrations that stops at the first
revision, so the data folder it leaves is what a first-release install left on an office PC.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from lcs_desktop.store import migrate
from lcs_desktop.store.backup_copy import check_database
from lcs_desktop.store.database import PRE_MIGRATION_PREFIX
from lcs_desktop.store.engine import connect_raw
from lcs_desktop.store.errors import NewerDatabaseError
from lcs_desktop.vault.keyslots import KeySlotFile
from tests.conftest import ADMIN_PASSWORD
from tests.legacy_folder import build_format1_folder

FIRST = "0001_foundation"


def _key(authenticator) -> bytes:
    slots = KeySlotFile(authenticator.paths.data_dir, authenticator.kdf)
    return slots.unlock_password("admin", ADMIN_PASSWORD).key


def _revision(path: Path, key: bytes) -> str:
    connection = connect_raw(path, key, wal=False)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def first_release_folder(authenticator, tmp_path, monkeypatch):
    """A data folder set up by the first release: schema at 0001, format-1 key slots and audit
    events (written as that release wrote them), one account added."""
    build_format1_folder(authenticator.paths, monkeypatch, tmp_path, last=FIRST)
    assert _revision(authenticator.paths.database, _key(authenticator)) == FIRST
    return authenticator


def test_open_with_newer_code_migrates_after_encrypted_copy_and_keeps_data(first_release_folder):
    auth = first_release_folder
    assert migrate.head_revision() != FIRST, "needs at least one migration after the first"
    key = _key(auth)

    session = auth.sign_in("admin", ADMIN_PASSWORD)
    try:
        names = {u.username: u.full_name for u in session.accounts.list_users(session.user)}
        assert names["checker"] == "Chloé Checker"
        assert session.audit_log.verify(session.user).ok
    finally:
        session.sign_out()

    assert _revision(auth.paths.database, key) == migrate.head_revision()
    copies = sorted(auth.paths.backup_dir.glob(f"{PRE_MIGRATION_PREFIX}*.db"))
    assert len(copies) == 1
    check_database(copies[0], key, full=True)  # encrypted with the same key, and whole
    assert _revision(copies[0], key) == FIRST
    assert b"SQLite format 3" not in copies[0].read_bytes()[:16]
    assert "Chloé".encode() not in copies[0].read_bytes()


def test_second_start_after_upgrade_takes_no_further_copy(first_release_folder):
    auth = first_release_folder
    auth.sign_in("admin", ADMIN_PASSWORD).sign_out()
    auth.sign_in("admin", ADMIN_PASSWORD).sign_out()
    assert len(list(auth.paths.backup_dir.glob(f"{PRE_MIGRATION_PREFIX}*.db"))) == 1


def test_open_database_from_newer_version_is_refused_and_left_unchanged(org, authenticator):
    org.sign_out()
    key = _key(authenticator)
    connection = connect_raw(authenticator.paths.database, key)
    try:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    before = hashlib.sha256(authenticator.paths.database.read_bytes()).hexdigest()

    with pytest.raises(NewerDatabaseError) as refused:
        authenticator.sign_in("admin", ADMIN_PASSWORD)

    assert "newer version of LCS Desktop" in refused.value.message
    assert "Nothing was changed" in refused.value.message
    assert hashlib.sha256(authenticator.paths.database.read_bytes()).hexdigest() == before
    assert not list(authenticator.paths.backup_dir.glob(f"{PRE_MIGRATION_PREFIX}*.db"))
