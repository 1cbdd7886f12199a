"""Shared fixtures. Qt runs headless on purpose: set before anything imports Qt."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_SCALE_FACTOR_ROUNDING_POLICY", "PassThrough")

from pathlib import Path

import pytest

from lcs_desktop.domain.roles import Role
from lcs_desktop.paths import AppPaths
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.frozen_clock import TEST_NOW

ADMIN_PASSWORD = "Tall-Giraffe-Meadow-42"
USER_PASSWORD = "Quiet-River-Stone-1987"


class MemorySecretStore:
    """An in-memory keyring backend (the only stand-in the tests use)."""

    available = True

    def __init__(self) -> None:
        self.items: dict[str, bytes] = {}

    def get(self, name: str) -> bytes | None:
        return self.items.get(name)

    def put(self, name: str, secret: bytes) -> None:
        self.items[name] = secret

    def delete(self, name: str) -> None:
        self.items.pop(name, None)


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch: pytest.MonkeyPatch):
    """Every workspace made in a test runs on a clock standing at TEST_NOW (``LCS_TEST_NOW``),
    so no result depends on the day or hour the suite is run. Returns the clock: a test may
    ``set`` or ``advance`` it."""
    from lcs_desktop.domain.clock import FixedClock
    from lcs_desktop.services.workspace import Workspace

    clock = FixedClock(TEST_NOW)
    monkeypatch.setattr(Workspace, "default_clock", clock)
    return clock


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path)


@pytest.fixture
def secret_store() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def authenticator(paths: AppPaths, secret_store: MemorySecretStore):
    from lcs_desktop.services.auth import Authenticator

    return Authenticator(paths, secret_store, kdf=FAST_KDF_FOR_TESTS)


@pytest.fixture
def org(authenticator):
    """A set-up organisation: the first account (administrator + lead) signed in.

    Yields the session; ``org.recovery_key`` holds the recovery key shown at set-up.
    """
    session, recovery = authenticator.set_up("Libra Children Services", "admin", "Ada Admin", ADMIN_PASSWORD)
    session.recovery_key = recovery  # type: ignore[attr-defined]
    yield session
    if not session.workspace.database.lock.held:
        return
    session.workspace.close()


@pytest.fixture
def make_user(org, authenticator):
    """Factory: an account with the given roles, its password changed, signed in separately."""
    opened = []

    def _make(username: str, *roles: Role, full_name: str | None = None):
        temp = org.accounts.add_user(org.user, username, full_name or username.title(), frozenset(roles))
        return username, temp

    yield _make
    for session in opened:
        session.workspace.close()
