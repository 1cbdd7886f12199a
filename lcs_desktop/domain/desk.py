"""Home as the lead's desk: one item of "what needs doing" (issue 10, DESIGN.md §5a).

Each source (referral clocks, retention reviews, subject access deadlines, the policy review,
acknowledgements, crash drafts…) gives ``DeskItem``s; Home lists them by date, soonest first.
Items carry references and dates only — the sentence names no person unless the reader may see them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class DeskKind(StrEnum):
    REFERRAL_CLOCK = "referral_clock"
    SUBJECT_ACCESS = "subject_access"
    RETENTION_REVIEW = "retention_review"
    LEGAL_HOLD_REVIEW = "legal_hold_review"
    SUPERVISION_REVIEW = "supervision_review"
    WARNING_REVIEW = "warning_review"
    APPEAL_DEADLINE = "appeal_deadline"
    POLICY_REVIEW = "policy_review"
    ACKNOWLEDGEMENTS = "acknowledgements"
    CRASH_DRAFT = "crash_draft"


@dataclass(frozen=True)
class DeskLink:
    """Where the item's link goes: a page key and, for a record, its id."""

    page: str
    record_id: int | None = None


@dataclass(frozen=True)
class DeskItem:
    kind: DeskKind
    due: date
    sentence: str  # e.g. "Referral to the LADO for BR-0012 is due"
    link: DeskLink
    overdue: bool = False
