"""The check record PDF (policy §3.1) for the personnel file: its input, and the entry point.

The service fills these frozen dataclasses from the database (labels already resolved to
plain English); the layout lives in ``check_record_layout`` so importing this module does not
import ReportLab.
"""

from __future__ import annotations

from lcs_desktop.reports.check_record_data import CheckRecordData
from lcs_desktop.reports.common import CancelCheck, PdfResult, Progress
from lcs_desktop.reports.pdf_signing import PdfSigningKey


def build_check_record_pdf(
    data: CheckRecordData,
    *,
    password: str | None = None,
    owner_password: str | None = None,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
    signing: PdfSigningKey | None = None,
) -> PdfResult:
    """Render the check record; optionally password-protect it (AES-256, R6).

    Safe to call from a worker thread. Raises ``Cancelled`` if ``is_cancelled()`` turns True,
    ``ValidationError`` for unusable passwords (checked before any rendering).
    """
    from lcs_desktop.reports.protect import check_passwords, finish

    check_passwords(password, owner_password)
    from lcs_desktop.reports.check_record_layout import story
    from lcs_desktop.reports.pdf_base import render_story

    pdf, pages = render_story(story(data), data.document_info(), progress=progress, is_cancelled=is_cancelled)
    return finish(
        pdf,
        pages,
        password=password,
        owner_password=owner_password,
        is_cancelled=is_cancelled,
        signing=signing,
    )
