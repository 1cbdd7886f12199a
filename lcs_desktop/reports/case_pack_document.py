"""One case-pack export: its reference, who made it and when, and its page furniture."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lcs_desktop.reports.case_pack_data import CasePackData
from lcs_desktop.reports.common import DocumentInfo

DOCUMENT_KIND = "Disciplinary case pack"
CLASSIFICATION = "OFFICIAL-SENSITIVE — DISCIPLINARY"


@dataclass(frozen=True, slots=True)
class PackDocument:
    """This one export: its own reference (printed on every page, the PDF title, the file name
    and the audit event), who made it and when."""

    reference: str  # e.g. "BC-2025-0007-P3": the case reference and the export's number
    generated_by: str
    generated_at: datetime  # aware
    classification: str = CLASSIFICATION
    include_images: bool = True  # a redacted copy withholds pictures (they cannot be redacted)
    audit_head: str = ""  # ``audit_head_line(...)`` at export, printed on every page


def pack_info(data: CasePackData, document: PackDocument, kind: str = DOCUMENT_KIND) -> DocumentInfo:
    """Page furniture and metadata: the document reference and the kind only, never a name."""
    return DocumentInfo(
        organisation=data.cover.organisation,
        reference=document.reference,
        kind=kind,
        generated_by=document.generated_by,
        generated_at=document.generated_at,
        classification=document.classification,
        audit_head=document.audit_head,
    )
