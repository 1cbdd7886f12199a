"""The store side of a server sign-in, in one place (issue 11): reach the server as a person's
login, check the schema, key the field cipher, and keep logins in step with accounts.

INTERIM: until h-pgstore's ``ServerDatabase`` / ``make_server_engine`` / roles land, the pieces
below are minimal stand-ins written to the same names; they are replaced by calls to those
modules as they are merged (see the integration notes in the report).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from lcs_desktop.domain.errors import WorkspaceLocked
from lcs_desktop.domain.roles import Role
from lcs_desktop.store.errors import StoreError

if TYPE_CHECKING:
    from lcs_desktop.paths import AppPaths
    from lcs_desktop.store.server_settings import ServerSettings

log = logging.getLogger(__name__)

GROUPS: dict[Role, str] = {
    Role.CHECKER: "checker",
    Role.MANAGER: "manager",
    Role.SAFEGUARDING_LEAD: "lead",
    Role.ADMINISTRATOR: "admin",
}


class LoginRefused(StoreError):
    """The server refused the login's password (a wrong password, or no such login)."""


class ServerUnreachable(StoreError):
    pass


@dataclass(frozen=True, slots=True)
class Address:
    host: str
    port: int
    dbname: str
    ca_file: str


def address_of(settings: ServerSettings) -> Address:
    parts = urlsplit(settings.url)
    if (
        parts.scheme not in ("postgresql", "postgres")
        or not parts.hostname
        or parts.username
        or parts.password
    ):
        raise StoreError(
            "The office server address must look like postgresql://HOST/DATABASE, "
            "with no name or password in it."
        )
    return Address(parts.hostname, parts.port or 5432, parts.path.lstrip("/"), settings.ca_file)


def role_prefix(settings: ServerSettings) -> str:
    dbname = address_of(settings).dbname
    clean = re.sub(r"[^a-z0-9]", "_", dbname.lower())[:16]
    return f"lcs_{clean}_{hashlib.sha256(dbname.encode()).hexdigest()[:6]}"


def make_engine_for(address: Address, login: str, password: str, *, pool_size: int = 4) -> Engine:
    args = {
        "host": address.host,
        "port": address.port,
        "dbname": address.dbname,
        "user": login,
        "password": password,
        "sslmode": "verify-full",
        "sslrootcert": address.ca_file,
        "connect_timeout": 10,
        "application_name": "LCS Desktop",
    }
    return create_engine("postgresql+psycopg://", connect_args=args, pool_size=pool_size, max_overflow=2)


def _translate(exc: BaseException, address: Address) -> StoreError:
    message = str(getattr(exc, "orig", exc)).lower()
    if "password authentication failed" in message or ("does not exist" in message and "role" in message):
        return LoginRefused("The office server refused the sign-in.")
    if "certificate" in message or "ssl" in message:
        return StoreError(
            f"The office server {address.host} did not prove who it is (its certificate is not trusted "
            "or names another host). Ask IT to check the server certificate."
        )
    if isinstance(exc, OperationalError) and any(
        word in message for word in ("connect", "refused", "timeout", "timed out", "closed", "terminat")
    ):
        return ServerUnreachable(
            f"The office server {address.host} cannot be reached. Check the network and try again, or ask IT."
        )
    return StoreError(
        f"The office server {address.host} refused this step ({type(getattr(exc, 'orig', exc)).__name__}). "
        "Nothing was changed. Try again, or ask IT."
    )


