"""The outcome letter to the subject of a breach investigation: a plain, dated letter stating the
finding, the outcome and the right of appeal, from the same export tree as the case pack.

The layout lives in ``outcome_letter_layout`` so that importing this module does not import
ReportLab.
"""

from __future__ import annotations

from lcs_desktop.reports.case_pack_data import CasePackData
from lcs_desktop.reports.common import CancelCheck, PdfResult, Progress
from lcs_desktop.reports.outcome_letter_document import LetterDocument, letter_info
from lcs_desktop.reports.pdf_signing import PdfSigningKey


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
