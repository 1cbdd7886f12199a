"""Witnesses of the audit chain's head kept outside the database: backups and exported PDFs.

Removing the newest events cannot be seen inside the database alone. Each backup records the
head (sequence and hash) in its manifest, and each exported PDF prints ``Audit trail at export:
event {seq}, {hash[:16]}``. ``lcs-desktop admin verify --witness FILE`` says whether the live
chain still holds that event with that hash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.services.audit_chain import AuditChain
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.workspace import Workspace

PDF_LINE = re.compile(r"event (\d+), ([0-9a-f]{16})")
PDF_FOOTER = "Audit trail at export: event {seq}, {short}"


def pdf_footer(seq: int, digest: str) -> str:
    """The line an exported PDF prints (for the PDF exports to share one wording)."""
    return PDF_FOOTER.format(seq=seq, short=digest[:16])


@dataclass(frozen=True, slots=True)
class WitnessResult:
    ok: bool
    message: str


def _from_pdf(path: Path) -> tuple[int, str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise ValidationError(
                f"{path.name} is password-protected. Open it, save an unprotected copy, and check that copy.",
                "witness",
            )
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except FileNotFoundError:
        raise ValidationError(f"There is no file at {path}.", "witness") from None
    except (PdfReadError, OSError, ValueError):
        raise ValidationError(f"{path.name} cannot be read as a PDF.", "witness") from None
    found = PDF_LINE.findall(text)
    if not found:
        raise ValidationError(
            f"{path.name} does not show the audit trail's position (it may predate this check).", "witness"
        )
    seq, short = max(found, key=lambda m: int(m[0]))
    return int(seq), short


def _from_backup(path: Path) -> tuple[int, str]:
    from lcs_desktop.store import backup_file as bf

    head = bf.witness_head(path)
    if head is None:
        raise ValidationError(f"{path.name} was made before the audit log had any events.", "witness")
    return head.seq, head.digest


def check_witness(ws: Workspace, user: CurrentUser, path: Path) -> WitnessResult:
    """Does the live chain still hold the event this backup or PDF recorded, with its hash?"""
    require(user, Permission.VIEW_AUDIT_LOG)
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        kind, (seq, digest) = "PDF", _from_pdf(path)
    elif path.suffix.lower() == ".lcsbackup":
        kind, (seq, digest) = "backup", _from_backup(path)
    else:
        raise ValidationError(
            "Give a backup (.lcsbackup) or an exported PDF (.pdf) as the witness.", "witness"
        )
    with ws.reading() as session:
        head = AuditChain.head(session)
        mac = AuditChain.mac_at(session, seq)
    if head is None or head.seq < seq:
        last = head.seq if head else 0
        return WitnessResult(
            False,
            f"The live audit log ends at event {last}, but this {kind} saw event {seq}: the newest "
            f"events are missing (the log has been cut short).",
        )
    if mac is None or not mac.startswith(digest):
        return WitnessResult(
            False,
            f"The live audit log no longer holds event {seq} as it was when this {kind} was made: "
            "the log has been rewritten since.",
        )
    newer = head.seq - seq
    return WitnessResult(
        True,
        f"The live audit log still holds event {seq} exactly as this {kind} recorded it"
        + (f", and {newer} newer event(s) after it." if newer else ", and it is the newest event."),
    )
