"""Office-server faults in plain words (issue 11).

psycopg reports a failed connection as ``OperationalError`` with the library's own words and
no SQLSTATE; a failure inside a statement carries a SQLSTATE. Both are turned into the
project's StoreError subclasses with a sentence a non-technical user can act on. The driver's
text is only read here, never shown or logged: it may name the login or the database.
"""

from __future__ import annotations

from lcs_desktop.store.errors import DISK_FULL, DiskFullError, ReadOnlyError, StoreError
from lcs_desktop.store.server_address import ServerAddress


class ServerUnreachableError(StoreError):
    """The server did not answer (down, network, firewall, wrong name). Worth retrying."""

    retryable = True


class ServerCertificateError(StoreError):
    """The server could not prove it is the server named (certificate or host name)."""


class ServerLoginError(StoreError):
    """The server refused the login (wrong password, login switched off or unknown)."""


class ServerBusyError(StoreError):
    """Two desks' changes collided (serialization failure or deadlock): the change can be retried."""

    retryable = True


class ServerPermissionError(StoreError):
    """The server itself refused the statement for this person's role."""


class KeyChangedError(StoreError):
    """An administrator changed the workspace key after this desk signed in (server_key_guard)."""

    def __init__(self) -> None:
        super().__init__(KEY_CHANGED)


KEY_CHANGED = (
    "An administrator has changed the workspace key since you signed in, so this was not saved or "
    "shown. Lock LCS Desktop (Ctrl+L) and sign in again with your password, then try again; "
    "what you typed stays in the open form."
)
KEY_CHANGED_CODE = "LCSKG"  # raised by the lcs_key_guard trigger


class ServerMissingDatabaseError(StoreError):
    """The database named in the address does not exist on the server."""


# SQLSTATE classes and codes (PostgreSQL Appendix A).
SERIALIZATION_FAILURE, DEADLOCK, LOCK_NOT_AVAILABLE = "40001", "40P01", "55P03"
DISK_FULL_CODE, OUT_OF_MEMORY, TOO_MANY_CONNECTIONS = "53100", "53200", "53300"
READ_ONLY_TRANSACTION = "25006"
INSUFFICIENT_PRIVILEGE = "42501"
ADMIN_SHUTDOWN, CRASH_SHUTDOWN, CANNOT_CONNECT_NOW = "57P01", "57P02", "57P03"
INVALID_PASSWORD, INVALID_AUTHORIZATION = "28P01", "28000"
INVALID_CATALOG = "3D000"

_CERTIFICATE_WORDS = (
    "certificate",
    "ssl error",
    "sslv3",
    "tls",
    "provider signature failure",
    "does not match host name",
)
_UNREACHABLE_WORDS = (
    "connection refused",
    "timeout expired",
    "timed out",
    "could not translate host name",
    "failed to resolve host",
    "name or service not known",
    "no route to host",
    "network is unreachable",
    "server closed the connection unexpectedly",
    "connection reset",
    "consuming input failed",
    "terminating connection",
    "the database system is",
)
_LOGIN_WORDS = ("password authentication failed", "no password supplied", "role", "not permitted to log in")


def _where(address: ServerAddress | None) -> str:
    return f"The office server {address.host}" if address is not None else "The office server"


def unreachable(address: ServerAddress | None) -> ServerUnreachableError:
    return ServerUnreachableError(
        f"{_where(address)} cannot be reached: it may be switched off, or this PC is not on the "
        "office network. Nothing was changed. Try again, or ask IT."
    )


def certificate_refused(address: ServerAddress | None) -> ServerCertificateError:
    name = address.host if address is not None else "the office server"
    return ServerCertificateError(
        f"LCS Desktop refused to connect to {name}: the server could not prove it is {name} with a "
        "certificate from the office's certificate authority, so no password was sent. IT must "
        "check the server certificate and the CA file on this PC."
    )


def login_refused(address: ServerAddress | None) -> ServerLoginError:
    return ServerLoginError(
        f"{_where(address)} refused your sign-in: the password was not accepted, or your account's "
        "server login is switched off. Check the password, or ask an administrator."
    )


def translate_server(exc: BaseException, address: ServerAddress | None = None) -> StoreError:
    """A plain-words StoreError for a psycopg / SQLAlchemy fault from the office server."""
    inner = getattr(exc, "orig", None) or exc
    code = getattr(inner, "sqlstate", None)
    text = str(inner).lower()
    if code == KEY_CHANGED_CODE:
        return KeyChangedError()
    if code in (SERIALIZATION_FAILURE, DEADLOCK, LOCK_NOT_AVAILABLE):
        return ServerBusyError(
            "Someone at another desk was changing the same records at the same moment, so this "
            "change was not saved. Try again; nothing you typed was lost."
        )
    if code == DISK_FULL_CODE:
        return DiskFullError(
            f"{_where(address)} has run out of disk space, so nothing more can be saved. "
            "Ask IT to free space on the server. Nothing already saved was lost."
        )
    if code == READ_ONLY_TRANSACTION:
        return ReadOnlyError(
            f"{_where(address)} is accepting no changes at the moment (it is read-only, for example "
            "during maintenance). Try again later, or ask IT."
        )
    if code == INSUFFICIENT_PRIVILEGE:
        return ServerPermissionError(
            f"{_where(address)} refused this for your role, so nothing was changed. If you need "
            "to do it, ask an administrator to check your roles."
        )
    if code in (INVALID_PASSWORD, INVALID_AUTHORIZATION):
        return login_refused(address)
    if code == INVALID_CATALOG or ("database" in text and "does not exist" in text):
        return ServerMissingDatabaseError(
            f"{_where(address)} has no LCS Desktop database by the name this PC was given. "
            "IT must check the server address (or run 'lcs-desktop admin server-init')."
        )
    if code in (ADMIN_SHUTDOWN, CRASH_SHUTDOWN, CANNOT_CONNECT_NOW, TOO_MANY_CONNECTIONS, OUT_OF_MEMORY):
        return unreachable(address)
    if code is None:
        if "root certificate file" in text:
            return certificate_refused(address)
        if any(word in text for word in _LOGIN_WORDS) and "fatal" in text:
            return login_refused(address)
        if any(word in text for word in _UNREACHABLE_WORDS):
            return unreachable(address)
        if any(word in text for word in _CERTIFICATE_WORDS):
            return certificate_refused(address)
        if "no space left" in text or "could not extend file" in text:
            return DiskFullError(DISK_FULL)
    return StoreError(
        "The office server could not complete this; nothing was changed. Try again, and if it "
        "happens again tell IT the time (the details are in the log file)."
    )
