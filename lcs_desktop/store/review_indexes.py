"""Indexes for the annual policy review and Home's desk (issue 10, speed).

The review counts a period's records by a code (GROUP BY); with these covering indexes, (code,
date) where the codes are few, each count reads a range of index pages in code order (no sort),
never the wide rows (after sign-in SQLCipher decrypts
every page it reads). Declared here, beside the models, so the models' own modules stay as they
are; migration 0018 creates them in existing databases.
"""

from __future__ import annotations

from sqlalchemy import Index

from lcs_desktop.store.cases import BreachCase, CaseBreachType, Outcome, Referral
from lcs_desktop.store.checks import Check, CheckDiscussion, Finding

REVIEW_INDEXES = (
    Index("ix_checks_completed", Check.result, Check.completed_at),
    Index("ix_check_discussions_held", CheckDiscussion.outcome, CheckDiscussion.held_at),
    Index("ix_findings_created", Finding.category, Finding.created_at),
    Index(
        "ix_breach_cases_review",
        BreachCase.reported_at,
        BreachCase.raised_by_kind,
        BreachCase.late_report,
        BreachCase.concern_at,
    ),
    Index("ix_breach_cases_closed", BreachCase.closed_at, BreachCase.concern_at),
    Index("ix_breach_cases_decided", BreachCase.decided_on, BreachCase.finding),
    Index("ix_case_breach_types_case_code", CaseBreachType.case_id, CaseBreachType.code),
    Index("ix_case_outcomes_recorded", Outcome.recorded_at, Outcome.kind, Outcome.case_id),
    Index("ix_case_outcomes_review_on", Outcome.review_on),
    Index("ix_case_outcomes_expires_on", Outcome.expires_on),
    Index("ix_case_referrals_made", Referral.state, Referral.made_on, Referral.kind, Referral.due_at),
)
