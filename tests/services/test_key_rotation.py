"""Changing the database key: a leaver's old key file stops working, nobody else is locked out,
and a crash or a cancel at any moment leaves the data openable (issue 8, leavers)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from lcs_desktop.domain.errors import AuthenticationError, LcsError
from lcs_desktop.domain.roles import Role
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.services.key_rotation import BUSY, ON_DEMAND, SWITCHED_OFF
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.backup_copy import check_database
from lcs_desktop.store.errors import StoreError
from lcs_desktop.store.rekey import RekeyCancelled, leftovers, rekey_database, rekey_path
from lcs_desktop.vault import crypto
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from lcs_desktop.vault.keyslots import KeySlotFile
from lcs_desktop.vault.recovery import parse_recovery_key
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD

LEAD_PASSWORD = "Brave-Otter-Lantern-73"


def _person(session, reference: str) -> int:  # type: ignore[no-untyped-def]
    return session.people.add_person(
        session.user, first_name="Robin", last_name="Ash", kind="staff", reference=reference
    )


def _references(session) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.reference for p in session.people.list_people(session.user)}


def _user_id(org, username: str) -> int:  # type: ignore[no-untyped-def]
    return next(u.id for u in org.accounts.list_users(org.user) if u.username == username)


def _opens(path: Path, key: bytes) -> bool:
    try:
        check_database(path, key)
    except StoreError:
        return False
    return True


@pytest.fixture
def staffed(org, authenticator):
    """The org with a lead and a checker who have chosen their passwords, and one person."""
    for username, role, password in (
        ("lena", Role.SAFEGUARDING_LEAD, LEAD_PASSWORD),
        ("casey", Role.CHECKER, USER_PASSWORD),
    ):
        org.accounts.add_user(org.user, username, username.title(), frozenset({role}), password)
    _person(org, "P-BEFORE")
    return org


def test_a_leavers_old_key_file_and_password_fail_after_the_switch_off(
    staffed, authenticator, paths, tmp_path
):
    org = staffed
    yesterday = paths.data_dir.joinpath("keyslots.json").read_bytes()
    result = org.accounts.set_active(org.user, _user_id(org, "casey"), False)
    assert result is not None and result.reason == SWITCHED_OFF
    _person(org, "P-AFTER")
    org.sign_out()

    # The leaver puts yesterday's key file beside today's database, in a folder of their own.
    copy = AppPaths.under(tmp_path / "copy")
    copy.data_dir.mkdir(parents=True)
    shutil.copy2(paths.database, copy.database)
    copy.data_dir.joinpath("keyslots.json").write_bytes(yesterday)
    old_key = KeySlotFile(copy.data_dir, FAST_KDF_FOR_TESTS).unlock_password("casey", USER_PASSWORD).key
    assert not _opens(copy.database, old_key)  # not even with raw SQL access
    with pytest.raises(LcsError) as refused:
        Authenticator(copy, kdf=FAST_KDF_FOR_TESTS).sign_in("casey", USER_PASSWORD)
    assert "key file" in refused.value.message and "Traceback" not in refused.value.message

    # Every remaining password and the recovery key open today's data, rows added after included.
    for username, password in (("admin", ADMIN_PASSWORD), ("lena", LEAD_PASSWORD)):
        session = authenticator.sign_in(username, password)
        if username == "lena":
            assert {"P-BEFORE", "P-AFTER"} <= _references(session)
        session.sign_out()
    with pytest.raises(AuthenticationError):
        authenticator.sign_in("casey", USER_PASSWORD)
    recovered = authenticator.recover(org.recovery_key, "admin", ADMIN_PASSWORD + "-2")
    assert {"P-BEFORE", "P-AFTER"} <= _references(recovered)
    # The audit trail written under both keys still verifies end to end.
    check = recovered.backups.check_data(recovered.user)
    assert check.ok, (check.database_problem, check.audit_problems)
    recovered.sign_out()


def test_rotation_on_demand_is_audited_without_any_secret(staffed, authenticator, paths):
    org = staffed
    old_key = org.workspace.key
    result = org.key_rotation.rotate(org.user)
    assert result.reason == ON_DEMAND and result.needs_temporary_password == []
    assert "Backups made before today" in " ".join(result.sentences())
    new_key = org.workspace.key
    assert new_key != old_key and not _opens(paths.database, old_key)
    _person(org, "P-SAME-SESSION")  # the session carries on under the new key
    with org.workspace.reading() as session:
        rotated = session.scalars(select(AuditEvent).where(AuditEvent.action == "database_key_rotated")).all()
    assert len(rotated) == 1 and json.loads(rotated[0].details) == {
        "accounts_needing_new_password": 0,
        "reason": ON_DEMAND,
    }
    for secret in (old_key.hex(), new_key.hex()):
        assert secret not in rotated[0].details
    slots = json.loads(paths.data_dir.joinpath("keyslots.json").read_text())
    assert not any("pending" in slot for slot in slots["slots"].values())


def test_only_an_administrator_may_change_the_key(staffed, authenticator):
    staffed.sign_out()
    lead = authenticator.sign_in("lena", LEAD_PASSWORD)
    with pytest.raises(LcsError):
        lead.key_rotation.rotate(lead.user)
    lead.sign_out()


def test_cancel_leaves_the_old_key_in_force(staffed, paths):
    org = staffed
    old_key = org.workspace.key
    with pytest.raises(RekeyCancelled, match="old key is still in force"):
        org.key_rotation.rotate(org.user, cancelled=lambda: True)
    assert org.workspace.key == old_key and _opens(paths.database, old_key)
    assert not org.workspace.slots.has_pending() and leftovers(paths.database) == []
    _person(org, "P-AFTER-CANCEL")
    assert "P-AFTER-CANCEL" in _references(org)


def test_a_cancelled_switch_off_leaves_the_key_change_owed(staffed, paths):
    org = staffed
    with pytest.raises(RekeyCancelled):
        org.accounts.set_active(org.user, _user_id(org, "casey"), False, cancelled=lambda: True)
    assert not next(u for u in org.accounts.list_users(org.user) if u.username == "casey").active
    assert org.key_rotation.owed()
    org.key_rotation.rotate(org.user)
    assert not org.key_rotation.owed()


def _half_rotated(org, paths: AppPaths, *, replaced: bool) -> tuple[bytes, bytes]:  # type: ignore[no-untyped-def]
    """Stop a rotation as ``kill -9`` would: after the key file is saved (and the file replaced)."""
    old = org.workspace.key
    slots = org.workspace.slots
    org.sign_out()
    new = crypto.new_key()
    slots.reseal_all(new)
    slots.save()
    if replaced:
        rekey_database(paths.database, old, new)
    else:
        rekey_path(paths.database).write_bytes(b"half a copy")
    return old, new


@pytest.mark.parametrize("replaced", [False, True])
def test_an_interrupted_rotation_is_settled_at_the_next_sign_in(staffed, authenticator, paths, replaced):
    old, new = _half_rotated(staffed, paths, replaced=replaced)
    session = authenticator.sign_in("lena", LEAD_PASSWORD)
    assert "P-BEFORE" in _references(session)
    assert session.workspace.key == (new if replaced else old)
    assert not session.workspace.slots.has_pending() and leftovers(paths.database) == []
    session.sign_out()
    recovered = authenticator.recover(staffed.recovery_key, "admin", ADMIN_PASSWORD + "-2")
    assert recovered.workspace.key == (new if replaced else old)
    recovered.sign_out()


def _make_format_1(paths: AppPaths, username: str, password: str, key: bytes) -> None:
    """Put back ``username``'s slot as format 1 wrote it (key wrapped directly under the password)."""
    slots = KeySlotFile(paths.data_dir, FAST_KDF_FOR_TESTS)
    slot_id = slots.slot_id(username)
    salt = b"s" * 16
    kek = crypto.derive_kek(password.encode(), salt, FAST_KDF_FOR_TESTS)
    nonce, ct = crypto.wrap(kek, key, f"lcs-keyslot|{slots.db_id}|{slot_id}".encode())
    slots.data["slots"][slot_id] = {
        "kind": "password",
        "nonce": crypto.b64e(nonce),
        "ct": crypto.b64e(ct),
        "salt": crypto.b64e(salt),
        "kdf": FAST_KDF_FOR_TESTS.to_json(),
        "must_change": False,
        "failures": 0,
        "locked_until": 0,
    }
    slots.save()


