"""Which mode this PC works in, said plainly for the GUI (issue 11, DESIGN.md §5).

The About box, the status bar and the sign-in window name the mode and, in office mode, the
server (``HOST/DB``) — never a login, a password or a workspace id. Also the GUI's side of
joining a server from the first-run wizard: connect, then learn whether the server's first
administrator still has to be set up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from lcs_desktop.domain.errors import LcsError

if TYPE_CHECKING:
    from lcs_desktop.paths import AppPaths
    from lcs_desktop.services.auth import Authenticator
    from lcs_desktop.services.session import SignedIn

LOCAL_TEXT = "This computer's own encrypted database"


@dataclass(frozen=True, slots=True)
class OfficeMode:
    """``server`` is ``HOST/DB`` (``HOST:PORT/DB`` off the usual port), or None in local mode."""

    server: str | None = None

    @property
    def is_server(self) -> bool:
        return self.server is not None

    @property
    def host(self) -> str | None:
        return self.server.split("/", 1)[0] if self.server else None

    @property
    def text(self) -> str:
        """The status bar's and About box's words."""
        if self.server is None:
            return LOCAL_TEXT
        return f"Office server: {self.server} (verified TLS)"

    @property
    def sign_in_text(self) -> str:
        if self.server is None:
            return ""
        return f"You will sign in to the office server {self.server} (verified TLS)."


def shown_address(url: str) -> str:
    """``postgresql://HOST[:PORT]/DB`` as ``HOST/DB``; anything before an ``@`` is dropped so a
    login can never be shown, whatever was typed."""
    parts = urlsplit(url.strip())
    netloc = parts.netloc.rsplit("@", 1)[-1]
    if netloc.endswith(":5432"):
        netloc = netloc[: -len(":5432")]
    return f"{netloc}{parts.path}" if netloc else "?"


def mode_of(auth: Authenticator) -> OfficeMode:
    """From the PC's settings file; damaged settings are the settings' own plain refusal."""
    settings = auth.server_settings()
    return OfficeMode(shown_address(settings.url)) if settings is not None else OfficeMode()


def mode_of_session(session: SignedIn) -> OfficeMode:
    link = getattr(session.workspace, "server", None)
    return OfficeMode(shown_address(link.settings.url)) if link is not None else OfficeMode()


# -- "Retry" ----------------------------------------------------------------------------------


def offers_retry(error: LcsError) -> bool:
    """The office server did not answer (or was busy): trying again may work."""
    if getattr(error, "retryable", False):
        return True
    return type(error).__name__ in ("ServerUnreachable", "ServerUnreachableError")


# -- joining from the wizard ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Joined:
    server: str  # HOST/DB, for the wizard's words
    needs_first_administrator: bool


MISSING_ADDRESS = "Enter the office server's address, for example postgresql://server.office/lcs."
MISSING_CA = "Choose the CA certificate file IT gave you (a .pem or .crt file)."
MISSING_OWNER = "Enter the server's owner login and its password (IT has them)."


def join_server(paths: AppPaths, url: str, ca_file: str, owner: str, owner_password: str) -> Joined:
    """connect-server from the wizard. The owner's password is used here and forgotten."""
    from lcs_desktop.services.server_signin import connect_server

    if not url.strip():
        raise LcsError(MISSING_ADDRESS)
    if not ca_file.strip():
        raise LcsError(MISSING_CA)
    if not owner.strip() or not owner_password:
        raise LcsError(MISSING_OWNER)
    settings = connect_server(paths, url.strip(), ca_file.strip(), owner.strip(), owner_password)
    has_accounts = _has_accounts(settings, paths, owner.strip(), owner_password)
    return Joined(shown_address(settings.url), not has_accounts)


def _has_accounts(settings: Any, paths: AppPaths, owner: str, owner_password: str) -> bool:
    from lcs_desktop.store import server_link

    database = server_link.open_server_database(settings, paths, owner, owner_password)
    try:
        with database.transaction() as session:
            return server_link.has_key_slots(session)
    finally:
        database.close()


def forget_join(paths: AppPaths) -> None:
    """The wizard was left before the server's first administrator was made: this PC goes
    back to having no settings, so the next start offers the wizard again."""
    from lcs_desktop.store.server_settings import ServerSettings

    ServerSettings.path_in(paths.data_dir).unlink(missing_ok=True)
