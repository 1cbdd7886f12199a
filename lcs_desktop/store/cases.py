"""Breach investigations (policy §8): the case, its breach types and platforms, the people
affected (by case reference), the append-only chronology, referrals, outcomes, appeal and
sign-offs. Evidence lives in the shared evidence store (owner "case" or "chronology_entry").
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from lcs_desktop.domain.case_referrals import DECIDED
from lcs_desktop.store.base import Base, UtcDateTime, utcnow
from lcs_desktop.store.pg_triggers import pg_refusals, pg_trigger
from lcs_desktop.store.sealed import PERSON_NAME, Sealed, SealedCopy
from lcs_desktop.store.versioning import Versioned


class BreachCase(Versioned, Base):
    __tablename__ = "breach_cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    subject_person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    risk: Mapped[str | None] = mapped_column(String(10), nullable=True)
    concern_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reported_to_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    raised_by: Mapped[str] = mapped_column(Sealed(String(200)), default="")
    raised_by_kind: Mapped[str] = mapped_column(String(20))
    what_was_seen: Mapped[str] = mapped_column(Sealed(Text))
    immediate_actions: Mapped[str] = mapped_column(Sealed(Text), default="")
    # Over one working day from concern to report (the policy says "immediately").
    late_report: Mapped[bool] = mapped_column(Boolean, default=False)
    investigating_officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decision_maker_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    finding: Mapped[str | None] = mapped_column(String(20), nullable=True)
    decision_reason: Mapped[str] = mapped_column(Sealed(Text), default="")
    # The earliest clock still running on a needed referral: the overdue filter and the
    # Home page read this indexed column instead of computing clocks for every case.
    next_due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # The policy register's version in force when the case was opened (migration 0016).
    policy_version_id: Mapped[int | None] = mapped_column(ForeignKey("policy_versions.id"), nullable=True)
    # A copy of the subject's name for the list, kept by triggers (migration 0018,
    # store/list_names.py): never written by the code.
    subject_name: Mapped[str | None] = mapped_column(
        SealedCopy(String(210), of=PERSON_NAME, key="subject_person_id"), nullable=True
    )

    __table_args__ = (
        # The case list pages newest first; id breaks ties so paging is stable.
        # The list in its default order, and Home's clocks, read from the index alone (issue 12).
        Index(
            "ix_breach_cases_list",
            *("reported_at", "id", "reference", "subject_person_id", "status", "risk"),
            *("investigating_officer_id", "next_due_at", "late_report", "subject_name"),
        ),
        Index("ix_breach_cases_status", "status", "reported_at", "id"),
        Index("ix_breach_cases_officer", "investigating_officer_id", "reported_at", "id"),
        Index("ix_breach_cases_decider", "decision_maker_id", "reported_at", "id"),
        Index("ix_breach_cases_clock", "next_due_at", "status", "reference"),
    )


class CaseBreachType(Base):
    __tablename__ = "case_breach_types"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("breach_cases.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)


class CasePlatform(Base):
    __tablename__ = "case_platforms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("breach_cases.id"), index=True)
    platform: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)


class AffectedChild(Base):
    """A child, family or third party affected: recorded by the case reference; the name is
    one protected field, shown only on request (audited) and never in a redacted export."""

    __tablename__ = "case_affected"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("breach_cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(Sealed(String(200)), default="")
    added_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ChronologyEntry(Versioned, Base):
    """Append-only: triggers refuse UPDATE and DELETE; a correction is a new entry whose
    ``corrects_id`` points at the entry it corrects."""

    __tablename__ = "case_chronology"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("breach_cases.id"))
    kind: Mapped[str] = mapped_column(String(20))
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    summary: Mapped[str] = mapped_column(Sealed(String(200)))
    details: Mapped[str] = mapped_column(Sealed(Text), default="")
    participants: Mapped[str] = mapped_column(Sealed(Text), default="")
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("case_chronology.id"), nullable=True)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (
        Index("ix_case_chronology_case", "case_id", "occurred_at", "id"),
        # Deleting an entry checks for corrections pointing at it (issue 10): without this,
        # each deleted entry would scan the whole chronology.
        Index("ix_case_chronology_corrects", "corrects_id"),
    )


CHRONOLOGY_TRIGGERS = (
    """
    CREATE TRIGGER case_chronology_no_update BEFORE UPDATE ON case_chronology
    BEGIN SELECT RAISE(ABORT, 'chronology entries cannot be changed; add a correction'); END
    """,
    """
    CREATE TRIGGER case_chronology_no_delete BEFORE DELETE ON case_chronology
    BEGIN SELECT RAISE(ABORT, 'chronology entries cannot be deleted'); END
    """,
)
PG_CHRONOLOGY_TRIGGERS = (
    *pg_refusals(
        "case_chronology",
        {"case_chronology_no_update": "UPDATE:chronology entries cannot be changed; add a correction"},
        truncate="chronology entries cannot be deleted",
    ),
    # The deletion engine removes a whole case's chronology through lcs_purge_chronology only:
    # it runs as the schema owner (a login cannot become that) and marks its own transaction.
    *pg_trigger(
        "case_chronology_no_delete",
        "BEFORE DELETE",
        "case_chronology",
        "IF current_setting('lcs.purge_chronology', true) IS DISTINCT FROM 'on' OR current_user <> "
        "(SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID) THEN "
        "RAISE EXCEPTION 'chronology entries cannot be deleted' "
        "USING ERRCODE = 'integrity_constraint_violation'; END IF;",
    ),
    """
    CREATE OR REPLACE FUNCTION lcs_purge_chronology(case_ids integer[]) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $body$
    DECLARE n integer;
    BEGIN
        PERFORM set_config('lcs.purge_chronology', 'on', true);
        DELETE FROM public.case_chronology WHERE case_id = ANY(case_ids);
        GET DIAGNOSTICS n = ROW_COUNT;
        PERFORM set_config('lcs.purge_chronology', '', true);
        RETURN n;
    END
    $body$
    """,
    "REVOKE ALL ON FUNCTION lcs_purge_chronology(integer[]) FROM PUBLIC",
)


def open_referral(table: str = "") -> str:
    """The referrals still to make that have a clock, as SQL with the states written out: the
    partial index below is used only where a query's WHERE holds this very text (a bound
    parameter would not do: neither SQLite nor PostgreSQL could prove it matches)."""
    states = ", ".join(f"'{state.value}'" for state in sorted(DECIDED, key=lambda s: s.value))
    return f"{table}state NOT IN ({states}) AND {table}due_at IS NOT NULL"


class Referral(Versioned, Base):
    __tablename__ = "case_referrals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("breach_cases.id"))
    kind: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20))
    clock_start: Mapped[datetime] = mapped_column(UtcDateTime)
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    made_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reference: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(Sealed(Text), default="")
    notes: Mapped[str] = mapped_column(Sealed(Text), default="")
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("case_id", "kind", name="uq_case_referrals_case_id"),
        Index("ix_case_referrals_state_due", "state", "due_at"),
        Index("ix_case_referrals_clock", "case_id", "state", "due_at", "kind"),  # Home (issue 12)
        # Home's clocks, earliest first: only the open ones, so Home reads the first 200 and
        # stops, however many cases years of work leave (migration 0026).
        Index(
            "ix_case_referrals_open_due",
            "due_at",
            "case_id",
            "kind",
            sqlite_where=text(open_referral()),
            postgresql_where=text(open_referral()),
        ),
    )


class Outcome(Versioned, Base):
    __tablename__ = "case_outcomes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("breach_cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    level: Mapped[str | None] = mapped_column(String(30), nullable=True)
    review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    details: Mapped[str] = mapped_column(Sealed(Text), default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Appeal(Versioned, Base):
    __tablename__ = "case_appeals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("breach_cases.id"), unique=True)
    lodged_on: Mapped[date] = mapped_column(Date)
    grounds: Mapped[str] = mapped_column(Sealed(Text))
    heard_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    heard_by: Mapped[str] = mapped_column(Sealed(String(200)), default="")
    result: Mapped[str | None] = mapped_column(String(20), nullable=True)
    result_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    result_reason: Mapped[str] = mapped_column(Sealed(Text), default="")
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class SignOff(Base):
    """The lead's closure sign-off, and any reopening (with its reason)."""

    __tablename__ = "case_sign_offs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("breach_cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # "closure" or "reopened"
    signed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Sealed(Text))
