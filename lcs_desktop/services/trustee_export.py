"""Export the trustee report: the review's published figures, rendered, signed, audited.

Call from a worker thread. The export's audit event holds the period and the PDF's SHA-256,
never a figure; with ``target`` the file is saved whole before the export is audited.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

from lcs_desktop.domain.roles import Permission
from lcs_desktop.reports.common import CancelCheck, PdfResult, Progress
from lcs_desktop.reports.trustee_report_data import ReportMeasure, ReportTable, TrusteeReportData
from lcs_desktop.services.export_files import move_into_place, write_beside
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.policy_review import ReviewFigures, check_period, compute_figures
from lcs_desktop.services.refusals import audits_refusals
from lcs_desktop.services.settings import read_settings
from lcs_desktop.services.workspace import Workspace

EXPORTED_ACTION = "trustee_report_exported"


def report_data(figures: ReviewFigures, organisation: str, generated_at: datetime) -> TrusteeReportData:
    return TrusteeReportData(
        organisation=organisation,
        period_text=figures.period.text,
        generated_at=generated_at,
        tables=tuple(ReportTable(t.title, t.note, t.table, t.row_heading) for t in figures.tables),
        measures=tuple(ReportMeasure(m.title, m.text) for m in figures.measures),
    )


def suggested_file_name(start: date, end: date) -> str:
    """Dates only: a file name never carries anything personal."""
    return f"Trustee report {start:%Y-%m-%d} to {end:%Y-%m-%d}.pdf"


@audits_refusals
def export_trustee_report(
    workspace: Workspace,
    user: CurrentUser,
    start: date | None,
    end: date | None,
    *,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
    target: Path | None = None,
) -> PdfResult:
    require(user, Permission.VIEW_POLICY_REVIEW)
    from lcs_desktop.reports.trustee_report import build_trustee_report_pdf
    from lcs_desktop.services.export_signing import export_seal

    period = check_period(start, end)
    with workspace.reading() as session:
        figures = compute_figures(session, period)
        organisation = read_settings(session).organisation_name
    seal = export_seal(workspace, user)
    data = report_data(figures, organisation, workspace.now())
    result = build_trustee_report_pdf(
        dataclasses.replace(data, audit_head=seal.audit_head),
        progress=progress,
        is_cancelled=is_cancelled,
        signing=seal.signing,
    )
    tmp = write_beside(target, result.data, "location") if target is not None else None
    try:
        with workspace.unit_of_work() as session:
            details = {
                "from": period.start.isoformat(),
                "to": period.end.isoformat(),
                "sha256": result.sha256,
                "pages": result.pages,
            }
            workspace.audit(session, user, EXPORTED_ACTION, None, None, details)
        if tmp is not None and target is not None:
            move_into_place(tmp, target, "location")
    except BaseException:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise
    return result
