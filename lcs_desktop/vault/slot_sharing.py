"""Key slots, the part that needs no password: sealing to a slot's public box key.

Whoever holds the database key can seal a new one to every format-2 slot (key rotation) and
the organisation key to chosen slots (administrators, the recovery key), without knowing
anyone's password. Mixed into ``KeySlotFile``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.vault import crypto

SLOT_FORMAT = 2
RECOVERY_SLOT = "recovery"
DAMAGED = "The key file (keyslots.json) in the data folder is damaged. Restore it from the latest backup."
BAD_SLOT = (
    "A key slot in the key file (keyslots.json) is damaged, so it cannot be opened. "
    "Restore the key file from the latest backup."
)


class KeySlotError(LcsError):
    """The slot file is missing, unreadable or does not belong to this database (one plain
    sentence, shown as it is)."""


@contextlib.contextmanager
def slot_damage() -> Iterator[None]:
    """A slot with a missing field or bad base64 is one plain sentence, never a raw error."""
    try:
        yield
    except (KeyError, TypeError, ValueError, AttributeError):
        raise KeySlotError(BAD_SLOT) from None


class SlotSharing:
    """Methods of ``KeySlotFile`` that work on public halves only."""

    def _slots(self) -> dict[str, dict[str, Any]]:
        raise NotImplementedError

    def slot_format(self, slot_id: str) -> int:
        return int(self._slots().get(slot_id, {}).get("v", 1))

    def _aad(self, slot_id: str, what: str = "key") -> bytes:
        raise NotImplementedError

    @property
    def data(self) -> dict[str, Any]:
        raise NotImplementedError

    # -- key rotation (the database key changes; no password is needed) -------------------

    def _sealable(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for slot_id, slot in self._slots().items():
            if slot.get("kind") in ("password", "recovery"):
                yield slot_id, slot

    def reseal_all(self, new_key: bytes) -> list[str]:
        """Seal new_key to every format-2 slot (users + recovery) as a *pending* key beside the
        current one; return the slot ids that could not be resealed (format-1). Does not save.

        Format-1 "remember me" slots hold the old key itself, so they are listed too.
        """
        missed: list[str] = []
        for slot_id, slot in self._sealable():
            if self.slot_format(slot_id) < 2:
                missed.append(slot_id)
                continue
            with slot_damage():
                slot["pending"] = crypto.seal(crypto.b64d(slot["box_pub"]), new_key, self._aad(slot_id))
        missed += [
            s for s, v in self._slots().items() if v.get("kind") == "remember" and self.slot_format(s) < 2
        ]
        return missed

    def commit_pending(self) -> None:
        """The pending sealed key becomes the current one in every slot."""
        for _slot_id, slot in self._sealable():
            if "pending" in slot:
                slot["sealed"] = slot.pop("pending")

    def drop_pending(self) -> None:
        for _slot_id, slot in self._sealable():
            slot.pop("pending", None)

    def has_pending(self) -> bool:
        return any("pending" in slot for _slot_id, slot in self._sealable())

    # -- the organisation key -------------------------------------------------------------

    def org_public(self) -> bytes | None:
        value = self.data.get("org_key")
        if value is None:
            return None
        with slot_damage():
            return crypto.b64d(value)

    def set_org_public(self, public: bytes) -> None:
        self.data["org_key"] = crypto.b64e(public)

    def seal_org_key(self, org_key: Ed25519PrivateKey, slot_ids: Iterable[str]) -> list[str]:
        """Seal the organisation's private key to these format-2 slots; returns those sealed."""
        raw = crypto.raw_private(org_key)
        done = []
        for slot_id in slot_ids:
            slot = self._slots().get(slot_id)
            if (
                slot is None
                or self.slot_format(slot_id) < 2
                or slot.get("kind") not in ("password", "recovery")
            ):
                continue
            with slot_damage():
                slot["org"] = crypto.seal(crypto.b64d(slot["box_pub"]), raw, self._aad(slot_id, "org"))
            done.append(slot_id)
        return done

    def unseal_org_from(self, slot_id: str) -> None:
        self._slots().get(slot_id, {}).pop("org", None)

    def holds_org_key(self, slot_id: str) -> bool:
        return "org" in self._slots().get(slot_id, {})

    def sign_public(self, slot_id: str) -> bytes | None:
        slot = self._slots().get(slot_id)
        if slot is None or "sign_pub" not in slot:
            return None
        with slot_damage():
            return crypto.b64d(slot["sign_pub"])
