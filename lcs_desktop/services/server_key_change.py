"""Changing the workspace key on an office server (issue 11; issue 8's leavers, on a server).

Locally a key change re-encrypts the database file. On a server the file is the server's own;
what the workspace key protects there is every sealed column, the search tokens and the key
slots. So a key change, in ONE server transaction (all or nothing, whatever fails or is cut
off half-way), as IT's owner login acting as the owner role — whose row policies see every row,
other people's drafts included, which no LCS account may read:

1. locks every table that holds sealed values (desks wait; none reads a half-changed table);
2. re-seals each value under a new key and makes the search tokens again (store/server_reseal);
3. seals the new key to every remaining key slot and the recovery slot (their public halves:
   nobody's password is needed) — a switched-off account's slot is already gone;
4. counts one more key generation (store/server_key_guard): desks still holding the old key can
   no longer write, and are told to sign in again; a notification tells them at once.

This desk then holds the new key. A ``pg_dump`` or server backup made before still opens with
the old key, as old local backups do (``OLD_BACKUPS``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import text

from lcs_desktop.domain.errors import ConflictError
from lcs_desktop.services.key_change_marks import MARK, OWED, commit_marked
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store import server_link as link_store
from lcs_desktop.store.accounts import Meta
from lcs_desktop.store.sealed import forget_cipher, install_cipher
from lcs_desktop.store.server_copy import sessions_on
from lcs_desktop.store.server_errors import ServerBusyError, ServerPermissionError
from lcs_desktop.store.server_key_guard import META_KEY, SETTING, next_generation, read_generation
from lcs_desktop.store.server_key_slots import ServerSlotStore
from lcs_desktop.store.server_notify import CHANNEL
from lcs_desktop.store.server_notify import KEY_CHANGED as KEY_ANNOUNCED
from lcs_desktop.store.server_reseal import lock_for_key_change, reseal_all
from lcs_desktop.vault import crypto
from lcs_desktop.vault.field_cipher import FieldCipher
from lcs_desktop.vault.keyslots import RECOVERY_SLOT, KeySlotFile

log = logging.getLogger(__name__)

NOT_OWNER = (
    "That login is not the office server's database owner (the login IT used for server-init), "
    "so the workspace key was not changed. Nothing was changed."
)
CHANGED_ELSEWHERE = (
    "The workspace key was changed from another desk since you signed in. Sign in again and "
    "check whether it still needs changing. Nothing was changed."
)
RECOVERY_OLD = (
    "The recovery key's slot is in an older format, so the workspace key cannot be changed yet. "
    "Sign in once with the recovery key ('lcs-desktop admin recover'), then try again. Nothing was changed."
)
BUSY = (
    "Someone at another desk kept the records busy for over a minute, so the workspace key was not "
    "changed. Try again when fewer people are working (early or late in the day). Nothing was changed."
)


def rotate_on_server(
    ws: Workspace,
    owner: tuple[str, str],
    reason: str,
    progress: Callable[[float], None] | None = None,
) -> list[str]:
    """Change the workspace key on the server; returns the slot ids that could not take it."""
    link = ws.server
    settings = link.settings
    old_key, new_key = ws.key, crypto.new_key()
    report = progress or (lambda _f: None)
    with ws._write_lock:  # this desk writes nothing with the old key meanwhile
        owner_db = link_store.open_server_database(settings, ws.paths.state_dir, *owner)
        install_cipher(owner_db.engine, FieldCipher(new_key))  # the new search tokens' subkey
        try:
            with owner_db.transaction() as session:
                link_store.as_owner(session, settings)
                connection = session.connection()
                current = read_generation(session)
                if current != ws.database.key_generation:
                    raise ConflictError(CHANGED_ELSEWHERE)
                lock_for_key_change(connection)
                rows = reseal_all(
                    connection, FieldCipher(old_key), FieldCipher(new_key), lambda f: report(0.95 * f)
                )
                generation = next_generation(current)
                session.merge(Meta(key=META_KEY, value=generation))
                session.flush()
                connection.execute(text("SELECT set_config(:s, :g, true)"), {"s": SETTING, "g": generation})
                unresealed = _reseal_slots(ws, connection, new_key, reason)
                connection.execute(
                    text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": f"{KEY_ANNOUNCED}:{generation}"}
                )
        except ServerPermissionError:
            raise ConflictError(NOT_OWNER) from None
        except ServerBusyError:  # a desk held its transaction past the lock's wait
            raise ConflictError(BUSY) from None
        finally:
            forget_cipher(owner_db.engine)
            owner_db.close()
        # This desk goes on with the new key (its other desks sign in again).
        ws.database.key_generation = generation
        link_store.install_workspace_key(ws.database, new_key)
        ws.slots.reload()
        ws.unlock(new_key)
    report(1.0)
    log.info("workspace key changed on the office server (%d rows re-sealed)", rows)
    return unresealed


def _reseal_slots(ws: Workspace, connection: Any, new_key: bytes, reason: str) -> list[str]:
    """The new key sealed to every remaining slot, committed at once (one transaction: there is
    no half-way state to recover from, unlike the local file's pending key)."""
    store = ServerSlotStore(sessions_on(connection), ws.db_id)
    slots = KeySlotFile(ws.paths.data_dir, ws.slots.kdf, store=store)
    unresealed = slots.reseal_all(new_key)
    if RECOVERY_SLOT in unresealed:
        raise ConflictError(RECOVERY_OLD)
    slots.data[MARK] = {"reason": reason, "unresealed": sorted(unresealed)}
    commit_marked(slots)
    slots.data.pop(OWED, None)
    slots.save()
    return unresealed
