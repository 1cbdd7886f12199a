"""The hash chain under the audit trail: append, verify, head.

Each event's MAC is HMAC-SHA256, keyed from the database key, over its own fields and the
previous event's MAC. Editing a field, deleting a row or swapping two rows breaks the chain
at that point; removing the newest rows is caught against the head kept outside the
database (keyslots.json and this PC's state file).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.base import utcnow
from lcs_desktop.vault.keyslots import AuditHead

GENESIS = "0" * 64
HEAD_INFO = "audit_head"


def audit_key(db_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"lcs-audit-hmac").derive(db_key)


def _mac(key: bytes, event: AuditEvent) -> str:
    body = json.dumps(
        [
            event.seq,
            event.at.isoformat(),
            event.actor_id,
            event.actor,
            event.action,
            event.entity_type,
            event.entity_id,
            event.details,
            event.prev_mac,
        ],
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return hmac.new(key, body.encode("ascii"), hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainProblem:
    seq: int
    what: str


class AuditChain:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def append(
        self,
        session: Session,
        *,
        actor_id: int | None,
        actor: str,
        action: str,
        entity_type: str | None = None,
        entity_id: str | int | None = None,
        details: dict[str, Any] | None = None,
        at: datetime | None = None,
    ) -> AuditEvent:
        last = session.execute(
            select(AuditEvent.seq, AuditEvent.mac).order_by(AuditEvent.seq.desc()).limit(1)
        ).first()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        event = AuditEvent(
            seq=seq,
            at=at or utcnow(),
            actor_id=actor_id,
            actor=actor,
            action=action,
            entity_type=entity_type,
            entity_id=None if entity_id is None else str(entity_id),
            details=json.dumps(details or {}, sort_keys=True, ensure_ascii=False, default=str),
            prev_mac=prev,
        )
        event.mac = _mac(self._key, event)
        session.add(event)
        session.flush()
        session.info[HEAD_INFO] = AuditHead(seq, event.mac)
        return event

    def verify(self, session: Session, head: AuditHead | None = None) -> list[ChainProblem]:
        problems: list[ChainProblem] = []
        expected_seq, prev = 1, GENESIS
        last_seq = 0
        for event in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).yield_per(2000):
            if event.seq != expected_seq:
                problems.append(
                    ChainProblem(event.seq, f"events {expected_seq} to {event.seq - 1} are missing")
                )
            if event.prev_mac != prev:
                problems.append(
                    ChainProblem(event.seq, "does not follow the event before it (deleted or reordered)")
                )
            if not hmac.compare_digest(_mac(self._key, event), event.mac):
                problems.append(ChainProblem(event.seq, "has been changed since it was written"))
            if head is not None and event.seq == head.seq and event.mac != head.digest:
                problems.append(
                    ChainProblem(
                        event.seq, "differs from the copy of the log's head kept outside the database"
                    )
                )
            expected_seq, prev = event.seq + 1, event.mac
            last_seq = event.seq
        if head is not None and head.seq > last_seq:
            problems.append(
                ChainProblem(
                    head.seq, "the newest events are missing (the log is older than its recorded head)"
                )
            )
        return problems

    @staticmethod
    def head(session: Session) -> AuditHead | None:
        row = session.execute(
            select(AuditEvent.seq, AuditEvent.mac).order_by(AuditEvent.seq.desc()).limit(1)
        ).first()
        return AuditHead(row[0], row[1]) if row else None

    @staticmethod
    def mac_at(session: Session, seq: int) -> str | None:
        return session.scalar(select(AuditEvent.mac).where(AuditEvent.seq == seq))
