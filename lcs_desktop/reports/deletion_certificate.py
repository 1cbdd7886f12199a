"""The deletion certificate as a PDF (issue 10): for each deleted or reduced record, what it was
(kind, reference, dates), why it went (retention rule, reason), how (the method), who
authorised it and the audit event that proves it — never any of the record's content.

Plain data in, PDF/A out through the shared page (``pdf_base``) and ``protect.finish``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from lcs_desktop.reports.common import CancelCheck, DocumentInfo, PdfResult, Progress

DOCUMENT_KIND = "Deletion certificate"
CLASSIFICATION = "OFFICIAL — RECORDS MANAGEMENT"


@dataclass(frozen=True, slots=True)
class CertificateRow:
    seq: int  # the audit event
    at: datetime  # when the record went (aware)
    reduced: bool  # reduced to a minimal log rather than deleted
    kind_label: str  # "recruitment check"
    reference: str
    created_on: date | None
    trigger_on: date | None
    rule: str
    reason: str  # the reason category in words
    note: str
    method: str
    authorised_by: str  # the signed-in lead who confirmed it
    event_hash: str
    verified: str  # "The event's hash, signature and link to the one before it hold."


def certificate_info(
    organisation: str, reference: str, generated_by: str, generated_at: datetime, audit_head: str
) -> DocumentInfo:
    return DocumentInfo(
        organisation=organisation,
        reference=reference,
        kind=DOCUMENT_KIND,
        generated_by=generated_by,
        generated_at=generated_at,
        classification=CLASSIFICATION,
        audit_head=audit_head,
    )


def build_deletion_certificate_pdf(
    rows: Sequence[CertificateRow],
    info: DocumentInfo,
    *,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
) -> PdfResult:
    from lcs_desktop.reports.pdf_base import render_story
    from lcs_desktop.reports.protect import finish

    pdf, pages = render_story(_story(rows), info, progress=progress, is_cancelled=is_cancelled)
    return finish(pdf, pages, is_cancelled=is_cancelled)


def _story(rows: Sequence[CertificateRow]) -> list:  # type: ignore[type-arg]
    from lcs_desktop.reports.flowables import keep, key_values, para, section
    from lcs_desktop.reports.text import fmt_date, fmt_datetime

    title = "Deletion certificate" if len(rows) == 1 else f"Deletion certificates ({len(rows)} records)"
    story = [
        *section(title, "Policy §9; UK GDPR Article 5(1)(e) and 5(2)"),
        para(
            "Each record below was removed from LCS Desktop on the authority shown. Its rows, evidence "
            "files, search-index entries and drafts were deleted, the database's write-ahead log was "
            "folded in and emptied, and the freed space reclaimed. Each certificate is an event in the "
            "organisation's signed audit trail; it holds no content of the record itself.",
            "body",
        ),
    ]
    for row in rows:
        facts = [
            ("Record", row.kind_label[:1].upper() + row.kind_label[1:]),
            ("Reference", row.reference),
            ("Action", "Reduced to a minimal log" if row.reduced else "Deleted"),
            ("Created", fmt_date(row.created_on)),
            ("Retention trigger", fmt_date(row.trigger_on, empty="Not given")),
            ("Retention rule", row.rule),
            ("Reason", row.reason),
            *([("Note", row.note)] if row.note else []),
            ("Method", row.method),
            ("Authorised by", row.authorised_by),
            ("Done on", fmt_datetime(row.at) + " (Europe/London)"),
            ("Audit event", f"{row.seq}, {row.event_hash[:16]}"),
            ("Verification", row.verified),
        ]
        story.append(keep([*section(f"{row.reference}", level=1, bookmark=False), key_values(facts)]))
    return story
