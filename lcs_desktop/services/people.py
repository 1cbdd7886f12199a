"""People: the paged, searchable list, the person page, add/edit, and the HR CSV import.

The list never loads every row: the GUI asks for a page (offset, limit) and a count,
and search goes through the FTS5 index inside the encrypted database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from lcs_desktop.domain.cases import SUBJECT_KINDS
from lcs_desktop.domain.checks import PersonKind, PersonStatus
from lcs_desktop.domain.errors import ConflictError, NotFound, ValidationError
from lcs_desktop.domain.people import (
    PersonInput,
    reference_key,
    search_name,
    sort_name,
    validate_person,
)
from lcs_desktop.domain.roles import Permission
from lcs_desktop.domain.working_days import london_date
from lcs_desktop.services.edit_conflicts import overwrite_detail, require_version
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.keyset import Key, in_display_order, seek, start_after
from lcs_desktop.services.people_import import ImportPreview, ImportRefused, read_import
from lcs_desktop.services.record_history import record_change
from lcs_desktop.services.refusals import AuditsRefusals
from lcs_desktop.services.views import record_view, view_again
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store import record_counts as counts
from lcs_desktop.store.name_search import people_matching, people_sort_keys
from lcs_desktop.store.people import Person, fts_match
from lcs_desktop.store.record_counts import kept_count

__all__ = [
    "ImportPreview",
    "ImportRefused",
    "PeopleService",
    "PersonDetail",
    "PersonRow",
    "fts_query",
    "london_today",
]

MAX_PAGE = 500
LONDON = "Europe/London"


def london_today() -> date:
    """Today in the office's time zone by the default clock (services ask their workspace's
    ``today()`` instead; this stays for callers that have no workspace)."""
    return london_date(Workspace.default_clock())


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    first_name: str
    last_name: str
    reference: str
    kind: PersonKind
    status: PersonStatus
    role: str
    sort_name: str = ""  # the list's sort key with the id: where the next page starts

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def sort_key(self) -> Key:
        return (self.sort_name, self.id)


@dataclass(frozen=True, slots=True)
class PersonDetail:
    id: int
    first_name: str
    last_name: str
    reference: str
    kind: PersonKind
    status: PersonStatus
    role: str
    email: str
    phone: str
    date_of_birth: date | None
    created_at: datetime
    updated_at: datetime
    row_version: int = 0  # as loaded: saving passes it back (optimistic locking, issue 11)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


_EDITABLE = (
    "first_name",
    "last_name",
    "kind",
    "status",
    "reference",
    "role",
    "email",
    "phone",
    "date_of_birth",
)


def fts_query(query: str) -> str | None:
    """What the search box holds as an FTS5 query (see store.people.fts_match)."""
    return fts_match(query)


_ROW_COLUMNS = (
    Person.id,
    Person.first_name,
    Person.last_name,
    Person.reference,
    Person.kind,
    Person.status,
    Person.role,
    Person.sort_name,
)
_KINDS = {k.value: k for k in PersonKind}
_STATUSES = {s.value: s for s in PersonStatus}


def to_row(p: Person) -> PersonRow:
    return PersonRow(
        p.id,
        p.first_name,
        p.last_name,
        p.reference,
        PersonKind(p.kind),
        PersonStatus(p.status),
        p.role,
        p.sort_name,
    )


def to_detail(p: Person) -> PersonDetail:
    return PersonDetail(
        p.id,
        p.first_name,
        p.last_name,
        p.reference,
        PersonKind(p.kind),
        PersonStatus(p.status),
        p.role,
        p.email,
        p.phone,
        p.date_of_birth,
        p.created_at,
        p.updated_at,
        p.row_version,
    )


class PeopleService(AuditsRefusals):
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    # -- the list --------------------------------------------------------------------------

    def _filtered(
        self, session: Session, query: str, kind: PersonKind | None, status: PersonStatus | None
    ) -> Select[tuple[Person]]:
        stmt = select(Person)
        match = people_matching(session, query)  # FTS5 locally, blind indexes on a server
        if match is not None:
            stmt = stmt.where(match)
        if kind is not None:
            stmt = stmt.where(Person.kind == kind.value)
        if status is not None:
            stmt = stmt.where(Person.status == status.value)
        return stmt

    def list_people(
        self,
        user: CurrentUser,
        *,
        query: str = "",
        kind: PersonKind | None = None,
        status: PersonStatus | None = None,
        offset: int = 0,
        limit: int = 100,
        after: Key | None = None,
        backwards: bool = False,
    ) -> list[PersonRow]:
        """One page, by surname then first name: the rows after the row whose ``sort_key`` is
        ``after`` (skipping ``offset`` more), or before it when ``backwards`` (see keyset.seek)."""
        require(user, Permission.VIEW_PEOPLE)
        limit = max(1, min(limit, MAX_PAGE))
        with self._ws.reading() as session:
            keys = people_sort_keys(session)  # by name; by reference on a server (names sealed)
            base = self._filtered(session, query, kind, status)
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
            # Plain columns, not ORM objects: a page of 100 costs a third as much (issue 12).
            rows = session.execute(stmt.with_only_columns(*_ROW_COLUMNS[:-1], keys[0])).all()
        return in_display_order(
            [
                PersonRow(i, f, la, ref, _KINDS[k], _STATUSES[st], role, sn)
                for i, f, la, ref, k, st, role, sn in rows
            ],
            backwards,
        )

    def concern_subjects(self, user: CurrentUser, query: str = "", limit: int = 40) -> list[PersonRow]:
        """Who a concern can be about (staff, volunteers, committee), for anyone who may report
        one: an office manager with no access to the people list must still be able to report."""
        require(user, Permission.REPORT_CONCERN)
        with self._ws.reading() as session:
            stmt = self._filtered(session, query, None, None)
            stmt = stmt.where(Person.kind.in_([k.value for k in SUBJECT_KINDS]))
            rows = session.scalars(stmt.order_by(*people_sort_keys(session)).limit(max(1, limit))).all()
            return [to_row(p) for p in rows]

    def count_people(
        self,
        user: CurrentUser,
        *,
        query: str = "",
        kind: PersonKind | None = None,
        status: PersonStatus | None = None,
    ) -> int:
        require(user, Permission.VIEW_PEOPLE)
        with self._ws.reading() as session:
            stmt = self._filtered(session, query, kind, status)
            stmt = stmt.with_only_columns(func.count(Person.id)).order_by(None)
            whole = people_matching(session, query) is None and kind is None and status is None
            kept = kept_count(session, counts.PEOPLE) if whole else None
            return int(kept if kept is not None else session.scalar(stmt) or 0)

    def get_person(self, user: CurrentUser, person_id: int) -> PersonDetail:
        """The person again, for their open page after a change: not a new view (an audited
        one if this person never opened the page)."""
        require(user, Permission.VIEW_PEOPLE)
        with self._ws.unit_of_work() as session:
            person = to_detail(self._get(session, person_id))
            view_again(self._ws, session, user, "person_viewed", "person", person_id)
        return person

    def view_person(self, user: CurrentUser, person_id: int) -> PersonDetail:
        """The person page: the same detail, with the view audited."""
        require(user, Permission.VIEW_PEOPLE)
        with self._ws.unit_of_work() as session:
            person = to_detail(self._get(session, person_id))
            record_view(self._ws, session, user, "person_viewed", "person", person_id)
        return person

    # -- add and edit ----------------------------------------------------------------------

    def add_person(self, user: CurrentUser, **fields: object) -> int:
        """Fields as in ``validate_person``: first_name, last_name, kind, reference, and
        optionally status, role, email, phone, date_of_birth (date or dd/mm/yyyy text)."""
        require(user, Permission.EDIT_PEOPLE)
        checked = validate_person(**fields, today=self._ws.today())  # type: ignore[arg-type]
        with self._ws.unit_of_work() as session:
            self._ensure_unique(session, checked.reference)
            person = self._new(checked)
            session.add(person)
            session.flush()
            first = {n: [None, _json(_stored(getattr(checked, n)))] for n in _EDITABLE}
            kept = record_change(
                session, "person", person.id, user, first, action="person_added", at=self._ws.now()
            )
            added = {"kind": checked.kind.value, "history": kept["history"]}  # the values: history only
            self._ws.audit(session, user, "person_added", "person", person.id, added)
            return person.id

    def edit_person(
        self,
        user: CurrentUser,
        person_id: int,
        *,
        expected_version: int | None = None,
        overwrite: bool = False,
        **fields: object,
    ) -> None:
        """Change any of the editable fields: the audit event names them, their values go to
        the person's history (``record_history``); a rename leaves no old name in the index.
        ``expected_version``: the person's ``row_version`` as the form loaded it (a change made
        meanwhile at another desk is refused with ``EditConflict``); ``overwrite``: the user
        chose to save over that change (audited as such)."""
        require(user, Permission.EDIT_PEOPLE)
        with self._ws.unit_of_work() as session:
            person = self._get(session, person_id)
            current = {name: getattr(person, name) for name in _EDITABLE}
            merged = {**current, **fields}
            checked = validate_person(**merged, today=self._ws.today())  # type: ignore[arg-type]
            new = {name: _stored(getattr(checked, name)) for name in _EDITABLE}
            changes = {n: [_json(current[n]), _json(new[n])] for n in _EDITABLE if current[n] != new[n]}
            edit = {n: (pair[0], pair[1]) for n, pair in changes.items()}
            require_version(
                session,
                person,
                expected_version,
                entity_type="person",
                entity_id=person_id,
                noun="person",
                edit=edit,
                now=self._ws.now(),
            )
            if reference_key(checked.reference) != person.reference_key:
                self._ensure_unique(session, checked.reference)
            if not changes:
                return
            for name, value in new.items():
                setattr(person, name, value)
            person.reference_key = reference_key(checked.reference)
            person.sort_name = sort_name(checked.first_name, checked.last_name)
            person.search_name = search_name(checked.first_name, checked.last_name)
            person.updated_at = self._ws.now()
            changed = {"changes": changes, **overwrite_detail(overwrite)}
            self._ws.audit(session, user, "person_changed", "person", person_id, changed)
            # The old name leaves the search index at once: FTS5 secure-delete (migration 0020).

    # -- CSV import ------------------------------------------------------------------------

    def preview_import(self, user: CurrentUser, data: bytes) -> ImportPreview:
        """Every row checked, nothing written: the GUI shows the bad rows and why."""
        require(user, Permission.EDIT_PEOPLE)
        with self._ws.reading() as session:
            return read_import(data, self._existing_keys(session), self._ws.today())

    def import_people(self, user: CurrentUser, data: bytes) -> int:
        """All rows or none: any bad row raises ImportRefused (its .problems list each)."""
        return len(self.import_rows(user, data).rows)

    def import_rows(self, user: CurrentUser, data: bytes) -> ImportPreview:
        """``import_people``, answering with the rows as imported (dates, flags) for display."""
        require(user, Permission.EDIT_PEOPLE)
        with self._ws.unit_of_work() as session:
            preview = read_import(data, self._existing_keys(session), self._ws.today())
            if not preview.ok:
                raise ImportRefused(preview)
            people = [self._new(row) for row in preview.rows]
            session.add_all(people)
            session.flush()
            self._ws.audit(session, user, "people_imported", "person", None, {"count": len(people)})
        return preview

    def import_people_file(self, user: CurrentUser, path: Path) -> int:
        return len(self.import_file_rows(user, path).rows)

    def import_file_rows(self, user: CurrentUser, path: Path) -> ImportPreview:
        """For ``lcs-desktop admin import-people FILE``: the same all-or-nothing import."""
        require(user, Permission.EDIT_PEOPLE)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise ValidationError(f"There is no file at {path}.", "file") from None
        except OSError as exc:
            raise ValidationError(f"The file {path} cannot be read ({exc.strerror}).", "file") from None
        return self.import_rows(user, data)

    # -- helpers ---------------------------------------------------------------------------

    def _new(self, checked: PersonInput) -> Person:
        now = self._ws.now()
        return Person(
            first_name=checked.first_name,
            last_name=checked.last_name,
            kind=checked.kind.value,
            status=checked.status.value,
            reference=checked.reference,
            reference_key=reference_key(checked.reference),
            sort_name=sort_name(checked.first_name, checked.last_name),
            search_name=search_name(checked.first_name, checked.last_name),
            role=checked.role,
            email=checked.email,
            phone=checked.phone,
            date_of_birth=checked.date_of_birth,
            created_at=now,
            updated_at=now,
        )

    @staticmethod
    def _existing_keys(session: Session) -> set[str]:
        return set(session.scalars(select(Person.reference_key)))

    @staticmethod
    def _ensure_unique(session: Session, reference: str) -> None:
        taken = session.scalar(select(Person.id).where(Person.reference_key == reference_key(reference)))
        if taken is not None:
            raise ConflictError(f"Another person already has the reference '{reference}'.")

    @staticmethod
    def _get(session: Session, person_id: int) -> Person:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("That person's record no longer exists.")
        return person


def _stored(value: object) -> object:
    return value.value if isinstance(value, PersonKind | PersonStatus) else value


def _json(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value
