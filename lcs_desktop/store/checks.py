"""Recruitment social media checks (policy §3.1): the check, its scope, findings,
the applicant discussion, and the earlier versions of a completed check."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lcs_desktop.store.base import Base, UtcDateTime, utcnow
from lcs_desktop.store.sealed import PERSON_NAME, Sealed, SealedCopy
from lcs_desktop.store.versioning import Versioned


class Check(Versioned, Base):
    __tablename__ = "checks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    checker_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(20))
    role_applied_for: Mapped[str] = mapped_column(Sealed(String(200)), default="")
    stage: Mapped[str | None] = mapped_column(String(20), nullable=True)
    authorised_by: Mapped[str] = mapped_column(Sealed(String(200)), default="")
    privacy_notice_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    proportionality_reason: Mapped[str] = mapped_column(Sealed(Text), default="")
    checker_on_panel: Mapped[bool] = mapped_column(Boolean, default=False)
    panel_confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    panel_confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    panel_confirmation: Mapped[str] = mapped_column(Sealed(Text), default="")
    # Someone already appointed: not recruitment, so the lead's written justification (§9).
    out_of_recruitment: Mapped[bool] = mapped_column(Boolean, default=False)
    justification: Mapped[str] = mapped_column(Sealed(Text), default="")
    justified_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    attest_public_only: Mapped[bool] = mapped_column(Boolean, default=False)
    attest_no_private_access: Mapped[bool] = mapped_column(Boolean, default=False)
    # Who confirmed each attestation, when, and in what capacity ("checker", or the role that let
    # someone else confirm on the checker's behalf). Empty on a confirmed attestation: older data
    # that never kept who (see migration 0007).
    attest_public_only_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    attest_public_only_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    attest_public_only_as: Mapped[str | None] = mapped_column(String(30), nullable=True)
    attest_no_private_access_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    attest_no_private_access_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    attest_no_private_access_as: Mapped[str | None] = mapped_column(String(30), nullable=True)
    result: Mapped[str | None] = mapped_column(String(20), nullable=True)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    completed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    completed_as: Mapped[str | None] = mapped_column(String(30), nullable=True)
    policy_version: Mapped[str] = mapped_column(String(20))
    # The policy register's version in force when the check was started (migration 0016).
    policy_version_id: Mapped[int | None] = mapped_column(ForeignKey("policy_versions.id"), nullable=True)
    # Set when the check was cut down to a minimal log under the retention schedule (issue 10).
    reduced_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # Copies of the person's name and reference for the list, kept by triggers (migration 0018,
    # store/list_names.py): never written by the code.
    person_name: Mapped[str | None] = mapped_column(
        SealedCopy(String(210), of=PERSON_NAME, key="person_id"), nullable=True
    )
    person_reference: Mapped[str | None] = mapped_column(String(40), nullable=True)

    __table_args__ = (
        Index("ix_checks_person", "person_id", "created_at"),
        Index("ix_checks_status", "status", "created_at"),
        Index("ix_checks_checker", "checker_id", "created_at"),
        # The list in its default order, read from the index alone (issue 12).
        Index(
            "ix_checks_list",
            *("created_at", "id", "reference", "person_id", "role_applied_for"),
            *("status", "result", "checker_id", "completed_at", "person_name", "person_reference"),
        ),
    )


class CheckPlatform(Versioned, Base):
    """One line of the scope: a platform, what was done, the names/handles and search terms."""

    __tablename__ = "check_platforms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("checks.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(30))
    handles: Mapped[str] = mapped_column(Sealed(Text), default="")
    search_terms: Mapped[str] = mapped_column(Sealed(Text), default="")
    identity_match: Mapped[str | None] = mapped_column(String(20), nullable=True)
    notes: Mapped[str] = mapped_column(Sealed(Text), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Finding(Versioned, Base):
    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("checks.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(Sealed(Text), default="")
    content_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    captured_on: Mapped[date] = mapped_column(Date)
    seen: Mapped[str] = mapped_column(Sealed(Text))
    category: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(20))
    relevance: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)
    added_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class CheckDiscussion(Versioned, Base):
    __tablename__ = "check_discussions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("checks.id", ondelete="CASCADE"), unique=True)
    held_at: Mapped[datetime] = mapped_column(UtcDateTime)
    method: Mapped[str] = mapped_column(String(20))
    present: Mapped[str] = mapped_column(Sealed(Text))
    findings_discussed: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of finding ids
    applicant_account: Mapped[str] = mapped_column(Sealed(Text))
    assessment: Mapped[str] = mapped_column(Sealed(Text))
    outcome: Mapped[str] = mapped_column(String(30))
    decided_by: Mapped[str] = mapped_column(Sealed(String(200)))
    decision_reason: Mapped[str] = mapped_column(Sealed(Text))
    applicant_told_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class CheckVersion(Base):
    """A completed check as it stood before a change: a JSON snapshot, with who and why."""

    __tablename__ = "check_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("checks.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[str] = mapped_column(Sealed(Text))
    reason: Mapped[str] = mapped_column(Sealed(Text))
    amended_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    amended_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("check_id", "version", name="uq_check_versions_check_id"),)
