"""The case chronology (append-only) and the evidence attached to a case or an entry.

An entry is never changed or removed — the database refuses it too (triggers) — so what
the record said on any day can be shown later. A mistake is put right by a correction: a
new entry that points at the one it corrects, with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.domain.cases import EntryKind, choice, moment, text
from lcs_desktop.domain.checks import MAX_SHORT
from lcs_desktop.domain.errors import ConflictError, NotFound, ValidationError
from lcs_desktop.services.case_access import CaseBase
from lcs_desktop.services.evidence import (
    EvidenceInfo,
    get_evidence_row,
    read_evidence,
    to_info,
)
from lcs_desktop.services.evidence_renditions import Thumbnail, read_thumbnails
from lcs_desktop.services.evidence_store import store_evidence
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.store.cases import BreachCase, ChronologyEntry
from lcs_desktop.store.evidence import Evidence

CASE_OWNER = "case"
ENTRY_OWNER = "chronology_entry"
APPEND_ONLY = (
    "Chronology entries are never changed or deleted. Add a correction instead: it points at "
    "the entry it puts right."
)


class ChronologyPart(CaseBase):
    def add_entry(
        self,
        user: CurrentUser,
        case_id: int,
        *,
        kind: str | EntryKind,
        occurred_at: datetime | None,
        summary: str | None,
        details: str | None = "",
        participants: str | None = "",
    ) -> int:
        with self._ws.unit_of_work() as session:
            case = self._case_for_change(session, user, case_id)
            entry = self._new_entry(
                session, user, case, kind, occurred_at, summary, details, participants, None
            )
            self._audit(
                session, user, "chronology_entry_added", case, {"entry_id": entry.id, "kind": entry.kind}
            )
            return entry.id

    def correct_entry(
        self,
        user: CurrentUser,
        case_id: int,
        entry_id: int,
        *,
        reason: str | None,
        summary: str | None,
        details: str | None = "",
        participants: str | None = "",
        kind: str | EntryKind | None = None,
        occurred_at: datetime | None = None,
    ) -> int:
        """A new entry correcting ``entry_id``; the original stays, marked as corrected."""
        why = text(reason, "reason", "the reason for the correction", required=True, limit=MAX_SHORT * 5)
        with self._ws.unit_of_work() as session:
            case = self._case_for_change(session, user, case_id)
            original = session.get(ChronologyEntry, entry_id)
            if original is None or original.case_id != case.id:
                raise NotFound("That chronology entry is not on this case.")
            entry = self._new_entry(
                session,
                user,
                case,
                kind or original.kind,
                occurred_at or original.occurred_at,
                summary,
                ((details or "").strip() + f"\n\nCorrection of an earlier entry. Reason: {why}").strip(),
                participants,
                original.id,
            )
            self._audit(
                session,
                user,
                "chronology_entry_corrected",
                case,
                {
                    "entry_id": entry.id,
                    "corrects": original.id,
                    "reason": why,
                    "changes": {
                        "summary": [original.summary, entry.summary],
                        "kind": [original.kind, entry.kind],
                        "occurred_at": [original.occurred_at.isoformat(), entry.occurred_at.isoformat()],
                    },
                },
            )
            return entry.id

    def edit_entry(self, user: CurrentUser, case_id: int, entry_id: int, **_changes: object) -> None:
        """Always refused: the chronology is append-only (see ``correct_entry``)."""
        raise ConflictError(APPEND_ONLY)

    def delete_entry(self, user: CurrentUser, case_id: int, entry_id: int) -> None:
        raise ConflictError(APPEND_ONLY)

    def _new_entry(
        self,
        session: Session,
        user: CurrentUser,
        case: BreachCase,
        kind: str | EntryKind,
        occurred_at: datetime | None,
        summary: str | None,
        details: str | None,
        participants: str | None,
        corrects_id: int | None,
    ) -> ChronologyEntry:
        kind_value = choice(EntryKind, kind, "kind", "the kind of entry")
        when = moment(occurred_at, self.now(), "occurred_at", "when it happened")
        entry = ChronologyEntry(
            case_id=case.id,
            kind=kind_value,
            occurred_at=when,
            summary=text(summary, "summary", "a short summary", required=True, limit=MAX_SHORT),
            details=text(details, "details", "the details", required=False),
            participants=text(
                participants, "participants", "who took part", required=False, limit=MAX_SHORT * 5
            ),
            corrects_id=corrects_id,
            recorded_by_id=user.id,
            recorded_at=self.now(),
        )
        session.add(entry)
        session.flush()
        return entry

    # -- evidence ---------------------------------------------------------------------------

    def attach_evidence(
        self,
        user: CurrentUser,
        case_id: int,
        filename: str | None,
        data: bytes,
        *,
        entry_id: int | None = None,
        captured_at: datetime | None = None,
    ) -> EvidenceInfo:
        """Store a file encrypted with its SHA-256, on the case or on one chronology entry."""
        with self._ws.unit_of_work() as session:
            case = self._case_for_change(session, user, case_id)
            owner_type, owner_id = CASE_OWNER, case.id
            if entry_id is not None:
                entry = session.get(ChronologyEntry, entry_id)
                if entry is None or entry.case_id != case.id:
                    raise ValidationError("That chronology entry is not on this case.", "entry")
                owner_type, owner_id = ENTRY_OWNER, entry.id
            row = store_evidence(session, user, owner_type, owner_id, filename, data, captured_at)
            self._audit(
                session,
                user,
                "case_evidence_added",
                case,
                {"evidence_id": row.id, "sha256": row.sha256, "owner": owner_type, "owner_id": owner_id},
            )
            return to_info(row, user.full_name)

    def evidence_bytes(self, user: CurrentUser, case_id: int, evidence_id: int) -> bytes:
        """The file's bytes, for a preview or to open it (only from a case the user may see);
        each call is an audited view of the file."""
        with self._ws.unit_of_work() as session:
            case = self._case(session, user, case_id)
            row = get_evidence_row(session, evidence_id)
            if not _on_case(session, row, case.id):
                raise NotFound("That evidence file is not on this case.")
            details = {"reference": case.reference, "sha256": row.sha256}
            return read_evidence(self._ws, session, user, evidence_id, "breach_case", case.id, details)

    def evidence_thumbnails(
        self, user: CurrentUser, case_id: int, evidence_ids: Sequence[int]
    ) -> dict[int, Thumbnail]:
        """Thumbnails of files on a case the user may see (one audited view for the batch);
        ids not on the case are left out."""
        with self._ws.unit_of_work() as session:
            case = self._case(session, user, case_id)
            rows = session.scalars(select(Evidence).where(Evidence.id.in_(list(evidence_ids)))).all()
            rows = [r for r in rows if _on_case(session, r, case.id)]
            details = {"reference": case.reference}
            return read_thumbnails(self._ws, session, user, rows, "breach_case", case.id, details)


def _on_case(session: Session, row: Evidence, case_id: int) -> bool:
    if row.owner_type == CASE_OWNER:
        return row.owner_id == case_id
    if row.owner_type == ENTRY_OWNER:
        entry = session.get(ChronologyEntry, row.owner_id)
        return entry is not None and entry.case_id == case_id
    return False
