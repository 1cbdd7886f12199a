"""The trustee report (policy §10): the year's figures as suppressed tables and bar charts.

It names nobody: its input is the published figures only (every count below 5 already shown
as "fewer than 5", and the counts that would give one away as "not shown"), the period and
the organisation. Even the footer says who made it by role, not by name. PDF/A-2b and signed
like the other reports; ReportLab is imported only when a report is built.
"""

from __future__ import annotations

from lcs_desktop.reports.common import CancelCheck, PdfResult, Progress
from lcs_desktop.reports.pdf_signing import PdfSigningKey
from lcs_desktop.reports.trustee_report_data import (
    SUPPRESSION_NOTE,
    ReportMeasure,
    ReportTable,
    TrusteeReportData,
)

__all__ = [
    "SUPPRESSION_NOTE",
    "ReportMeasure",
    "ReportTable",
    "TrusteeReportData",
    "build_trustee_report_pdf",
]


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
