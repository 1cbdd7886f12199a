"""How a subject access request stands: its clock at a given day, and Home's desk items.

``desk_items`` is re-exported by ``services.subject_access`` (Home's desk imports it there).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.domain.desk import DeskItem, DeskKind, DeskLink
from lcs_desktop.domain.roles import Permission
from lcs_desktop.domain.subject_access import ClockStatus, Pause, RequestState, clock_status
from lcs_desktop.services.holidays import load_bank_holidays
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.people import Person
from lcs_desktop.store.subject_access import SubjectAccessPause, SubjectAccessRequest

PERSON_PAGE = "people"  # the main window opens "people:<id>" on that person


@dataclass(frozen=True, slots=True)
class RequestView:
    id: int
    reference: str
    person_id: int
    person_reference: str
    received_on: date
    state: RequestState
    extended: bool
    extension_reason: str
    pauses: tuple[Pause, ...]
    answered_on: date | None
    status: ClockStatus  # at ``today`` when read; for an answered request, as it stood

    @property
    def paused(self) -> bool:
        return any(p.end is None for p in self.pauses)

    @property
    def open(self) -> bool:
        return self.state is RequestState.OPEN


def request_view(session: Session, row: SubjectAccessRequest, today: date) -> RequestView:
    """The request with its clock at ``today`` (an answered request: as it stood that day)."""
    pauses = tuple(
        Pause(p.paused_on, p.resumed_on)
        for p in session.scalars(
            select(SubjectAccessPause)
            .where(SubjectAccessPause.request_id == row.id)
            .order_by(SubjectAccessPause.id)
        )
    )
    person = session.get(Person, row.person_id)
    status = clock_status(
        row.received_on,
        load_bank_holidays(),
        row.answered_on or today,
        extended=row.extended_on is not None,
        pauses=pauses,
    )
    return RequestView(
        row.id,
        row.reference,
        row.person_id,
        person.reference if person else "",
        row.received_on,
        RequestState(row.state),
        row.extended_on is not None,
        row.extension_reason,
        pauses,
        row.answered_on,
        status,
    )


def desk_items(ws: Workspace, user: CurrentUser, today: date) -> list[DeskItem]:
    """Each open request's due date for Home (overdue flagged); nothing for anyone else."""
    if not user.can(Permission.HANDLE_SUBJECT_ACCESS):
        return []
    holidays = load_bank_holidays()
    items: list[DeskItem] = []
    with ws.reading() as session:
        rows = session.scalars(
            select(SubjectAccessRequest).where(SubjectAccessRequest.state == RequestState.OPEN)
        ).all()
        pauses: dict[int, list[Pause]] = {}
        for p in session.scalars(
            select(SubjectAccessPause).where(SubjectAccessPause.request_id.in_([r.id for r in rows]))
        ):
            pauses.setdefault(p.request_id, []).append(Pause(p.paused_on, p.resumed_on))
        for r in rows:
            s = clock_status(
                r.received_on,
                holidays,
                today,
                extended=r.extended_on is not None,
                pauses=pauses.get(r.id, ()),
            )
            if s.paused:
                sentence = f"Subject access request {r.reference}: clock stopped while details are clarified"
            elif s.overdue:
                sentence = f"Subject access request {r.reference} is overdue"
            else:
                sentence = f"Subject access request {r.reference} is due"
            items.append(
                DeskItem(
                    DeskKind.SUBJECT_ACCESS, s.due, sentence, DeskLink(PERSON_PAGE, r.person_id), s.overdue
                )
            )
    return sorted(items, key=lambda i: (i.due, i.sentence))
