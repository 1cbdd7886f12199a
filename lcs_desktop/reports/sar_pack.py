"""The subject access pack PDF (UK GDPR Art. 15): everything held about one person.

Its input is ``reports.sar_pack_data`` (built by the services), text already redacted. The pack
opens with what the request was and how to read the pack, then each kind of record, then the
redaction log (what kind of item, where, the exemption and who decided — never the words
withheld) and the list of original evidence files written beside the PDF. The layout lives in
``sar_pack_layout`` so that importing this module does not import ReportLab.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lcs_desktop.reports.common import CancelCheck, DocumentInfo, PdfResult, Progress
from lcs_desktop.reports.pdf_signing import PdfSigningKey
from lcs_desktop.reports.sar_pack_data import SarPackData

DOCUMENT_KIND = "Subject access pack"
CLASSIFICATION = "OFFICIAL-SENSITIVE — PERSONAL"


@dataclass(frozen=True, slots=True)
class SarDocument:
    reference: str  # "SAR-2026-0001-P1"
    generated_by: str
    generated_at: datetime  # aware
    classification: str = CLASSIFICATION
    audit_head: str = ""


def sar_info(data: SarPackData, document: SarDocument) -> DocumentInfo:
    """Page furniture and metadata: the reference and the kind only, never the person's name."""
    return DocumentInfo(
        organisation=data.organisation,
        reference=document.reference,
        kind=DOCUMENT_KIND,
        generated_by=document.generated_by,
        generated_at=document.generated_at,
        classification=document.classification,
        audit_head=document.audit_head,
    )


def build_sar_pack_pdf(
    data: SarPackData,
    document: SarDocument,
    *,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
    signing: PdfSigningKey | None = None,
) -> PdfResult:
    """Render the pack (PDF/A-2b, signed when a key is given). Safe on a worker thread; raises
    ``Cancelled`` when ``is_cancelled()`` turns True."""
    from lcs_desktop.reports.bookmarks import render_bookmarked
    from lcs_desktop.reports.protect import finish
    from lcs_desktop.reports.sar_pack_layout import story

    pdf, pages = render_bookmarked(
        story(data, document), sar_info(data, document), progress=progress, is_cancelled=is_cancelled
    )
    return finish(pdf, pages, is_cancelled=is_cancelled, signing=signing)
