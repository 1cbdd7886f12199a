"""Putting an ``Authenticator`` on the test office server (issue 11): the database initialised
as IT would (``server-init``), the PC connected (``connect-server``), the first administrator
set up on it. Used by the ``backend`` fixtures (tests/conftest.py) and tests/server/."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine

from tests.pg_server import SUPERUSER, SUPERUSER_PASSWORD

# The server's owner role and its password, per test database (IT's, in real life).
_OWNERS: dict[int, tuple[str, str]] = {}


def init_server(pg_server: Any, dbname: str) -> tuple[str, str]:
    """``server-init`` on a fresh database; returns the owner login and password.
    INTERIM: migrations as the fixture's superuser until h-pgstore's server-init lands."""
    from lcs_desktop.store import migrate

    engine = create_engine(
        "postgresql+psycopg://",
        connect_args={
            "host": pg_server.host,
            "port": pg_server.port,
            "dbname": dbname,
            "user": SUPERUSER,
            "password": SUPERUSER_PASSWORD,
            "sslmode": "verify-full",
            "sslrootcert": str(pg_server.ca_file),
        },
    )
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    return SUPERUSER, SUPERUSER_PASSWORD


def connect_to_test_server(auth: Any, pg_server: Any, dbname: str) -> None:
    from lcs_desktop.services.server_signin import connect_server

    owner = init_server(pg_server, dbname)
    _OWNERS[id(auth)] = owner
    connect_server(auth.paths, pg_server.url(dbname), str(pg_server.ca_file), *owner)


def set_up_org(auth: Any, organisation: str, username: str, full_name: str, password: str) -> tuple[Any, str]:
    """``Authenticator.set_up`` locally; on a server, the first administrator's set-up there."""
    if auth.server_settings() is None:
        return auth.set_up(organisation, username, full_name, password)
    from lcs_desktop.services.server_signin import set_up_on_server

    owner, owner_password = _OWNERS[id(auth)]
    return set_up_on_server(auth, owner, owner_password, organisation, username, full_name, password)


def tamper(org: Any, *statements: str) -> None:
    """What someone holding the server's owner (or superuser) password could do with ``psql``:
    switch the append-only triggers off and edit the audit trail directly."""
    from urllib.parse import urlsplit

    import psycopg

    settings = org.workspace.server.settings
    parts = urlsplit(settings.url)
    with psycopg.connect(
        host=parts.hostname,
        port=parts.port,
        dbname=parts.path.lstrip("/"),
        user=SUPERUSER,
        password=SUPERUSER_PASSWORD,
        sslmode="verify-full",
        sslrootcert=settings.ca_file,
        autocommit=True,
    ) as connection:
        connection.execute("ALTER TABLE audit_events DISABLE TRIGGER USER")
        for statement in statements:
            connection.execute(statement)  # type: ignore[arg-type]
        connection.execute("ALTER TABLE audit_events ENABLE TRIGGER USER")
