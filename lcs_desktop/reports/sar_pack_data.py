"""Everything the subject access pack needs, as one frozen tree (built by the services).

Text arrives already redacted: every accepted redaction has been replaced by its marker
("[redacted — third-party data]"); the report lays it out and adds nothing personal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class SarItem:
    """One record: its heading (a reference), short facts and longer texts."""

    heading: str
    facts: tuple[tuple[str, str], ...] = ()
    texts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class SarSection:
    """Items, or (for many short records such as audit events) one table of rows."""

    title: str
    intro: str
    items: tuple[SarItem, ...]
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class SarLogEntry:
    """One decided redaction: what kind of item, where, the exemption, who decided (never the words)."""

    item_kind: str
    where: str
    decision: str  # "Redacted" or "Disclosed"
    exemption: str
    decided_by: str
    decided_at: datetime


@dataclass(frozen=True, slots=True)
class SarEvidenceFile:
    """An original evidence file written beside the PDF under a neutral name."""

    file_name: str  # "E01-finding.png": no personal data
    attached_to: str  # a reference ("SC-2026-0004, finding 2")
    kind: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class SarPackData:
    organisation: str
    reference: str  # "SAR-2026-0001"
    person_name: str
    person_reference: str
    received_on: date
    due_on: date
    extended: bool
    sections: tuple[SarSection, ...]
    redaction_log: tuple[SarLogEntry, ...]
    evidence: tuple[SarEvidenceFile, ...]
    evidence_folder: str
