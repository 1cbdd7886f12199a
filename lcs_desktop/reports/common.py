"""Small shared types for the reports (no ReportLab here)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from lcs_desktop.domain.errors import LcsError

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called from the building thread; must be quick."""

CancelCheck = Callable[[], bool]
"""``is_cancelled()``: polled between flowables; True stops the build with ``Cancelled``."""

DEFAULT_CLASSIFICATION = "OFFICIAL-SENSITIVE — PERSONNEL"


def audit_head_line(seq: int, digest: str) -> str:
    """The audit chain's head as printed on every exported page: a witness ``admin verify
    --witness`` compares with the live trail (it parses ``event (\\d+), ([0-9a-f]{16})``)."""
    return f"Audit trail at export: event {seq}, {digest[:16]}"


class ReportError(LcsError):
    """The report could not be produced (the message is fit to show)."""


class Cancelled(ReportError):
    """The user cancelled the export; nothing was written."""

    def __init__(self, message: str = "The export was cancelled. No file was saved.") -> None:
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What every page shows around the content, and what goes into the PDF metadata.

    The metadata holds only ``reference`` (as the title), ``kind`` (as the subject) and the
    application's name: never a person's name, so a file listing or a search index leaks nothing.
    """

    organisation: str
    reference: str
    kind: str  # e.g. "Social media check record"; the PDF subject
    generated_by: str
    generated_at: datetime  # aware; shown in Europe/London
    classification: str = DEFAULT_CLASSIFICATION
    audit_head: str = ""  # ``audit_head_line(...)``, printed in every page's footer when given


@dataclass(frozen=True, slots=True)
class PdfResult:
    """The finished file: its bytes (after any password protection), their SHA-256, page count."""

    data: bytes
    sha256: str
    pages: int

    @classmethod
    def of(cls, data: bytes, pages: int) -> PdfResult:
        return cls(data=data, sha256=hashlib.sha256(data).hexdigest(), pages=pages)
