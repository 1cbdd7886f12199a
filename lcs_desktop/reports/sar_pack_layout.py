"""The subject access pack's pages (ReportLab): cover, one section per kind of record, the
redaction log and the evidence list."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Spacer

from lcs_desktop.reports.flowables import data_table, heading, key_values, labelled_text, para, section
from lcs_desktop.reports.sar_pack_data import SarItem, SarPackData, SarSection
from lcs_desktop.reports.text import fmt_date, fmt_datetime, fmt_size

READING = (
    "This pack holds the personal data about you that we hold, as at the date it was made. Where "
    "information about someone else has been withheld, the words are replaced by a marker such as "
    "“[redacted — third-party data]”; the redaction log at the end says what kind of item each "
    "redaction was and the exemption relied on. Original evidence files are in the folder named "
    "above, beside this PDF."
)


def _cover(d: SarPackData, doc: Any) -> list[Flowable]:
    rows = [
        ("Pack reference", doc.reference),
        ("About", f"{d.person_name} ({d.person_reference})"),
        ("Request received", fmt_date(d.received_on)),
        ("Answer due", fmt_date(d.due_on) + (" (extended by two months)" if d.extended else "")),
        ("Pack made", fmt_datetime(doc.generated_at)),
        ("Evidence folder", d.evidence_folder or "No evidence files"),
    ]
    return [
        heading("Subject access pack", bookmark="Subject access pack"),
        key_values(rows),
        Spacer(1, 6),
        para(READING),
    ]


def _item(item: SarItem) -> list[Flowable]:
    parts: list[Flowable] = [heading(item.heading, level=1)]
    if item.facts:
        parts.append(key_values(item.facts))
    for label, text in item.texts:
        if text and text.strip():
            parts += labelled_text(label, text) if label else [para(text)]
    parts.append(Spacer(1, 4))
    return parts


def _section(s: SarSection) -> list[Flowable]:
    parts = [*section(s.title), para(s.intro, "cite", empty="")]
    if s.header:
        widths = (0.17, 0.2, 0.63)[: len(s.header)]
        parts.append(data_table(s.header, s.rows, widths) if s.rows else para("Nothing recorded."))
        return parts
    if not s.items:
        parts.append(para("Nothing of this kind is held about you."))
    for item in s.items:
        parts += _item(item)
    return parts


def _log(d: SarPackData) -> list[Flowable]:
    rows = [
        (e.item_kind, e.where, e.decision, e.exemption, e.decided_by, fmt_datetime(e.decided_at))
        for e in d.redaction_log
    ]
    header = ("Kind of item", "Where", "Decision", "Exemption", "Decided by", "When")
    return [
        *section("Redaction log"),
        para(
            "Each item proposed for withholding and the decision made (the words withheld are not shown).",
            "cite",
        ),
        data_table(header, rows, (0.22, 0.2, 0.1, 0.16, 0.16, 0.16))
        if rows
        else para("Nothing was withheld."),
    ]


def _evidence(d: SarPackData) -> list[Flowable]:
    rows = [(f.file_name, f.attached_to, f.kind, fmt_size(f.size), f.sha256[:16] + "…") for f in d.evidence]
    return [
        *section("Evidence files"),
        para(
            f"In the folder {d.evidence_folder}, beside this PDF." if rows else "No evidence files are held.",
            "cite",
        ),
        *(
            [
                data_table(
                    ("File", "Attached to", "Kind", "Size", "SHA-256"), rows, (0.14, 0.34, 0.18, 0.12, 0.22)
                )
            ]
            if rows
            else []
        ),
    ]


def story(d: SarPackData, doc: Any) -> list[Flowable]:
    parts = _cover(d, doc)
    for s in d.sections:
        parts += _section(s)
    return parts + _log(d) + _evidence(d)
