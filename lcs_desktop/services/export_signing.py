"""What seals an export: the organisation's signing key and the audit chain's head.

The key pair is made at set-up; a workspace set up before export signing existed gets one on
its first export (audited). The private key is read only here, inside a transaction, and
handed to the report as plain bytes for the signer; it is never written to a file or logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.reports.common import audit_head_line
from lcs_desktop.reports.pdf_signing import PdfSigningKey
from lcs_desktop.services.audit_chain import AuditChain
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.services.settings import read_settings
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.signing_keys import ExportSigningKey
from lcs_desktop.vault.export_signing import new_signing_material

CREATED_ACTION = "export_signing_key_created"
MISSING = (
    "The organisation's signing certificate could not be read, so the file was not exported. "
    "Ask IT to run 'lcs-desktop admin verify'."
)


@dataclass(frozen=True, slots=True)
class ExportSeal:
    """Handed to the report: the key that signs it and the head line printed on every page."""

    signing: PdfSigningKey
    audit_head: str  # "" only for an empty audit trail, which a set-up workspace never has


def add_signing_key(session: Session, organisation: str, now: datetime) -> ExportSigningKey:
    """Make and store a new key pair in ``session`` (the caller audits it)."""
    made = new_signing_material(organisation, now)
    row = ExportSigningKey(
        created_at=now,
        fingerprint=made.fingerprint,
        certificate=made.certificate,
        private_key=made.private_key,
    )
    session.add(row)
    session.flush()
    return row


def audit_created(
    workspace: Workspace, session: Session, user: CurrentUser | None, row: ExportSigningKey
) -> None:
    workspace.audit(session, user, CREATED_ACTION, "settings", None, {"fingerprint": row.fingerprint})


def ensure_signing_key(workspace: Workspace, user: CurrentUser) -> None:
    """Create the organisation's key on the first export of an older workspace."""
    with workspace.reading() as session:
        if session.scalar(select(ExportSigningKey.id).limit(1)) is not None:
            return
    with workspace.unit_of_work() as session:
        if session.scalar(select(ExportSigningKey.id).limit(1)) is not None:
            return  # another export made it meanwhile
        organisation = read_settings(session).organisation_name
        audit_created(workspace, session, user, add_signing_key(session, organisation, workspace.now()))


def read_seal(session: Session) -> ExportSeal:
    """The newest key and the audit head, read in the export's own read transaction."""
    row = session.scalars(select(ExportSigningKey).order_by(ExportSigningKey.id.desc()).limit(1)).first()
    if row is None:
        raise LcsError(MISSING)
    head = AuditChain.head(session)
    line = audit_head_line(head.seq, head.digest) if head is not None else ""
    return ExportSeal(PdfSigningKey(row.certificate, row.private_key), line)


def export_seal(workspace: Workspace, user: CurrentUser) -> ExportSeal:
    ensure_signing_key(workspace, user)
    with workspace.reading() as session:
        return read_seal(session)


def organisation_certificates(session: Session) -> list[bytes]:
    """Every certificate this organisation has signed exports with (DER)."""
    return list(session.scalars(select(ExportSigningKey.certificate).order_by(ExportSigningKey.id)))
