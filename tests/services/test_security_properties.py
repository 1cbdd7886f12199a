"""DESIGN.md §4 properties, each shown on real SQLCipher files in a temporary folder."""

from __future__ import annotations

import shutil

import pytest
import sqlcipher3

from lcs_desktop.domain.errors import AccountLocked, AuthenticationError, WorkspaceLocked
from lcs_desktop.domain.roles import Role
from lcs_desktop.domain.settings import OrgSettings
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD, MemorySecretStore

pytestmark = pytest.mark.both_backends

DISTINCTIVE = ["Zebedee Quaxworth-Plimsoll", "Ondine Vlastimirovna", "Quillfeather Trust 7731"]


def _encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.lower().encode("utf-8")]


def _files_containing(root, needles: list[str]) -> list[str]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for needle in needles:
                if any(form in data for form in _encodings(needle)):
                    hits.append(f"{path.relative_to(root)} holds {needle!r}")
    return hits


def test_no_file_under_the_data_or_state_folder_holds_record_text_in_clear(org, paths):
    org.settings.update(org.user, OrgSettings(organisation_name=DISTINCTIVE[2]))
    org.accounts.add_user(org.user, "zq", DISTINCTIVE[0], frozenset({Role.CHECKER}))
    org.accounts.add_user(org.user, "ov", DISTINCTIVE[1], frozenset({Role.MANAGER}))
    # While open: the WAL holds the newest pages.
    assert _files_containing(paths.data_dir, DISTINCTIVE) == []
    org.sign_out()
    assert _files_containing(paths.data_dir.parent, DISTINCTIVE) == []


# the SQLCipher file itself: a server keeps no database file on the PC
@pytest.mark.local_only
def test_database_file_is_not_plain_sqlite(org, paths):
    org.sign_out()
    header = paths.database.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    plain = sqlcipher3.connect(str(paths.database))
    with pytest.raises(sqlcipher3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()


# a copied data folder is the local database; a server's recovery needs IT's owner login
@pytest.mark.local_only
def test_copy_of_data_folder_opens_with_password_or_recovery_key_only(org, paths, tmp_path):
    recovery = org.recovery_key
    org.sign_out()
    copy_root = tmp_path / "elsewhere"
    shutil.copytree(paths.data_dir, copy_root / "data")
    other = Authenticator(AppPaths.under(copy_root), MemorySecretStore(), kdf=FAST_KDF_FOR_TESTS)

    with pytest.raises(AuthenticationError):
        other.sign_in("admin", "not the password at all")
    with pytest.raises(AuthenticationError):
        other.recover("0000-0000-0000-0000-0000-0000-0000-0000", "admin", "Another-Fine-Passphrase-9")

    session = other.sign_in("admin", ADMIN_PASSWORD)
    assert session.user.username == "admin"
    session.sign_out()
    session = other.recover(recovery, "admin", "Another-Fine-Passphrase-9")
    session.sign_out()
    other.sign_in("admin", "Another-Fine-Passphrase-9").sign_out()


def test_wrong_password_is_refused_without_saying_which_part_was_wrong(org, authenticator):
    org.sign_out()
    with pytest.raises(AuthenticationError) as wrong_password:
        authenticator.sign_in("admin", "Completely-Wrong-Pass-1")
    with pytest.raises(AuthenticationError) as unknown_user:
        authenticator.sign_in("nobody", "Completely-Wrong-Pass-1")
    assert wrong_password.value.message == unknown_user.value.message


def test_five_wrong_passwords_lock_the_account_with_growing_delays(org, authenticator):
    org.sign_out()
    for _ in range(4):
        with pytest.raises(AuthenticationError) as error:
            authenticator.sign_in("admin", "Completely-Wrong-Pass-1")
        assert not isinstance(error.value, AccountLocked)
    with pytest.raises(AccountLocked) as fifth:
        authenticator.sign_in("admin", "Completely-Wrong-Pass-1")
    first_wait = fifth.value.seconds_left
    assert 0 < first_wait <= 30
    # The right password does not get through while locked.
    with pytest.raises(AccountLocked):
        authenticator.sign_in("admin", ADMIN_PASSWORD)

    from lcs_desktop.vault.keyslots import lock_seconds

    assert lock_seconds(6) > lock_seconds(5) > 0


def test_failed_sign_ins_reach_the_audit_log_at_next_sign_in(org, authenticator):
    org.sign_out()
    with pytest.raises(AuthenticationError):
        authenticator.sign_in("admin", "Completely-Wrong-Pass-1")
    session = authenticator.sign_in("admin", ADMIN_PASSWORD)
    try:
        events = session.audit_log.events(session.user, limit=5)
        failed = [e for e in events if e.action == "sign_in_failed"]
        assert failed and failed[0].details["username"] == "admin"
    finally:
        session.sign_out()


def test_temporary_password_must_be_changed_at_next_sign_in(org, authenticator):
    temp = org.accounts.add_user(org.user, "carol", "Carol Checker", frozenset({Role.CHECKER}))
    org.sign_out()
    carol_first = authenticator.sign_in("carol", temp)
    assert carol_first.must_change_password
    carol_first.accounts.change_own_password(carol_first.user, temp, USER_PASSWORD)
    carol_first.sign_out()
    carol = authenticator.sign_in("carol", USER_PASSWORD)
    assert not carol.must_change_password
    carol.sign_out()
    with pytest.raises(AuthenticationError):
        authenticator.sign_in("carol", temp)


def test_idle_lock_drops_the_key_and_connections_and_unlocks_with_the_same_password(org):
    pool = org.workspace.database.engine.pool
    org.lock()
    assert org.locked
    assert pool.checkedin() == 0
    with pytest.raises(WorkspaceLocked):
        _ = org.workspace.key
    with pytest.raises(AuthenticationError):
        org.unlock("Completely-Wrong-Pass-1")
    assert org.locked
    org.unlock(ADMIN_PASSWORD)
    assert not org.locked
    actions = [e.action for e in org.audit_log.events(org.user, limit=4)]
    assert actions[:2] == ["session_unlocked", "session_locked"]


# 'remember me' is off on an office server (docs/office-server-signin.md)
@pytest.mark.local_only
def test_remember_me_needs_the_administrators_permission_and_ends_with_a_password_change(
    org, authenticator, secret_store
):
    from lcs_desktop.domain.errors import ConflictError

    with pytest.raises(ConflictError):
        org.accounts.remember_on_this_pc(org.user, True)
    org.settings.update(org.user, OrgSettings(remember_me_allowed=True))
    org.accounts.remember_on_this_pc(org.user, True)
    assert secret_store.items
    org.sign_out()

    assert authenticator.remembered_username() == "admin"
    session = authenticator.sign_in_remembered("admin")
    session.accounts.change_own_password(session.user, ADMIN_PASSWORD, "Fresh-Meadow-Lantern-88")
    session.sign_out()
    assert authenticator.remembered_username() is None
    with pytest.raises(AuthenticationError):
        authenticator.sign_in_remembered("admin")


# 'remember me' is off on an office server (docs/office-server-signin.md)
@pytest.mark.local_only
def test_forbidding_remember_me_revokes_every_remembered_sign_in(org, authenticator):
    org.settings.update(org.user, OrgSettings(remember_me_allowed=True))
    org.accounts.remember_on_this_pc(org.user, True)
    org.settings.update(org.user, OrgSettings(remember_me_allowed=False))
    org.sign_out()
    with pytest.raises(AuthenticationError):
        authenticator.sign_in_remembered("admin")
