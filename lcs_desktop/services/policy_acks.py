"""Acknowledgements of the policy (issue 10): which staff, volunteers and committee members have
acknowledged which version and when, recorded by a lead or manager or imported from CSV; who has
not yet acknowledged a version, listed (keyset pages) and exported to CSV or XLSX.

Audit events name the person's record, the version's label and the method, or for an import
or export the number of rows and the file's SHA-256: never a name.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from lcs_desktop.domain.checks import PersonKind
from lcs_desktop.domain.errors import ConflictError, NotFound, ValidationError
from lcs_desktop.domain.people import format_date
from lcs_desktop.domain.policy_register import (
    ACKNOWLEDGING_KINDS,
    ACKNOWLEDGING_STATUS,
    AckMethod,
    validate_acknowledged_on,
)
from lcs_desktop.domain.roles import Permission
from lcs_desktop.reports.spreadsheets import FORMATS, XLSX
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.keyset import Key, in_display_order, seek, start_after
from lcs_desktop.services.policy_ack_export import ExportedAcknowledgements, write_export
from lcs_desktop.services.policy_ack_import import (
    AckImportPreview,
    AckImportRefused,
    Known,
    read_acknowledgements,
)
from lcs_desktop.services.policy_register import version_in_force_id
from lcs_desktop.services.refusals import AuditsRefusals
from lcs_desktop.services.register_export import target_path
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.name_search import people_sort_keys
from lcs_desktop.store.people import Person
from lcs_desktop.store.policy_register import Acknowledgement, PolicyVersion

MAX_PAGE = 500
_KIND_VALUES = tuple(k.value for k in ACKNOWLEDGING_KINDS)


@dataclass(frozen=True, slots=True)
class AckRow:
    person_id: int
    reference: str
    first_name: str
    last_name: str
    kind: PersonKind
    acknowledged_on: date | None
    method: str | None
    sort_key: tuple[str, int]

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def pending(self) -> bool:
        return self.acknowledged_on is None


def _eligible():  # type: ignore[no-untyped-def]
    return and_(Person.kind.in_(_KIND_VALUES), Person.status == ACKNOWLEDGING_STATUS.value)


def _listed(version_id: int, pending_only: bool) -> Select:  # type: ignore[type-arg]
    """Who acknowledges ``version_id``: the appointed staff, volunteers and committee members,
    and anyone else who has acknowledged it; ``pending_only``: those yet to."""
    joined = Person.__table__.outerjoin(
        Acknowledgement,
        and_(Acknowledgement.person_id == Person.id, Acknowledgement.policy_version_id == version_id),
    )
    stmt = select(Person.id).select_from(joined)
    if pending_only:
        return stmt.where(_eligible(), Acknowledgement.id.is_(None))
    return stmt.where(or_(_eligible(), Acknowledgement.id.is_not(None)))


def pending_count(session: Session, version_id: int) -> int:
    """Those who acknowledge, less those of them who have: two index counts (Home asks often)."""
    eligible = session.scalar(select(func.count(Person.id)).where(_eligible())) or 0
    done = session.scalar(
        select(func.count(Acknowledgement.id))
        .join(Person, Person.id == Acknowledgement.person_id)
        .where(Acknowledgement.policy_version_id == version_id, _eligible())
    )
    return int(eligible) - int(done or 0)


class AcknowledgementService(AuditsRefusals):
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def _version(self, session: Session, version_id: int | None) -> PolicyVersion:
        found = version_id if version_id is not None else version_in_force_id(session, self._ws.today())
        version = session.get(PolicyVersion, found) if found is not None else None
        if version is None:
            raise NotFound("That policy version is not in the register.")
        return version

    # -- reading ---------------------------------------------------------------------------

    def list_acknowledgements(
        self,
        user: CurrentUser,
        version_id: int | None = None,
        *,
        pending_only: bool = False,
        offset: int = 0,
        limit: int = 100,
        after: Key | None = None,
        backwards: bool = False,
    ) -> list[AckRow]:
        """One page by surname (keyset, as the people list): the version in force when
        ``version_id`` is None."""
        require(user, Permission.RECORD_ACKNOWLEDGEMENTS)
        limit = max(1, min(limit, MAX_PAGE))
        with self._ws.reading() as session:
            keys = people_sort_keys(session)  # by name; by reference on a server (names sealed)
            version = self._version(session, version_id)
            base = _listed(version.id, pending_only)
            start = start_after(
                session,
                base.with_only_columns(*keys),
                keys,
                after,
                descending=False,
                backwards=backwards,
                skip=offset,
            )
            if start is None:
                return []
            stmt = seek(
                base, keys, start[0], descending=False, backwards=backwards, skip=start[1], limit=limit
            )
            rows = session.execute(
                stmt.with_only_columns(
                    Person.id,
                    Person.reference,
                    Person.first_name,
                    Person.last_name,
                    Person.kind,
                    Acknowledgement.acknowledged_on,
                    Acknowledgement.method,
                    keys[0],
                )
            ).all()
        return in_display_order(
            [AckRow(i, ref, f, la, PersonKind(k), on, m, (sn, i)) for i, ref, f, la, k, on, m, sn in rows],
            backwards,
        )

    def count(self, user: CurrentUser, version_id: int | None = None, *, pending_only: bool = False) -> int:
        require(user, Permission.RECORD_ACKNOWLEDGEMENTS)
        with self._ws.reading() as session:
            version = self._version(session, version_id)
            if pending_only:
                return pending_count(session, version.id)
            stmt = _listed(version.id, pending_only).with_only_columns(func.count(Person.id))
            return int(session.scalar(stmt) or 0)

    # -- recording -------------------------------------------------------------------------

    def record(
        self, user: CurrentUser, person_id: int, version_id: int | None, acknowledged_on: date | None
    ) -> None:
        """One person's acknowledgement, as told to the lead or a manager."""
        require(user, Permission.RECORD_ACKNOWLEDGEMENTS)
        day = validate_acknowledged_on(acknowledged_on, self._ws.today())
        with self._ws.unit_of_work() as session:
            version = self._version(session, version_id)
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound("That person's record no longer exists.")
            if person.kind not in _KIND_VALUES:
                raise ValidationError(
                    "Only staff, volunteers and committee members acknowledge the policy: "
                    "this person is an applicant.",
                    "person",
                )
            done = session.scalar(
                select(Acknowledgement.acknowledged_on).where(
                    Acknowledgement.person_id == person_id, Acknowledgement.policy_version_id == version.id
                )
            )
            if done is not None:
                raise ConflictError(
                    f"{person.reference} already acknowledged version {version.label} on {format_date(done)}."
                )
            session.add(self._new(user, person_id, version.id, day, AckMethod.RECORDED))
            self._ws.audit(
                session,
                user,
                "policy_acknowledged",
                "person",
                person_id,
                {
                    "version": version.label,
                    "method": AckMethod.RECORDED.value,
                    "acknowledged_on": day.isoformat(),
                },
            )

    def _new(
        self, user: CurrentUser, person_id: int, version_id: int, day: date, method: AckMethod
    ) -> Acknowledgement:
        return Acknowledgement(
            person_id=person_id,
            policy_version_id=version_id,
            acknowledged_on=day,
            method=method.value,
            recorded_by_id=user.id,
            recorded_at=self._ws.now(),
        )

    # -- import ----------------------------------------------------------------------------

    def preview_import(
        self, user: CurrentUser, data: bytes, version_id: int | None = None
    ) -> AckImportPreview:
        """What importing ``data`` would record (nothing is written)."""
        require(user, Permission.RECORD_ACKNOWLEDGEMENTS)
        with self._ws.reading() as session:
            return self._read(session, data, self._version(session, version_id))

    def _read(self, session: Session, data: bytes, version: PolicyVersion) -> AckImportPreview:
        people = {
            key: Known(i, kind, f"{first} {last}")
            for i, key, kind, first, last in session.execute(
                select(Person.id, Person.reference_key, Person.kind, Person.first_name, Person.last_name)
            )
        }
        done = set(
            session.scalars(
                select(Acknowledgement.person_id).where(Acknowledgement.policy_version_id == version.id)
            )
        )
        return read_acknowledgements(data, people, done, self._ws.today(), version.label)

    def import_acknowledgements(self, user: CurrentUser, data: bytes, version_id: int | None = None) -> int:
        """All rows or none: any bad row refuses the file (``AckImportRefused`` holds the preview)."""
        require(user, Permission.RECORD_ACKNOWLEDGEMENTS)
        with self._ws.unit_of_work() as session:
            version = self._version(session, version_id)
            preview = self._read(
                session, data, version
            )  # read again inside the write: nothing changed meanwhile
            if not preview.ok:
                raise AckImportRefused(preview)
            session.add_all(
                self._new(user, r.person_id, version.id, r.acknowledged_on, AckMethod.IMPORTED)
                for r in preview.rows
            )
            self._ws.audit(
                session,
                user,
                "policy_acknowledgements_imported",
                "policy",  # the entity: one version of the policy
                version.id,
                {
                    "version": version.label,
                    "count": len(preview.rows),
                    "already": len(preview.warnings),
                    "sha256": hashlib.sha256(data).hexdigest(),
                },
            )
            return len(preview.rows)

    # -- export ----------------------------------------------------------------------------

    def export(
        self,
        user: CurrentUser,
        target: str | os.PathLike[str],
        file_format: str = XLSX,
        version_id: int | None = None,
        *,
        pending_only: bool = True,
    ) -> ExportedAcknowledgements:
        """The list (by default who has not yet acknowledged) to a spreadsheet, audited with the
        file's SHA-256. The file is not encrypted: the GUI says so (register_export's warning)."""
        if file_format not in FORMATS:
            raise ValidationError("Choose an Excel workbook (.xlsx) or a CSV file.", "format")
        require(user, Permission.RECORD_ACKNOWLEDGEMENTS)
        path = target_path(Path(target), file_format)
        with self._ws.reading() as session:
            label = self._version(session, version_id).label
        rows: list[AckRow] = []
        after: Key | None = None
        while True:
            page = self.list_acknowledgements(
                user, version_id, pending_only=pending_only, after=after, limit=MAX_PAGE
            )
            rows.extend(page)
            if len(page) < MAX_PAGE:
                break
            after = page[-1].sort_key
        return write_export(self._ws, user, label, rows, path, file_format, pending_only=pending_only)
