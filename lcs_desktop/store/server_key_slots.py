"""Key slots kept on an office server (issue 11): one row of ``key_slots`` per slot.

The rows hold exactly what ``keyslots.json`` holds on one PC — public halves, ciphertext and
salts, never a secret in clear — so ``KeySlotFile`` seals and unwraps them the same way. A row
names the PostgreSQL login it belongs to, which is what row-level security keys on: a login
reads and updates its own slot, the administrators' group reads and writes all of them
(adding people, resetting passwords, key rotation, the organisation key). Document-wide
entries (the organisation's public key, a key change owed) are rows whose id starts with "@".

Not kept on the server: the chain head (each PC keeps the last one it saw, so a server put
back to an older state is noticed there) and the sign-in failures before the server is
reached (counted on the PC; see ``services/server_signin.py``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import Integer, String, Text, delete, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from lcs_desktop.store.base import Base
from lcs_desktop.vault.slot_sharing import DAMAGED, KeySlotError

META_PREFIX = "@"
PC_ONLY = frozenset({"db_id", "format", "slots", "audit_head", "pending_failures", "unknown_failures"})
NOT_SET_UP = "The office server has no key slots yet: an administrator must set it up first."


class KeySlotRow(Base):
    __tablename__ = "key_slots"

    slot_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    # The PostgreSQL login this slot belongs to (row-level security keys on it); null for the
    # recovery slot and document-wide rows.
    login: Mapped[str | None] = mapped_column(String(63), nullable=True, index=True)
    body: Mapped[str] = mapped_column(Text)


class AuditChainHead(Base):
    """One row, locked (``SELECT … FOR UPDATE``) by every audit append on a server, so events
    from many desks still form one chain (``services/audit_chain.py``)."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class ServerSlotStore:
    """The ``SlotStore`` over ``key_slots``: loads what this login may see, saves only the rows
    that changed (so a person changing their own password writes their own row and nothing else)."""

    def __init__(self, sessions: Callable[[], Session], db_id: str) -> None:
        self._sessions = sessions
        self.db_id = db_id
        # slot id -> the login that owns it, for rows not written yet (filled when a password is
        # set: the slot id is a hash of the username, so the login cannot be found from it).
        self.logins: dict[str, str] = {}
        self._seen: dict[str, str] = {}

    def exists(self) -> bool:
        with self._sessions() as session:
            return session.scalar(select(KeySlotRow.slot_id).limit(1)) is not None

    def load(self) -> dict[str, Any]:
        with self._sessions() as session:
            rows = session.execute(select(KeySlotRow.slot_id, KeySlotRow.body)).all()
        data: dict[str, Any] = {"format": 2, "db_id": self.db_id, "slots": {}}
        try:
            for slot_id, body in rows:
                value = json.loads(body)
                if slot_id.startswith(META_PREFIX):
                    data[slot_id[1:]] = value
                else:
                    data["slots"][slot_id] = value
        except ValueError:
            raise KeySlotError(DAMAGED) from None
        self._seen = dict(rows)
        return data

    def save(self, data: dict[str, Any]) -> None:
        wanted: dict[str, tuple[str, str, str | None]] = {}
        for slot_id, slot in data["slots"].items():
            kind = str(slot.get("kind", "password"))
            wanted[slot_id] = (kind, _dump(slot), self.logins.get(slot_id) if kind != "recovery" else None)
        for name, value in data.items():
            if name not in PC_ONLY:
                wanted[META_PREFIX + name] = ("meta", _dump(value), None)
        gone = set(self._seen) - set(wanted)
        changed = {k: v for k, v in wanted.items() if self._seen.get(k) != v[1]}
        if gone or changed:  # most saves (a new chain head, kept on the PC) change no row
            # Each row changes only if it is still as this desk read it: another desk's change
            # in between (a reset, a reseal) is never overwritten with an older copy.
            with self._sessions() as session, session.begin():
                for slot_id in gone:
                    done = session.execute(
                        delete(KeySlotRow).where(
                            KeySlotRow.slot_id == slot_id, KeySlotRow.body == self._seen[slot_id]
                        )
                    )
                    _still_as_read(done)
                for slot_id, (kind, body, login) in changed.items():
                    if slot_id in self._seen:
                        done = session.execute(
                            update(KeySlotRow)
                            .where(KeySlotRow.slot_id == slot_id, KeySlotRow.body == self._seen[slot_id])
                            .values(body=body, kind=kind)
                        )
                        _still_as_read(done)
                    else:
                        session.add(KeySlotRow(slot_id=slot_id, kind=kind, login=login, body=body))
        self._seen = {slot_id: body for slot_id, (_kind, body, _login) in wanted.items()}


CHANGED_ELSEWHERE = (
    "Another desk changed the accounts' keys at the same moment, so nothing was saved. Try again."
)


def _still_as_read(result: Any) -> None:
    if result.rowcount != 1:
        raise KeySlotError(CHANGED_ELSEWHERE)


def _dump(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def lock_chain_head(session: Session) -> None:
    """On a server, wait for (and hold until commit) the chain head's row lock, so the next
    event's sequence number and link are read after any other desk's append has committed.
    SQLite has one writer at a time already: nothing to do there."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(AuditChainHead.id).where(AuditChainHead.id == 1).with_for_update())
