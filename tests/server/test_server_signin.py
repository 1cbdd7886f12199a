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
