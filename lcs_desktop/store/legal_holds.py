"""Legal holds (policy §9, DESIGN.md §5a): while a hold is active on a person or a case, nothing
about it may be deleted or reduced. A lifted hold stays as a row (who lifted it, when, why)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from lcs_desktop.store.base import Base, UtcDateTime, utcnow
from lcs_desktop.store.sealed import Sealed
from lcs_desktop.store.versioning import Versioned


class LegalHold(Versioned, Base):
    __tablename__ = "legal_holds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Exactly one of the two: a hold on a person also covers their checks and the cases about them.
    # No foreign keys: a held record cannot be deleted, and a lifted hold outlives its record
    # as a bare id (its reason is content-free by the form's own hint).
    person_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reason: Mapped[str] = mapped_column(Sealed(Text))
    placed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    placed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    review_on: Mapped[date] = mapped_column(Date)
    lifted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    lifted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    lift_reason: Mapped[str] = mapped_column(Sealed(Text), default="")

    __table_args__ = (
        CheckConstraint("(person_id IS NULL) != (case_id IS NULL)", name="one_record"),
        Index("ix_legal_holds_person", "person_id", "lifted_at"),
        Index("ix_legal_holds_case", "case_id", "lifted_at"),
        Index("ix_legal_holds_review", "lifted_at", "review_on"),
    )
