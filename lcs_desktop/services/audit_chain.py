"""The chain under the audit trail: append (signed), head, verify.

Format 2 (issue 8): each event's link is SHA-256 over its own fields, the database id and the
previous link, signed (Ed25519) by the key of the person who caused it; the organisation key
certifies each person's key (``account_keys``). An insider holding the database key, raw SQL
and this code can still recompute hashes, but cannot sign as anyone else, so an edited,
inserted, deleted or reordered event by someone else breaks the chain where it happened.

Format 1 events (before issue 8) carry an HMAC keyed from the database key of their day; that
key is kept in the database (``lcs_meta``) so they still verify after a key rotation. The first
format-2 event links to the last format-1 event's MAC, which anchors the older part too.
Removing the newest events is caught against witnesses of the head kept outside the database
(keyslots.json, this PC's state, backups, exported PDFs).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from lcs_desktop.store.accounts import Meta
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.base import utcnow
from lcs_desktop.store.server_key_slots import lock_chain_head
from lcs_desktop.vault.crypto import raw_public
from lcs_desktop.vault.keyslots import AuditHead

GENESIS = "0" * 64
HEAD_INFO = "audit_head"
LEGACY_KEY_META = "audit_hmac_key"
ORG_KEY_META = "org_public_key"
SIGN_CONTEXT = b"lcs-audit-event|"
# Events the recovery key may sign (it acts for the administrator whose password it sets).
RECOVERY_ACTIONS = frozenset(
    {"recovered_with_recovery_key", "account_key_issued", "account_key_registered", "backup_restored"}
)


def audit_key(db_key: bytes) -> bytes:
    """The format-1 HMAC key, derived from the database key of the day."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"lcs-audit-hmac").derive(db_key)


def key_id_for(public: bytes) -> str:
    return hashlib.sha256(b"lcs-signing-key|" + public).hexdigest()[:32]


_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=True).encode


def signed_digest(db_id: str, *fields: Any) -> str:
    """SHA-256 of a format-2 event: ``fields`` are seq, at (ISO, UTC), actor_id, actor, action,
    entity_type, entity_id, details, prev_mac, key_id."""
    return hashlib.sha256(_ENCODE([2, db_id, *fields]).encode("ascii")).hexdigest()


def legacy_digest(key: bytes, *fields: Any) -> str:
    """HMAC of a format-1 event: seq, at (ISO, UTC), actor_id, actor, action, entity_type,
    entity_id, details, prev_mac."""
    return hmac.new(key, _ENCODE(list(fields)).encode("ascii"), hashlib.sha256).hexdigest()


def legacy_mac(key: bytes, row: Any) -> str:
    return legacy_digest(
        key, row.seq, row.at.isoformat(), row.actor_id, row.actor, row.action,
        row.entity_type, row.entity_id, row.details, row.prev_mac,
    )  # fmt: skip


def event_hash(db_id: str, row: Any) -> str:
    return signed_digest(
        db_id, row.seq, row.at.isoformat(), row.actor_id, row.actor, row.action,
        row.entity_type, row.entity_id, row.details, row.prev_mac, row.key_id,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Signer:
    key_id: str
    private: Ed25519PrivateKey

    @classmethod
    def of(cls, private: Ed25519PrivateKey) -> Signer:
        return cls(key_id_for(raw_public(private)), private)

    def sign(self, digest: str) -> str:
        return base64.b64encode(self.private.sign(SIGN_CONTEXT + digest.encode("ascii"))).decode("ascii")


@dataclass(frozen=True, slots=True)
class ChainProblem:
    seq: int
    what: str


class NoSigningKey(RuntimeError):
    """Programming error: an event would be written with nobody to sign it."""


class AuditChain:
    def __init__(self, db_id: str, legacy_key: bytes | None = None, signer: Signer | None = None) -> None:
        self.db_id = db_id
        self.legacy_key = legacy_key
        self.signer = signer

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
        signer: Signer | None = None,
    ) -> AuditEvent:
        signer = signer or self.signer
        if signer is None:
            raise NoSigningKey("an audit event needs the signing key of the person who caused it")
        lock_chain_head(session)  # one chain across desks (issue 11)
        last = session.execute(
            select(AuditEvent.seq, AuditEvent.mac).order_by(AuditEvent.seq.desc()).limit(1)
        ).first()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        event = AuditEvent(
            seq=seq,
            at=(at or utcnow()).astimezone(UTC),  # hashed as stored: in UTC
            actor_id=actor_id,
            actor=actor,
            action=action,
            entity_type=entity_type,
            entity_id=None if entity_id is None else str(entity_id),
            details=json.dumps(details or {}, sort_keys=True, ensure_ascii=False, default=str),
            prev_mac=prev,
            format=2,
            key_id=signer.key_id,
        )
        event.mac = event_hash(self.db_id, event)
        event.signature = signer.sign(event.mac)
        session.add(event)
        session.flush()
        session.info[HEAD_INFO] = AuditHead(seq, event.mac)
        return event

    def append_many(
        self,
        session: Session,
        entries: Sequence[tuple[str, str | None, str | int | None, dict[str, Any]]],
        *,
        actor_id: int | None,
        actor: str,
        at: Callable[[], datetime],
        signer: Signer | None = None,
    ) -> None:
        """Events (action, entity type, entity id, details) by one person, chained, hashed and
        signed exactly as ``append`` would one by one, then written in one statement: a
        deletion's thousands of certificates without a flush per event."""
        signer = signer or self.signer
        if signer is None:
            raise NoSigningKey("an audit event needs the signing key of the person who caused it")
        if not entries:
            return
        lock_chain_head(session)
        last = session.execute(
            select(AuditEvent.seq, AuditEvent.mac).order_by(AuditEvent.seq.desc()).limit(1)
        ).first()
        seq, prev = (last[0], last[1]) if last else (0, GENESIS)
        rows = []
        for action, entity_type, entity_id, details in entries:
            seq += 1
            row = SimpleNamespace(
                seq=seq, at=at().astimezone(UTC), actor_id=actor_id, actor=actor, action=action,
                entity_type=entity_type, entity_id=None if entity_id is None else str(entity_id),
                details=json.dumps(details or {}, sort_keys=True, ensure_ascii=False, default=str),
                prev_mac=prev, format=2, key_id=signer.key_id,
            )  # fmt: skip
            row.mac = event_hash(self.db_id, row)
            row.signature = signer.sign(row.mac)
            prev = row.mac
            rows.append(vars(row))
        session.execute(insert(AuditEvent), rows)
        session.info[HEAD_INFO] = AuditHead(seq, prev)

    @staticmethod
    def head(session: Session) -> AuditHead | None:
        row = session.execute(
            select(AuditEvent.seq, AuditEvent.mac).order_by(AuditEvent.seq.desc()).limit(1)
        ).first()
        return AuditHead(row[0], row[1]) if row else None

    @staticmethod
    def mac_at(session: Session, seq: int) -> str | None:
        return session.scalar(select(AuditEvent.mac).where(AuditEvent.seq == seq))


def read_meta(session: Session, name: str) -> str | None:
    return session.scalar(select(Meta.value).where(Meta.key == name))


def write_meta(session: Session, name: str, value: str) -> None:
    row = session.get(Meta, name)
    if row is None:
        session.add(Meta(key=name, value=value))
    else:
        row.value = value


def read_org_public(session: Session) -> bytes | None:
    value = read_meta(session, ORG_KEY_META)
    return base64.b64decode(value) if value else None


def legacy_key_in(session: Session) -> bytes | None:
    value = read_meta(session, LEGACY_KEY_META)
    return bytes.fromhex(value) if value else None
