"""The review queue's reading side (issue 10): which records are due, the names and references
a page of them shows, which are under a legal hold, and Home's one to-do item. The queue reads
``retention_dates`` by its (due, kind, id) index only, so it opens fast at any size."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lcs_desktop.domain.desk import DeskItem, DeskKind, DeskLink
from lcs_desktop.domain.retention import RetentionAction
from lcs_desktop.domain.roles import Permission
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.services.keyset import Key
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.cases import BreachCase
from lcs_desktop.store.checks import Check
from lcs_desktop.store.legal_holds import LegalHold
from lcs_desktop.store.people import Person
from lcs_desktop.store.retention import RetentionDateRow

KINDS = ("person", "check", "case")


@dataclass(frozen=True)
class QueueRow:
    kind: str  # "person", "check" or "case"
    record_id: int
    reference: str
    name: str  # the person the record is about (the lead alone reviews)
    due: date
    action: RetentionAction
    rule_code: str
    sentence: str
    held: bool = False  # a legal hold stands on the record or its person

    @property
    def sort_key(self) -> Key:
        return (self.due, self.kind, self.record_id)


def due_rows(today: date) -> Any:
    """The records whose date has passed. The index (due, kind, id) alone answers it: no row is
    read to count the queue (no record's action is "keep": that is the audit trail's, undated)."""
    return select(RetentionDateRow).where(RetentionDateRow.due.is_not(None), RetentionDateRow.due <= today)


def labels(
    session: Session, rows: list[RetentionDateRow | None]
) -> dict[tuple[str, int], tuple[str, str, int]]:
    """(reference, the person's name, the person's id) for each row's record that still exists."""
    want: dict[str, list[int]] = {k: [] for k in KINDS}
    for r in rows:
        if r is not None and r.record_kind in want:
            want[r.record_kind].append(r.record_id)
    out: dict[tuple[str, int], tuple[str, str, int]] = {}
    # Both names read and joined here: on the office server they are sealed, so SQL cannot join them.
    first, last = Person.first_name, Person.last_name
    if want["person"]:
        stmt = select(Person.id, Person.reference, first, last).where(Person.id.in_(want["person"]))
        out.update({("person", i): (ref, f"{f} {la}", i) for i, ref, f, la in session.execute(stmt)})
    if want["check"]:
        stmt = select(Check.id, Check.reference, first, last, Person.id)
        stmt = stmt.join(Person, Person.id == Check.person_id).where(Check.id.in_(want["check"]))
        out.update({("check", i): (ref, f"{f} {la}", p) for i, ref, f, la, p in session.execute(stmt)})
    if want["case"]:
        stmt = select(BreachCase.id, BreachCase.reference, first, last, Person.id)
        stmt = stmt.join(Person, Person.id == BreachCase.subject_person_id).where(
            BreachCase.id.in_(want["case"])
        )
        out.update({("case", i): (ref, f"{f} {la}", p) for i, ref, f, la, p in session.execute(stmt)})
    return out


def held(session: Session) -> tuple[set[int], set[int]]:
    """The people and cases a legal hold stands on (few: read them all at once)."""
    rows = session.execute(
        select(LegalHold.person_id, LegalHold.case_id).where(LegalHold.lifted_at.is_(None))
    )
    people: set[int] = set()
    cases: set[int] = set()
    for person_id, case_id in rows:
        if person_id is not None:
            people.add(person_id)
        if case_id is not None:
            cases.add(case_id)
    return people, cases


def desk_items(workspace: Workspace, user: CurrentUser, today: date) -> list[DeskItem]:
    """Home's to-do list: one item with the number of records past their retention date."""
    if not user.can(Permission.REVIEW_RETENTION):
        return []
    with workspace.reading() as session:
        due = (RetentionDateRow.due.is_not(None), RetentionDateRow.due <= today)
        count, oldest = session.execute(
            select(func.count(), func.min(RetentionDateRow.due)).where(*due)
        ).one()
    if not count:
        return []
    noun = "record is" if count == 1 else "records are"
    return [
        DeskItem(
            DeskKind.RETENTION_REVIEW,
            oldest,
            f"{count} {noun} past the retention date and need a decision",
            DeskLink("retention"),
            overdue=oldest < today,
        )
    ]
