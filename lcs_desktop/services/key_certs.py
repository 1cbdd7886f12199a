"""Certificates over people's public signing keys, signed by the organisation key.

A certificate binds a key to one account (or to the recovery key) in one database, so a key
made by an insider — or a key row edited with raw SQL — does not verify as anyone else's.
"""

from __future__ import annotations

import base64
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from lcs_desktop.store.audit_events import AccountKey


def cert_message(db_id: str, user_id: int | None, public_b64: str, issued_at: datetime) -> bytes:
    who = "recovery" if user_id is None else str(user_id)
    return f"lcs-account-key|{db_id}|{who}|{public_b64}|{issued_at.isoformat()}".encode("ascii")


def certify(
    row: AccountKey, org_key: Ed25519PrivateKey, db_id: str, issued_at: datetime, by: int | None
) -> None:
    issued_at = issued_at.replace(microsecond=0)
    row.issued_at = issued_at
    row.issued_by = by
    message = cert_message(db_id, row.user_id, row.public_key, issued_at)
    row.certificate = base64.b64encode(org_key.sign(message)).decode("ascii")


def cert_valid(
    org_public: Ed25519PublicKey | None,
    db_id: str,
    user_id: int | None,
    public_b64: str,
    certificate: str | None,
    issued_at: datetime | None,
) -> bool:
    if org_public is None or not certificate or issued_at is None:
        return False
    try:
        org_public.verify(base64.b64decode(certificate), cert_message(db_id, user_id, public_b64, issued_at))
    except (InvalidSignature, ValueError):
        return False
    return True
