"""The HMAC on each page (issue 12, cold reads): new files use HMAC-SHA256, files made before
(SQLCipher 4's default, HMAC-SHA512) open and work as they are, and a key change moves them over."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3

from lcs_desktop.paths import AppPaths
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.store.backup_copy import check_database
from lcs_desktop.store.engine import NEW_FILE_HMAC, OLD_FILE_HMAC, connect_raw, file_hmac, key_pragma
from lcs_desktop.store.errors import StoreError
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.conftest import ADMIN_PASSWORD


def _hmac(path: Path, key: bytes) -> str:
    connection = connect_raw(path, key, wal=False)
    try:
        return file_hmac(connection)
    finally:
        connection.close()


def _as_made_before(path: Path, key: bytes) -> None:
    """Rewrite the closed database at ``path`` as every file was made before this change."""
    old = path.with_name("old.db")
    connection = connect_raw(path, key, wal=False)
    connection.execute("ATTACH DATABASE ? AS old KEY ?", (str(old), f"x'{key.hex()}'"))
    connection.execute(f"PRAGMA old.cipher_hmac_algorithm = {OLD_FILE_HMAC}")
    connection.execute("SELECT sqlcipher_export('old')").fetchall()
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    connection.execute(f"PRAGMA old.user_version = {int(version)}")
    connection.execute("DETACH DATABASE old")
    connection.close()
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    os.replace(old, path)


def _add(session, reference: str) -> None:  # type: ignore[no-untyped-def]
    session.people.add_person(
        session.user, first_name="Robin", last_name="Ash", kind="staff", reference=reference
    )


def test_a_new_database_uses_hmac_sha256(org):
    ws = org.workspace
    assert _hmac(ws.database.path, ws.key) == NEW_FILE_HMAC


def test_a_database_made_before_opens_with_its_own_hmac_and_a_key_change_moves_it_over(
    paths: AppPaths, secret_store
):
    auth = Authenticator(paths, secret_store, kdf=FAST_KDF_FOR_TESTS)
    session, _recovery = auth.set_up("Libra Children Services", "admin", "Ada Admin", ADMIN_PASSWORD)
    _add(session, "APP-1")
    ws = session.workspace
    path, key = ws.database.path, bytes(ws.key)
    session.sign_out()
    _as_made_before(path, key)
    assert _hmac(path, key) == OLD_FILE_HMAC
    # The first page does not check with SHA-256: the file really is of the old kind.
    probe = sqlcipher3.connect(str(path))
    probe.execute(key_pragma(key))
    probe.execute(f"PRAGMA cipher_hmac_algorithm = {NEW_FILE_HMAC}")
    with pytest.raises(sqlcipher3.DatabaseError, match="not a database"):
        probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
    probe.close()

    again = auth.sign_in("admin", ADMIN_PASSWORD)  # reads, writes and audits as before
    _add(again, "APP-2")
    assert {p.reference for p in again.people.list_people(again.user)} == {"APP-1", "APP-2"}
    assert again.audit_log.verify(again.user).ok
    assert _hmac(path, bytes(again.workspace.key)) == OLD_FILE_HMAC

    again.key_rotation.rotate(again.user)  # the re-encrypted copy is a new file: SHA-256
    assert _hmac(path, bytes(again.workspace.key)) == NEW_FILE_HMAC
    assert {p.reference for p in again.people.list_people(again.user)} == {"APP-1", "APP-2"}
    again.sign_out()


def test_a_wrong_key_is_still_refused_as_before(org):
    with pytest.raises(StoreError):
        check_database(org.workspace.database.path, bytes(32))
