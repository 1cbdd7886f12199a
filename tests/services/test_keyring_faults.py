"""Keyring faults and forbidding "remember me" (issue 8, #5 and #9): a garbled or locked keyring
gives one plain sentence with nothing opened and nothing written; forbidding "remember me"
clears this PC's tokens and remembered name at once, and another PC's at its next sign-in."""

from __future__ import annotations

import dataclasses

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, KeyringLocked, PasswordDeleteError

from lcs_desktop.domain.settings import OrgSettings
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.store.pc_state import PcState
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from lcs_desktop.vault.keyslots import KeySlotFile
from lcs_desktop.vault.secret_store import (
    FAILED_WRITE,
    GARBLED,
    LOCKED_READ,
    LOCKED_WRITE,
    SERVICE,
    KeyringFault,
    KeyringSecretStore,
)
from tests.conftest import ADMIN_PASSWORD
from tests.store.fault_helpers import lock_is_free


class MemoryKeyring(KeyringBackend):
    """A real ``keyring`` backend kept in memory, which can be locked or made to fail."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.fault: Exception | None = None

    def _check(self) -> None:
        if self.fault is not None:
            raise self.fault

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


@pytest.fixture
def backend() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def auth(paths: AppPaths, backend: MemoryKeyring) -> Authenticator:
    return Authenticator(paths, KeyringSecretStore(backend), kdf=FAST_KDF_FOR_TESTS)


@pytest.fixture
def remembered(auth: Authenticator, backend: MemoryKeyring, paths: AppPaths):
    """Admin set up, 'remember me' allowed and turned on on this PC, then signed out."""
    session, _recovery = auth.set_up("Libra Children Services", "admin", "Ada Admin", ADMIN_PASSWORD)
    session.settings.update(
        session.user, OrgSettings(organisation_name="Libra Children Services", remember_me_allowed=True)
    )
    session.accounts.remember_on_this_pc(session.user, True)
    session.sign_out()
    assert auth.remembered_username() == "admin"
    assert len(backend.items) == 1
    return session


def _files(paths: AppPaths) -> tuple[bytes, bytes]:
    return (paths.data_dir / "keyslots.json").read_bytes(), paths.pc_state_file.read_bytes()


# -- a garbled or locked keyring at sign-in ---------------------------------------------------------


@pytest.mark.parametrize("garbage", ["not base64 at all!", "c2hvcnQ=", "=="])
def test_garbled_remember_me_value_gives_one_sentence_and_opens_nothing(
    auth, backend, paths, remembered, garbage
):
    name = next(iter(backend.items))
    backend.items[name] = garbage
    before = _files(paths)

    with pytest.raises(KeyringFault) as error:
        auth.sign_in_remembered("admin")

    assert error.value.message == GARBLED
    assert _files(paths) == before  # nothing written
    assert backend.items[name] == garbage
    assert lock_is_free(paths.data_dir)  # nothing opened


def test_locked_keyring_at_sign_in_says_so_and_opens_nothing(auth, backend, paths, remembered):
    backend.fault = KeyringLocked("locked")
    before = _files(paths)

    with pytest.raises(KeyringFault) as error:
        auth.sign_in_remembered("admin")

    assert error.value.message == LOCKED_READ
    assert "locked" in error.value.message and "Sign in with your password" in error.value.message
    assert _files(paths) == before
    assert lock_is_free(paths.data_dir)
    backend.fault = None
    auth.sign_in("admin", ADMIN_PASSWORD).sign_out()  # the password still works


# -- a locked or failing keyring when turning "remember me" on --------------------------------------


@pytest.mark.parametrize(
    ("fault", "message"), [(KeyringLocked("locked"), LOCKED_WRITE), (KeyringError("no answer"), FAILED_WRITE)]
)
def test_turning_remember_me_on_with_a_failing_keyring_writes_nothing(auth, backend, paths, fault, message):
    session, _recovery = auth.set_up("Libra Children Services", "admin", "Ada Admin", ADMIN_PASSWORD)
    session.settings.update(
        session.user, OrgSettings(organisation_name="Libra Children Services", remember_me_allowed=True)
    )
    slots_before = (paths.data_dir / "keyslots.json").read_bytes()
    backend.fault = fault

    with pytest.raises(KeyringFault) as error:
        session.accounts.remember_on_this_pc(session.user, True)

    assert error.value.message == message
    assert (paths.data_dir / "keyslots.json").read_bytes() == slots_before
    assert PcState(paths.pc_state_file).remembered_username(session.workspace.db_id) is None
    assert backend.items == {}
    account = next(u for u in session.accounts.list_users(session.user) if u.username == "admin")
    assert not account.remember_me
    actions = [e.action for e in session.audit_log.events(session.user, limit=100)]
    assert "remember_me_on" not in actions
    session.sign_out()


# -- forbidding "remember me" ---------------------------------------------------------------------


def test_forbidding_remember_me_clears_this_pcs_tokens_and_username(auth, backend, paths, remembered):
    session = auth.sign_in("admin", ADMIN_PASSWORD)
    db_id = session.workspace.db_id

    settings = dataclasses.replace(session.settings.get(), remember_me_allowed=False)
    session.settings.update(session.user, settings)

    assert backend.items == {}
    assert PcState(paths.pc_state_file).remembered_username(db_id) is None
    assert not KeySlotFile(paths.data_dir, FAST_KDF_FOR_TESTS).has_remember("admin")
    assert all(not u.remember_me for u in session.accounts.list_users(session.user))
    session.sign_out()
    assert auth.remembered_username() is None


def test_another_pc_drops_its_remembered_sign_in_at_its_next_sign_in(
    auth, backend, paths, remembered, tmp_path
):
    # PC B: the same data folder, its own keyring and its own state file.
    paths_b = AppPaths(
        data_dir=paths.data_dir, state_dir=tmp_path / "pc-b-state", log_dir=tmp_path / "pc-b-logs"
    )
    backend_b = MemoryKeyring()
    auth_b = Authenticator(paths_b, KeyringSecretStore(backend_b), kdf=FAST_KDF_FOR_TESTS)
    on_b = auth_b.sign_in("admin", ADMIN_PASSWORD)
    on_b.accounts.remember_on_this_pc(on_b.user, True)
    db_id = on_b.workspace.db_id
    on_b.sign_out()
    assert backend_b.items and PcState(paths_b.pc_state_file).remembered_username(db_id) == "admin"

    on_a = auth.sign_in("admin", ADMIN_PASSWORD)  # PC A forbids it
    on_a.settings.update(on_a.user, dataclasses.replace(on_a.settings.get(), remember_me_allowed=False))
    on_a.sign_out()
    assert backend_b.items  # PC B's keyring cannot be reached from PC A

    auth_b.sign_in("admin", ADMIN_PASSWORD).sign_out()  # PC B's next sign-in

    assert backend_b.items == {}
    assert PcState(paths_b.pc_state_file).remembered_username(db_id) is None


def test_keyring_names_hold_no_username(backend, remembered):
    (service, name), value = next(iter(backend.items.items()))
    assert service == SERVICE and "admin" not in name and "admin" not in value
