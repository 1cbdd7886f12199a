"""Subject access requests (UK GDPR Art. 15; issue 10): the request and its clock, the periods
the clock stood still, and the lead's decision on each redaction the app proposed.

A redaction decision names the item by a key ("party:12", "user:3", "raiser:7"), never by the
words withheld: the names stay in the records they came from, which a pack never alters.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lcs_desktop.store.base import Base, UtcDateTime, utcnow
from lcs_desktop.store.sealed import Sealed
from lcs_desktop.store.versioning import Versioned


class SubjectAccessRequest(Versioned, Base):
    __tablename__ = "subject_access_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)  # "SAR-2026-0001"
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(20))  # RequestState
    extended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    extension_reason: Mapped[str] = mapped_column(Sealed(Text), default="")
    extended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    answered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    released_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class SubjectAccessPause(Base):
    """The clock stopped (identity or scope being clarified) from ``paused_on`` to ``resumed_on``."""

    __tablename__ = "subject_access_pauses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("subject_access_requests.id"), index=True)
    paused_on: Mapped[date] = mapped_column(Date)
    resumed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str] = mapped_column(Sealed(Text), default="")
    paused_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    resumed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class RedactionDecision(Base):
    """The lead's decision on one proposed redaction of one request's pack."""

    __tablename__ = "subject_access_redactions"
    __table_args__ = (UniqueConstraint("request_id", "item_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("subject_access_requests.id"), index=True)
    item_key: Mapped[str] = mapped_column(String(80))
    item_kind: Mapped[str] = mapped_column(String(30))  # ProposalKind: what was proposed
    proposed_reason: Mapped[str] = mapped_column(String(30))  # Exemption the app suggested
    decision: Mapped[str] = mapped_column(String(10))  # Decision
    exemption: Mapped[str | None] = mapped_column(String(30), nullable=True)
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