def test_an_old_format_slot_is_named_and_then_needs_a_temporary_password(staffed, authenticator, paths):
    org = staffed
    _make_format_1(paths, "lena", LEAD_PASSWORD, org.workspace.key)
    org.workspace.slots.reload()
    result = org.key_rotation.rotate(org.user)
    assert result.needs_temporary_password == ["lena"]
    assert "temporary password from an administrator" in " ".join(result.sentences())
    assert "lena" in " ".join(result.sentences())
    temp = org.accounts.reset_password(org.user, _user_id(org, "lena"))
    org.sign_out()
    with pytest.raises(AuthenticationError):
        authenticator.sign_in("lena", LEAD_PASSWORD)  # answered like any wrong password
    session = authenticator.sign_in("lena", temp)
    assert "P-BEFORE" in _references(session)
    session.sign_out()


def test_recovery_slot_in_the_old_format_refuses_before_changing_anything(staffed, paths):
    org = staffed
    key = org.workspace.key
    slots = org.workspace.slots
    secret = parse_recovery_key(org.recovery_key)
    salt = b"r" * 16
    kek = crypto.derive_kek(secret, salt, FAST_KDF_FOR_TESTS)
    nonce, ct = crypto.wrap(kek, key, f"lcs-keyslot|{slots.db_id}|recovery".encode())
    slots.data["slots"]["recovery"] = {
        "kind": "recovery",
        "nonce": crypto.b64e(nonce),
        "ct": crypto.b64e(ct),
        "salt": crypto.b64e(salt),
        "kdf": FAST_KDF_FOR_TESTS.to_json(),
    }
    slots.save()
    with pytest.raises(LcsError, match="Nothing was changed"):
        org.key_rotation.rotate(org.user)
    assert org.workspace.key == key and not slots.has_pending() and _opens(paths.database, key)


def test_a_read_while_the_key_changes_is_refused_plainly(staffed):
    org = staffed
    seen: list[str] = []

    def during(fraction: float) -> None:
        if 0 < fraction < 1 and not seen:  # the file is being re-encrypted
            try:
                org.people.list_people(org.user)
                seen.append("read")
            except LcsError as exc:
                seen.append(exc.message)

    org.key_rotation.rotate(org.user, progress=during)
    assert seen == [BUSY]
    assert "P-BEFORE" in _references(org)  # and reads work again once it is done


def test_a_key_file_that_cannot_be_saved_changes_nothing(staffed, paths, monkeypatch):
    org = staffed
    old_key = org.workspace.key

    def disk_full() -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(org.workspace.slots, "save", disk_full)
    with pytest.raises(StoreError, match="could not be saved, so the database key was not changed"):
        org.key_rotation.rotate(org.user)
    monkeypatch.undo()
    assert org.workspace.key == old_key and not org.workspace.slots.has_pending()
    assert _opens(paths.database, old_key) and leftovers(paths.database) == []
    assert "P-BEFORE" in _references(org)
