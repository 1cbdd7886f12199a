"""What a check record PDF is made from: plain facts the services fill in (no ReportLab here).

The layout (``check_record_layout``) and the builder (``check_record``) both read these.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lcs_desktop.reports.common import (
    DEFAULT_CLASSIFICATION,
    DocumentInfo,
)

DOCUMENT_KIND = "Social media check record"
PUBLIC_ONLY_WORDING = "Only publicly accessible content was viewed."
NO_PRIVATE_ACCESS_WORDING = (
    "The applicant was not asked for any password or private account details, and no private "
    "account was accessed."
)


@dataclass(frozen=True, slots=True)
class PersonFacts:
    name: str
    reference: str
    kind: str  # "Applicant", "Volunteer", ...


@dataclass(frozen=True, slots=True)
class ScopeEntry:
    """What was done on one platform (§3.1: publicly available content only)."""

    platform: str
    action: str  # "Searched", "No presence found", "Profile private", "Public content reviewed"
    handles: str = ""  # names and handles searched or found
    search_terms: str = ""
    identity_confidence: str = ""  # "Confirmed", "Probable", "Uncertain"


@dataclass(frozen=True, slots=True)
class Attestation:
    wording: str
    confirmed: bool
    # Who confirmed it and when, e.g. "Confirmed by the checker (Cass Lee) on 12/03/2025", or
    # "… by the safeguarding lead (Ada Lowe) … on behalf of the checker". Empty: just "Confirmed".
    attribution: str = ""


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    filename: str
    media_type: str  # image/png, image/jpeg, image/webp, application/pdf
    sha256: str  # hex, of the stored file
    captured_at: datetime | None
    content: bytes = b""  # the file itself; images are drawn, PDFs listed as attached separately
    print_image: bytes = b""  # its print-size JPEG, drawn instead of decoding the original


@dataclass(frozen=True, slots=True)
class FindingFacts:
    platform: str
    address: str  # URL or handle
    content_date: date | None
    captured_at: datetime | date | None
    what_was_seen: str
    category: str  # the catalogue label
    policy_sections: tuple[str, ...]  # ("4", "8")
    severity: str
    relevance: str  # relevance to the role applied for
    evidence: tuple[EvidenceItem, ...] = ()
    advisory: bool = False  # §7 entries are recommendations, not rules broken
    policy_clauses: tuple[str, ...] = ()  # optional quotations of the clauses, printed under the finding


@dataclass(frozen=True, slots=True)
class DiscussionFacts:
    """The discussion with the applicant (§3.1) and the decision that followed it."""

    held_at: datetime | date | None
    method: str  # "In person", "Video call", "Telephone"
    present: str
    findings_discussed: str  # e.g. "Findings 1 and 2"
    applicant_account: str
    assessment: str
    outcome: str
    decided_by: str
    reason: str
    applicant_told_on: date | None


@dataclass(frozen=True, slots=True)
class Amendment:
    """A change made after completion: kept with its reason (completed records are not silently edited)."""

    when: datetime
    who: str
    reason: str


@dataclass(frozen=True, slots=True)
class CheckRecordData:
    organisation: str
    reference: str  # the document reference, e.g. "CHK-2025-0042": the PDF title
    person: PersonFacts
    role_applied_for: str
    recruitment_stage: str
    checker: str
    authorised_by: str
    applicant_told_on: date | None
    started_on: date | datetime | None
    completed_on: date | datetime | None
    proportionality_reason: str
    result: str  # "No concerns" / "Concerns found"
    generated_by: str
    generated_at: datetime
    policy_version: str
    scope: tuple[ScopeEntry, ...] = ()
    attestations: tuple[Attestation, ...] = (
        Attestation(PUBLIC_ONLY_WORDING, False),
        Attestation(NO_PRIVATE_ACCESS_WORDING, False),
    )
    findings: tuple[FindingFacts, ...] = ()
    discussion: DiscussionFacts | None = None
    amendments: tuple[Amendment, ...] = ()
    status: str = ""  # "Completed", "Awaiting discussion", "Decided" ...
    safeguarding_lead: str | None = None  # printed under the lead's signature line if known
    classification: str = DEFAULT_CLASSIFICATION
    extra_facts: tuple[tuple[str, str], ...] = ()  # further key facts: (label, value)
    audit_head: str = ""  # ``audit_head_line(...)`` at export, printed on every page
    completion: str = ""  # who completed it, e.g. "Completed by the checker (Cass Lee) on 12/03/2025"
    completed_on_behalf_by: str | None = None  # set when someone other than the checker completed it

    def document_info(self) -> DocumentInfo:
        return DocumentInfo(
            organisation=self.organisation,
            reference=self.reference,
            kind=DOCUMENT_KIND,
            generated_by=self.generated_by,
            generated_at=self.generated_at,
            classification=self.classification,
            audit_head=self.audit_head,
        )
