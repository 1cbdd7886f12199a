"""One outcome letter: its reference, date, signatory and page furniture."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lcs_desktop.reports.case_pack_data import CasePackData
from lcs_desktop.reports.common import DocumentInfo

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
