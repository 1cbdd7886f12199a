"""The retention schedule and what the review queue reads (issue 10, DESIGN.md §5a).

``retention_rules`` is the organisation's editable schedule (seeded with the defaults).
``retention_dates`` holds, per person, check and case, the date its retention period ends, the
rule and action, and the reason line: the services keep it current as records change, so the
review queue is one range query on ``due``. ``retention_keeps`` records "keep for N more
months" decisions and ``retention_wishes`` the subject's recorded wish that a malicious or
false allegation record be kept. The keep reasons are record content: they go with the record.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lcs_desktop.store.base import Base, UtcDateTime, utcnow
from lcs_desktop.store.sealed import Sealed
from lcs_desktop.store.versioning import Versioned


class RetentionRuleRow(Versioned, Base):
    __tablename__ = "retention_rules"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(20))
    applies_to: Mapped[str] = mapped_column(String(200))
    trigger: Mapped[str] = mapped_column(String(200))
    basis: Mapped[str] = mapped_column(String(20))
    period_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(Text)
    short: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class RetentionDateRow(Base):
    """One record's retention date. ``record_kind`` is "person", "check" or "case"."""

    __tablename__ = "retention_dates"

    record_kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rule_code: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(20))
    due: Mapped[date | None] = mapped_column(Date, nullable=True)
    sentence: Mapped[str] = mapped_column(Text, default="")
    # A fact no other table keeps: the day a person's status was last set (the check rules'
    # trigger for an appointment or a rejection).
    status_since: Mapped[date | None] = mapped_column(Date, nullable=True)

    # The queue: due records, oldest first, keyset-paged on (due, kind, id).
    __table_args__ = (Index("ix_retention_dates_due", "due", "record_kind", "record_id"),)


class RetentionKeep(Base):
    __tablename__ = "retention_keeps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(10))
    record_id: Mapped[int] = mapped_column(Integer)
    months: Mapped[int] = mapped_column(Integer)
    keep_until: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Sealed(Text))
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (Index("ix_retention_keeps_record", "record_kind", "record_id"),)


class RetentionWish(Base):
    """The subject asked for the record of a malicious or false allegation to be kept."""

    __tablename__ = "retention_wishes"

    case_id: Mapped[int] = mapped_column(ForeignKey("breach_cases.id", ondelete="CASCADE"), primary_key=True)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
