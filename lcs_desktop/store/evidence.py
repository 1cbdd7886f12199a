"""Evidence files, stored encrypted inside the database (never as loose files on disk).

Metadata and bytes are separate tables so listing a finding's evidence never reads the
megabytes behind it. ``owner_type``/``owner_id`` let checks (findings) and breach cases
(cases, chronology entries) share one evidence store.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from lcs_desktop.store.base import Base, UtcDateTime, utcnow
from lcs_desktop.store.sealed import Sealed


class Evidence(Base):
    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_type: Mapped[str] = mapped_column(String(20))  # "finding", "case", "chronology_entry"
    owner_id: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(Sealed(String(200)))
    media_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    captured_at: Mapped[datetime] = mapped_column(UtcDateTime)
    added_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # Removal after a record is completed keeps the file (the earlier version stays whole).
    removed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    removed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (Index("ix_evidence_owner", "owner_type", "owner_id"),)


class EvidenceContent(Base):
    __tablename__ = "evidence_content"

    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[bytes] = mapped_column(Sealed(LargeBinary))
    thumbnail: Mapped[bytes | None] = mapped_column(Sealed(LargeBinary), nullable=True)


class EvidenceRendition(Base):
    """Made once from the original: a thumbnail for the screens, a print-size JPEG for PDFs
    (empty bytes when the picture cannot be decoded). The thumbnail column comes first so
    reading it never walks the larger print image's overflow pages."""

    __tablename__ = "evidence_renditions"

    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True)
    thumbnail: Mapped[bytes] = mapped_column(Sealed(LargeBinary))
    print_image: Mapped[bytes] = mapped_column(Sealed(LargeBinary))
