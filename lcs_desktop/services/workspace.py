"""The unlocked organisation: its database, key slots and audit chain, for the services.

A unit of work is one transaction that may append audit events; when it commits, the new
audit head is copied beside the key slots and into this PC's state, so an older copy of
the database swapped in later is noticed at the next unlock (DESIGN.md §4).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.domain.errors import WorkspaceLocked
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.audit_chain import HEAD_INFO, AuditChain, audit_key
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.store.accounts import User
from lcs_desktop.store.database import Database
from lcs_desktop.store.errors import RolledBackError
from lcs_desktop.store.pc_state import PcState
from lcs_desktop.vault.keyslots import AuditHead, KeySlotFile

log = logging.getLogger(__name__)

ROLLED_BACK = (
    "This database is older than the one this computer last used: an older copy may have "
    "been put in its place, and recent records would be missing. Nothing has been changed. "
    "Ask your safeguarding lead or IT to check the data folder; if the older copy is "
    "intended (a restore), use 'lcs-desktop admin restore', which records it."
)


class Workspace:
    def __init__(self, paths: AppPaths, slots: KeySlotFile, database: Database, key: bytes) -> None:
        self.paths = paths
        self.slots = slots
        self.database = database
        self._chain: AuditChain | None = AuditChain(audit_key(key))
        self._key: bytes | None = key
        self.pc_state = PcState(paths.pc_state_file)
        self._write_lock = threading.RLock()

    @property
    def db_id(self) -> str:
        return self.slots.db_id

    @property
    def key(self) -> bytes:
        self.ensure_unlocked()
        assert self._key is not None
        return self._key

    @property
    def chain(self) -> AuditChain:
        self.ensure_unlocked()
        assert self._chain is not None
        return self._chain

    @property
    def locked(self) -> bool:
        return self._key is None

    def ensure_unlocked(self) -> None:
        """Every read and write passes here: while locked, one plain refusal for all services."""
        if self._key is None:
            raise WorkspaceLocked()

    def lock(self) -> None:
        """Idle lock: no keyed connection and no key survive in this object, the engine's
        connect listener or the audit chain (DESIGN.md §4); a write in progress finishes first."""
        with self._write_lock:
            self.database.forget_key()
            self._key = None
            self._chain = None

    def unlock(self, key: bytes) -> None:
        """Everything the lock dropped is derived again from the key the password unwrapped."""
        with self._write_lock:
            self.database.reopen(key)
            self._chain = AuditChain(audit_key(key))
            self._key = key

    # -- transactions ----------------------------------------------------------------------

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One write transaction; SQLite has one writer, so units of work take turns."""
        with self._write_lock:
            self.ensure_unlocked()
            with self.database.transaction() as session:
                yield session
                head = session.info.pop(HEAD_INFO, None)
            if head is not None:
                self._record_head(head)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        self.ensure_unlocked()
        with self.database.transaction() as session:
            yield session

    def audit(
        self,
        session: Session,
        user: CurrentUser | None,
        action: str,
        entity_type: str | None = None,
        entity_id: str | int | None = None,
        details: dict[str, Any] | None = None,
        **extra: Any,
    ) -> None:
        self.chain.append(
            session,
            actor_id=user.id if user else None,
            actor=user.username if user else extra.pop("actor", "system"),
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            details=details,
            **extra,
        )

    def _record_head(self, head: AuditHead) -> None:
        self.slots.set_audit_head(head)
        try:
            self.slots.save()
        except OSError:
            log.warning("could not save the audit head beside the key slots")
        self.pc_state.set_audit_head(self.db_id, head)

    # -- checks at unlock ------------------------------------------------------------------

    def check_not_rolled_back(self) -> None:
        with self.reading() as session:
            current = AuditChain.head(session)
            for head in (self.slots.audit_head(), self.pc_state.audit_head(self.db_id)):
                if head is None:
                    continue
                if current is None or current.seq < head.seq:
                    raise RolledBackError(ROLLED_BACK)
                if AuditChain.mac_at(session, head.seq) != head.digest:
                    raise RolledBackError(ROLLED_BACK)

    def accept_current_head(self) -> None:
        """After a deliberate restore: the restored log's head becomes the one to expect."""
        with self.reading() as session:
            head = AuditChain.head(session)
        if head is not None:
            self._record_head(head)

    def load_user(self, username: str) -> User | None:
        with self.reading() as session:
            return session.scalar(select(User).where(User.username == username))

    def close(self) -> None:
        self.database.close()
