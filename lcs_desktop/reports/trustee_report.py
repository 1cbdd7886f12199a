"""The trustee report (policy §10): the year's figures as suppressed tables and bar charts.

It names nobody: its input is the published figures only (every count below 5 already shown
as "fewer than 5", and the counts that would give one away as "not shown"), the period and
the organisation. Even the footer says who made it by role, not by name. PDF/A-2b and signed
like the other reports; ReportLab is imported only when a report is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lcs_desktop.domain.suppression import PROTECTING_TEXT, SUPPRESSED_TEXT, ShownTable
from lcs_desktop.reports.common import CancelCheck, DocumentInfo, PdfResult, Progress
from lcs_desktop.reports.pdf_signing import PdfSigningKey

DOCUMENT_KIND = "Annual policy review: trustee report"
CLASSIFICATION = "OFFICIAL — FOR THE TRUSTEES"
GENERATED_BY = "the safeguarding lead"
SUPPRESSION_NOTE = (
    f"To protect the people behind the figures, any count below 5 (including none) is shown as "
    f"“{SUPPRESSED_TEXT}”, and where a total or the rest of a table would let such a count be worked "
    f"out, one or more further counts are shown as “{PROTECTING_TEXT}” (each of those is 5 or more). "
    "A dash marks a cell that cannot apply, such as lateness where no time limit is set. Charts "
    "show only the counts printed in their table. This report names nobody."
)


@dataclass(frozen=True, slots=True)
class ReportTable:
    title: str
    note: str
    table: ShownTable
    row_heading: str = ""


@dataclass(frozen=True, slots=True)
class ReportMeasure:
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class TrusteeReportData:
    organisation: str
    period_text: str  # "01/01/2026 to 31/12/2026"
    generated_at: datetime
    tables: tuple[ReportTable, ...]
    measures: tuple[ReportMeasure, ...]
    audit_head: str = ""

    @property
    def reference(self) -> str:
        return f"Trustee report {self.period_text}"

    def document_info(self) -> DocumentInfo:
        return DocumentInfo(
            organisation=self.organisation,
            reference=self.reference,
            kind=DOCUMENT_KIND,
            generated_by=GENERATED_BY,
            generated_at=self.generated_at,
            classification=CLASSIFICATION,
            audit_head=self.audit_head,
        )


def build_trustee_report_pdf(
    data: TrusteeReportData,
    *,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
    signing: PdfSigningKey | None = None,
) -> PdfResult:
    """Render the report (PDF/A-2b); safe on a worker thread; ``Cancelled`` when asked to stop."""
    from lcs_desktop.reports.pdf_base import render_story
    from lcs_desktop.reports.protect import finish
    from lcs_desktop.reports.trustee_report_layout import story

    pdf, pages = render_story(story(data), data.document_info(), progress=progress, is_cancelled=is_cancelled)
    return finish(pdf, pages, is_cancelled=is_cancelled, signing=signing)
