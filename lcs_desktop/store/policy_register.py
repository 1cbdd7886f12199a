"""The policy register (policy §10): each approved version of the Social Media Policy, and who
has acknowledged which version. Checks and breach cases carry ``policy_version_id``."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lcs_desktop.store.base import Base, UtcDateTime, utcnow
from lcs_desktop.store.people import Person
from lcs_desktop.store.sealed import Sealed
from lcs_desktop.store.versioning import Versioned


class PolicyVersion(Versioned, Base):
    __tablename__ = "policy_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(20), unique=True)  # "2025"
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    # The text's fingerprint, so a printed record can show exactly which words it was made under.
    text_sha256: Mapped[str] = mapped_column(String(64))
    # Empty until approved: a draft version is never "in force".
    approved_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    next_review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    approved_by: Mapped[str] = mapped_column(Sealed(String(200)), default="")
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (Index("ix_policy_versions_approved", "approved_on"),)


class Acknowledgement(Base):
    """One person's acknowledgement of one version: recorded in the app or imported from CSV."""

    __tablename__ = "policy_acknowledgements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    policy_version_id: Mapped[int] = mapped_column(ForeignKey("policy_versions.id"))
    acknowledged_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20))  # "recorded" or "imported"
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("person_id", "policy_version_id", name="uq_policy_acknowledgements_person_id"),
        Index("ix_policy_acknowledgements_version", "policy_version_id", "person_id"),
    )


# Who acknowledges the policy (appointed staff, volunteers and committee members), counted from
# the index alone: Home counts those yet to acknowledge every time it opens (migration 0016).
Index("ix_people_status_kind", Person.status, Person.kind, Person.id)


def shipped_policy_text(resource: str) -> str:
    """The policy text shipped with the app (resources/policy/), as its first register entry."""
    from importlib import resources

    return resources.files("lcs_desktop.resources.policy").joinpath(resource).read_text(encoding="utf-8")
