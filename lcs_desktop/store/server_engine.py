"""The office-server engine: SQLAlchemy over psycopg 3, TLS verified against IT's CA (issue 11).

The login password reaches the driver from a ``do_connect`` listener only: never in the URL
(SQLAlchemy prints URLs in errors and logs), never in a statement. It is held like the SQLCipher
key (``engine.EngineKey``), so the idle lock wipes it and no connection opens until it is given
again. ``sslmode=verify-full``: the server must prove it is the host named, with a certificate
from the CA file — a wrong host or a stranger's certificate is refused before any password is sent.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from lcs_desktop.store.engine import _ENGINE_KEYS, EngineKey
from lcs_desktop.store.server_address import ServerAddress

APPLICATION_NAME = "LCS Desktop"
CONNECT_TIMEOUT_S = 10


def connect_params(
    address: ServerAddress, login: str, *, connect_timeout: int = CONNECT_TIMEOUT_S
) -> dict[str, Any]:
    """Everything psycopg needs except the password."""
    return {
        "host": address.host,
        "port": address.port,
        "dbname": address.dbname,
        "user": login,
        "sslmode": "verify-full",
        "sslrootcert": str(address.ca_file),
        "connect_timeout": connect_timeout,
        "application_name": APPLICATION_NAME,
    }


def make_server_engine(
    address: ServerAddress,
    login: str,
    password: str,
    *,
    pool_size: int = 4,
    connect_timeout: int = CONNECT_TIMEOUT_S,
) -> Engine:
    """An engine for ``login`` on the server at ``address``; no connection is opened yet."""
    engine = create_engine(
        "postgresql+psycopg://",
        connect_args=connect_params(address, login, connect_timeout=connect_timeout),
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=2,
        pool_pre_ping=True,  # a server restarted overnight: the stale connection is replaced, not shown
        pool_use_lifo=True,
        hide_parameters=True,  # values (ciphertext or not) never in an exception's text
    )
    holder = EngineKey(password.encode("utf-8"))
    _ENGINE_KEYS[engine] = holder

    @event.listens_for(engine, "do_connect")
    def _password_in_memory_only(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        cparams["password"] = holder.get().decode("utf-8")  # raises WorkspaceLocked once forgotten

    @event.listens_for(engine, "checkin")
    def _close_after_lock(dbapi_connection: Any, record: Any) -> None:
        if holder.forgotten and dbapi_connection is not None:
            record.invalidate()

    return engine
