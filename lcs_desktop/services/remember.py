"""Forgetting "remember me" on this PC: the keyring tokens and the remembered username.

Used when an administrator forbids "remember me" (at once on the PC where it was forbidden,
and on every other PC at its next sign-in, since the setting lives in the database).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from lcs_desktop.services.accounts import keyring_name
from lcs_desktop.store.pc_state import PcState
from lcs_desktop.vault.keyslots import KeySlotFile
from lcs_desktop.vault.secret_store import SecretStore

log = logging.getLogger(__name__)

TOKEN_BYTES = 32  # what remember_on_this_pc puts in the keyring


def forget_everyone_on_this_pc(
    slots: KeySlotFile, secrets: SecretStore, pc_state: PcState, usernames: Iterable[str]
) -> None:
    """Delete this PC's token for every account of this database, and the remembered name."""
    for username in usernames:
        secrets.delete(keyring_name(slots.db_id, slots.slot_id(username)))
    if pc_state.remembered_username(slots.db_id) is not None:
        pc_state.set_remembered_username(slots.db_id, None)
    log.info("remember me: forgotten on this PC")
