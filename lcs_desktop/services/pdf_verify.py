"""Checking an exported PDF: is its signature this organisation's and intact, was it changed
after signing, and is this exact file an audited export (which record, when, by whom)?

Used by ``lcs-desktop verify-pdf``. It tells nothing of the record's content: only references,
dates and the exporter's name, which the audit log shows anyway. Each check is audited.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.domain.errors import PermissionDenied
from lcs_desktop.domain.roles import Permission
from lcs_desktop.reports.pdf_signature_check import SignatureFacts, check_signature, is_encrypted
from lcs_desktop.reports.text import fmt_datetime
from lcs_desktop.services.export_signing import organisation_certificates
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.accounts import User
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.checks import Check

VERIFIED_ACTION = "pdf_verified"
EXPORT_KINDS = {
    "check_exported": "check record",
    "case_pack_exported": "case pack",
    "outcome_letter_exported": "outcome letter",
}
MAY_VERIFY = (Permission.VIEW_AUDIT_LOG, Permission.EXPORT_CHECKS, Permission.EXPORT_CASES)


@dataclass(frozen=True, slots=True)
class AuditedExport:
    kind: str  # "case pack"
    document: str  # "BC-2025-0007-P3", or the check's reference
    record: str  # the case's or check's reference
    at: datetime
    by: str  # the exporter's full name
    seq: int  # the audit event


@dataclass(frozen=True, slots=True)
class PdfVerification:
    sha256: str
    signature: SignatureFacts
    export: AuditedExport | None

    @property
    def ok(self) -> bool:
        return self.signature.holds and self.export is not None

    def lines(self) -> list[str]:
        """The verdict in plain words, one fact per line."""
        sig = self.signature
        out: list[str] = []
        if not sig.signed:
            out.append(
                "Signature: none. This PDF was not exported signed by LCS Desktop, or its signature "
                "was removed."
            )
        elif not sig.intact:
            out.append("Signature: broken. The document was altered after it was exported.")
        elif not sig.trusted:
            out.append("Signature: intact, but NOT made with this organisation's certificate.")
        else:
            when = f" on {fmt_datetime(sig.signed_at)}" if sig.signed_at else ""
            out.append(f"Signature: intact, made with this organisation's certificate{when}.")
        if sig.signed:
            if sig.intact and sig.whole_file:
                out.append("Changed after signing: no.")
            elif sig.intact:
                out.append("Changed after signing: yes. Something was added to the file after it was signed.")
            else:
                out.append("Changed after signing: yes. What was signed no longer matches the file.")
        e = self.export
        if e is None:
            out.append(
                f"Audit trail: no audited export has this file's SHA-256 ({self.sha256[:16]}…). It is not a "
                "file this organisation exported, or it was changed since."
            )
        else:
            record = "" if e.record == e.document else f" (record {e.record})"
            out.append(
                f"Audit trail: this exact file was exported as the {e.kind} {e.document}{record} on "
                f"{fmt_datetime(e.at)} by {e.by} (audit event {e.seq})."
            )
        out.append("Result: every check holds." if self.ok else "Result: this file does NOT verify.")
        return out


def needs_password(data: bytes) -> bool:
    """Whether the PDF must be opened with its password before its signature can be read."""
    return is_encrypted(data)


def verify_pdf(
    workspace: Workspace, user: CurrentUser, data: bytes, *, password: str | None = None
) -> PdfVerification:
    if not any(user.can(p) for p in MAY_VERIFY):
        raise PermissionDenied(
            "Your account is not allowed to check exported PDFs. Ask your safeguarding lead or administrator."
        )
    sha256 = hashlib.sha256(data).hexdigest()
    with workspace.reading() as session:
        certificates = organisation_certificates(session)
        export = _audited_export(session, sha256)
    facts = check_signature(data, certificates, password=password)
    result = PdfVerification(sha256, facts, export)
    with workspace.unit_of_work() as session:
        workspace.audit(
            session,
            user,
            VERIFIED_ACTION,
            None,
            None,
            {
                "sha256": sha256,
                "signature_holds": facts.holds,
                "export_event": export.seq if export else None,
            },
        )
    return result


def _audited_export(session: Session, sha256: str) -> AuditedExport | None:
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.action.in_(EXPORT_KINDS), AuditEvent.details.contains(sha256))
        .order_by(AuditEvent.seq)
    )
    for event in events:
        try:
            details = json.loads(event.details)
        except ValueError:
            continue
        if details.get("sha256") != sha256:
            continue
        record = str(details.get("reference") or "")
        if event.action == "check_exported" and (event.entity_id or "").isdigit():
            record = session.scalar(select(Check.reference).where(Check.id == int(event.entity_id))) or record
        document = str(details.get("document_reference") or record)
        by = (
            session.scalar(select(User.full_name).where(User.id == event.actor_id))
            if event.actor_id
            else None
        )
        return AuditedExport(
            EXPORT_KINDS[event.action], document, record, event.at, by or event.actor, event.seq
        )
    return None
