"""Which record a retention decision is about, and the words a deletion is recorded with.

A ``RecordRef`` names a record by kind and id only: it travels from the review queue to the
deletion engine and into the deletion certificate without carrying any of the record's content.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from lcs_desktop.domain.errors import ConflictError, ValidationError

RecordKind = Literal["person", "check", "case"]
RECORD_KINDS: tuple[RecordKind, ...] = ("person", "check", "case")
KIND_LABELS: dict[str, str] = {
    "person": "person's record",
    "check": "recruitment check",
    "case": "breach case",
}
# The audit trail's entity type for each kind (what the other services already write).
ENTITY_TYPES: dict[str, str] = {"person": "person", "check": "check", "case": "breach_case"}

NOTE_MAX = 200
NOTE_HINT = "A short note, if needed. Do not write names here."


@dataclass(frozen=True, slots=True, order=True)
class RecordRef:
    kind: RecordKind
    id: int

    def __post_init__(self) -> None:
        if self.kind not in RECORD_KINDS:
            raise ValueError(f"unknown record kind {self.kind!r}")

    @property
    def entity_type(self) -> str:
        return ENTITY_TYPES[self.kind]


class DeletionReason(StrEnum):
    """Why a record goes (the certificate's reason category)."""

    RETENTION_REACHED = "retention_reached"
    ERASURE_REQUEST = "erasure_request"
    MALICIOUS_OR_FALSE = "malicious_or_false"
    RECORDED_IN_ERROR = "recorded_in_error"

    @property
    def label(self) -> str:
        return REASON_LABELS[self]


REASON_LABELS: dict[DeletionReason, str] = {
    DeletionReason.RETENTION_REACHED: "The retention period has been reached",
    DeletionReason.ERASURE_REQUEST: "The person asked for their data to be erased",
    DeletionReason.MALICIOUS_OR_FALSE: "A malicious or false allegation removed",
    DeletionReason.RECORDED_IN_ERROR: "Recorded in error",
}


class DeletionMethod(StrEnum):
    DELETED = "deleted"
    REDUCED = "reduced"


# What was done to make the record unrecoverable, as the certificate states it.
DELETION_METHOD_TEXT = "rows deleted, evidence erased, search index rebuilt, WAL truncated, space reclaimed"
REDUCTION_METHOD_TEXT = (
    "reduced to a minimal log (date, checker, result, outcome); findings, evidence, discussion and "
    "earlier versions deleted, search index rebuilt, WAL truncated, space reclaimed"
)
# On an office server there is no file to scrub and nothing of the above to claim: its rows only
# ever held ciphertext, and the server's own VACUUM reclaims them (docs/office-server-leakage.md).
SERVER_DELETION_METHOD_TEXT = (
    "rows deleted, evidence erased, search tokens deleted (held on the office server as ciphertext only)"
)
SERVER_REDUCTION_METHOD_TEXT = (
    "reduced to a minimal log (date, checker, result, outcome); findings, evidence, discussion and "
    "earlier versions deleted (held on the office server as ciphertext only)"
)


@dataclass(frozen=True, slots=True)
class DeletionGrounds:
    """The reason category and an optional short note (never names: the hint says so)."""

    reason: DeletionReason
    note: str = ""

    @classmethod
    def of(cls, reason: DeletionReason | str, note: str = "") -> DeletionGrounds:
        try:
            category = DeletionReason(reason)
        except ValueError:
            raise ValidationError("Choose why the records are being deleted.", "reason") from None
        note = " ".join(note.split())
        if len(note) > NOTE_MAX:
            raise ValidationError(f"Keep the note under {NOTE_MAX} characters.", "note")
        return cls(category, note)


class LegalHoldError(ConflictError):
    """Deletion or reduction refused: a legal hold stands on the record (or on its person)."""


HOLD_REASON_MAX = 500
