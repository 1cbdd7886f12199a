"""The disciplinary case pack PDF (policy §8) for the personnel or disciplinary file.

Its input is the case export tree (``reports.case_pack_data``, built by the services): labels
already resolved to plain English, and in a redacted export children, families and third
parties already replaced by their references. The layout lives in ``case_pack_layout`` and
``case_pack_sections`` so that importing this module does not import ReportLab.
"""

from __future__ import annotations

from lcs_desktop.reports.case_pack_data import CasePackData
from lcs_desktop.reports.case_pack_document import PackDocument, pack_info
from lcs_desktop.reports.common import CancelCheck, PdfResult, Progress
from lcs_desktop.reports.pdf_signing import PdfSigningKey


def build_case_pack_pdf(
    data: CasePackData,
    document: PackDocument,
    *,
    password: str | None = None,
    owner_password: str | None = None,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
    signing: PdfSigningKey | None = None,
) -> PdfResult:
    """Render the case pack; optionally password-protect it (AES-256, R6, distinct passwords).

    Safe to call from a worker thread. Raises ``Cancelled`` when ``is_cancelled()`` turns True
    (polled between flowables and pages), ``ValidationError`` for unusable passwords (checked
    before any rendering).
    """
    from lcs_desktop.reports.protect import check_passwords, finish

    check_passwords(password, owner_password)
    from lcs_desktop.reports.bookmarks import render_bookmarked
    from lcs_desktop.reports.case_pack_layout import story

    pdf, pages = render_bookmarked(
        story(data, document), pack_info(data, document), progress=progress, is_cancelled=is_cancelled
    )
    return finish(
        pdf,
        pages,
        password=password,
        owner_password=owner_password,
        is_cancelled=is_cancelled,
        signing=signing,
    )
