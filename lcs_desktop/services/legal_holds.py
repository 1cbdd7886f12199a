"""Legal holds (issue 10, DESIGN.md §5a): the lead places a hold on a person or a case, with a
reason and a review date; while it stands nothing about that record can be deleted or reduced.

A hold on a person covers their checks and the cases about them; a hold on a case also keeps
its subject's person record (deleting the person would take the case with it). The audit
events name the record and the hold, never the reason (free text stays out of the trail).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from lcs_desktop.domain.desk import DeskItem, DeskKind, DeskLink
from lcs_desktop.domain.errors import ConflictError, NotFound, Problems, ValidationError
from lcs_desktop.domain.record_refs import HOLD_REASON_MAX, LegalHoldError, RecordRef
from lcs_desktop.domain.roles import Permission
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.refusals import audits_refusals
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.accounts import User
from lcs_desktop.store.cases import BreachCase
from lcs_desktop.store.checks import Check
from lcs_desktop.store.legal_holds import LegalHold
from lcs_desktop.store.people import Person

PLACED_ACTION = "legal_hold_placed"
LIFTED_ACTION = "legal_hold_lifted"
# Home shows a hold's review this many days before it is due.
REVIEW_NOTICE = timedelta(days=14)


@dataclass(frozen=True, slots=True)
class HoldView:
    id: int
    reason: str
    placed_by_name: str
    placed_at: datetime
    review_on: date
    person_id: int | None = None
    case_id: int | None = None
    record_reference: str = ""

    @property
    def ref(self) -> RecordRef:
        return (
            RecordRef("person", self.person_id)
            if self.person_id is not None
            else RecordRef("case", self.case_id or 0)
        )


def _views(session: Session, rows: list[LegalHold]) -> list[HoldView]:
    if not rows:
        return []
    names = dict(
        session.execute(
            select(User.id, User.full_name).where(User.id.in_({r.placed_by_id for r in rows}))
        ).all()
    )
    people = {r.person_id for r in rows if r.person_id is not None}
    cases = {r.case_id for r in rows if r.case_id is not None}
    refs: dict[tuple[str, int], str] = {}
    if people:
        refs |= {
            ("p", i): ref
            for i, ref in session.execute(
                select(Person.id, Person.reference).where(Person.id.in_(people))
            ).all()
        }
    if cases:
        refs |= {
            ("c", i): ref
            for i, ref in session.execute(
                select(BreachCase.id, BreachCase.reference).where(BreachCase.id.in_(cases))
            ).all()
        }
    return [
        HoldView(
            r.id,
            r.reason,
            names.get(r.placed_by_id, ""),
            r.placed_at,
            r.review_on,
            r.person_id,
            r.case_id,
            refs.get(("p", r.person_id) if r.person_id is not None else ("c", r.case_id or 0), ""),
        )
        for r in rows
    ]


def active_hold(
    session: Session, *, person_id: int | None = None, case_id: int | None = None
) -> HoldView | None:
    """The standing hold on this person, or on this case (or on the case's subject), if any:
    every screen and PDF of the record shows it."""
    conditions = []
    if person_id is not None:
        conditions.append(LegalHold.person_id == person_id)
    if case_id is not None:
        conditions.append(LegalHold.case_id == case_id)
        subject = session.scalar(select(BreachCase.subject_person_id).where(BreachCase.id == case_id))
        if subject is not None:
            conditions.append(LegalHold.person_id == subject)
    if not conditions:
        return None
    row = session.scalars(
        select(LegalHold)
        .where(LegalHold.lifted_at.is_(None), or_(*conditions))
        .order_by(LegalHold.id)
        .limit(1)
    ).first()
    return _views(session, [row])[0] if row is not None else None


def hold_on(session: Session, ref: RecordRef) -> HoldView | None:
    """The hold that stops ``ref`` being deleted or reduced, if any."""
    if ref.kind == "check":
        person_id = session.scalar(select(Check.person_id).where(Check.id == ref.id))
        return active_hold(session, person_id=person_id) if person_id is not None else None
    if ref.kind == "case":
        return active_hold(session, case_id=ref.id)
    hold = active_hold(session, person_id=ref.id)
    if hold is not None:
        return hold
    # Deleting a person takes the cases about them: a hold on any of those keeps the person.
    case = aliased(BreachCase)
    row = session.scalars(
        select(LegalHold)
        .join(case, case.id == LegalHold.case_id)
        .where(LegalHold.lifted_at.is_(None), case.subject_person_id == ref.id)
        .limit(1)
    ).first()
    return _views(session, [row])[0] if row is not None else None


def held(session: Session, refs: Sequence[RecordRef]) -> list[RecordRef]:
    """Those of ``refs`` a standing hold covers (as ``hold_on``), in a few set-wise queries:
    the deletion engine asks this for thousands of records at once."""
    holds = session.execute(
        select(LegalHold.person_id, LegalHold.case_id).where(LegalHold.lifted_at.is_(None))
    ).all()
    if not holds or not refs:
        return []
    held_people = {p for p, _ in holds if p is not None}
    held_cases = {c for _, c in holds if c is not None}
    # People kept by a hold on a case about them, and cases kept by a hold on their subject.
    case_subjects = dict(
        session.execute(
            select(BreachCase.id, BreachCase.subject_person_id).where(
                or_(BreachCase.id.in_(held_cases), BreachCase.subject_person_id.in_(held_people))
            )
        ).all()
    )
    people_of_held_cases = {case_subjects[c] for c in held_cases if c in case_subjects}
    cases_of_held_people = {c for c, p in case_subjects.items() if p in held_people}
    check_ids = [r.id for r in refs if r.kind == "check"]
    held_checks: set[int] = set()
    for start in range(0, len(check_ids), 500):
        part = check_ids[start : start + 500]
        held_checks |= set(
            session.scalars(select(Check.id).where(Check.id.in_(part), Check.person_id.in_(held_people)))
        )
    found = []
    for ref in refs:
        if ref.kind == "check":
            covered = ref.id in held_checks
        elif ref.kind == "case":
            covered = ref.id in held_cases or ref.id in cases_of_held_people
        else:
            covered = ref.id in held_people or ref.id in people_of_held_cases
        if covered:
            found.append(ref)
    return found


HELD_TEXT = {
    "person": "This person's records are under a legal hold",
    "check": "This check is under a legal hold (on the person it is about)",
    "case": "This case is under a legal hold",
}


def ensure_not_held(session: Session, ref: RecordRef) -> None:
    hold = hold_on(session, ref)
    if hold is not None:
        raise LegalHoldError(
            f"{HELD_TEXT[ref.kind]} (review due {hold.review_on:%d/%m/%Y}), so it cannot be deleted or "
            "reduced. Lift the hold first if it is no longer needed."
        )


def _check_input(reason: str, review_on: date | None, today: date, field: str = "reason") -> str:
    problems = Problems()
    reason = reason.strip()
    if not reason:
        problems.add(ValidationError("Say why the hold is needed.", field))
    elif len(reason) > HOLD_REASON_MAX:
        problems.add(ValidationError(f"Keep the reason under {HOLD_REASON_MAX} characters.", field))
    if field == "reason":
        if review_on is None:
            problems.add(ValidationError("Choose the date the hold should be reviewed.", "review_on"))
        elif review_on <= today:
            problems.add(ValidationError("The review date must be after today.", "review_on"))
    problems.raise_any()
    return reason


@audits_refusals
def place_hold(
    workspace: Workspace,
    user: CurrentUser,
    *,
    person_id: int | None = None,
    case_id: int | None = None,
    reason: str,
    review_on: date | None,
) -> int:
    require(user, Permission.PLACE_LEGAL_HOLDS)
    if (person_id is None) == (case_id is None):
        raise ValidationError("Place a hold on one person or one case.")
    reason = _check_input(reason, review_on, workspace.today())
    with workspace.unit_of_work() as session:
        if person_id is not None and session.get(Person, person_id) is None:
            raise NotFound("That person is no longer on record.")
        if case_id is not None and session.get(BreachCase, case_id) is None:
            raise NotFound("That case is no longer on record.")
        standing = session.scalar(
            select(LegalHold.id).where(
                LegalHold.lifted_at.is_(None),
                LegalHold.person_id == person_id if person_id is not None else LegalHold.case_id == case_id,
            )
        )
        if standing is not None:
            raise ConflictError("A legal hold already stands on this record; change its review date instead.")
        hold = LegalHold(
            person_id=person_id,
            case_id=case_id,
            reason=reason,
            placed_by_id=user.id,
            placed_at=workspace.now(),
            review_on=review_on,
            lift_reason="",
        )
        session.add(hold)
        session.flush()
        entity = ("person", person_id) if person_id is not None else ("breach_case", case_id)
        workspace.audit(
            session, user, PLACED_ACTION, *entity, {"hold_id": hold.id, "review_on": review_on.isoformat()}
        )
        return hold.id


@audits_refusals
def lift_hold(workspace: Workspace, user: CurrentUser, hold_id: int, reason: str) -> None:
    require(user, Permission.PLACE_LEGAL_HOLDS)
    reason = _check_input(reason, None, workspace.today(), "lift_reason")
    with workspace.unit_of_work() as session:
        hold = session.get(LegalHold, hold_id)
        if hold is None:
            raise NotFound("That legal hold is not on record.")
        if hold.lifted_at is not None:
            raise ConflictError("That legal hold has already been lifted.")
        hold.lifted_at = workspace.now()
        hold.lifted_by_id = user.id
        hold.lift_reason = reason
        entity = ("person", hold.person_id) if hold.person_id is not None else ("breach_case", hold.case_id)
        workspace.audit(session, user, LIFTED_ACTION, *entity, {"hold_id": hold.id})


@audits_refusals
def active_holds(workspace: Workspace, user: CurrentUser) -> list[HoldView]:
    """Every standing hold, soonest review first (the retention page lists them)."""
    if not (user.can(Permission.PLACE_LEGAL_HOLDS) or user.can(Permission.REVIEW_RETENTION)):
        require(user, Permission.PLACE_LEGAL_HOLDS)
    with workspace.reading() as session:
        rows = session.scalars(
            select(LegalHold).where(LegalHold.lifted_at.is_(None)).order_by(LegalHold.review_on, LegalHold.id)
        ).all()
        return _views(session, list(rows))


def desk_items(workspace: Workspace, user: CurrentUser, today: date) -> list[DeskItem]:
    """Home's to-do list: holds whose review date is near or past (for those who may lift them)."""
    if not user.can(Permission.PLACE_LEGAL_HOLDS):
        return []
    with workspace.reading() as session:
        rows = session.scalars(
            select(LegalHold)
            .where(LegalHold.lifted_at.is_(None), LegalHold.review_on <= today + REVIEW_NOTICE)
            .order_by(LegalHold.review_on, LegalHold.id)
        ).all()
        views = _views(session, list(rows))
    items = []
    for v in views:
        what = f"on {v.record_reference}" if v.record_reference else "on a record"
        link = DeskLink("people", v.person_id) if v.person_id is not None else DeskLink("breaches", v.case_id)
        items.append(
            DeskItem(
                DeskKind.LEGAL_HOLD_REVIEW,
                v.review_on,
                f"Legal hold {what} is due for review",
                link,
                overdue=v.review_on < today,
            )
        )
    return items
