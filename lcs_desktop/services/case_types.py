"""What the case services hand to the GUI: small frozen dataclasses, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from lcs_desktop.domain.case_outcomes import AppealResult, DisciplinaryLevel, Finding, OutcomeKind
from lcs_desktop.domain.case_referrals import ReferralKind, ReferralState
from lcs_desktop.domain.cases import CaseStatus, EntryKind, PartyKind, RaisedByKind, RiskRating
from lcs_desktop.domain.catalogue import Clause
from lcs_desktop.domain.checks import Platform
from lcs_desktop.services.evidence import EvidenceInfo


@dataclass(frozen=True, slots=True)
class UserRef:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class IntakeResult:
    case_id: int
    reference: str
    time_to_report: str  # "2 days 3 hours"
    late_report: bool  # over one working day: flagged on the case
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CaseFilter:
    status: CaseStatus | None = None
    overdue_only: bool = False
    officer_id: int | None = None


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One row of the case list."""

    id: int
    reference: str
    subject_name: str
    status: CaseStatus
    risk: RiskRating | None
    reported_at: datetime
    officer_name: str
    next_due_at: datetime | None
    overdue: bool
    late_report: bool

    @property
    def sort_key(self) -> tuple[datetime, int]:
        """Where the next page of the case list starts (newest first)."""
        return (self.reported_at, self.id)


@dataclass(frozen=True, slots=True)
class CasePage:
    rows: tuple[CaseSummary, ...]
    total: int
    offset: int
    limit: int


@dataclass(frozen=True, slots=True)
class BreachTypeView:
    code: str
    label: str
    section_text: str  # "§4, §8"
    clauses: tuple[Clause, ...]


@dataclass(frozen=True, slots=True)
class SubjectView:
    person_id: int
    name: str
    kind: str  # PersonKind value
    kind_label: str
    role: str
    reference: str


@dataclass(frozen=True, slots=True)
class PartyView:
    """A child, family or third party: the reference only; the name needs ``reveal_name``."""

    id: int
    kind: PartyKind
    reference: str
    has_name: bool


@dataclass(frozen=True, slots=True)
class EntryView:
    id: int
    kind: EntryKind
    occurred_at: datetime
    summary: str
    details: str
    participants: str
    corrects_id: int | None
    corrected_by: tuple[int, ...]  # later entries that correct this one
    recorded_by: str
    recorded_at: datetime
    evidence: tuple[EvidenceInfo, ...] = ()

    @property
    def is_corrected(self) -> bool:
        return bool(self.corrected_by)


@dataclass(frozen=True, slots=True)
class ReferralView:
    id: int
    kind: ReferralKind
    label: str
    state: ReferralState
    clock_text: str
    explanation: str
    clock_start: datetime
    due_at: datetime | None
    made_on: date | None
    reference: str
    reason: str
    notes: str
    overdue: bool
    made_late: bool
    updated_by: str
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class OutcomeView:
    id: int
    kind: OutcomeKind
    label: str
    level: DisciplinaryLevel | None
    review_on: date | None
    expires_on: date | None
    details: str
    recorded_by: str
    recorded_at: datetime

    @property
    def text(self) -> str:
        if self.level is not None:
            return f"{self.label}: {self.level.label}"
        return self.label


@dataclass(frozen=True, slots=True)
class AppealView:
    lodged_on: date
    grounds: str
    heard_on: date | None
    heard_by: str
    result: AppealResult | None
    result_on: date | None
    result_reason: str

    @property
    def stage(self) -> str:
        if self.result is not None:
            return "Result given"
        return "Heard" if self.heard_on else "Lodged"


@dataclass(frozen=True, slots=True)
class SignOffView:
    kind: str  # "closure" or "reopened"
    signed_by: str
    signed_at: datetime
    note: str


@dataclass(frozen=True, slots=True)
class CaseDetail:
    id: int
    reference: str
    status: CaseStatus
    risk: RiskRating | None
    subject: SubjectView
    concern_at: datetime
    reported_at: datetime
    reported_to: UserRef
    raised_by: str
    raised_by_kind: RaisedByKind
    what_was_seen: str
    immediate_actions: str
    time_to_report: str
    late_report: bool
    breach_types: tuple[BreachTypeView, ...]
    platforms: tuple[Platform, ...]
    officer: UserRef | None
    decision_maker: UserRef | None
    decided_on: date | None
    finding: Finding | None
    decision_reason: str
    parties: tuple[PartyView, ...]
    chronology: tuple[EntryView, ...]
    evidence: tuple[EvidenceInfo, ...]  # attached to the case itself
    referrals: tuple[ReferralView, ...]
    outcomes: tuple[OutcomeView, ...]
    appeal: AppealView | None
    sign_offs: tuple[SignOffView, ...]
    warnings: tuple[str, ...]
    closure_problems: tuple[str, ...]  # what closing would still need (empty when closable)
    created_at: datetime
    closed_at: datetime | None
    can_edit: bool = True
    overdue: tuple[str, ...] = field(default=())  # plain sentences, one per overdue clock
    policy_version: str = ""  # the policy register's label of the version in force when opened
    row_version: int = 0  # as loaded: saving passes it back (optimistic locking, issue 11)


@dataclass(frozen=True, slots=True)
class OverdueClock:
    """One overdue or soon-due clock for the Home page."""

    case_id: int
    reference: str
    kind: ReferralKind
    label: str
    due_at: datetime
    overdue: bool  # False: due within the next working day


@dataclass(frozen=True, slots=True)
class HomeSummary:
    overdue: tuple[OverdueClock, ...]
    due_soon: tuple[OverdueClock, ...]
    open_cases: int
