"""This PC's office-server settings (issue 11): which server, which CA, which workspace.

``office-server.json`` in the data folder says the PC works on a server instead of a local
database. It holds no secret — the address (``postgresql://HOST[:PORT]/DB``, never a user or
password), the path of the CA certificate IT installed, and the workspace id that the login
names and login passwords are derived with. ``admin connect-server`` writes it.

Sign-in failures before the server is reached are counted here on the PC too (``signin.json``
in the PC's state folder), as the key-slot file counts them in local mode: the server cannot
be asked until the password is known to be right.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from lcs_desktop.store.errors import StoreError
from lcs_desktop.vault import lockout

FILE_NAME = "office-server.json"
COUNTER_FILE = "server-signin.json"
DAMAGED = (
    "This PC's office-server settings (office-server.json) are damaged. Ask IT to run "
    "'lcs-desktop admin connect-server' again."
)


@dataclass(frozen=True, slots=True)
class ServerSettings:
    url: str
    ca_file: str
    db_id: str
    # The prefix of the server's role names, as connect-server found it (None in files written
    # before it was recorded: the names are then derived from the database's name).
    role_prefix: str | None = None

    @staticmethod
    def path_in(data_dir: Path) -> Path:
        return data_dir / FILE_NAME

    @classmethod
    def load(cls, data_dir: Path) -> ServerSettings | None:
        path = cls.path_in(data_dir)
        if not path.exists():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            prefix = data.get("role_prefix")
            if prefix is not None and not isinstance(prefix, str):
                raise TypeError("role_prefix")
            return cls(str(data["url"]), str(data["ca_file"]), str(data["db_id"]), prefix or None)
        except (OSError, ValueError, KeyError, TypeError):
            raise StoreError(DAMAGED) from None

    def save(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        path = self.path_in(data_dir)
        tmp = path.with_suffix(".tmp")
        data = {key: value for key, value in asdict(self).items() if value is not None}
        tmp.write_text(json.dumps({"mode": "server", **data}, indent=1), encoding="utf-8")
        os.replace(tmp, path)


class PcSignInCounter:
    """Failures per username (under a keyed hash, as for unknown names locally) before the
    server answers, and the failures still to be written into the audit trail."""

    def __init__(self, state_dir: Path, db_id: str) -> None:
        self.path = state_dir / COUNTER_FILE
        self.db_id = db_id

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        with contextlib.suppress(OSError):  # losing it weakens the delay only, it loses no data
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data), encoding="utf-8")
            os.replace(tmp, self.path)

    def seconds_locked(self, username: str, now: float | None = None) -> int:
        entry = self._read().get(self.db_id, {})
        return lockout.seconds_left(lockout.unknown_counter(entry, username, create=False), now)

    def record_failure(self, username: str, at: str) -> None:
        data = self._read()
        entry = data.setdefault(self.db_id, {})
        counter = lockout.unknown_counter(entry, username, create=True)
        assert counter is not None
        lockout.record_failure(counter)
        pending = entry.setdefault("pending", [])
        # Which name failed, under the counter's keyed hash: never the typed name itself.
        pending.append({"at": at, "name": lockout.keyed_name(entry, username)})
        del pending[:-200]
        self._write(data)

    def clear(self, username: str) -> list[tuple[str, str | None]]:
        """A sign-in went through: its counter is reset; returns the failures this PC saw since
        the last sign-in, for the audit trail: (time, ISO; the name's keyed hash or None)."""
        data = self._read()
        entry = data.get(self.db_id, {})
        counter = lockout.unknown_counter(entry, username, create=False)
        if counter:
            counter["failures"] = 0
            counter["locked_until"] = 0
        pending = entry.pop("pending", [])
        self._write(data)
        return [(p, None) if isinstance(p, str) else (p["at"], p.get("name")) for p in pending]

    def keyed_names(self, usernames: list[str]) -> dict[str, str]:
        """Each username under the keyed hash its failures are recorded with, keyed by that hash."""
        entry = self._read().get(self.db_id, {})
        keyed = {name: lockout.keyed_name(entry, name) for name in usernames}
        return {key: name for name, key in keyed.items() if key is not None}
