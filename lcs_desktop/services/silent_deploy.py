"""An office server given by IT at install time (issue 11): the MSI's LCS_SERVER_URL,
LCS_SERVER_CA and LCS_SERVER_ID properties, written under HKLM, read at the app's first start.

With all three (and an address and CA file that can be used) the PC joins at once: the
settings file is written exactly as ``admin connect-server`` writes it, and the server proves
who it is at the first sign-in (TLS verify-full). With less, the set-up wizard opens at "Join
an office server" with what was given filled in. Never a password: none is deployed.

The registry is read through an injected ``source`` (a function from a value name to its
text), so the logic is tested on any system; ``windows_registry_source`` is the real one.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

REGISTRY_KEY = r"Software\Libra Children Services\LCS Desktop\Office server"
URL_VALUE, CA_VALUE, ID_VALUE = "ServerUrl", "ServerCaFile", "ServerId"
_WORKSPACE_ID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")

Source = Callable[[str], "str | None"]


@dataclass(frozen=True, slots=True)
class DeployedServer:
    url: str
    ca_file: str = ""
    db_id: str = ""

    @property
    def complete(self) -> bool:
        """Enough to join without asking: a usable address, an existing CA file, a workspace id."""
        return (_usable_address(self.url) and bool(self.ca_file) and Path(self.ca_file).is_file()) and bool(
            _WORKSPACE_ID.match(self.db_id)
        )


def _usable_address(url: str) -> bool:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        return False
    return (
        parts.scheme in ("postgresql", "postgres")
        and bool(parts.hostname)
        and "@" not in parts.netloc
        and not parts.query
        and len(parts.path) > 1
    )


def read_deployed(source: Source | None) -> DeployedServer | None:
    """What IT deployed, or None (no source, or no address given)."""
    if source is None:
        return None
    url = (source(URL_VALUE) or "").strip()
    if not url:
        return None
    return DeployedServer(url, (source(CA_VALUE) or "").strip(), (source(ID_VALUE) or "").strip())


def windows_registry_source() -> Source | None:
    """HKLM's values on Windows (the 64-bit view, then the 32-bit one); None elsewhere."""
    if sys.platform != "win32":
        return None
    import winreg

    def read(name: str) -> str | None:
        for view in (winreg.KEY_WOW64_64KEY, winreg.KEY_WOW64_32KEY):
            try:
                with winreg.OpenKey(
                    winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY, 0, winreg.KEY_READ | view
                ) as key:
                    value, kind = winreg.QueryValueEx(key, name)
            except OSError:
                continue
            if kind in (winreg.REG_SZ, winreg.REG_EXPAND_SZ) and isinstance(value, str):
                return winreg.ExpandEnvironmentStrings(value) if kind == winreg.REG_EXPAND_SZ else value
        return None

    return read


def apply_deployed(data_dir: Path, deployed: DeployedServer) -> bool:
    """Join at once when the deployment is complete and this PC has no settings yet."""
    from lcs_desktop.store.server_settings import ServerSettings

    if not deployed.complete or ServerSettings.path_in(data_dir).exists():
        return False
    ca = str(Path(deployed.ca_file).absolute())
    ServerSettings(deployed.url, ca, deployed.db_id.lower()).save(data_dir)
    log.info("joined the office server given at install time")
    return True


def first_start(data_dir: Path, source: Source | None) -> DeployedServer | None:
    """At a first start (no workspace on this PC): join if IT's deployment is complete, and
    return what was deployed (for the wizard's Join page when it is not)."""
    deployed = read_deployed(source)
    if deployed is not None:
        apply_deployed(data_dir, deployed)
    return deployed
