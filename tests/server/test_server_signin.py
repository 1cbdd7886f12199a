"""Signing in on an office server (issue 11): the first administrator set up there, a second
desk signing in to the same workspace, logins following accounts, plain refusals."""

from __future__ import annotations

import pytest

from lcs_desktop.domain.errors import AuthenticationError
from lcs_desktop.domain.roles import Role
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD

pytestmark = pytest.mark.parametrize("backend", ["server"], indirect=True)


def _desk(tmp_path, name: str, first: Authenticator, secret_store) -> Authenticator:
    """Another PC pointed at the same server (its own folders, the same settings file)."""
    from lcs_desktop.paths import AppPaths

    paths = AppPaths.under(tmp_path / name)
    first.server_settings().save(paths.data_dir)
    return Authenticator(paths, secret_store, kdf=FAST_KDF_FOR_TESTS)


def test_first_administrator_then_a_second_desk(org, authenticator, tmp_path, secret_store) -> None:
    assert org.workspace.server is not None
    temp = org.accounts.add_user(org.user, "chris", "Chris Checker", frozenset({Role.CHECKER}))
    other = _desk(tmp_path, "desk2", authenticator, secret_store)
    chris = other.sign_in("chris", temp)
    assert chris.must_change_password
    chris.accounts.change_own_password(chris.user, temp, USER_PASSWORD)
    chris.sign_out()
    again = other.sign_in("chris", USER_PASSWORD)
    assert again.user.username == "chris"
    with pytest.raises(AuthenticationError):
        other.sign_in("chris", temp)
    again.sign_out()
    admin2 = other.sign_in("admin", ADMIN_PASSWORD)
    assert {u.username for u in admin2.accounts.list_users(admin2.user)} == {"admin", "chris"}
    admin2.sign_out()


def test_logins_follow_accounts_roles_reset_and_switch_off(
    org, authenticator, tmp_path, secret_store
) -> None:
    from lcs_desktop.store.server_key_slots import KeySlotRow
    from lcs_desktop.store.server_roles import RoleNames
    from tests.server_helpers import superuser

    link = org.workspace.server
    temp = org.accounts.add_user(org.user, "mo", "Mo Manager", frozenset({Role.MANAGER}))
    mo_id = org.workspace.load_user("mo").id
    names = RoleNames(link.prefix)

    def member(group: Role) -> bool:
        with superuser(link.settings) as connection:
            return connection.execute(
                "SELECT pg_has_role(%s, %s, 'MEMBER')", (link.login_for("mo"), names.group(group))
            ).fetchone()[0]

    assert member(Role.MANAGER) and not member(Role.SAFEGUARDING_LEAD)
    org.accounts.set_roles(org.user, mo_id, frozenset({Role.SAFEGUARDING_LEAD}))
    assert member(Role.SAFEGUARDING_LEAD) and not member(Role.MANAGER)

    desk2 = _desk(tmp_path, "desk2", authenticator, secret_store)
    new_temp = org.accounts.reset_password(org.user, mo_id)
    with pytest.raises(AuthenticationError):
        desk2.sign_in("mo", temp)  # the old temporary password opens neither login nor slot
    desk2.sign_in("mo", new_temp).sign_out()

    assert org.accounts.set_active(org.user, mo_id, False) is None  # no file to re-key here
    with pytest.raises(AuthenticationError):
        desk2.sign_in("mo", new_temp)  # the server refuses the login itself
    with org.workspace.reading() as session:
        assert session.get(KeySlotRow, org.workspace.slots.slot_id("mo")) is None
    with superuser(link.settings) as connection:
        can_login = connection.execute(
            "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (link.login_for("mo"),)
        ).fetchone()[0]
    assert can_login is False


def test_a_locked_session_unlocks_with_the_password_and_reconnects(org) -> None:
    from lcs_desktop.domain.errors import WorkspaceLocked

    org.lock()
    assert org.workspace.database.key_forgotten
    with pytest.raises(WorkspaceLocked):
        org.accounts.list_users(org.user)
    with pytest.raises(AuthenticationError):
        org.unlock("Not-The-Password-1234")
    org.unlock(ADMIN_PASSWORD)
    assert {u.username for u in org.accounts.list_users(org.user)} == {"admin"}


def test_the_recovery_key_with_it_owner_login_sets_a_new_administrator_password(
    org, authenticator, tmp_path, secret_store
) -> None:
    from lcs_desktop.services.server_recovery import NEEDS_OWNER, WRONG_KEY
    from tests.server_helpers import owner_of

    new_password = "Bright-Harbour-Lantern-77"
    org.sign_out()
    with pytest.raises(AuthenticationError) as error:
        authenticator.recover(org.recovery_key, "admin", new_password)
    assert error.value.message == NEEDS_OWNER
    wrong = "-".join(["ABCD"] * (len(org.recovery_key.split("-"))))
    with pytest.raises(Exception) as error:  # a malformed or wrong key: one plain sentence either way
        authenticator.recover(wrong, "admin", new_password, owner=owner_of(authenticator))
    assert error.value.message in (WRONG_KEY,) or "recovery key" in error.value.message

    recovered = authenticator.recover(org.recovery_key, "admin", new_password, owner=owner_of(authenticator))
    assert recovered.audit_log.verify(recovered.user).ok
    recovered.sign_out()
    desk2 = _desk(tmp_path, "desk2", authenticator, secret_store)
    with pytest.raises(AuthenticationError):
        desk2.sign_in("admin", ADMIN_PASSWORD)
    desk2.sign_in("admin", new_password).sign_out()


def test_a_stale_copy_of_the_slots_never_overwrites_another_desks_change(
    org, authenticator, tmp_path, secret_store
) -> None:
    from lcs_desktop.vault.slot_sharing import KeySlotError

    temp = org.accounts.add_user(org.user, "kit", "Kit", frozenset({Role.CHECKER}))
    kit_id = org.workspace.load_user("kit").id
    other = _desk(tmp_path, "desk2", authenticator, secret_store).sign_in("admin", ADMIN_PASSWORD)
    other.workspace.slots.data  # desk 2 has read the slots  # noqa: B018
    new_temp = org.accounts.reset_password(org.user, kit_id)  # desk 1 changes kit's slot
    with pytest.raises(KeySlotError):  # desk 2, from its older copy, would have put the old one back
        other.accounts.reset_password(other.user, kit_id)
    third = other.accounts.reset_password(other.user, kit_id)  # read again: goes through
    other.sign_out()
    desk3 = _desk(tmp_path, "desk3", authenticator, secret_store)
    for old in (temp, new_temp):
        with pytest.raises(AuthenticationError):
            desk3.sign_in("kit", old)
    desk3.sign_in("kit", third).sign_out()
