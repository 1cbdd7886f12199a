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
def backend(request: pytest.FixtureRequest) -> str:
    """ "local" (a SQLCipher file) or "server" (an office server): modules marked
    ``both_backends`` run on both (tests/services/conftest.py parametrises this)."""
    return getattr(request, "param", "local")


@pytest.fixture
def authenticator(
    paths: AppPaths, secret_store: MemorySecretStore, backend: str, request: pytest.FixtureRequest
):
    from lcs_desktop.services.auth import Authenticator

    auth = Authenticator(paths, secret_store, kdf=FAST_KDF_FOR_TESTS)
    if backend == "server":
        from tests.server_helpers import connect_to_test_server

        pg_server = request.getfixturevalue("pg_server")
        if "pg_database" in request.fixturenames:  # the test works on that database itself: as IT would
            connect_to_test_server(auth, pg_server, request.getfixturevalue("pg_database"))
        else:  # a copy of the template set up once per server (~1 s less per test)
            owner = request.getfixturevalue("pg_template")[1]
            connect_to_test_server(auth, pg_server, request.getfixturevalue("server_database"), owner)
    return auth


@pytest.fixture
def org(authenticator):
    """A set-up organisation: the first account (administrator + lead) signed in.

    Yields the session; ``org.recovery_key`` holds the recovery key shown at set-up.
    """
    from tests.server_helpers import set_up_org

    session, recovery = set_up_org(
        authenticator, "Libra Children Services", "admin", "Ada Admin", ADMIN_PASSWORD
    )
    session.recovery_key = recovery  # type: ignore[attr-defined]
    yield session
    lock = getattr(session.workspace.database, "lock", None)  # none on an office server
    if lock is not None and not lock.held:
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


# -- the office server (issue 11): a real PostgreSQL 15+ with TLS, one per test session ---------


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory):
    """A running PostgreSQL server (TLS, SCRAM) in a temporary folder, or a skip with the reason
    where its binaries are absent. With CI=true a missing server fails instead of skipping."""
    from tests import pg_server as pg

    reason = None
    if pg.find_binaries() is None:
        reason = "PostgreSQL's server binaries (initdb, pg_ctl) are not installed"
    else:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            reason = "psycopg is not installed"
    if reason is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI needs the office-server tests, but {reason}")
        pytest.skip(reason)
    with pg.running_server(tmp_path_factory.mktemp("pg", numbered=True)) as server:
        yield server


def _database_name(request: pytest.FixtureRequest) -> str:
    import re
    import uuid

    return "t_" + re.sub(r"[^a-z0-9]", "_", request.node.name.lower())[:40] + "_" + uuid.uuid4().hex[:6]


@pytest.fixture
def pg_database(pg_server, request: pytest.FixtureRequest):
    """A fresh, empty database on the test server (dropped afterwards); yields its name."""
    name = _database_name(request)
    pg_server.create_database(name)
    yield name
    pg_server.drop_database(name)


@pytest.fixture(scope="session")
def pg_template(pg_server):
    """A database server-init set up once per test server (dropped at the end): yields its name
    and IT's owner login (name, password). Each xdist worker has its own server, so its own."""
    import uuid

    from tests.server_helpers import make_template

    name = "t_template_" + uuid.uuid4().hex[:6]
    owner = make_template(pg_server, name)
    yield name, owner
    pg_server.drop_database(name)


@pytest.fixture
def server_database(pg_server, pg_template, request: pytest.FixtureRequest):
    """A set-up database copied from the template (dropped afterwards); yields its name. The
    server-backend ``authenticator`` is connected to it."""
    from tests.server_helpers import copy_of_template

    template, owner = pg_template
    name = _database_name(request)
    copy_of_template(pg_server, template, owner, name)
    yield name
    pg_server.drop_database(name)
