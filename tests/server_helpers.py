"""Putting an ``Authenticator`` on the test office server (issue 11): the database initialised
as IT would (``server-init`` with IT's database-owner login), the PC connected
(``connect-server``), the first administrator set up on it. Used by the ``backend`` fixtures
(tests/conftest.py) and tests/server/."""

from __future__ import annotations

from typing import Any

from lcs_desktop.store.server_address import ServerAddress
from lcs_desktop.store.server_engine import make_server_engine
from lcs_desktop.store.server_roles import RoleNames
from lcs_desktop.store.server_setup import server_init
from tests.pg_server import SUPERUSER, SUPERUSER_PASSWORD

IT_PASSWORD = "IT-Owner-Password-For-Tests"
# IT's owner login per test database (IT's own, in real life).
_OWNERS: dict[int, tuple[str, str]] = {}


def it_owner(pg_server: Any, dbname: str) -> str:
    """What IT prepares before server-init: a login with CREATEROLE that owns the database."""
    names = RoleNames.for_database(dbname)
    it_login = f"{names.prefix}_it"
    with pg_server.superuser_connect(autocommit=True) as connection:
        connection.execute(f"CREATE ROLE \"{it_login}\" LOGIN CREATEROLE PASSWORD '{IT_PASSWORD}'")
        connection.execute(f'ALTER DATABASE "{dbname}" OWNER TO "{it_login}"')
    return it_login


def init_server(pg_server: Any, dbname: str) -> tuple[str, str]:
    """``server-init`` on a fresh database as IT's login (CREATEROLE, owner of the database);
    returns that login and its password."""
    it_login = it_owner(pg_server, dbname)
    address = ServerAddress(pg_server.host, pg_server.port, dbname, pg_server.ca_file)
    engine = make_server_engine(address, it_login, IT_PASSWORD)
    try:
        server_init(engine, dbname)
    finally:
        engine.dispose()
    return it_login, IT_PASSWORD


def connect_to_test_server(
    auth: Any, pg_server: Any, dbname: str, owner: tuple[str, str] | None = None
) -> None:
    """connect-server for ``auth``'s PC; ``dbname`` is initialised first unless its IT
    ``owner`` login is given (a database already set up, e.g. copied from the template)."""
    from lcs_desktop.services.server_signin import connect_server

    owner = owner or init_server(pg_server, dbname)
    _OWNERS[id(auth)] = owner
    connect_server(auth.paths, pg_server.url(dbname), str(pg_server.ca_file), *owner)


def make_template(pg_server: Any, name: str) -> tuple[str, str]:
    """Once per test server: a database set up by server-init as IT would, to be copied for each
    test (``CREATE DATABASE .. TEMPLATE``) instead of running the migrations again. Its engine
    is disposed here: PostgreSQL copies a database only while nobody is connected to it."""
    pg_server.create_database(name)
    owner = init_server(pg_server, name)
    # Nobody connects to it again (autovacuum included), so a copy never waits for a session to end.
    with pg_server.superuser_connect(autocommit=True) as connection:
        connection.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
    return owner


def copy_of_template(pg_server: Any, template: str, owner: tuple[str, str], dbname: str) -> None:
    """A database set up as the template is, owned by IT's login: the copy holds the schema,
    policies and workspace-free tables; what a template does not carry over is made here with
    the production steps (the database's ACL from ``database_access_sql``, the planner settings
    from ``tune``). Every copy shares the template's roles; each test's logins stay its own as
    they are derived with the workspace id connect-server makes."""
    from sqlalchemy import text

    from lcs_desktop.store.server_roles import database_access_sql, discovered_names
    from lcs_desktop.store.server_setup import tune

    it_login, it_password = owner
    # FILE_COPY (PostgreSQL 15+): the files copied as they are, not page by page through the WAL
    # (with the test server's fsync off its two checkpoints cost ~1 ms; 0.035 s against 0.05 s alone).
    with pg_server.superuser_connect(autocommit=True) as connection:
        connection.execute(
            f'CREATE DATABASE "{dbname}" TEMPLATE "{template}" OWNER "{it_login}" STRATEGY FILE_COPY'
        )
    address = ServerAddress(pg_server.host, pg_server.port, dbname, pg_server.ca_file)
    engine = make_server_engine(address, it_login, it_password, pool_size=1)
    try:
        with engine.begin() as connection:
            for statement in database_access_sql(discovered_names(connection, dbname), dbname):
                connection.execute(text(statement))
            tune(connection)
    finally:
        engine.dispose()


def owner_of(auth: Any) -> tuple[str, str]:
    return _OWNERS[id(auth)]


def set_up_org(auth: Any, organisation: str, username: str, full_name: str, password: str) -> tuple[Any, str]:
    """``Authenticator.set_up`` locally; on a server, the first administrator's set-up there."""
    if auth.server_settings() is None:
        return auth.set_up(organisation, username, full_name, password)
    from lcs_desktop.services.server_signin import set_up_on_server

    owner, owner_password = _OWNERS[id(auth)]
    return set_up_on_server(auth, owner, owner_password, organisation, username, full_name, password)


def superuser(settings: Any):  # type: ignore[no-untyped-def]
    """A psycopg connection as the cluster's superuser (what a server administrator could do)."""
    from urllib.parse import urlsplit

    import psycopg

    parts = urlsplit(settings.url)
    return psycopg.connect(
        host=parts.hostname,
        port=parts.port,
        dbname=parts.path.lstrip("/"),
        user=SUPERUSER,
        password=SUPERUSER_PASSWORD,
        sslmode="verify-full",
        sslrootcert=settings.ca_file,
        autocommit=True,
    )


def sign_in_at_desk(org: Any, authenticator: Any, tmp_path: Any, secret_store: Any, user: Any) -> Any:
    """``user`` at a PC of their own pointed at the same server, with a fresh temporary password."""
    from lcs_desktop.paths import AppPaths
    from lcs_desktop.services.auth import Authenticator
    from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS

    temp = org.accounts.reset_password(org.user, user.id)
    paths = AppPaths.under(tmp_path / f"desk-{user.username}")
    authenticator.server_settings().save(paths.data_dir)
    return Authenticator(paths, secret_store, kdf=FAST_KDF_FOR_TESTS).sign_in(user.username, temp)


def stored(org: Any, sql: str) -> set[tuple[Any, ...]]:
    """The rows ``sql`` finds on the server, as its superuser sees them."""
    with superuser(org.workspace.server.settings) as connection:
        return set(connection.execute(sql).fetchall())  # type: ignore[arg-type]


def tamper(org: Any, *statements: str) -> None:
    """What someone holding the server's superuser password could do with ``psql``: switch
    the append-only triggers off and edit the audit trail directly."""
    with superuser(org.workspace.server.settings) as connection:
        connection.execute("ALTER TABLE audit_events DISABLE TRIGGER USER")
        for statement in statements:
            connection.execute(statement)  # type: ignore[arg-type]
        connection.execute("ALTER TABLE audit_events ENABLE TRIGGER USER")
