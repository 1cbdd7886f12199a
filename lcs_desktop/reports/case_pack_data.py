"""The input of the disciplinary case pack and the outcome letter: one frozen tree of plain
data. The services build it (``services.case_export_data``), redacted or full; the reports
draw it, with no session and no knowledge of where it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class PackClause:
    citation: str  # "§6 Professional Boundaries"
    text: str  # quoted word for word from the policy


@dataclass(frozen=True, slots=True)
class PackAllegation:
    code: str
    label: str
    section_text: str
    clauses: tuple[PackClause, ...]


@dataclass(frozen=True, slots=True)
class PackParty:
    kind: str
    reference: str
    name: str | None  # None in a redacted pack


@dataclass(frozen=True, slots=True)
class PackEntry:
    id: int
    occurred_at: datetime
    kind: str
    summary: str
    details: str
    participants: str
    recorded_by: str
    recorded_at: datetime
    corrects_id: int | None
    corrected_by: tuple[int, ...]
    evidence_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class PackEvidence:
    id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    added_by: str
    added_at: datetime
    captured_at: datetime
    attached_to: str  # "The case" or "Chronology entry 12"
    image: bytes | None  # the bytes of an image (PNG, JPEG, WebP); None for a PDF
    print_image: bytes = b""  # the image's print-size JPEG, drawn instead of decoding it


@dataclass(frozen=True, slots=True)
class PackReferral:
    label: str
    state: str
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


@dataclass(frozen=True, slots=True)
class PackOutcome:
    label: str  # "Disciplinary action: Final written warning"
    review_on: date | None
    expires_on: date | None
    details: str


@dataclass(frozen=True, slots=True)
class PackDecision:
    decision_maker: str
    decided_on: date | None
    finding: str
    finding_meaning: str
    reason: str
    outcomes: tuple[PackOutcome, ...]


@dataclass(frozen=True, slots=True)
class PackAppeal:
    lodged_on: date
    grounds: str
    heard_on: date | None
    heard_by: str
    result: str
    result_on: date | None
    result_reason: str


@dataclass(frozen=True, slots=True)
class PackSignOff:
    kind: str
    signed_by: str
    signed_at: datetime
    note: str


@dataclass(frozen=True, slots=True)
class PackAuditEvent:
    """One event as the audit log page says it (services/audit_sentences)."""

    seq: int
    at: datetime
    actor: str  # the person's full name ("LCS Desktop" for the app itself)
    action: str  # what they did, as a sentence: "Recorded the LADO referral on BC-2026-0007"
    details: str  # changed fields and reasons, one per line ("Risk: — → High")


@dataclass(frozen=True, slots=True)
class PackCover:
    organisation: str
    reference: str
    subject_name: str
    status: str
    risk: str
    policy: str
    redacted: bool
    made_under: str = ""  # "Made under the Social Media Policy, version 2025" (issue 10)


@dataclass(frozen=True, slots=True)
class PackSubject:
    name: str
    kind: str
    role: str
    reference: str


@dataclass(frozen=True, slots=True)
class PackSummary:
    concern_at: datetime
    reported_at: datetime
    time_to_report: str
    late_report: bool
    raised_by: str
    reported_to: str
    what_was_seen: str
    immediate_actions: str
    platforms: tuple[str, ...]
    investigating_officer: str
    decision_maker: str


@dataclass(frozen=True, slots=True)
class CasePackData:
    cover: PackCover
    subject: PackSubject
    summary: PackSummary
    allegations: tuple[PackAllegation, ...]
    parties: tuple[PackParty, ...]
    chronology: tuple[PackEntry, ...]
    interviews: tuple[PackEntry, ...]
    evidence: tuple[PackEvidence, ...]
    referrals: tuple[PackReferral, ...]
    decision: PackDecision | None
    appeal: PackAppeal | None
    sign_offs: tuple[PackSignOff, ...]
    audit_events: tuple[PackAuditEvent, ...]
    redacted: bool
    notices: tuple[str, ...] = ()  # a standing legal hold, the retention line (issue 10)
