"""What the checks service takes in and hands out: small frozen dataclasses, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from lcs_desktop.domain.attribution import Attribution
from lcs_desktop.domain.checks import (
    CheckResult,
    CheckStatus,
    DiscussionMethod,
    DiscussionOutcome,
    IdentityMatch,
    PersonKind,
    PersonStatus,
    Platform,
    PlatformAction,
    RecruitmentStage,
    Relevance,
    Severity,
)
from lcs_desktop.services.evidence import EvidenceInfo

# -- inputs --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckDetailsInput:
    """Before the search (policy §3.1, §9, UK GDPR transparency)."""

    role_applied_for: str = ""
    stage: RecruitmentStage | str | None = None
    authorised_by: str = ""
    privacy_notice_date: date | None = None
    proportionality_reason: str = ""
    checker_on_panel: bool = False


@dataclass(frozen=True, slots=True)
class ScopeInput:
    platform: Platform | str
    action: PlatformAction | str
    handles: str = ""
    search_terms: str = ""
    identity_match: IdentityMatch | str | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class FindingInput:
    platform: Platform | str | None
    address: str
    content_date: date | None
    captured_on: date | None
    seen: str
    category: str
    severity: Severity | str | None
    relevance: Relevance | str | None


@dataclass(frozen=True, slots=True)
class DiscussionInput:
    held_at: datetime | None
    method: DiscussionMethod | str | None
    present: str
    findings_discussed: tuple[int, ...]
    applicant_account: str
    assessment: str
    outcome: DiscussionOutcome | str | None
    decided_by: str
    decision_reason: str
    applicant_told_on: date | None = None


# -- outputs -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonRef:
    id: int
    first_name: str
    last_name: str
    reference: str
    kind: PersonKind
    status: PersonStatus

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True, slots=True)
class CheckSummary:
    """One line of a check list (person page, checks list)."""

    id: int
    reference: str
    person_id: int
    person_name: str
    person_reference: str
    role_applied_for: str
    status: CheckStatus
    result: CheckResult | None
    checker: str
    created_at: datetime
    completed_at: datetime | None

    @property
    def sort_key(self) -> tuple[datetime, int]:
        """Where the next page of a check list starts (newest first)."""
        return (self.created_at, self.id)


@dataclass(frozen=True, slots=True)
class ScopeEntry:
    id: int
    platform: Platform
    action: PlatformAction
    handles: str
    search_terms: str
    identity_match: IdentityMatch | None
    notes: str


@dataclass(frozen=True, slots=True)
class FindingDetail:
    id: int
    platform: Platform
    address: str
    content_date: date | None
    captured_on: date
    seen: str
    category: str
    category_label: str
    policy_sections: str  # "§4, §8"
    severity: Severity
    relevance: Relevance
    added_by: str
    evidence: tuple[EvidenceInfo, ...] = ()


@dataclass(frozen=True, slots=True)
class DiscussionDetail:
    held_at: datetime
    method: DiscussionMethod
    present: str
    findings_discussed: tuple[int, ...]
    applicant_account: str
    assessment: str
    outcome: DiscussionOutcome
    decided_by: str
    decision_reason: str
    applicant_told_on: date | None
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class GuardConfirmation:
    by: str
    at: datetime | None
    note: str


@dataclass(frozen=True, slots=True)
class VersionInfo:
    version: int
    reason: str
    amended_by: str
    amended_at: datetime


@dataclass(frozen=True, slots=True)
class CheckDetail:
    id: int
    reference: str
    status: CheckStatus
    person: PersonRef
    checker_id: int
    checker: str
    role_applied_for: str
    stage: RecruitmentStage | None
    authorised_by: str
    privacy_notice_date: date | None
    proportionality_reason: str
    checker_on_panel: bool
    panel_confirmation: GuardConfirmation | None
    out_of_recruitment: bool
    justification: GuardConfirmation | None
    attest_public_only: bool
    attest_no_private_access: bool
    result: CheckResult | None
    completed_at: datetime | None
    completed_by: str
    policy_version: str
    version: int
    created_at: datetime
    updated_at: datetime
    scope: tuple[ScopeEntry, ...] = ()
    findings: tuple[FindingDetail, ...] = ()
    discussion: DiscussionDetail | None = None
    versions: tuple[VersionInfo, ...] = ()
    warnings: tuple[str, ...] = ()
    problems: tuple[str, ...] = field(default=())  # what completion still needs
    # Who confirmed each attestation (form order; None while not confirmed) and who completed.
    attested_by: tuple[Attribution | None, ...] = (None, None)
    completion: Attribution | None = None
    row_version: int = 0  # as loaded: saving passes it back (optimistic locking, issue 11)

    @property
    def completed(self) -> bool:
        return self.completed_at is not None
