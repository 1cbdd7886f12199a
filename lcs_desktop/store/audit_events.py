"""The append-only audit trail (issue 2 §5, issue 8).

Format 1 rows carry an HMAC over their content and the previous row's HMAC. Format 2 rows
carry a SHA-256 hash of their content and the previous link (in ``mac``), signed with the
Ed25519 key of the person who caused the event (``key_id``, ``signature``); the keys and the
organisation's certificates for them are in ``account_keys``. Triggers refuse UPDATE and
DELETE so the app itself cannot rewrite history by accident.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from lcs_desktop.store.base import Base, UtcDateTime
from lcs_desktop.store.pg_triggers import pg_refusals


class AuditEvent(Base):
    __tablename__ = "audit_events"
    # The Audit log page's filters, each with the time so "newest first" in a date range reads
    # the index in order instead of sorting the range (migration 0011).
    __table_args__ = (
        Index("ix_audit_events_actor_at", "actor", "at"),
        Index("ix_audit_events_action_at", "action", "at"),
        Index("ix_audit_events_entity", "entity_type", "entity_id"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))  # indexed with the time: (action, at)
    entity_type: Mapped[str | None] = mapped_column(String(32), nullable=True)
    entity_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    # JSON: changed fields (old and new), export hashes, reasons.
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_mac: Mapped[str] = mapped_column(String(64))
    # Format 1: HMAC-SHA256. Format 2: SHA-256 of the canonical body (the chain link).
    mac: Mapped[str] = mapped_column(String(64))
    format: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    key_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    signature: Mapped[str | None] = mapped_column(String(128), nullable=True)


class AccountKey(Base):
    """A person's public signing key (``user_id`` null: the recovery key) and the
    organisation key's certificate over it; null until an administrator certifies it."""

    __tablename__ = "account_keys"

    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    public_key: Mapped[str] = mapped_column(String(64))
    certificate: Mapped[str | None] = mapped_column(String(128), nullable=True)
    issued_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    issued_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime)


APPEND_ONLY_TRIGGERS = (
    """
    CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit events cannot be changed'); END
    """,
    """
    CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit events cannot be deleted'); END
    """,
)

# The same on the office server, plus TRUNCATE (which row triggers do not see).
PG_APPEND_ONLY_TRIGGERS = pg_refusals(
    "audit_events",
    {
        "audit_events_no_update": "UPDATE:audit events cannot be changed",
        "audit_events_no_delete": "DELETE:audit events cannot be deleted",
    },
    truncate="audit events cannot be deleted",
)
# Keys are never removed (migration 0006): old events must keep verifying.
PG_ACCOUNT_KEYS_TRIGGERS = pg_refusals(
    "account_keys",
    {"account_keys_no_delete": "DELETE:account keys cannot be deleted"},
    truncate="account keys cannot be deleted",
)
