"""Accounts and organisation settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lcs_desktop.store.base import Base, UtcDateTime, utcnow
from lcs_desktop.store.sealed import Sealed


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    full_name: Mapped[str] = mapped_column(Sealed(String(200)))
    # Comma-separated Role values; small and fixed, so no join table.
    roles: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    remember_me: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class Setting(Base):
    """Organisation-wide settings as JSON text, one row per key."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Meta(Base):
    """Facts about this database itself: its id (matched against keyslots.json), creator version."""

    __tablename__ = "lcs_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
