"""The outcome letter to the subject of a breach investigation: a plain, dated letter stating the
finding, the outcome and the right of appeal, from the same export tree as the case pack.

The layout lives in ``outcome_letter_layout`` so that importing this module does not import
ReportLab.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lcs_desktop.reports.case_pack_data import CasePackData
from lcs_desktop.reports.common import CancelCheck, DocumentInfo, PdfResult, Progress
from lcs_desktop.reports.pdf_signing import PdfSigningKey

DOCUMENT_KIND = "Outcome letter"
CLASSIFICATION = "PRIVATE AND CONFIDENTIAL — ADDRESSEE ONLY"
APPEAL_WORKING_DAYS = 10


@dataclass(frozen=True, slots=True)
class LetterDocument:
    """This one letter: its reference (page header, PDF title, file name, audit), its date and
    who produced it; the address block and the signatory if the exporter gives them."""

    reference: str  # e.g. "BC-2025-0007-L1"
    generated_by: str
    generated_at: datetime  # aware; the letter is dated this day (London)
    address: tuple[str, ...] = ()  # the subject's postal address, one line each, if known
    signatory: str = ""  # defaults to the decision-maker
    signatory_role: str = "Decision-maker"
    appeal_working_days: int = APPEAL_WORKING_DAYS
    appeal_to: str = "the safeguarding lead"
    audit_head: str = ""  # ``audit_head_line(...)`` at export, printed on every page


def letter_info(data: CasePackData, letter: LetterDocument) -> DocumentInfo:
    return DocumentInfo(
        organisation=data.cover.organisation,
        reference=letter.reference,
        kind=DOCUMENT_KIND,
        generated_by=letter.generated_by,
        generated_at=letter.generated_at,
        classification=CLASSIFICATION,
        audit_head=letter.audit_head,
    )


def build_outcome_letter_pdf(
    data: CasePackData,
    letter: LetterDocument,
    *,
    password: str | None = None,
    owner_password: str | None = None,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
    signing: PdfSigningKey | None = None,
) -> PdfResult:
    """Render the letter (a decision must be recorded: ``ValueError`` otherwise; the service
    refuses first with a plain message)."""
    from lcs_desktop.reports.protect import check_passwords, finish

    check_passwords(password, owner_password)
    if data.decision is None:
        raise ValueError("an outcome letter needs a recorded decision")
    from lcs_desktop.reports.outcome_letter_layout import story
    from lcs_desktop.reports.pdf_base import render_story

    pdf, pages = render_story(
        story(data, letter), letter_info(data, letter), progress=progress, is_cancelled=is_cancelled
    )
    return finish(
        pdf,
        pages,
        password=password,
        owner_password=owner_password,
        is_cancelled=is_cancelled,
        signing=signing,
    )
