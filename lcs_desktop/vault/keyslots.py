"""The key-slot file beside the database: the database key wrapped once per account.

``keyslots.json`` holds no secret in clear and no personal data: a slot is named by a
salted hash of its username, and its content is AES-256-GCM ciphertext. It also holds the
sign-in failure counters (needed before the database can be opened) and the audit chain's
head, which reveals an older copy of the database swapped in (DESIGN.md §4).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import uuid4

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lcs_desktop.vault import crypto
from lcs_desktop.vault.crypto import DEFAULT_KDF, KdfParams, UnwrapError

FILE_NAME = "keyslots.json"
FORMAT = 1
RECOVERY_SLOT = "recovery"
FAILURES_BEFORE_LOCK = 5
FIRST_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 60 * 60


class KeySlotError(Exception):
    """The slot file is missing, unreadable or does not belong to this database."""


@dataclass(frozen=True, slots=True)
class Unlocked:
    key: bytes
    must_change_password: bool


@dataclass(frozen=True, slots=True)
class AuditHead:
    seq: int
    digest: str


def lock_seconds(failures: int) -> int:
    """Growing delay: 30 s after the fifth failure, doubling each time, at most an hour."""
    if failures < FAILURES_BEFORE_LOCK:
        return 0
    return min(FIRST_LOCK_SECONDS * 2 ** (failures - FAILURES_BEFORE_LOCK), MAX_LOCK_SECONDS)


def _hkdf(secret: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


class KeySlotFile:
    """Reads and atomically rewrites ``keyslots.json`` in a data folder."""

    def __init__(self, folder: Path, kdf: KdfParams = DEFAULT_KDF) -> None:
        self.path = folder / FILE_NAME
        self.kdf = kdf
        self._data: dict[str, Any] | None = None

    # -- file -----------------------------------------------------------------------------

    def exists(self) -> bool:
        return self.path.exists()

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            self._data = self._read()
        return self._data

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise KeySlotError("The key file (keyslots.json) is missing from the data folder.") from None
        except (OSError, ValueError):
            raise KeySlotError("The key file (keyslots.json) in the data folder is damaged.") from None
        if not isinstance(data, dict) or "db_id" not in data or "slots" not in data:
            raise KeySlotError("The key file (keyslots.json) in the data folder is damaged.")
        if data.get("format", 0) > FORMAT:
            raise KeySlotError("The key file was written by a newer version of LCS Desktop.")
        return data

    def reload(self) -> None:
        self._data = None

    def save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        payload = json.dumps(self.data, indent=1, sort_keys=True).encode("utf-8")
        with open(tmp, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def create(self, db_id: str | None = None) -> str:
        self._data = {"format": FORMAT, "db_id": db_id or str(uuid4()), "slots": {}}
        return self._data["db_id"]

    @property
    def db_id(self) -> str:
        return str(self.data["db_id"])

    # -- slots ----------------------------------------------------------------------------

    def slot_id(self, username: str) -> str:
        digest = hashlib.sha256(f"{self.db_id}|user|{username.casefold()}".encode()).hexdigest()
        return "u-" + digest[:32]

    def _aad(self, slot_id: str) -> bytes:
        return f"lcs-keyslot|{self.db_id}|{slot_id}".encode()

    def _slots(self) -> dict[str, dict[str, Any]]:
        return self.data["slots"]

    def has_user(self, username: str) -> bool:
        return self.slot_id(username) in self._slots()

    def _put(self, slot_id: str, kek: bytes, key: bytes, **extra: Any) -> None:
        nonce, ct = crypto.wrap(kek, key, self._aad(slot_id))
        slot = self._slots().get(slot_id, {})
        slot.update({"nonce": crypto.b64e(nonce), "ct": crypto.b64e(ct), **extra})
        self._slots()[slot_id] = slot

    def _open(self, slot_id: str, kek: bytes) -> bytes:
        slot = self._slots()[slot_id]
        return crypto.unwrap(kek, crypto.b64d(slot["nonce"]), crypto.b64d(slot["ct"]), self._aad(slot_id))

    def set_password(self, username: str, password: str, key: bytes, *, must_change: bool) -> None:
        """Wrap ``key`` under ``password``; only this account's slot changes."""
        salt = os.urandom(16)
        kek = crypto.derive_kek(password.encode("utf-8"), salt, self.kdf)
        slot_id = self.slot_id(username)
        self._put(
            slot_id,
            kek,
            key,
            kind="password",
            salt=crypto.b64e(salt),
            kdf=self.kdf.to_json(),
            must_change=must_change,
            failures=0,
            locked_until=0,
        )
        # A new password ends any "remember me" held for the old one.
        self._slots().pop(self._remember_id(slot_id), None)

    def remove_user(self, username: str) -> None:
        slot_id = self.slot_id(username)
        self._slots().pop(slot_id, None)
        self._slots().pop(self._remember_id(slot_id), None)

    def seconds_locked(self, username: str, now: float | None = None) -> int:
        slot = self._slots().get(self.slot_id(username))
        if not slot:
            return 0
        return max(0, int(slot.get("locked_until", 0) - (now or time.time()) + 0.999))

    def failures(self, username: str) -> int:
        slot = self._slots().get(self.slot_id(username))
        return int(slot.get("failures", 0)) if slot else 0

    def unlock_password(self, username: str, password: str) -> Unlocked:
        """The database key, or ``UnwrapError`` (unknown user and wrong password alike)."""
        slot_id = self.slot_id(username)
        slot = self._slots().get(slot_id)
        if slot is None or slot.get("kind") != "password":
            # Spend the same effort so timing does not tell which usernames exist.
            crypto.derive_kek(password.encode("utf-8"), b"\0" * 16, self.kdf)
            raise UnwrapError
        kek = crypto.derive_kek(
            password.encode("utf-8"), crypto.b64d(slot["salt"]), KdfParams.from_json(slot["kdf"])
        )
        try:
            key = self._open(slot_id, kek)
        except UnwrapError:
            slot["failures"] = int(slot.get("failures", 0)) + 1
            wait = lock_seconds(slot["failures"])
            slot["locked_until"] = time.time() + wait if wait else 0
            self.save()
            raise
        if slot.get("failures") or slot.get("locked_until"):
            slot["failures"] = 0
            slot["locked_until"] = 0
            self.save()
        return Unlocked(key=key, must_change_password=bool(slot.get("must_change")))

    def clear_lock(self, username: str) -> None:
        slot = self._slots().get(self.slot_id(username))
        if slot:
            slot["failures"] = 0
            slot["locked_until"] = 0

    # -- recovery -------------------------------------------------------------------------

    def set_recovery(self, secret: bytes, key: bytes) -> None:
        salt = os.urandom(16)
        kek = crypto.derive_kek(secret, salt, self.kdf)
        self._put(RECOVERY_SLOT, kek, key, kind="recovery", salt=crypto.b64e(salt), kdf=self.kdf.to_json())

    def unlock_recovery(self, secret: bytes) -> bytes:
        slot = self._slots().get(RECOVERY_SLOT)
        if slot is None:
            raise UnwrapError
        kek = crypto.derive_kek(secret, crypto.b64d(slot["salt"]), KdfParams.from_json(slot["kdf"]))
        return self._open(RECOVERY_SLOT, kek)

    # -- remember me (the token itself lives in the OS keyring) -------------------------

    @staticmethod
    def _remember_id(slot_id: str) -> str:
        return "r-" + slot_id[2:]

    def add_remember(self, username: str, token: bytes, key: bytes) -> None:
        rid = self._remember_id(self.slot_id(username))
        self._put(rid, _hkdf(token, b"lcs-remember"), key, kind="remember")

    def has_remember(self, username: str) -> bool:
        return self._remember_id(self.slot_id(username)) in self._slots()

    def remove_remember(self, username: str) -> None:
        self._slots().pop(self._remember_id(self.slot_id(username)), None)

    def remove_all_remember(self) -> None:
        for slot_id in [s for s, v in self._slots().items() if v.get("kind") == "remember"]:
            del self._slots()[slot_id]

    def unlock_remember(self, username: str, token: bytes) -> Unlocked:
        rid = self._remember_id(self.slot_id(username))
        if rid not in self._slots():
            raise UnwrapError
        key = self._open(rid, _hkdf(token, b"lcs-remember"))
        password_slot = self._slots().get(self.slot_id(username), {})
        return Unlocked(key=key, must_change_password=bool(password_slot.get("must_change")))

    # -- audit head -----------------------------------------------------------------------

    def audit_head(self) -> AuditHead | None:
        head = self.data.get("audit_head")
        return AuditHead(int(head["seq"]), str(head["digest"])) if head else None

    def set_audit_head(self, head: AuditHead) -> None:
        self.data["audit_head"] = {"seq": head.seq, "digest": head.digest}
