"""The trustee report's input: the published figures only (already suppressed), the period
and the organisation: nothing here can name anyone. No ReportLab here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lcs_desktop.domain.suppression import PROTECTING_TEXT, SUPPRESSED_TEXT, ShownTable
from lcs_desktop.reports.common import DocumentInfo

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
