"""Storing one evidence file: checked by its content, hashed, kept byte-exact, with its renditions.

Above both ``evidence`` (reading files back) and ``evidence_renditions`` (thumbnails and print
images), which it combines.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from lcs_desktop.domain.evidence import check_file
from lcs_desktop.services.evidence_renditions import store_renditions
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.services.workspace import session_now
from lcs_desktop.store.evidence import Evidence, EvidenceContent


def store_evidence(
    session: Session,
    user: CurrentUser,
    owner_type: str,
    owner_id: int,
    filename: str | None,
    data: bytes,
    captured_at: datetime | None = None,
) -> Evidence:
    """Validate by content, hash and store one file; returns the (flushed) row."""
    checked = check_file(filename, data)
    row = Evidence(
        owner_type=owner_type,
        owner_id=owner_id,
        filename=checked.filename,
        media_type=checked.media_type,
        size=checked.size,
        sha256=checked.sha256,
        captured_at=captured_at or session_now(session),
        added_by_id=user.id,
        added_at=session_now(session),
    )
    session.add(row)
    session.flush()
    session.add(EvidenceContent(evidence_id=row.id, data=bytes(data)))
    store_renditions(session, row, data)
    session.flush()
    return row
