"""A record's version history, and the per-record salt that keys its audit hashes.

The audit trail is append-only, so it must hold no content: an event names the record, the
fields changed and keyed hashes of the old and new values (HMAC-SHA256 under the record's own
salt). The values themselves live here, one row per change, and go with the record: deleting
a record deletes its history and its salt, after which the hashes left in the chain can no
longer confirm a guessed value.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lcs_desktop.store.base import Base, UtcDateTime
from lcs_desktop.store.sealed import Sealed


class RecordVersion(Base):
    """One change to a record: who, when, what action, and the fields' old and new values."""

    __tablename__ = "record_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(30))  # "person", "check", "breach_case"
    entity_id: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)  # 1, 2, … within the record
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(60), default="")
    # JSON {"field": [old, new], …}; {"field": null, …} once reduced (values gone, names kept).
    changes: Mapped[str] = mapped_column(Sealed(Text), default="{}")
    reason: Mapped[str] = mapped_column(Sealed(Text), default="")

    __table_args__ = (
        UniqueConstraint("entity_type", "entity_id", "seq", name="uq_record_history_entity_type"),
    )


class RecordSalt(Base):
    """The random key of one record's audit hashes; deleted with the record."""

    __tablename__ = "record_salts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int] = mapped_column(Integer)
    salt: Mapped[bytes] = mapped_column(Sealed(LargeBinary(32)))

    __table_args__ = (UniqueConstraint("entity_type", "entity_id", name="uq_record_salts_entity_type"),)
