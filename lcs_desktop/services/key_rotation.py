"""Changing the database key: when an account is switched off, and on demand (issue 8, leavers).

Switching an account off removes its key slot, but a copy of ``keyslots.json`` taken while
the person still worked here, with their old password, would still unwrap the old key. So
the key itself is changed and the file re-encrypted. The order survives ``kill -9`` at any
moment (never half-rotated, never locked out):

1. a new key is sealed to every remaining slot as *pending* beside the current one and the
   key file saved (fsync) — from here both keys are known to every remaining slot;
2. the database file is re-encrypted under the new key (``store/rekey.py``: a checked copy
   and one atomic replace);
3. the pending key becomes the current one and the key file is saved again.

``settle_rotation`` runs before a database is opened and finishes or forgets a rotation that
a crash interrupted: if the file opens with the current key, the pending one is dropped (the
replace never happened); if only the pending key opens it, the pending one is committed.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.pool import NullPool

from lcs_desktop.domain.errors import AuthenticationError, ConflictError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.paths import DB_NAME
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.key_change_marks import MARK, OWED, commit_marked
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.accounts import User
from lcs_desktop.store.backup_copy import check_database
from lcs_desktop.store.errors import StoreError
from lcs_desktop.store.instance_lock import InstanceLock
from lcs_desktop.store.rekey import clean_leftovers, rekey_database
from lcs_desktop.vault import crypto
from lcs_desktop.vault.keyslots import RECOVERY_SLOT, KeySlotFile

log = logging.getLogger(__name__)

SWITCHED_OFF = "account_switched_off"
ON_DEMAND = "on_demand"

KEY_NOT_GIVEN = (
    "The database key has changed and this account has not been given the new one yet. "
    "Ask an administrator for a temporary password."
)
SERVER_ROTATION = (
    "On an office server, changing the workspace key needs IT's database-owner login as well: ask "
    "IT to run 'lcs-desktop admin rotate-key --username YOU --owner LOGIN' with you. A switched-off "
    "account's server login and key slot are already gone. Nothing was changed."
)
BUSY = "The database key is being changed. Try again when that has finished (under a minute)."
OLD_BACKUPS = (
    "Backups made before today still open with the passwords people had when they were made "
    "(including a switched-off account's). Delete them, or keep them locked away, once a new "
    "backup has been made."
)


@dataclass(frozen=True, slots=True)
class RotationResult:
    rotated_at: datetime
    reason: str
    needs_temporary_password: list[str] = field(default_factory=list)
    """Usernames whose old-format key slot could not take the new key."""

    def sentences(self) -> list[str]:
        lines = [
            "The database key has been changed. Every remaining password and the recovery key "
            "open the data; a copy of the old key file does not."
        ]
        if self.needs_temporary_password:
            names = ", ".join(self.needs_temporary_password)
            lines.append(
                f"These accounts need a temporary password from an administrator before they can "
                f"sign in again: {names}."
            )
        lines.append(OLD_BACKUPS)
        return lines


class KeyRotationService:
    def __init__(self, workspace: Workspace, clock: Callable[[], datetime] | None = None) -> None:
        self._ws = workspace
        self._clock = clock or (lambda: datetime.now(UTC))

    def owed(self) -> bool:
        """True when an account was switched off but the key change after it did not finish."""
        return bool(self._ws.slots.data.get(OWED))

    def rotate(
        self,
        user: CurrentUser,
        reason: str = ON_DEMAND,
        *,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        owner: tuple[str, str] | None = None,
    ) -> RotationResult:
        """Change the database key. Cancel (or any fault) before the end leaves the old one in force.
        On an office server ``owner`` is IT's database-owner login and password (and the change
        cannot be cancelled half-way: it is one server transaction, all or nothing)."""
        require(user, Permission.MANAGE_USERS)
        if getattr(self._ws, "server", None) is not None:  # issue 11: with IT's owner login
            if owner is None:
                raise ConflictError(SERVER_ROTATION)
            from lcs_desktop.services.server_key_change import rotate_on_server

            unresealed = rotate_on_server(self._ws, owner, reason, progress)
            return self._finish(user, reason, unresealed)
        ws = self._ws
        slots = ws.slots
        with ws._write_lock:  # no unit of work may start while the file is replaced
            if slots.has_pending():
                slots.drop_pending()  # a rotation of this session that failed half-way
            old = ws.key
            new = crypto.new_key()
            unresealed = slots.reseal_all(new)
            if RECOVERY_SLOT in unresealed:
                slots.drop_pending()
                raise ConflictError(
                    "The recovery key's slot is in an older format, so the database key cannot be "
                    "changed yet. Sign in once with the recovery key ('lcs-desktop admin recover'), "
                    "then try again. Nothing was changed."
                )
            slots.data[MARK] = {"reason": reason, "unresealed": sorted(unresealed)}
            try:
                slots.save()  # (1) both keys now known to every remaining slot
            except OSError:
                slots.drop_pending()
                slots.data.pop(MARK, None)
                raise StoreError(
                    "The key file (keyslots.json) could not be saved, so the database key was not "
                    "changed. Check the disk has space and the data folder can be written to."
                ) from None
            ws.database.forget_key()  # the old key leaves the engine before the file changes
            _refuse_connections(ws)
            try:
                rekey_database(ws.database.path, old, new, progress=progress, cancelled=cancelled)
            except BaseException:
                if not _opens(ws.database.path, new):
                    slots.drop_pending()
                    slots.data.pop(MARK, None)
                    slots.save()
                    ws.unlock(old)
                    raise
                log.warning("the key change ended with a fault after the file was replaced")
            commit_marked(slots)  # (3)
            slots.data.pop(OWED, None)
            try:
                slots.save()
            except OSError:
                # The file on disk still holds both keys: the next sign-in finishes the commit.
                log.warning("could not save the key file after a key change")
            ws.unlock(new)
        return self._finish(user, reason, unresealed)

    def _finish(self, user: CurrentUser, reason: str, unresealed: list[str]) -> RotationResult:
        names = self._usernames(unresealed)
        now = self._clock()
        with self._ws.unit_of_work() as session:
            self._ws.audit(
                session,
                user,
                "database_key_rotated",
                "database",
                None,
                {"reason": reason, "accounts_needing_new_password": len(names)},
            )
        log.info("database key rotated (%s)", reason)
        return RotationResult(now, reason, names)

    def _usernames(self, slot_ids: list[str]) -> list[str]:
        if not slot_ids:
            return []
        wanted = set(slot_ids)
        with self._ws.reading() as session:
            rows = session.scalars(select(User.username).where(User.active.is_(True))).all()
        return sorted(name for name in rows if self._ws.slots.slot_id(name) in wanted)


def _refuse_connections(ws: Workspace) -> None:
    """Until the new key is in force, a read from another thread (a timer, a page refresh) gets
    a plain refusal instead of a connection to the file being replaced."""

    def refuse() -> Any:
        raise StoreError(BUSY)

    ws.database.engine = create_engine("sqlite://", creator=refuse, poolclass=NullPool)
    ws.database.rebind()


def note_rotation_owed(slots: KeySlotFile, reason: str = SWITCHED_OFF) -> None:
    """Remember (in the key file) that a key change is due until one finishes. Does not save."""
    slots.data[OWED] = {"reason": reason}


def settle_rotation(folder: Path, slots: KeySlotFile, key: bytes, pending: bytes | None) -> bytes:
    """The key that opens the database now, after finishing or forgetting an interrupted rotation.

    Runs before ``open_database``, under the folder's instance lock so no running rotation
    is disturbed (a folder in use is refused as usual).
    """
    path = folder / DB_NAME
    if not slots.has_pending() and not _has_leftovers(path):
        return key
    lock = InstanceLock(folder)
    lock.acquire()
    try:
        if not slots.has_pending():
            clean_leftovers(path)
            return key
        if _opens(path, key):
            slots.drop_pending()  # the file was never replaced: the rotation did not happen
            slots.data.pop(MARK, None)
            slots.save()
            clean_leftovers(path)
            log.info("an interrupted key change was undone")
            return key
        if pending is not None and _opens(path, pending):
            commit_marked(slots)
            slots.save()
            clean_leftovers(path)
            log.info("an interrupted key change was finished")
            return pending
        if pending is None:
            raise AuthenticationError(KEY_NOT_GIVEN)
        return key  # neither opens: open_database says what is wrong with the file
    finally:
        lock.release()


def _has_leftovers(path: Path) -> bool:
    from lcs_desktop.store.rekey import leftovers

    return bool(leftovers(path))


def _opens(path: Path, key: bytes) -> bool:
    with contextlib.suppress(StoreError):
        check_database(path, key)
        return True
    return False
