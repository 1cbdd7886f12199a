"""Assembling a subject access pack: the proposals for the lead to decide, and the pack itself.

The pack is one PDF (every item, accepted redactions replaced by their marker, a redaction log)
and, beside it, a folder holding the original evidence files under neutral names
("SAR-2026-0001-P1-evidence/E01.png"). Reading happens in one transaction; the PDF is rendered
outside any (call from a worker thread: progress and cancel are honoured); the files are written
beside their final place, the assembly is audited with the PDF's SHA-256, and only then are they
moved into place — a cancelled or failed build leaves no file and no audit event.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from lcs_desktop.domain.errors import ConflictError, ValidationError
from lcs_desktop.domain.file_errors import save_problem
from lcs_desktop.domain.roles import Permission
from lcs_desktop.domain.subject_access import Decision, Exemption
from lcs_desktop.reports.common import CancelCheck, Cancelled, Progress
from lcs_desktop.reports.sar_pack_data import SarEvidenceFile, SarLogEntry, SarPackData
from lcs_desktop.services.evidence import evidence_data
from lcs_desktop.services.export_files import move_into_place, write_beside
from lcs_desktop.services.export_signing import export_seal
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.settings import read_settings
from lcs_desktop.services.subject_access_gather import gather
from lcs_desktop.services.subject_access_proposals import Proposal, redact_sections, redactor
from lcs_desktop.store.accounts import User
from lcs_desktop.store.subject_access import RedactionDecision

if TYPE_CHECKING:
    from lcs_desktop.services.subject_access import SubjectAccessService

ENTITY = "subject_access_request"  # as services.subject_access.ENTITY (imported lazily there)

ASSEMBLED = "sar_pack_assembled"
READ = "sar_records_read"
_EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/webp": ".webp",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
}


@dataclass(frozen=True, slots=True)
class SarPackFile:
    """What the GUI tells the user once the pack is saved."""

    path: Path
    evidence_folder: Path | None
    document_reference: str
    sha256: str
    pages: int
    evidence_files: int
    redactions: int


def _apply_decisions(session, request_id: int, proposals: list[Proposal]) -> None:  # type: ignore[no-untyped-def]
    rows = session.scalars(select(RedactionDecision).where(RedactionDecision.request_id == request_id)).all()
    names = dict(session.execute(select(User.id, User.full_name)).all())
    by_key = {r.item_key: r for r in rows}
    for p in proposals:
        r = by_key.get(p.key)
        if r is not None:
            p.decision = Decision(r.decision)
            p.exemption = Exemption(r.exemption) if r.exemption else None
            p.decided_by = names.get(r.decided_by_id, "")
            p.decided_at = r.decided_at


def proposals(service: SubjectAccessService, user: CurrentUser, request_id: int) -> list[Proposal]:
    """Every proposed redaction for the request's pack, with the lead's decision where made."""
    require(user, Permission.HANDLE_SUBJECT_ACCESS)
    ws = service._ws
    with ws.unit_of_work() as session:
        row = service._row(session, request_id)
        found = gather(session, user, row.person_id, ws.now())
        ordered = found.proposals.ordered()
        _apply_decisions(session, row.id, ordered)
        ws.audit(
            session,
            user,
            READ,
            ENTITY,
            row.id,
            {"reference": row.reference, "person_id": row.person_id, "proposals": len(ordered)},
        )
    return ordered


def build_pack(
    service: SubjectAccessService,
    user: CurrentUser,
    request_id: int,
    folder: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
) -> SarPackFile:
    from lcs_desktop.reports.sar_pack import SarDocument, build_sar_pack_pdf

    require(user, Permission.HANDLE_SUBJECT_ACCESS)
    target = Path(folder)
    if not target.is_dir():
        raise ValidationError("That folder does not exist. Choose another folder.", "target")
    ws = service._ws
    with ws.reading() as session:  # nothing is written until the files are made
        row = service._row(session, request_id)
        view = service._view(session, row)
        found = gather(session, user, row.person_id, ws.now())
        ordered = found.proposals.ordered()
        _apply_decisions(session, row.id, ordered)
        waiting = [p for p in ordered if p.decision is None]
        if waiting:
            raise ConflictError(
                f"{len(waiting)} proposed redaction{'s are' if len(waiting) != 1 else ' is'} still to be "
                "decided. Accept or reject each before building the pack."
            )
        blobs = [(info, where, evidence_data(session, info.id)) for info, where in found.evidence]
        organisation = read_settings(session).organisation_name
        done = service.packs_built(session, row.id)
    reference = f"{row.reference}-P{done + 1}"
    r = redactor(ordered, found.person_name)
    evidence_folder = f"{reference}-evidence"
    files = tuple(
        SarEvidenceFile(
            f"E{number:02d}{_EXTENSIONS.get(info.media_type, '.bin')}",
            r(where),
            info.kind_text,
            info.size,
            info.sha256,
        )
        for number, (info, where, _data) in enumerate(blobs, 1)
    )
    log = tuple(
        SarLogEntry(
            p.kind.label,
            r(p.where_text),
            "Redacted" if p.decision is Decision.ACCEPTED else "Disclosed",
            (p.exemption.label if p.exemption else "None: disclosed"),
            p.decided_by,
            p.decided_at,  # type: ignore[arg-type]
        )
        for p in ordered
    )
    data = SarPackData(
        organisation,
        reference,
        found.person_name,
        found.person_reference,
        view.received_on,
        view.status.due,
        view.extended,
        redact_sections(found.sections, r),
        log,
        files,
        evidence_folder if files else "",
    )
    seal = export_seal(ws, user)
    document = SarDocument(reference, user.full_name, ws.now(), audit_head=seal.audit_head)
    result = build_sar_pack_pdf(
        data, document, progress=progress, is_cancelled=is_cancelled, signing=seal.signing
    )
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
    path = target / f"{reference}.pdf"
    final_folder = target / evidence_folder if files else None
    if path.exists() or (final_folder is not None and final_folder.exists()):
        raise ValidationError(f"{path.name} is already in that folder. Choose another folder.", "target")
    tmp = write_beside(path, result.data)
    staging: Path | None = None
    try:
        if files:
            staging = Path(tempfile.mkdtemp(dir=target, prefix=".lcs-export-"))
            for f, (_info, _where, content) in zip(files, blobs, strict=True):
                (staging / f.file_name).write_bytes(content)
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        accepted = sum(1 for p in ordered if p.decision is Decision.ACCEPTED)
        with ws.unit_of_work() as session:
            ws.audit(
                session,
                user,
                ASSEMBLED,
                ENTITY,
                row.id,
                {
                    "reference": row.reference,
                    "person_id": row.person_id,
                    "document_reference": reference,
                    "sha256": result.sha256,
                    "pages": result.pages,
                    "evidence_files": len(files),
                    "redactions": accepted,
                    "disclosed": len(ordered) - accepted,
                },
            )
        if staging is not None and final_folder is not None:
            staging.rename(final_folder)
            staging = None
        move_into_place(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError(save_problem(exc), "target") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    return SarPackFile(path, final_folder, reference, result.sha256, result.pages, len(files), accepted)


__all__ = ["ASSEMBLED", "SarPackFile", "build_pack", "proposals"]
