"""Another person at another desk, on either backend (issue 11).

Locally there is one file on one PC, so "another desk" is another account signed in on the
same workspace. On the office server it is a real second desk: its own PC folder pointed at the
same server, its own ``Authenticator`` sign-in with the temporary password and a password
change, so it works over its own engine and its own PostgreSQL login, as a second PC would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from lcs_desktop.domain.roles import Role
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.accounts import to_current
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.services.session import SignedIn
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.conftest import USER_PASSWORD

BOTH_BACKENDS = pytest.mark.parametrize("backend", ["local", "server"], indirect=True)
"""Runs a GUI test on a local file and on the test office server; the server run skips where
PostgreSQL is absent and fails under CI=true (the ``pg_server`` fixture)."""

OtherDesk = Callable[..., SignedIn]


def on_server(authenticator: Authenticator) -> bool:
    return authenticator.server_settings() is not None


@pytest.fixture
def other_desk(org, authenticator, tmp_path, secret_store) -> Iterator[OtherDesk]:
    """Factory: ``other_desk("lee", Role.SAFEGUARDING_LEAD, full_name="Lee Lead")`` adds the
    account and returns that person signed in at another desk (signed out afterwards)."""
    opened: list[SignedIn] = []

    def _open(username: str, *roles: Role, full_name: str | None = None) -> SignedIn:
        temp = org.accounts.add_user(org.user, username, full_name or username.title(), frozenset(roles))
        if not on_server(authenticator):
            return SignedIn(org.workspace, to_current(org.workspace.load_user(username)), False, secret_store)
        paths = AppPaths.under(tmp_path / f"desk-{username}")
        authenticator.server_settings().save(paths.data_dir)
        session = Authenticator(paths, secret_store, kdf=FAST_KDF_FOR_TESTS).sign_in(username, temp)
        session.accounts.change_own_password(session.user, temp, USER_PASSWORD)
        opened.append(session)
        with session.workspace.database.engine.connect() as connection:  # their own login
            who = connection.exec_driver_sql("SELECT session_user").scalar()
        assert who == session.workspace.server.login_for(username) != org.workspace.server.login_for("admin")
        return session

    yield _open
    for session in opened:
        session.sign_out()
