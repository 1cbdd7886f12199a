"""Evidence files kept encrypted in the database, shared by checks and breach cases.

These helpers work inside a caller's unit of work: the caller has already checked the
permission and writes the audit event (with the SHA-256) in the same transaction. Handing the
bytes to a person goes through ``read_evidence``, which audits the view.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.domain.errors import NotFound
from lcs_desktop.domain.evidence import IMAGE_TYPES, KIND_TEXT, verify_stored
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.services.workspace import session_now
from lcs_desktop.store.accounts import User
from lcs_desktop.store.evidence import Evidence, EvidenceContent

if TYPE_CHECKING:
    from lcs_desktop.services.workspace import Workspace

VIEWED = "evidence_viewed"


@dataclass(frozen=True, slots=True)
class EvidenceInfo:
    id: int
    owner_type: str
    owner_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    captured_at: datetime
    added_by: str
    added_at: datetime
    removed_at: datetime | None = None

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES

    @property
    def kind_text(self) -> str:
        return KIND_TEXT.get(self.media_type, self.media_type)


def get_evidence_row(session: Session, evidence_id: int, owner_type: str | None = None) -> Evidence:
    row = session.get(Evidence, evidence_id)
    if row is None or (owner_type is not None and row.owner_type != owner_type):
        raise NotFound("That evidence file no longer exists.")
    return row


def evidence_data(session: Session, evidence_id: int) -> bytes:
    """The stored bytes, re-hashed on every read: bytes changed behind the app's back (raw SQL,
    a restored file) are refused with EvidenceAltered, never shown as the recorded file."""
    found = session.execute(
        select(EvidenceContent.data, Evidence.sha256)
        .join(Evidence, Evidence.id == EvidenceContent.evidence_id)
        .where(EvidenceContent.evidence_id == evidence_id)
    ).first()
    if found is None:
        raise NotFound("That evidence file no longer exists.")
    return verify_stored(bytes(found[0]), found[1])


def read_evidence(
    workspace: Workspace,
    session: Session,
    user: CurrentUser,
    evidence_id: int,
    entity_type: str,
    entity_id: int,
    details: dict[str, Any] | None = None,
) -> bytes:
    """The file's bytes for a person to see (a preview, a thumbnail when the record opens),
    with one ``evidence_viewed`` event in the caller's unit of work: ids and hash only."""
    data = evidence_data(session, evidence_id)
    workspace.audit(
        session, user, VIEWED, entity_type, entity_id, {"evidence_id": evidence_id, **(details or {})}
    )
    return data


def discard_evidence(session: Session, user: CurrentUser, row: Evidence, *, keep: bool) -> None:
    """Take a file off its record. ``keep``: a completed record keeps it for its earlier
    version (marked removed); otherwise the bytes are deleted outright."""
    if keep:
        row.removed_at = session_now(session)
        row.removed_by_id = user.id
    else:
        session.delete(row)
    session.flush()


def list_evidence(
    session: Session, owner_type: str, owner_ids: Iterable[int], *, include_removed: bool = False
) -> dict[int, list[EvidenceInfo]]:
    """Metadata only (never the bytes), grouped by owner, oldest first."""
    ids = list(owner_ids)
    grouped: dict[int, list[EvidenceInfo]] = {i: [] for i in ids}
    if not ids:
        return grouped
    query = (
        select(Evidence, User.full_name)
        .join(User, User.id == Evidence.added_by_id)
        .where(Evidence.owner_type == owner_type, Evidence.owner_id.in_(ids))
        .order_by(Evidence.owner_id, Evidence.id)
    )
    if not include_removed:
        query = query.where(Evidence.removed_at.is_(None))
    for row, added_by in session.execute(query):
        grouped[row.owner_id].append(to_info(row, added_by))
    return grouped


def to_info(row: Evidence, added_by: str) -> EvidenceInfo:
    return EvidenceInfo(
        row.id,
        row.owner_type,
        row.owner_id,
        row.filename,
        row.media_type,
        row.size,
        row.sha256,
        row.captured_at,
        added_by,
        row.added_at,
        row.removed_at,
    )
