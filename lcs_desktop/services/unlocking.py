"""Opening a key slot with a password, for sign-in and for unlocking after the idle lock:
failures counted beside the key slots and the growing lock-out delays honoured.

Below both ``auth`` (sign-in) and ``session`` (unlock), so neither imports the other.
"""

from __future__ import annotations

from lcs_desktop.domain.errors import AccountLocked, AuthenticationError
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.vault.crypto import UnwrapError
from lcs_desktop.vault.keyslots import KeySlotFile, Unlocked

WRONG = "The username or password is not right. Check Caps Lock and try again."
PENDING_LIMIT = 200


def locked_message(seconds: int) -> str:
    minutes = (seconds + 59) // 60
    wait = f"{seconds} seconds" if seconds < 120 else f"{minutes} minutes"
    return (
        f"Too many wrong passwords: this account is locked for {wait}. "
        "Wait, or ask an administrator to unlock it."
    )


def note_failure(slots: KeySlotFile, username: str) -> None:
    slot_id = slots.slot_id(username) if slots.has_user(username) else None
    pending = slots.data.setdefault("pending_failures", [])
    pending.append({"slot": slot_id, "at": Workspace.default_clock().isoformat()})
    del pending[:-PENDING_LIMIT]
    slots.save()


def unlock_with_password(slots: KeySlotFile, username: str, password: str, wrong: str) -> Unlocked:
    """The slot's key for a password, counting failures and honouring the lock-out delays."""
    seconds = slots.seconds_locked(username)
    if seconds:
        raise AccountLocked(locked_message(seconds), seconds)
    try:
        return slots.unlock_password(username, password)
    except UnwrapError:
        note_failure(slots, username)
        seconds = slots.seconds_locked(username)
        if seconds:
            raise AccountLocked(locked_message(seconds), seconds) from None
        raise AuthenticationError(wrong) from None
