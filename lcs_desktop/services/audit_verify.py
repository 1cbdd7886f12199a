"""Verifying the audit chain in one pass: links, hashes, signatures, certificates, actors.

Streams the events once (``yield_per``), with a progress callback and a cancel flag, so a
million events verify in well under a minute without holding them in memory.
"""

from __future__ import annotations

import base64
import hmac
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.services.audit_chain import (
    GENESIS,
    RECOVERY_ACTIONS,
    SIGN_CONTEXT,
    AuditChain,
    ChainProblem,
    event_hash,
    key_id_for,
    legacy_mac,
)
from lcs_desktop.services.key_certs import cert_valid
from lcs_desktop.store.audit_events import AccountKey, AuditEvent
from lcs_desktop.vault.keyslots import AuditHead

BATCH = 5000


class VerifyCancelled(LcsError):
    """The person stopped the check; nothing was changed."""


@dataclass(frozen=True, slots=True)
class _Key:
    user_id: int | None
    public: Ed25519PublicKey
    certified: bool


def _keys(session: Session, db_id: str, org: Ed25519PublicKey | None) -> dict[str, _Key]:
    keys: dict[str, _Key] = {}
    for row in session.scalars(select(AccountKey)):
        try:
            public = Ed25519PublicKey.from_public_bytes(base64.b64decode(row.public_key))
        except ValueError:
            continue  # an unreadable key verifies nothing: its events are reported
        if key_id_for(base64.b64decode(row.public_key)) != row.key_id:
            continue
        ok = cert_valid(org, db_id, row.user_id, row.public_key, row.certificate, row.issued_at)
        keys[row.key_id] = _Key(row.user_id, public, ok)
    return keys


def _signature_problem(keys: dict[str, _Key], row: object, *, check_signature: bool = True) -> str | None:
    key = keys.get(row.key_id)  # type: ignore[attr-defined]
    if key is None:
        return "is signed by a key this organisation never issued"
    if check_signature:
        try:
            key.public.verify(base64.b64decode(row.signature or ""), SIGN_CONTEXT + row.mac.encode("ascii"))  # type: ignore[attr-defined]
        except (InvalidSignature, ValueError):
            return "has been changed since it was signed"
    if not key.certified:
        return "is signed by a key the organisation key has not certified"
    actor_id = row.actor_id  # type: ignore[attr-defined]
    if key.user_id is None:
        if row.action not in RECOVERY_ACTIONS:  # type: ignore[attr-defined]
            return "is signed by the recovery key, which may only sign recovery events"
    elif actor_id is not None and key.user_id != actor_id:
        return "is signed by someone other than the person it names"
    return None


def verify_chain(
    session: Session,
    db_id: str,
    legacy_key: bytes | None,
    heads: Sequence[AuditHead] = (),
    *,
    org_public: bytes | None = None,
    trusted_org_public: bytes | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    verified: AuditHead | None = None,
) -> list[ChainProblem]:
    """Every check on every event, in one pass. ``verified``: the head a previous full check on
    this PC found sound; while the log still holds that event with that hash, the chain proves
    the events up to it unchanged, so their signatures (the slow part) are not checked again —
    links, hashes, certificates and actors always are."""
    problems: list[ChainProblem] = []
    if verified is not None and AuditChain.mac_at(session, verified.seq) != verified.digest:
        verified = None
    trusted_through = verified.seq if verified is not None else 0
    if trusted_org_public is not None and org_public != trusted_org_public:
        problems.append(
            ChainProblem(
                0, "the organisation key in the database is not the one this data folder was set up with"
            )
        )
    org = Ed25519PublicKey.from_public_bytes(org_public) if org_public else None
    keys = _keys(session, db_id, org)
    total = (session.scalar(select(func.count()).select_from(AuditEvent)) or 0) if progress else 0
    query = select(*AuditEvent.__table__.c).order_by(AuditEvent.seq).execution_options(yield_per=BATCH)
    expected_seq, prev, last_seq, signed_seen = 1, GENESIS, 0, False
    for done, row in enumerate(session.execute(query), start=1):
        if done % BATCH == 0:
            if cancelled is not None and cancelled():
                raise VerifyCancelled("The check was stopped before the end; nothing was changed.")
            if progress is not None:
                progress(done, total)
        if row.seq != expected_seq:
            problems.append(ChainProblem(row.seq, f"events {expected_seq} to {row.seq - 1} are missing"))
        if row.prev_mac != prev:
            problems.append(
                ChainProblem(row.seq, "does not follow the event before it (deleted or reordered)")
            )
        if row.format == 2:
            signed_seen = True
            if row.mac != event_hash(db_id, row):
                problems.append(ChainProblem(row.seq, "has been changed since it was written"))
            else:
                what = _signature_problem(keys, row, check_signature=row.seq > trusted_through)
                if what:
                    problems.append(ChainProblem(row.seq, what))
        elif signed_seen:
            problems.append(ChainProblem(row.seq, "is an unsigned event among signed ones"))
        elif legacy_key is None:
            problems.append(ChainProblem(row.seq, "cannot be checked: the key of the older log is missing"))
        elif not hmac.compare_digest(legacy_mac(legacy_key, row), row.mac):
            problems.append(ChainProblem(row.seq, "has been changed since it was written"))
        for head in heads:
            if row.seq == head.seq and row.mac != head.digest:
                problems.append(
                    ChainProblem(row.seq, "differs from the copy of the log's head kept outside the database")
                )
        expected_seq, prev, last_seq = row.seq + 1, row.mac, row.seq
    if org is not None and last_seq and not signed_seen:
        problems.append(
            ChainProblem(last_seq, "the log has no signed events although this folder signs them")
        )
    for head in heads:
        if head.seq > last_seq:
            problems.append(
                ChainProblem(
                    head.seq, "the newest events are missing (the log is older than its recorded head)"
                )
            )
    if progress is not None:
        progress(total, total)
    return sorted(set(problems), key=lambda p: p.seq)
