"""The store side of a server sign-in, in one place (issue 11): reach the server as a person's
login, check the schema, key the field cipher, keep logins in step with accounts. A thin
layer over h-pgstore's ``ServerDatabase``/``server_roles``/``server_setup`` and h-pgcrypt's
``sealed``, so the services need not know those modules."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from lcs_desktop.domain.roles import Role
from lcs_desktop.store.accounts import Meta
from lcs_desktop.store.errors import StoreError
from lcs_desktop.store.sealed import forget_cipher, install_cipher
from lcs_desktop.store.server_address import ServerAddress
from lcs_desktop.store.server_database import ServerDatabase
from lcs_desktop.store.server_errors import ServerLoginError
from lcs_desktop.store.server_key_slots import KeySlotRow
from lcs_desktop.store.server_roles import RoleNames, discovered_names, quoted
from lcs_desktop.store.server_roles import set_login as call_set_login
from lcs_desktop.store.server_setup import ServerSetupError, server_schema_problem
from lcs_desktop.vault.field_cipher import FieldCipher
from lcs_desktop.vault.scram import scram_verifier

if TYPE_CHECKING:
    from lcs_desktop.store.server_settings import ServerSettings

LoginRefused = ServerLoginError
__all__ = ["LoginRefused", "ServerDatabase"]


def address_of(settings: ServerSettings) -> ServerAddress:
    return ServerAddress.parse(settings.url, settings.ca_file)


def role_names(settings: ServerSettings) -> RoleNames:
    """The names connect-server found on the server; derived from the database's name for a
    settings file written before they were recorded."""
    if settings.role_prefix:
        return RoleNames(settings.role_prefix)
    return RoleNames.for_database(address_of(settings).dbname)


def found_role_prefix(session: Session, settings: ServerSettings) -> str:
    """The prefix the server's database was set up with (read from its catalogue)."""
    return discovered_names(session, address_of(settings).dbname).prefix


def role_prefix(settings: ServerSettings) -> str:
    return role_names(settings).prefix


def open_server_database(settings: ServerSettings, folder: Path, login: str, password: str) -> ServerDatabase:
    """Connected as ``login`` (a plain refusal otherwise), the schema versions agreeing."""
    database = ServerDatabase.connect(folder, address_of(settings), login, password)
    try:
        problem = server_schema_problem(database.engine)
    except BaseException:
        database.close()
        raise
    if problem is not None:
        database.close()
        raise ServerSetupError(problem)
    return database


def reconnect(database: ServerDatabase, password: str) -> None:
    """After the idle lock: the same login, its password derived again; proven at once."""
    database.reopen(password)
    try:
        with database.engine.connect():
            pass
    except Exception as exc:
        error = database.fault(exc)
        database.forget_key()
        raise error from None


def install_workspace_key(database: ServerDatabase, key: bytes) -> None:
    """Sealed columns open and seal with this workspace's key on this engine (h-pgcrypt)."""
    install_cipher(database.engine, FieldCipher(key))


def forget_workspace_key(database: ServerDatabase) -> None:
    forget_cipher(database.engine)


# -- IT's steps (as the owner role) ----------------------------------------------------------


def as_owner(session: Session, settings: ServerSettings) -> None:
    session.execute(text(f"SET LOCAL ROLE {quoted(role_names(settings).owner)}"))


def workspace_id(session: Session) -> str:
    """The server's workspace id (``lcs_meta``), made on a freshly initialised server."""
    if not inspect(session.connection()).has_table("lcs_meta"):
        raise StoreError(
            "The office server has not been set up yet: IT must run 'lcs-desktop admin server-init'."
        )
    value = session.scalar(select(Meta.value).where(Meta.key == "db_id"))
    if value is None:
        value = str(uuid.uuid4())
        session.add(Meta(key="db_id", value=value))
    return value


def has_key_slots(session: Session) -> bool:
    return session.scalar(select(KeySlotRow.slot_id).limit(1)) is not None


# -- logins ----------------------------------------------------------------------------------


def set_login(
    session: Session, login: str, user_id: int, password: str | None, roles: frozenset[Role], active: bool
) -> None:
    """Create or change a person's login through ``lcs_set_login`` (administrators only): a SCRAM
    verifier computed here, so the server never sees the login password."""
    verifier = scram_verifier(password) if password is not None else None
    call_set_login(session, login, user_id, verifier, roles, active)


def change_own_password(session: Session, login: str, password: str) -> None:
    """One's own login (no administrator needed: PostgreSQL lets a role set its own password).
    ALTER ROLE takes no parameters, so the verifier goes in as a driver-quoted literal, and a
    failure is reported without the statement."""
    from psycopg import sql

    statement = sql.SQL("ALTER ROLE {} PASSWORD {}").format(
        sql.Identifier(login), sql.Literal(scram_verifier(password))
    )
    raw = session.connection().connection.driver_connection
    try:
        with raw.cursor() as cursor:  # type: ignore[union-attr]
            cursor.execute(statement)
    except Exception:
        raise StoreError("The office server did not accept the new password for this account.") from None
