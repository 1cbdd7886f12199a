"""The key-slot file beside the database: the database key, reachable once per account.

``keyslots.json`` holds no secret in clear and no personal data: a slot is named by a
salted hash of its username, and its content is AES-256-GCM ciphertext. It also holds the
sign-in failure counters (needed before the database can be opened) and the audit chain's
head, which reveals an older copy of the database swapped in (DESIGN.md §4).

Format 2 (issue 8): each account slot (and the recovery slot) holds an X25519 "box" key pair
and an Ed25519 signing key pair. Both public halves are in clear; both private halves are
wrapped under the password's Argon2id key; the database key is *sealed to the box public
key*. So whoever holds the database key can seal a new one to every slot without knowing
anyone's password (key rotation), and each account has its own signing key for the audit
trail. Format-1 slots (the key wrapped directly under the password) still open and are
upgraded at that account's next password sign-in (the recovery slot at its next use).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import uuid4

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lcs_desktop.vault import crypto, lockout
from lcs_desktop.vault.crypto import DEFAULT_KDF, AccountKeys, KdfParams, UnwrapError
from lcs_desktop.vault.lockout import FAILURES_BEFORE_LOCK, lock_seconds
from lcs_desktop.vault.slot_sharing import (
    BAD_SLOT,
    DAMAGED,
    RECOVERY_SLOT,
    SLOT_FORMAT,
    KeySlotError,
    SlotSharing,
    slot_damage,
)
from lcs_desktop.vault.slot_store import FileSlotStore, SlotStore

__all__ = ["BAD_SLOT", "FAILURES_BEFORE_LOCK", "RECOVERY_SLOT", "KeySlotError", "lock_seconds"]

FILE_NAME = "keyslots.json"
FORMAT = 2


@dataclass(frozen=True, slots=True)
class Unlocked:
    key: bytes
    must_change_password: bool
    # Format 2: the account's key pairs; None only for a format-1 remember-me slot (never used).
    keys: AccountKeys | None = None
    # A database key sealed beside the current one by a key rotation not yet committed.
    pending_key: bytes | None = None
    # The organisation's private signing key, when sealed to this slot (administrators, recovery).
    org_key: Ed25519PrivateKey | None = None
    # True when this unlock upgraded a format-1 slot (a new signing key wants a certificate).
    upgraded: bool = False

    @property
    def signing_key(self) -> Ed25519PrivateKey | None:
        return self.keys.sign if self.keys else None


@dataclass(frozen=True, slots=True)
class AuditHead:
    seq: int
    digest: str


def _hkdf(secret: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


class KeySlotFile(SlotSharing):
    """Reads and atomically rewrites ``keyslots.json`` in a data folder — or, given another
    ``store`` (an office server's ``key_slots`` table, issue 11), the same slots kept there."""

    def __init__(self, folder: Path, kdf: KdfParams = DEFAULT_KDF, store: SlotStore | None = None) -> None:
        self.path = folder / FILE_NAME
        self.kdf = kdf
        self.store: SlotStore = store or FileSlotStore(self.path)
        self._data: dict[str, Any] | None = None

    # -- file -----------------------------------------------------------------------------

    def exists(self) -> bool:
        return self.store.exists()

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            self._data = self._read()
        return self._data

    def _read(self) -> dict[str, Any]:
        data = self.store.load()
        if (
            not isinstance(data, dict)
            or not isinstance(data.get("db_id"), str)
            or not isinstance(data.get("slots"), dict)
            or not all(isinstance(s, dict) for s in data["slots"].values())
        ):
            raise KeySlotError(DAMAGED)
        if not isinstance(data.get("format", 0), int) or data.get("format", 0) > FORMAT:
            raise KeySlotError("The key file was written by a newer version of LCS Desktop.")
        return data

    def reload(self) -> None:
        self._data = None

    def save(self) -> None:
        self.data["format"] = FORMAT
        try:
            self.store.save(self.data)
        except KeySlotError:
            self._data = None  # read again before the next change (a server's slots moved on)
            raise

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

    def _aad(self, slot_id: str, what: str = "key") -> bytes:
        if what == "key-v1":
            return f"lcs-keyslot|{self.db_id}|{slot_id}".encode()
        return f"lcs-keyslot-{what}|{self.db_id}|{slot_id}".encode()

    def _slots(self) -> dict[str, dict[str, Any]]:
        return self.data["slots"]

    def has_user(self, username: str) -> bool:
        return self.slot_id(username) in self._slots()

    def _put_v2(self, slot_id: str, kek: bytes, key: bytes, keys: AccountKeys, **extra: Any) -> None:
        """A format-2 slot: public halves in clear, private halves under ``kek``, key sealed."""
        old = self._slots().get(slot_id, {})
        nonce, ct = crypto.wrap(kek, keys.private_bytes(), self._aad(slot_id, "priv"))
        slot: dict[str, Any] = {
            "v": SLOT_FORMAT,
            "box_pub": crypto.b64e(keys.box_public),
            "sign_pub": crypto.b64e(keys.sign_public),
            "priv": {"nonce": crypto.b64e(nonce), "ct": crypto.b64e(ct)},
            "sealed": crypto.seal(keys.box_public, key, self._aad(slot_id)),
            **extra,
        }
        if old.get("box_pub") == slot["box_pub"]:  # same key pair: what was sealed to it still opens
            for kept in ("pending", "org"):
                if kept in old:
                    slot[kept] = old[kept]
        self._slots()[slot_id] = slot

    def _open_v2(self, slot_id: str, kek: bytes) -> Unlocked:
        """Private halves (``UnwrapError`` if ``kek`` is wrong), then what is sealed to them."""
        slot = self._slots()[slot_id]
        with slot_damage():
            priv = slot["priv"]
            nonce, ct = crypto.b64d(priv["nonce"]), crypto.b64d(priv["ct"])
        return self._open_sealed(slot_id, crypto.unwrap(kek, nonce, ct, self._aad(slot_id, "priv")))

    def _open_sealed(self, slot_id: str, private: bytes) -> Unlocked:
        slot = self._slots()[slot_id]
        try:
            with slot_damage():
                keys = AccountKeys.from_private_bytes(private)
                if keys.box_public != crypto.b64d(slot["box_pub"]):
                    raise ValueError("the key pair does not belong to this slot")
                key = crypto.unseal(keys.box, slot["sealed"], self._aad(slot_id))
                pending = (
                    crypto.unseal(keys.box, slot["pending"], self._aad(slot_id))
                    if "pending" in slot
                    else None
                )
                org = None
                if "org" in slot:
                    org = Ed25519PrivateKey.from_private_bytes(
                        crypto.unseal(keys.box, slot["org"], self._aad(slot_id, "org"))
                    )
        except UnwrapError:
            raise KeySlotError(BAD_SLOT) from None  # the secret was right: the slot is damaged
        return Unlocked(key, bool(slot.get("must_change")), keys, pending, org)

    def _open_v1(self, slot_id: str, kek: bytes) -> bytes:
        slot = self._slots()[slot_id]
        with slot_damage():
            nonce, ct = crypto.b64d(slot["nonce"]), crypto.b64d(slot["ct"])
        return crypto.unwrap(kek, nonce, ct, self._aad(slot_id, "key-v1"))

    def _kek(self, secret: bytes, slot: dict[str, Any]) -> bytes:
        with slot_damage():
            salt, params = crypto.b64d(slot["salt"]), KdfParams.from_json(slot["kdf"])
        return crypto.derive_kek(secret, salt, params)

    def set_password(
        self, username: str, password: str, key: bytes, *, must_change: bool, keys: AccountKeys | None = None
    ) -> AccountKeys:
        """A format-2 slot for ``password``; only this account's slot changes.

        ``keys`` keeps the account's key pairs (a change of one's own password); without it the
        account gets new ones, which then need a certificate. Returns the key pairs.
        """
        keys = keys or AccountKeys.generate()
        salt = os.urandom(16)
        kek = crypto.derive_kek(password.encode("utf-8"), salt, self.kdf)
        slot_id = self.slot_id(username)
        self._put_v2(
            slot_id,
            kek,
            key,
            keys,
            kind="password",
            salt=crypto.b64e(salt),
            kdf=self.kdf.to_json(),
            must_change=must_change,
            failures=0,
            locked_until=0,
        )
        # A new password ends any "remember me" held for the old one.
        self._slots().pop(self._remember_id(slot_id), None)
        return keys

    def remove_user(self, username: str) -> None:
        slot_id = self.slot_id(username)
        self._slots().pop(slot_id, None)
        self._slots().pop(self._remember_id(slot_id), None)

    def _counter(self, username: str, *, create: bool = False) -> dict[str, Any] | None:
        slot = self._slots().get(self.slot_id(username))
        if slot is not None and slot.get("kind") == "password":
            return slot
        return lockout.unknown_counter(self.data, username, create=create)

    def seconds_locked(self, username: str, now: float | None = None) -> int:
        return lockout.seconds_left(self._counter(username), now)

    def failures(self, username: str) -> int:
        counter = self._counter(username)
        return int(counter.get("failures", 0)) if counter else 0

    def unlock_password(self, username: str, password: str) -> Unlocked:
        """The database key and the account's keys, or ``UnwrapError`` (unknown user and wrong
        password alike: the same work, the same counting, the same answers)."""
        slot_id = self.slot_id(username)
        slot = self._slots().get(slot_id)
        if slot is None or slot.get("kind") != "password":
            crypto.derive_kek(password.encode("utf-8"), b"\0" * 16, self.kdf)
            lockout.record_failure(self._counter(username, create=True) or {})
            self.save()
            raise UnwrapError
        kek = self._kek(password.encode("utf-8"), slot)
        try:
            if self.slot_format(slot_id) >= 2:
                unlocked = self._open_v2(slot_id, kek)
            else:
                key = self._open_v1(slot_id, kek)
                unlocked = Unlocked(
                    key, bool(slot.get("must_change")), self._upgrade(slot_id, kek, key), upgraded=True
                )
        except UnwrapError:
            lockout.record_failure(slot)
            self.save()
            raise
        if slot.get("failures") or slot.get("locked_until"):
            slot["failures"] = 0
            slot["locked_until"] = 0
            self.save()
        return unlocked

    def _upgrade(self, slot_id: str, kek: bytes, key: bytes) -> AccountKeys:
        """Format 1 -> 2 with the key-encryption key just derived (no second Argon2 run)."""
        old = self._slots()[slot_id]
        keys = AccountKeys.generate()
        kept = {k: v for k, v in old.items() if k not in ("nonce", "ct")}
        self._put_v2(slot_id, kek, key, keys, **kept)
        if slot_id != RECOVERY_SLOT:
            # A format-1 "remember me" cannot carry the new keys: sign in with the password once.
            self._slots().pop(self._remember_id(slot_id), None)
        self.save()
        return keys

    def clear_lock(self, username: str) -> None:
        slot = self._slots().get(self.slot_id(username))
        if slot:
            slot["failures"] = 0
            slot["locked_until"] = 0

    # -- recovery -------------------------------------------------------------------------

    def set_recovery(self, secret: bytes, key: bytes, keys: AccountKeys | None = None) -> AccountKeys:
        keys = keys or AccountKeys.generate()
        salt = os.urandom(16)
        kek = crypto.derive_kek(secret, salt, self.kdf)
        self._put_v2(
            RECOVERY_SLOT, kek, key, keys, kind="recovery", salt=crypto.b64e(salt), kdf=self.kdf.to_json()
        )
        return keys

    def unlock_recovery(self, secret: bytes) -> Unlocked:
        slot = self._slots().get(RECOVERY_SLOT)
        if slot is None:
            raise UnwrapError
        kek = self._kek(secret, slot)
        if self.slot_format(RECOVERY_SLOT) >= 2:
            return self._open_v2(RECOVERY_SLOT, kek)
        key = self._open_v1(RECOVERY_SLOT, kek)
        return Unlocked(key, False, self._upgrade(RECOVERY_SLOT, kek, key), upgraded=True)

    # -- remember me (the token itself lives in the OS keyring) -------------------------

    @staticmethod
    def _remember_id(slot_id: str) -> str:
        return "r-" + slot_id[2:]

    def add_remember(self, username: str, token: bytes, keys: AccountKeys) -> None:
        """Wrap the account's private halves under the token; the key stays sealed in the
        account's own slot, so a key rotation reaches remembered sign-ins too."""
        rid = self._remember_id(self.slot_id(username))
        nonce, ct = crypto.wrap(_hkdf(token, b"lcs-remember"), keys.private_bytes(), self._aad(rid, "priv"))
        self._slots()[rid] = {
            "kind": "remember",
            "v": SLOT_FORMAT,
            "priv": {"nonce": crypto.b64e(nonce), "ct": crypto.b64e(ct)},
        }

    def has_remember(self, username: str) -> bool:
        return self._remember_id(self.slot_id(username)) in self._slots()

    def remove_remember(self, username: str) -> None:
        self._slots().pop(self._remember_id(self.slot_id(username)), None)

    def remove_all_remember(self) -> None:
        for slot_id in [s for s, v in self._slots().items() if v.get("kind") == "remember"]:
            del self._slots()[slot_id]

    def unlock_remember(self, username: str, token: bytes) -> Unlocked:
        slot_id = self.slot_id(username)
        rid = self._remember_id(slot_id)
        remembered = self._slots().get(rid)
        if remembered is None or self.slot_format(slot_id) < 2:
            raise UnwrapError
        if self.slot_format(rid) < 2:
            # A format-1 remember-me holds the key but not the account's signing key: retire it.
            self.remove_remember(username)
            self.save()
            raise UnwrapError
        with slot_damage():
            nonce, ct = crypto.b64d(remembered["priv"]["nonce"]), crypto.b64d(remembered["priv"]["ct"])
        raw = crypto.unwrap(_hkdf(token, b"lcs-remember"), nonce, ct, self._aad(rid, "priv"))
        try:
            return self._open_sealed(slot_id, raw)
        except KeySlotError:
            # Keys of an older password (reset since): this PC no longer remembers the account.
            raise UnwrapError from None

    # -- audit head -----------------------------------------------------------------------

    def audit_head(self) -> AuditHead | None:
        head = self.data.get("audit_head")
        if not head:
            return None
        try:
            return AuditHead(int(head["seq"]), str(head["digest"]))
        except (KeyError, TypeError, ValueError):
            raise KeySlotError(DAMAGED) from None

    def set_audit_head(self, head: AuditHead) -> None:
        self.data["audit_head"] = {"seq": head.seq, "digest": head.digest}
