"""Drafts: what someone was typing in a form, kept so that a crash or a power cut loses
nothing. Inside the encrypted database like everything else; one per person and form."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lcs_desktop.store.base import Base, UtcDateTime, utcnow
from lcs_desktop.store.sealed import Sealed


class Draft(Base):
    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    form_key: Mapped[str] = mapped_column(String(64))
    data: Mapped[str] = mapped_column(Sealed(Text))  # JSON: the form's fields by name
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("user_id", "form_key"),)
