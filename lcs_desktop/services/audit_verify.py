"""Verifying the audit chain in one pass: links, hashes, signatures, certificates, actors.

Streams the events once (``yield_per``), with a progress callback and a cancel flag, so a
million events verify in well under a minute without holding them in memory.

Why checking each key's newest signature is enough: an event's hash covers the hash of the
event before it, so a signature vouches for the whole log up to its event. Whoever edits,
inserts, deletes or reorders an event must recompute every later hash, which breaks the
newest signature of every other person who signed after that point (and of the person whose
own event was edited). So the default pass checks every link, hash, certificate and actor, but
the Ed25519 signature (the slow part) only of each key's newest event; if one fails, a full
pass names every event that does not hold.
"""

from __future__ import annotations

import base64
import hmac
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.services.audit_chain import (
    GENESIS,
    RECOVERY_ACTIONS,
    SIGN_CONTEXT,
    AuditChain,
    ChainProblem,
    key_id_for,
    legacy_digest,
    read_org_public,
    signed_digest,
)
from lcs_desktop.services.key_certs import cert_valid
from lcs_desktop.store.audit_events import AccountKey, AuditEvent
from lcs_desktop.vault.keyslots import AuditHead

BATCH = 5000  # events between progress reports and looks at the cancel flag
# Rows fetched at a time: fetching and converting a batch is C code that keeps the GIL, so the
# GUI thread may wait that long for it (issue 12: at 5 000 rows, stalls of 40+ ms).
FETCH = 250


class VerifyCancelled(LcsError):
    """The person stopped the check; nothing was changed."""


@dataclass(frozen=True, slots=True)
class _Key:
    user_id: int | None
    public: Ed25519PublicKey
    certified: bool
    raw: bytes


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
        keys[row.key_id] = _Key(row.user_id, public, ok, base64.b64decode(row.public_key))
    return keys


def _signature_problem(
    key: _Key | None,
    mac: str,
    signature: str | None,
    actor_id: int | None,
    action: str,
    *,
    check_signature: bool,
) -> str | None:
    if key is None:
        return "is signed by a key this organisation never issued"
    if check_signature:
        try:
            key.public.verify(base64.b64decode(signature or ""), SIGN_CONTEXT + mac.encode("ascii"))
        except (InvalidSignature, ValueError):
            return "has been changed since it was signed"
    if not key.certified:
        return "is signed by a key the organisation key has not certified"
    if key.user_id is None:
        if action not in RECOVERY_ACTIONS:
            return "is signed by the recovery key, which may only sign recovery events"
    elif actor_id is not None and key.user_id != actor_id:
        return "is signed by someone other than the person it names"
    return None


def _stale(key: _Key | None, mac: str, signature: str | None) -> bool:
    """Whether this event's signature fails under its key (an unknown key is reported per event)."""
    if key is None:
        return False
    try:
        key.public.verify(base64.b64decode(signature or ""), SIGN_CONTEXT + mac.encode("ascii"))
    except (InvalidSignature, ValueError):
        return True
    return False


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
    full: bool = False,
) -> list[ChainProblem]:
    """Every check on every event, in one pass (every signature too when ``full``).

    ``verified``: the head a previous check on this PC found sound; while the log still holds
    that event with that hash, the chain proves the events up to it unchanged, so their
    signatures are not checked again — links, hashes, certificates and actors always are."""
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
    total = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    newest: dict[str, tuple[int, str, str | None]] = {}  # key id → its newest event (seq, mac, sig)
    # The stored text of ``at`` (naive UTC), not the column type's conversion, and plain tuples
    # through a Core connection: a million rows, so per-row Python calls count.
    t = AuditEvent.__table__.c
    query = select(
        t.seq, type_coerce(t.at, String), t.actor_id, t.actor, t.action, t.entity_type, t.entity_id,
        t.details, t.prev_mac, t.mac, t.format, t.key_id, t.signature,
    ).order_by(t.seq)  # fmt: skip
    result = session.connection().execution_options(yield_per=FETCH).execute(query)
    expected_seq, prev, last_seq, signed_seen = 1, GENESIS, 0, False
    for done, row in enumerate(result, start=1):
        (
            seq,
            at,
            actor_id,
            actor,
            action,
            entity_type,
            entity_id,
            details,
            prev_mac,
            mac,
            fmt,
            key_id,
            sig,
        ) = row
        if done % BATCH == 0:
            if cancelled is not None and cancelled():
                raise VerifyCancelled("The check was stopped before the end; nothing was changed.")
            if progress is not None:
                progress(done, total)
        if seq != expected_seq:
            problems.append(ChainProblem(seq, f"events {expected_seq} to {seq - 1} are missing"))
        if prev_mac != prev:
            problems.append(ChainProblem(seq, "does not follow the event before it (deleted or reordered)"))
        # Stored naive in UTC: text on SQLite, a timestamp on a server (issue 11).
        at_iso = (at if isinstance(at, datetime) else datetime.fromisoformat(at)).isoformat() + "+00:00"
        fields = (seq, at_iso, actor_id, actor, action, entity_type, entity_id, details, prev_mac)
        if fmt == 2:
            signed_seen = True
            if mac != signed_digest(db_id, *fields, key_id):
                problems.append(ChainProblem(seq, "has been changed since it was written"))
            else:
                check = full and seq > trusted_through
                if not full and seq > trusted_through:
                    newest[key_id] = (seq, mac, sig)
                what = _signature_problem(keys.get(key_id), mac, sig, actor_id, action, check_signature=check)
                if what:
                    problems.append(ChainProblem(seq, what))
        elif signed_seen:
            problems.append(ChainProblem(seq, "is an unsigned event among signed ones"))
        elif legacy_key is None:
            problems.append(ChainProblem(seq, "cannot be checked: the key of the older log is missing"))
        elif not hmac.compare_digest(legacy_digest(legacy_key, *fields), mac):
            problems.append(ChainProblem(seq, "has been changed since it was written"))
        for head in heads:
            if seq == head.seq and mac != head.digest:
                problems.append(
                    ChainProblem(seq, "differs from the copy of the log's head kept outside the database")
                )
        expected_seq, prev, last_seq = seq + 1, mac, seq
    if any(_stale(keys.get(key_id), mac, sig) for key_id, (_seq, mac, sig) in newest.items()):
        # Someone rewrote the log: check every signature to name each event that does not hold.
        return verify_chain(
            session, db_id, legacy_key, heads, org_public=org_public,
            trusted_org_public=trusted_org_public, progress=progress, cancelled=cancelled, full=True,
        )  # fmt: skip
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


def verify(
    chain: AuditChain,
    session: Session,
    head: AuditHead | None = None,
    *,
    heads: tuple[AuditHead, ...] = (),
    org_public: bytes | None = None,
    trusted_org_public: bytes | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    verified: AuditHead | None = None,
    full: bool = False,
) -> list[ChainProblem]:
    """``verify_chain`` for this chain: its folder's id and the key of its older (HMAC) events."""
    return verify_chain(
        session,
        chain.db_id,
        chain.legacy_key,
        (*heads, head) if head is not None else heads,
        org_public=org_public if org_public is not None else read_org_public(session),
        trusted_org_public=trusted_org_public,
        progress=progress,
        cancelled=cancelled,
        verified=verified,
        full=full,
    )
