"""Where the office server is (issue 11): ``postgresql://HOST[:PORT]/DB`` and the CA IT installed.

A URL is the one place a secret could slip into a settings file, a log or an error message, so
an address carrying a user, a password or options is refused outright (the password travels
beside the address, in memory only). The refusal never repeats what was typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from lcs_desktop.store.errors import StoreError

DEFAULT_PORT = 5432
SCHEMES = ("postgresql", "postgres")
_DB_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_-]{0,62}$")
_HOST = re.compile(r"^[A-Za-z0-9.-]{1,253}$|^[0-9A-Fa-f:]{2,39}$")

FORM = "Give the office server's address as postgresql://HOST/DATABASE (or postgresql://HOST:PORT/DATABASE)."
NO_SECRETS = (
    "The office server's address must not contain a user name, a password or options: give it as "
    "postgresql://HOST/DATABASE. The password is asked for separately and is never saved in the address."
)


class ServerAddressError(StoreError):
    """The address given for the office server cannot be used (said in a plain sentence)."""


@dataclass(frozen=True, slots=True)
class ServerAddress:
    host: str
    port: int
    dbname: str
    ca_file: Path

    @classmethod
    def parse(cls, url: str, ca_file: Path | str) -> ServerAddress:
        """The address in ``url``; refuses a user, password, query or fragment with a sentence."""
        text = (url or "").strip()
        try:
            parts = urlsplit(text)
            port = parts.port
        except ValueError:
            raise ServerAddressError(f"The office server's address could not be read. {FORM}") from None
        if parts.scheme.lower() not in SCHEMES:
            raise ServerAddressError(f"The office server's address must start with postgresql://. {FORM}")
        if "@" in parts.netloc or parts.username is not None or parts.password is not None:
            raise ServerAddressError(NO_SECRETS)
        if parts.query or parts.fragment or ";" in text or "?" in text:
            raise ServerAddressError(NO_SECRETS)
        host = parts.hostname or ""
        if not _HOST.match(host):
            raise ServerAddressError(f"The office server's address has no server name in it. {FORM}")
        dbname = parts.path[1:] if parts.path.startswith("/") else ""
        if not _DB_NAME.match(dbname):
            raise ServerAddressError(f"The office server's address must end with the database's name. {FORM}")
        if port is not None and not 0 < port < 65536:
            raise ServerAddressError(f"The office server's port must be a number from 1 to 65535. {FORM}")
        return cls(host, port or DEFAULT_PORT, dbname, Path(ca_file))

    @property
    def url(self) -> str:
        """The address back as a URL, with no user or password (safe to save and to show)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        return f"postgresql://{host}{port}/{self.dbname}"

    @property
    def shown(self) -> str:
        """How the status bar and messages name it: HOST/DB (HOST:PORT/DB off the usual port)."""
        return self.url.removeprefix("postgresql://")
