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

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.paths import AppPaths
from lcs_desktop.services.audit_chain import (
    HEAD_INFO,
    LEGACY_KEY_META,
    AuditChain,
    Signer,
    audit_key,
    legacy_key_in,
    write_meta,
)
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.store.accounts import User
from lcs_desktop.store.database import Database
from lcs_desktop.store.errors import RolledBackError
from lcs_desktop.store.pc_state import PcState
from lcs_desktop.vault.crypto import AccountKeys
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
        self._key: bytes | None = key
        self.pc_state = PcState(paths.pc_state_file)
        self._write_lock = threading.RLock()
        self._account_keys: AccountKeys | None = None
        self._signers: dict[int, Signer] = {}
        # The organisation's private key, held while an administrator who has it is signed in.
        self.org_key: Ed25519PrivateKey | None = None
        self.chain = AuditChain(slots.db_id, self._keep_legacy_key(key))

    def _keep_legacy_key(self, key: bytes) -> bytes:
        """Format-1 events are HMAC'd under a key derived from the database key of their day:
        keep it in the database before any key rotation can change that key."""
        with self.database.transaction() as session:
            legacy = legacy_key_in(session)
            if legacy is None:
                legacy = audit_key(key)
                write_meta(session, LEGACY_KEY_META, legacy.hex())
        return legacy

    def set_account_keys(self, keys: AccountKeys | None) -> None:
        """The signed-in account's key pairs (format-2 slot): its signing key signs its events."""
        self._account_keys = keys
        self.chain.signer = Signer.of(keys.sign) if keys is not None else None

    def act_for(self, user_id: int, keys: AccountKeys) -> None:
        """Sign events caused by ``user_id`` with that account's own key (the demo, which knows
        its published passwords, acts for its demo accounts): never with someone else's."""
        self._signers[user_id] = Signer.of(keys.sign)

    def account_keys(self) -> AccountKeys:
        if self._account_keys is None:
            raise RuntimeError("no account keys: the workspace was opened without a format-2 slot")
        return self._account_keys

    @property
    def db_id(self) -> str:
        return self.slots.db_id

    @property
    def key(self) -> bytes:
        if self._key is None:
            raise RuntimeError("the workspace is locked")
        return self._key

    @property
    def locked(self) -> bool:
        return self._key is None

    def lock(self) -> None:
        """Idle lock: no keyed connection and no key survive in this object (DESIGN.md §4)."""
        self.database.dispose()
        self._key = None
        self.set_account_keys(None)
        self._signers.clear()
        self.org_key = None

    def unlock(self, key: bytes) -> None:
        from lcs_desktop.store.engine import make_engine

        self.database.engine = make_engine(self.database.path, key)
        self.database.rebind()
        self._key = key

    # -- transactions ----------------------------------------------------------------------

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One write transaction; SQLite has one writer, so units of work take turns."""
        with self._write_lock:
            with self.database.transaction() as session:
                yield session
                head = session.info.pop(HEAD_INFO, None)
            if head is not None:
                self._record_head(head)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
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
        if user is not None and "signer" not in extra and user.id in self._signers:
            extra["signer"] = self._signers[user.id]
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
