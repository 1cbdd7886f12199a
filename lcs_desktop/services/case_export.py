"""Exporting a breach case: the disciplinary case pack and the outcome letter.

Each export: checks the permission (export case packs) and that the user may see the case
(a manager only the cases they investigate or decide; a checker none); gathers the case's
export tree in one read; renders the PDF outside any transaction (call from a worker thread:
progress and cancel are honoured between flowables); then writes the file beside its final
place, records the audit event with the PDF's SHA-256, the document reference and whether it
was redacted, and only then puts the file in place. A cancelled or failed export leaves no
file and no audit event; a file that exists was audited.

File names carry the document reference ("BC-2025-0007-P3-redacted.pdf"), never a name.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from lcs_desktop.domain.errors import ConflictError, ValidationError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.reports.case_pack_data import CasePackData
from lcs_desktop.reports.common import CancelCheck, Cancelled, PdfResult, Progress
from lcs_desktop.services.case_access import ENTITY
from lcs_desktop.services.case_export_data import case_pack_data
from lcs_desktop.services.export_files import move_into_place as _replace
from lcs_desktop.services.export_files import write_beside as _write_beside
from lcs_desktop.services.export_signing import export_seal
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.refusals import AuditsRefusals
from lcs_desktop.services.retention_pdf import record_notices
from lcs_desktop.store.audit_events import AuditEvent

if TYPE_CHECKING:
    from lcs_desktop.services.cases import CaseService

PACK_ACTION = "case_pack_exported"
LETTER_ACTION = "outcome_letter_exported"
MAX_ADDRESS_LINES = 6
MAX_ADDRESS_LINE = 120


FULL_UNPROTECTED_REFUSAL = (
    "The full pack names children and families: protect it with a password, or confirm that you "
    "are exporting it without one."
)


@dataclass(frozen=True, slots=True)
class ExportedFile:
    """What the GUI tells the user once the file is saved."""

    path: Path
    document_reference: str
    sha256: str
    pages: int
    redacted: bool
    protected: bool


class CaseExportService(AuditsRefusals):
    def __init__(self, cases: CaseService) -> None:
        self._cases = cases
        self._ws = cases._ws

    # -- names ------------------------------------------------------------------------------

    @staticmethod
    def file_name(document_reference: str, *, redacted: bool | None = None) -> str:
        """The suggested file name: the reference and the kind of copy, nothing personal."""
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in document_reference)
        suffix = "" if redacted is None else ("-redacted" if redacted else "-full")
        return f"{safe}{suffix}.pdf"

    def _next_reference(self, case_reference: str, case_id: int, action: str, letter: str) -> str:
        with self._ws.reading() as session:
            done = session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(
                    AuditEvent.entity_type == ENTITY,
                    AuditEvent.entity_id == str(case_id),
                    AuditEvent.action == action,
                )
            )
        return f"{case_reference}-{letter}{int(done or 0) + 1}"

    # -- the pack ---------------------------------------------------------------------------

    def export_pack(
        self,
        user: CurrentUser,
        case_id: int,
        target: str | os.PathLike[str],
        *,
        redacted: bool = True,
        include_images: bool | None = None,
        password: str | None = None,
        owner_password: str | None = None,
        progress: Progress | None = None,
        is_cancelled: CancelCheck | None = None,
        without_password: bool = False,
    ) -> ExportedFile:
        """Export the case pack to ``target`` (a folder: the suggested name is used; or a file).

        Redacted (the default for personnel files) replaces children, families and third parties
        with their references in this copy only, and withholds pictures unless ``include_images``.
        The full pack needs a password, or ``without_password`` (the person's explicit choice,
        recorded in the audit event).
        """
        from lcs_desktop.reports.case_pack import build_case_pack_pdf
        from lcs_desktop.reports.case_pack_document import PackDocument
        from lcs_desktop.reports.protect import check_passwords

        require(user, Permission.EXPORT_CASES)
        check_passwords(password, owner_password)
        if not redacted and not password and not without_password:
            raise ValidationError(FULL_UNPROTECTED_REFUSAL, "password")
        data = case_pack_data(self._cases, user, case_id, redacted=redacted)
        data = dataclasses.replace(data, notices=record_notices(self._ws, "case", case_id))
        seal = export_seal(self._ws, user)
        reference = self._next_reference(data.cover.reference, case_id, PACK_ACTION, "P")
        images = (not redacted) if include_images is None else include_images
        document = PackDocument(
            reference, user.full_name, self._cases.now(), include_images=images, audit_head=seal.audit_head
        )
        result = build_case_pack_pdf(
            data,
            document,
            password=password,
            owner_password=owner_password,
            progress=progress,
            is_cancelled=is_cancelled,
            signing=seal.signing,
        )
        path = self._target(target, self.file_name(reference, redacted=redacted))
        details: dict[str, object] = {"images": images}
        if not redacted and not password:
            details["without_password_confirmed"] = True
        return self._save(
            user, case_id, data, PACK_ACTION, reference, result, path, bool(password), details, is_cancelled
        )

    # -- the letter -------------------------------------------------------------------------

    def export_letter(
        self,
        user: CurrentUser,
        case_id: int,
        target: str | os.PathLike[str],
        *,
        address: tuple[str, ...] = (),
        redacted: bool = True,
        password: str | None = None,
        owner_password: str | None = None,
        progress: Progress | None = None,
        is_cancelled: CancelCheck | None = None,
    ) -> ExportedFile:
        """Export the outcome letter to the subject (needs a recorded decision)."""
        from lcs_desktop.reports.outcome_letter import build_outcome_letter_pdf
        from lcs_desktop.reports.outcome_letter_document import LetterDocument
        from lcs_desktop.reports.protect import check_passwords

        require(user, Permission.EXPORT_CASES)
        check_passwords(password, owner_password)
        lines = _address_lines(address)
        data = case_pack_data(self._cases, user, case_id, redacted=redacted)
        if data.decision is None or not data.decision.finding:
            raise ConflictError(
                f"No decision has been recorded on case {data.cover.reference}, so there is no outcome "
                "to write to the subject about yet."
            )
        data = dataclasses.replace(data, notices=record_notices(self._ws, "case", case_id, retention=False))
        seal = export_seal(self._ws, user)
        reference = self._next_reference(data.cover.reference, case_id, LETTER_ACTION, "L")
        letter = LetterDocument(
            reference, user.full_name, self._cases.now(), address=lines, audit_head=seal.audit_head
        )
        result = build_outcome_letter_pdf(
            data,
            letter,
            password=password,
            owner_password=owner_password,
            progress=progress,
            is_cancelled=is_cancelled,
            signing=seal.signing,
        )
        path = self._target(target, self.file_name(reference))
        details = {"address_given": bool(lines)}
        return self._save(
            user, case_id, data, LETTER_ACTION, reference, result, path, bool(password), details, is_cancelled
        )

    # -- writing and auditing ---------------------------------------------------------------

    @staticmethod
    def _target(target: str | os.PathLike[str], name: str) -> Path:
        path = Path(target)
        if path.is_dir():
            path = path / name
        if not path.parent.is_dir():
            raise ValidationError("That folder does not exist. Choose another folder.", "target")
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path

    def _save(
        self,
        user: CurrentUser,
        case_id: int,
        data: CasePackData,
        action: str,
        reference: str,
        result: PdfResult,
        path: Path,
        protected: bool,
        extra: dict[str, object],
        is_cancelled: CancelCheck | None,
    ) -> ExportedFile:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        tmp = _write_beside(path, result.data)
        try:
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            with self._ws.unit_of_work() as session:
                self._ws.audit(
                    session,
                    user,
                    action,
                    ENTITY,
                    case_id,
                    {
                        "reference": data.cover.reference,
                        "document_reference": reference,
                        "sha256": result.sha256,
                        "pages": result.pages,
                        "redacted": data.redacted,
                        "protected": protected,
                        **extra,
                    },
                )
            _replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return ExportedFile(path, reference, result.sha256, result.pages, data.redacted, protected)


def _address_lines(address: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    lines = tuple(" ".join(line.split()) for line in address if line and line.strip())
    if len(lines) > MAX_ADDRESS_LINES:
        raise ValidationError(f"Give the address in {MAX_ADDRESS_LINES} lines at most.", "address")
    if any(len(line) > MAX_ADDRESS_LINE for line in lines):
        raise ValidationError(f"Each address line can be {MAX_ADDRESS_LINE} characters at most.", "address")
    return lines
