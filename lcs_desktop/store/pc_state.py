"""What this PC remembers between runs, per database: the audit head it last saw and the
username that asked to be remembered. Kept in the Windows user's local state folder, apart
from the data folder, so an older copy of the whole data folder swapped in is still noticed.
Holds no secret: the remember-me token itself is in the OS keyring.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
from pathlib import Path
from typing import Any

from lcs_desktop.vault.keyslots import AuditHead


class PcState:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        with contextlib.suppress(OSError):  # losing this file weakens a check, it loses no data
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
            os.replace(tmp, self.path)

    def _entry(self, db_id: str) -> dict[str, Any]:
        return self._read().get(db_id, {})

    def _update(self, db_id: str, **values: Any) -> None:
        data = self._read()
        entry = data.setdefault(db_id, {})
        for name, value in values.items():
            if value is None:
                entry.pop(name, None)
            else:
                entry[name] = value
        self._write(data)

    def audit_head(self, db_id: str) -> AuditHead | None:
        entry = self._entry(db_id)
        if "audit_seq" not in entry:
            return None
        return AuditHead(int(entry["audit_seq"]), str(entry["audit_digest"]))

    def set_audit_head(self, db_id: str, head: AuditHead) -> None:
        self._update(db_id, audit_seq=head.seq, audit_digest=head.digest)

    def verified_head(self, db_id: str) -> AuditHead | None:
        """The head at this PC's last sound verify: the events up to it need no signature check
        again while the log still holds it (the hash chain proves them unchanged)."""
        entry = self._entry(db_id)
        try:
            return AuditHead(int(entry["verified_seq"]), str(entry["verified_digest"]))
        except (KeyError, TypeError, ValueError):
            return None

    def set_verified_head(self, db_id: str, head: AuditHead) -> None:
        self._update(db_id, verified_seq=head.seq, verified_digest=head.digest)

    def org_key(self, db_id: str) -> bytes | None:
        """The organisation key first seen here for this database (pinned: a different one later
        is refused)."""
        value = self._entry(db_id).get("org_key")
        try:
            return base64.b64decode(value) if value else None
        except ValueError:
            return None

    def pin_org_key(self, db_id: str, public: bytes | None) -> None:
        """Pin (or, after a deliberate restore of a folder without one, forget) the key."""
        self._update(db_id, org_key=base64.b64encode(public).decode("ascii") if public else None)

    def remembered_username(self, db_id: str) -> str | None:
        return self._entry(db_id).get("remember_username")

    def set_remembered_username(self, db_id: str, username: str | None) -> None:
        self._update(db_id, remember_username=username)

    def last_auto_backup(self, db_id: str) -> str | None:
        return self._entry(db_id).get("last_auto_backup")