@dataclass
class ServerDatabase:
    """INTERIM stand-in for h-pgstore's ServerDatabase (same surface as ``Database``)."""

    folder: Path
    engine: Engine
    address: Address
    backend: str = "server"
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _forgotten: bool = field(default=False, init=False)
    _closed: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self.rebind()

    def rebind(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def lock(self) -> Any:
        return self

    @property
    def held(self) -> bool:
        return not self._closed

    def session(self) -> Session:
        if self._forgotten:
            raise WorkspaceLocked()
        return self._sessions()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        session = self.session()
        try:
            with session.begin():
                yield session
        except (OperationalError, DBAPIError) as exc:
            log.error("database error: %s", type(getattr(exc, "orig", exc)).__name__)
            raise self.fault(exc) from None
        finally:
            with contextlib.suppress(SQLAlchemyError):
                session.close()

    def fault(self, exc: BaseException) -> StoreError:
        return _translate(exc, self.address)

    def checkpoint(self) -> None:
        return None

    def dispose(self) -> None:
        self.engine.dispose()

    @property
    def key_forgotten(self) -> bool:
        return self._forgotten

    def forget_key(self) -> None:
        self._forgotten = True
        self.engine.dispose()

    def reopen_as(self, login: str, password: str) -> None:
        self.engine.dispose()
        self.engine = make_engine_for(self.address, login, password)
        self.rebind()
        self._forgotten = False

    def close(self) -> None:
        self.engine.dispose()
        self._forgotten = self._closed = True

    def release(self) -> None:  # ``database.lock.release()``: nothing is locked on the PC
        return None


def open_server_database(
    settings: ServerSettings, paths: AppPaths, login: str, password: str
) -> ServerDatabase:
    address = address_of(settings)
    engine = make_engine_for(address, login, password)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise _translate(exc, address) from None
    check_schema(engine)
    return ServerDatabase(paths.state_dir, engine, address)


def reconnect(database: Any, login: str, password: str) -> None:
    database.reopen_as(login, password)
    try:
        with database.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except (OperationalError, DBAPIError) as exc:
        database.forget_key()
        raise _translate(exc, database.address) from None


def check_schema(engine: Engine) -> None:
    from lcs_desktop.store import migrate

    with engine.connect() as connection:
        current = migrate.current_revision(connection)
    if current == migrate.head_revision():
        return
    if current in migrate.known_revisions():
        raise StoreError(
            "The office server's database is older than this version of LCS Desktop. "
            "IT must run 'lcs-desktop admin upgrade-server'. Nothing was changed."
        )
    raise StoreError(
        "The office server's database was made by a newer version of LCS Desktop. "
        "Install the newer LCS Desktop on this PC (ask IT). Nothing was changed."
    )


def install_workspace_key(database: Any, key: bytes) -> None:
    """Seal and open field values with this workspace's key on this engine (h-pgcrypt)."""
    try:
        from lcs_desktop.store.sealed import install_cipher
        from lcs_desktop.vault.field_cipher import FieldCipher
    except ImportError:  # INTERIM: until h-pgcrypt's sealed columns land
        return
    install_cipher(database.engine, FieldCipher(key))


def forget_workspace_key(database: Any) -> None:
    try:
        from lcs_desktop.store.sealed import forget_cipher
    except ImportError:
        return
    forget_cipher(database.engine)


# -- logins ---------------------------------------------------------------------------------


def workspace_id(session: Session) -> str:
    """The server's workspace id (``lcs_meta``), made on a server that has none yet."""
    import uuid

    from lcs_desktop.store.accounts import Meta

    row = session.get(Meta, "db_id")
    if row is None:
        row = Meta(key="db_id", value=str(uuid.uuid4()))
        session.add(row)
    return row.value


def has_key_slots(session: Session) -> bool:
    from lcs_desktop.store.server_key_slots import KeySlotRow

    return session.query(KeySlotRow.slot_id).limit(1).first() is not None


def prepare_groups(session: Session, prefix: str) -> None:
    ensure_groups(session, prefix)


def ensure_groups(session: Session, prefix: str) -> None:
    """INTERIM: group roles with table rights (h-pgstore's server-init makes these with RLS)."""
    for group in GROUPS.values():
        name = f"{prefix}_{group}"
        exists = session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
        if not exists:
            session.execute(text(f'CREATE ROLE "{name}" NOLOGIN'))
        session.execute(text(f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{name}"'))
        session.execute(text(f'GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "{name}"'))


def set_login(
    session: Session,
    settings: ServerSettings,
    login: str,
    password: str | None,
    roles: frozenset[Role],
    active: bool,
) -> None:
    """Create or change a person's login: its password (a SCRAM verifier computed here when
    h-pgstore's function is in), its group roles, and whether it may log in."""
    prefix = role_prefix(settings)
    exists = session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}).first()
    if not exists:
        session.execute(text(f'CREATE ROLE "{login}" LOGIN NOBYPASSRLS INHERIT'))
    if password is not None:
        change_own_password(session, login, password)
    session.execute(text(f'ALTER ROLE "{login}" {"LOGIN" if active else "NOLOGIN"}'))
    for role, group in GROUPS.items():
        verb = "GRANT" if role in roles and active else "REVOKE"
        session.execute(text(f'{verb} "{prefix}_{group}" {"TO" if verb == "GRANT" else "FROM"} "{login}"'))
    if Role.ADMINISTRATOR in roles and active:  # INTERIM: admins make logins themselves
        session.execute(text(f'ALTER ROLE "{login}" CREATEROLE'))


def change_own_password(session: Session, login: str, password: str) -> None:
    """ALTER ROLE … PASSWORD takes no parameters: the verifier goes in as a quoted literal
    through the driver, and a failure is reported without the statement (it holds the verifier)."""
    from psycopg import sql

    statement = sql.SQL("ALTER ROLE {} PASSWORD {}").format(
        sql.Identifier(login), sql.Literal(_verifier(login, password))
    )
    raw = session.connection().connection.driver_connection
    try:
        with raw.cursor() as cursor:  # type: ignore[union-attr]
            cursor.execute(statement)
    except Exception as exc:
        raise StoreError("The office server did not accept the new password for this account.") from (
            None if "SCRAM" in str(exc) else exc
        )


def _verifier(login: str, password: str) -> str:
    """The login password as a SCRAM-SHA-256 verifier (RFC 5802/7677), so the server never sees
    it. INTERIM: h-pgstore's ``vault/scram.py`` replaces this."""
    import base64
    import hmac
    import os

    salt, rounds = os.urandom(16), 4096
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, rounds)
    stored = hashlib.sha256(hmac.new(salted, b"Client Key", hashlib.sha256).digest()).digest()
    server = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = base64.b64encode
    return f"SCRAM-SHA-256${rounds}:{b64(salt).decode()}${b64(stored).decode()}:{b64(server).decode()}"
