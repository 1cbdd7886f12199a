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
from datetime import date, datetime
from typing import Any, ClassVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from lcs_desktop.domain.clock import Clock
from lcs_desktop.domain.conflicts import EditConflict
from lcs_desktop.domain.errors import WorkspaceLocked
from lcs_desktop.domain.working_days import london_date
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
from lcs_desktop.services.record_history import content_free
from lcs_desktop.services.retention_tracking import install as install_retention_tracking
from lcs_desktop.store.accounts import User
from lcs_desktop.store.base import utcnow
from lcs_desktop.store.database import Database
from lcs_desktop.store.errors import RolledBackError
from lcs_desktop.store.pc_state import PcState
from lcs_desktop.vault.crypto import AccountKeys
from lcs_desktop.vault.keyslots import AuditHead, KeySlotFile

log = logging.getLogger(__name__)
install_retention_tracking()  # every unit of work keeps the retention dates current

ROLLED_BACK = (
    "This database is older than the one this computer last used: an older copy may have "
    "been put in its place, and recent records would be missing. Nothing has been changed. "
    "Ask your safeguarding lead or IT to check the data folder; if the older copy is "
    "intended (a restore), use 'lcs-desktop admin restore', which records it."
)
ROLLED_BACK_SERVER = (
    "The office server's records are older than the ones this computer last saw: the server may "
    "have been put back to an older copy, and recent records would be missing. Nothing has been "
    "changed. Ask IT to check the office server and its backups before anyone goes on working."
)
CLOCK_INFO = "lcs_clock"


def session_now(session: Session) -> datetime:
    """Now by the clock of the workspace that opened ``session`` (for helpers given only a session)."""
    return session.info.get(CLOCK_INFO, utcnow)()


class Workspace:
    # The clock a workspace gets when none is given: the real one. Tests set it to a fixed
    # instant (tests/conftest.py) so the whole suite runs as if at any chosen day and hour.
    default_clock: ClassVar[Clock] = staticmethod(utcnow)

    def __init__(
        self, paths: AppPaths, slots: KeySlotFile, database: Database, key: bytes, clock: Clock | None = None
    ) -> None:
        self.clock: Clock = clock or type(self).default_clock
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
        self._chain: AuditChain | None = AuditChain(slots.db_id, self._keep_legacy_key(key))
        # On an office server (issue 11): how to reach it again and keep logins in step.
        self.server: Any = None

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
        self.ensure_unlocked()
        assert self._key is not None
        return self._key

    def now(self) -> datetime:
        """The current instant (aware UTC) by this workspace's clock: services ask here."""
        return self.clock()

    def today(self) -> date:
        """Today in the office's time zone (dates typed by users are London dates)."""
        return london_date(self.now())

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
            if self.server is not None:
                self.server.forget(self.database)  # the field cipher's keys go too
            self.database.forget_key()
            self._key = None
            self._chain = None
            self._account_keys = None
            self._signers.clear()
            self.org_key = None

    def unlock(self, key: bytes) -> None:
        """Everything the lock dropped is derived again from the key the password unwrapped."""
        with self._write_lock:
            if self.server is None:  # a server's engine was reconnected as the person already
                self.database.reopen(key)
            self._chain = AuditChain(self.db_id, self._keep_legacy_key(key))
            if self._account_keys is not None:  # re-keyed while signed in (key rotation)
                self._chain.signer = Signer.of(self._account_keys.sign)
            self._key = key

    # -- transactions ----------------------------------------------------------------------

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One write transaction; SQLite has one writer, so units of work take turns."""
        with self._write_lock:
            self.ensure_unlocked()
            try:
                with self.database.transaction() as session:
                    session.info[CLOCK_INFO] = self.clock
                    yield session
                    head = session.info.pop(HEAD_INFO, None)
            except StaleDataError:
                # Another desk wrote the same row between our read and our write (issue 11).
                raise EditConflict.stale() from None
            if head is not None:
                self._record_head(head)

    @contextlib.contextmanager
    def alone(self) -> Iterator[Database]:
        """No unit of work runs meanwhile: for work outside any transaction (VACUUM and the WAL
        checkpoint after a deletion)."""
        with self._write_lock:
            self.ensure_unlocked()
            yield self.database

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        self.ensure_unlocked()
        with self.database.transaction() as session:
            session.info[CLOCK_INFO] = self.clock
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
        extra.setdefault("at", self.now())
        # The chain is append-only: a record's values go to its version history, not here.
        details = content_free(session, user, action, entity_type, entity_id, details, extra["at"])
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

    def audit_many(
        self,
        session: Session,
        user: CurrentUser,
        entries: list[tuple[str, str | None, str | int | None, dict[str, Any]]],
    ) -> None:
        """Many events by one person in one write (a deletion's certificates), signed as ``audit``
        signs. Their details must be content-free already: they skip ``content_free``, which would
        file values in the history of a record that no longer exists."""
        self.chain.append_many(
            session,
            entries,
            actor_id=user.id,
            actor=user.username,
            at=self.now,
            signer=self._signers.get(user.id),
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
        refusal = ROLLED_BACK if self.server is None else ROLLED_BACK_SERVER
        with self.reading() as session:
            current = AuditChain.head(session)
            for head in (self.slots.audit_head(), self.pc_state.audit_head(self.db_id)):
                if head is None:
                    continue
                if current is None or current.seq < head.seq:
                    raise RolledBackError(refusal)
                if AuditChain.mac_at(session, head.seq) != head.digest:
                    raise RolledBackError(refusal)

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
