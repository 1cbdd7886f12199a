"""Findings and their evidence: the part of ChecksService that handles what was seen.

Evidence bytes go into the encrypted database with their SHA-256; adding or removing a
file is audited with its hash. After completion a removed file is kept (marked removed),
so the earlier version of the check stays whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lcs_desktop.domain.errors import NotFound
from lcs_desktop.domain.roles import Permission
from lcs_desktop.services.check_detail import FINDING, get_check_row
from lcs_desktop.services.check_inputs import audit_value, finding_values
from lcs_desktop.services.check_types import FindingInput
from lcs_desktop.services.edit_conflicts import overwrite_detail, require_version
from lcs_desktop.services.evidence import (
    EvidenceInfo,
    discard_evidence,
    get_evidence_row,
    list_evidence,
    read_evidence,
    to_info,
)
from lcs_desktop.services.evidence_renditions import Thumbnail, read_thumbnails
from lcs_desktop.services.evidence_store import store_evidence
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.checks import Check, Finding
from lcs_desktop.store.evidence import Evidence


class FindingsPart:
    _ws: Workspace

    # provided by ChecksService
    def _editable(self, session: Session, user: CurrentUser, check_id: int, reason: str | None) -> Check:
        raise NotImplementedError

    def _require_pre_search(self, check: Check) -> None:
        raise NotImplementedError

    def _touch(self, check: Check) -> None:
        raise NotImplementedError

    # -- findings --------------------------------------------------------------------------

    def add_finding(
        self,
        user: CurrentUser,
        check_id: int,
        finding: FindingInput,
        evidence: Sequence[tuple[str, bytes]] = (),
        reason: str | None = None,
    ) -> int:
        """A finding, with any evidence files (name, bytes) saved in the same transaction."""
        values = finding_values(finding, self._ws.today())
        with self._ws.unit_of_work() as session:
            check = self._editable(session, user, check_id, reason)
            self._require_pre_search(check)
            position = session.scalar(select(func.count(Finding.id)).where(Finding.check_id == check_id)) or 0
            row = Finding(check_id=check_id, position=position, added_by_id=user.id, **values)
            session.add(row)
            session.flush()
            self._touch(check)
            self._ws.audit(
                session,
                user,
                "finding_added",
                "check",
                check_id,
                {
                    "finding_id": row.id,
                    "values": {k: audit_value(v) for k, v in values.items()},
                    "reason": reason,
                },
            )
            for name, data in evidence:
                self._store(session, user, check, row.id, name, data, None)
            return row.id

    def edit_finding(
        self,
        user: CurrentUser,
        finding_id: int,
        finding: FindingInput,
        reason: str | None = None,
        *,
        expected_version: int | None = None,
        overwrite: bool = False,
    ) -> None:
        """``expected_version``: the check's ``row_version`` as the form loaded it (a change to
        the check made meanwhile at another desk is refused with ``EditConflict``)."""
        values = finding_values(finding, self._ws.today())
        require(user, Permission.RECORD_CHECKS)  # before any comparison is shown
        with self._ws.unit_of_work() as session:
            row = self._finding(session, finding_id)
            changes = {
                k: [audit_value(getattr(row, k)), audit_value(v)]
                for k, v in values.items()
                if getattr(row, k) != v
            }
            require_version(
                session,
                get_check_row(session, row.check_id),
                expected_version,
                entity_type="check",
                entity_id=row.check_id,
                noun="check",
                edit={k: (old, new) for k, (old, new) in changes.items()},
                now=self._ws.now(),
            )
            check = self._editable(session, user, row.check_id, reason)
            if not changes:
                return
            for key, value in values.items():
                setattr(row, key, value)
            self._touch(check)
            self._ws.audit(
                session,
                user,
                "finding_changed",
                "check",
                check.id,
                {
                    "finding_id": finding_id,
                    "changes": changes,
                    "reason": reason,
                    **overwrite_detail(overwrite),
                },
            )

    def remove_finding(self, user: CurrentUser, finding_id: int, reason: str | None = None) -> None:
        with self._ws.unit_of_work() as session:
            row = self._finding(session, finding_id)
            check = self._editable(session, user, row.check_id, reason)
            keep = check.completed_at is not None
            files = session.scalars(
                select(Evidence).where(Evidence.owner_type == FINDING, Evidence.owner_id == finding_id)
            )
            hashes = []
            for file in files:
                hashes.append(file.sha256)
                discard_evidence(session, user, file, keep=keep)
            session.delete(row)
            self._touch(check)
            self._ws.audit(
                session,
                user,
                "finding_removed",
                "check",
                check.id,
                {
                    "finding_id": finding_id,
                    "category": row.category,
                    "evidence_sha256": hashes,
                    "reason": reason,
                },
            )

    # -- evidence --------------------------------------------------------------------------

    def add_evidence(
        self,
        user: CurrentUser,
        finding_id: int,
        filename: str,
        data: bytes,
        captured_at: datetime | None = None,
        reason: str | None = None,
    ) -> EvidenceInfo:
        """One file (a pasted screenshot, a dropped or picked file), checked by its content."""
        with self._ws.unit_of_work() as session:
            row = self._finding(session, finding_id)
            check = self._editable(session, user, row.check_id, reason)
            return self._store(session, user, check, finding_id, filename, data, captured_at)

    def remove_evidence(self, user: CurrentUser, evidence_id: int, reason: str | None = None) -> None:
        with self._ws.unit_of_work() as session:
            file = get_evidence_row(session, evidence_id, FINDING)
            if file.removed_at is not None:
                raise NotFound("That evidence file was already removed.")
            finding = self._finding(session, file.owner_id)
            check = self._editable(session, user, finding.check_id, reason)
            sha = file.sha256
            discard_evidence(session, user, file, keep=check.completed_at is not None)
            self._touch(check)
            self._ws.audit(
                session,
                user,
                "evidence_removed",
                "check",
                check.id,
                {"evidence_id": evidence_id, "finding_id": finding.id, "sha256": sha, "reason": reason},
            )

    def evidence_bytes(self, user: CurrentUser, evidence_id: int) -> bytes:
        require(user, Permission.VIEW_CHECKS)
        with self._ws.unit_of_work() as session:  # a view of the file: audited
            file = get_evidence_row(session, evidence_id, FINDING)
            finding = self._finding(session, file.owner_id)
            details = {"finding_id": finding.id, "sha256": file.sha256}
            return read_evidence(self._ws, session, user, evidence_id, "check", finding.check_id, details)

    def evidence_thumbnails(self, user: CurrentUser, evidence_ids: Sequence[int]) -> dict[int, Thumbnail]:
        """Thumbnails of findings' files (one audited view per check); unknown ids left out."""
        require(user, Permission.VIEW_CHECKS)
        with self._ws.unit_of_work() as session:
            rows = session.scalars(
                select(Evidence).where(Evidence.id.in_(list(evidence_ids)), Evidence.owner_type == FINDING)
            ).all()
            by_check: dict[int, list[Evidence]] = {}
            for row in rows:
                by_check.setdefault(self._finding(session, row.owner_id).check_id, []).append(row)
            shown: dict[int, Thumbnail] = {}
            for check_id, files in by_check.items():
                shown.update(read_thumbnails(self._ws, session, user, files, "check", check_id))
            return shown

    def list_finding_evidence(self, user: CurrentUser, finding_id: int) -> list[EvidenceInfo]:
        require(user, Permission.VIEW_CHECKS)
        with self._ws.reading() as session:
            return list_evidence(session, FINDING, [finding_id])[finding_id]

    # -- helpers ---------------------------------------------------------------------------

    def _store(
        self,
        session: Session,
        user: CurrentUser,
        check: Check,
        finding_id: int,
        filename: str | None,
        data: bytes,
        captured_at: datetime | None,
    ) -> EvidenceInfo:
        file = store_evidence(session, user, FINDING, finding_id, filename, data, captured_at)
        self._touch(check)
        self._ws.audit(
            session,
            user,
            "evidence_added",
            "check",
            check.id,
            {
                "evidence_id": file.id,
                "finding_id": finding_id,
                "sha256": file.sha256,
                "size": file.size,
                "media_type": file.media_type,
            },
        )
        return to_info(file, user.full_name)

    @staticmethod
    def _finding(session: Session, finding_id: int) -> Finding:
        row = session.get(Finding, finding_id)
        if row is None:
            raise NotFound("That finding no longer exists.")
        get_check_row(session, row.check_id)
        return row
