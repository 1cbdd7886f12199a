"""What a key change leaves in the key slots (issue 8; issue 11 on a server): kept beside the
pending keys, what the change is for and which slots could not take the new key, and whether a
change is owed after a switch-off. Holds no secret and no name (slot ids are salted hashes)."""

from __future__ import annotations

from lcs_desktop.vault.keyslots import RECOVERY_SLOT, KeySlotFile

MARK = "key_rotation"
OWED = "key_rotation_owed"


def commit_marked(slots: KeySlotFile) -> None:
    """The pending key becomes the current one; slots that could not take it are removed.

    A removed slot answers like a wrong password instead of unwrapping a key that no longer
    opens the file; the account gets a temporary password from an administrator.
    """
    mark = slots.data.pop(MARK, None) or {}
    slots.commit_pending()
    table = slots.data.get("slots", {})
    for slot_id in mark.get("unresealed", []):
        if slot_id == RECOVERY_SLOT:
            continue
        table.pop(slot_id, None)
        table.pop("r-" + slot_id[2:], None)  # its "remember me" slot wraps the old key too
