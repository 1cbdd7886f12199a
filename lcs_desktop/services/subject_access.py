"""Subject access requests (UK GDPR Art. 15; issue 10): the request, its clock, the redaction
decisions, the release, and the lead's desk items. The pack itself: ``subject_access_pack``.

Only a user with "handle subject access requests" (the safeguarding lead) may do any of it.
Every step is audited without content: the request's reference and the person's id, dates,
counts, the kind of a redaction decision — never a reason typed, a name or a redacted word.
"""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lcs_desktop.domain.errors import ConflictError, NotFound, Problems, ValidationError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.domain.subject_access import (
    MAX_REASON,
    Decision,
    Exemption,
    RequestState,
    due_date,
)
from lcs_desktop.services.holidays import load_bank_holidays
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.refusals import AuditsRefusals
from lcs_desktop.services.subject_access_proposals import Proposal
from lcs_desktop.services.subject_access_view import RequestView, desk_items, request_view
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.people import Person
from lcs_desktop.store.subject_access import RedactionDecision, SubjectAccessPause, SubjectAccessRequest

if TYPE_CHECKING:
    from lcs_desktop.reports.common import CancelCheck, Progress
    from lcs_desktop.services.subject_access_pack import SarPackFile

ENTITY = "subject_access_request"
__all__ = ["ENTITY", "RequestView", "SubjectAccessService", "desk_items"]
NOT_FOUND = "That subject access request no longer exists."


def _reason(text: str, field: str, what: str) -> str:
    cleaned = (text or "").strip()
    if not cleaned:
        raise ValidationError(f"Give the reason {what}.", field)
    if len(cleaned) > MAX_REASON:
        raise ValidationError(f"The reason can be {MAX_REASON} characters at most.", field)
    return cleaned


class SubjectAccessService(AuditsRefusals):
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    # -- reading ------------------------------------------------------------------------------

    def _row(self, session: Session, request_id: int) -> SubjectAccessRequest:
        row = session.get(SubjectAccessRequest, request_id)
        if row is None:
            raise NotFound(NOT_FOUND)
        return row

    def _open_row(self, session: Session, request_id: int) -> SubjectAccessRequest:
        row = self._row(session, request_id)
        if row.state != RequestState.OPEN:
            raise ConflictError(
                f"Subject access request {row.reference} has been answered, so it cannot change."
            )
        return row

    def _view(self, session: Session, row: SubjectAccessRequest) -> RequestView:
        return request_view(session, row, self._ws.today())

    def requests_for(self, user: CurrentUser, person_id: int) -> list[RequestView]:
        """The person's requests, newest first."""
        require(user, Permission.HANDLE_SUBJECT_ACCESS)
        with self._ws.reading() as session:
            rows = session.scalars(
                select(SubjectAccessRequest)
                .where(SubjectAccessRequest.person_id == person_id)
                .order_by(SubjectAccessRequest.id.desc())
            ).all()
            return [self._view(session, r) for r in rows]

    def request(self, user: CurrentUser, request_id: int) -> RequestView:
        require(user, Permission.HANDLE_SUBJECT_ACCESS)
        with self._ws.reading() as session:
            return self._view(session, self._row(session, request_id))

    # -- the clock ----------------------------------------------------------------------------

    def _audit(
        self, session: Session, user: CurrentUser, action: str, row: SubjectAccessRequest, **more: object
    ) -> None:
        details = {"reference": row.reference, "person_id": row.person_id, **more}
        self._ws.audit(session, user, action, ENTITY, row.id, details)

    def open_request(self, user: CurrentUser, person_id: int, received_on: date | None) -> RequestView:
        """Record a request that arrived on ``received_on`` (a London date, not after today)."""
        require(user, Permission.HANDLE_SUBJECT_ACCESS)
        today = self._ws.today()
        if received_on is None:
            raise ValidationError("Give the date the request arrived.", "received_on")
        if received_on > today:
            raise ValidationError("The date the request arrived cannot be after today.", "received_on")
        with self._ws.unit_of_work() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound("That person is no longer on the records.")
            already = session.scalar(
                select(SubjectAccessRequest.reference).where(
                    SubjectAccessRequest.person_id == person_id,
                    SubjectAccessRequest.state == RequestState.OPEN,
                )
            )
            if already:
                raise ConflictError(
                    f"{already} is already open for this person. Answer it before recording another request."
                )
            prefix = f"SAR-{today.year}-"
            count = session.scalar(
                select(func.count()).where(SubjectAccessRequest.reference.like(prefix + "%"))
            )
            row = SubjectAccessRequest(
                reference=f"{prefix}{int(count or 0) + 1:04d}",
                person_id=person_id,
                received_on=received_on,
                state=RequestState.OPEN,
                extension_reason="",
                opened_by_id=user.id,
                opened_at=self._ws.now(),
            )
            session.add(row)
            session.flush()
            due = due_date(received_on, load_bank_holidays())
            self._audit(
                session, user, "sar_opened", row, received_on=received_on.isoformat(), due_on=due.isoformat()
            )
            return self._view(session, row)

    def pause(self, user: CurrentUser, request_id: int, reason: str, on: date | None = None) -> RequestView:
        """Stop the clock while the requester's identity or the scope is clarified."""
        require(user, Permission.HANDLE_SUBJECT_ACCESS)
        problems = Problems()
        cleaned = problems.check(
            _reason, reason, "reason", "for stopping the clock (what you asked the requester)"
        )
        day = on or self._ws.today()
        with self._ws.unit_of_work() as session:
            row = self._open_row(session, request_id)
            if self._open_pause(session, row.id) is not None:
                raise ConflictError("The clock is already stopped on this request.")
            if day < row.received_on or day > self._ws.today():
                problems.add(
                    ValidationError(
                        "The clock can be stopped between the day the request arrived and today.", "on"
                    )
                )
            problems.raise_any()
            session.add(
                SubjectAccessPause(request_id=row.id, paused_on=day, reason=cleaned, paused_by_id=user.id)
            )
            self._audit(session, user, "sar_clock_paused", row, paused_on=day.isoformat())
            session.flush()
            return self._view(session, row)

    @staticmethod
    def _open_pause(session: Session, request_id: int) -> SubjectAccessPause | None:
        return session.scalar(
            select(SubjectAccessPause).where(
                SubjectAccessPause.request_id == request_id, SubjectAccessPause.resumed_on.is_(None)
            )
        )

    def resume(self, user: CurrentUser, request_id: int, on: date | None = None) -> RequestView:
        require(user, Permission.HANDLE_SUBJECT_ACCESS)
        day = on or self._ws.today()
        with self._ws.unit_of_work() as session:
            row = self._open_row(session, request_id)
            pause = self._open_pause(session, row.id)
            if pause is None:
                raise ConflictError("The clock is running on this request: there is nothing to resume.")
            if day < pause.paused_on or day > self._ws.today():
                raise ValidationError(
                    "The clock can be restarted between the day it stopped and today.", "on"
                )
            pause.resumed_on = day
            pause.resumed_by_id = user.id
            days = (day - pause.paused_on).days
            self._audit(session, user, "sar_clock_resumed", row, resumed_on=day.isoformat(), days_paused=days)
            session.flush()
            return self._view(session, row)

    def extend(self, user: CurrentUser, request_id: int, reason: str) -> RequestView:
        """Extend by two further months (complex or numerous requests): once, within the first month."""
        require(user, Permission.HANDLE_SUBJECT_ACCESS)
        cleaned = _reason(reason, "reason", "for the extension (why the request is complex or numerous)")
        today = self._ws.today()
        with self._ws.unit_of_work() as session:
            row = self._open_row(session, request_id)
            if row.extended_on is not None:
                raise ConflictError(
                    f"{row.reference} has already been extended; it can be extended only once."
                )
            view = self._view(session, row)
            if today > view.status.due:
                raise ConflictError(
                    f"The first month of {row.reference} has passed: an extension had to be decided, and the "
                    "requester told, by then."
                )
            row.extended_on, row.extension_reason, row.extended_by_id = today, cleaned, user.id
            session.flush()
            view = self._view(session, row)
            self._audit(session, user, "sar_extended", row, due_on=view.status.due.isoformat())
            return view

    def release(self, user: CurrentUser, request_id: int, answered_on: date | None = None) -> RequestView:
        """The pack has been sent: the request is answered and its clock stops for good."""
        require(user, Permission.HANDLE_SUBJECT_ACCESS)
        day = answered_on or self._ws.today()
        with self._ws.unit_of_work() as session:
            row = self._open_row(session, request_id)
            if self._open_pause(session, row.id) is not None:
                raise ConflictError(
                    "The clock is stopped on this request: restart it before recording the answer."
                )
            if not self.packs_built(session, row.id):
                raise ConflictError(f"Build the pack for {row.reference} before recording that it was sent.")
            if day < row.received_on or day > self._ws.today():
                raise ValidationError(
                    "The answer date must be between the day the request arrived and today.", "on"
                )
            due = self._view(session, row).status.due
            row.state, row.answered_on, row.released_by_id = RequestState.ANSWERED, day, user.id
            self._audit(session, user, "sar_released", row, answered_on=day.isoformat(), on_time=day <= due)
            session.flush()
            return self._view(session, row)

    @staticmethod
    def packs_built(session: Session, request_id: int) -> int:
        from lcs_desktop.store.audit_events import AuditEvent

        return int(
            session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(
                    AuditEvent.entity_type == ENTITY,
                    AuditEvent.entity_id == str(request_id),
                    AuditEvent.action == "sar_pack_assembled",
                )
            )
            or 0
        )

    # -- the pack ------------------------------------------------------------------------------

    def proposals(self, user: CurrentUser, request_id: int) -> list[Proposal]:
        """Every proposed redaction of the request's pack, with the decisions made so far."""
        from lcs_desktop.services.subject_access_pack import proposals

        return proposals(self, user, request_id)

    def build_pack(
        self,
        user: CurrentUser,
        request_id: int,
        folder: str | os.PathLike[str],
        *,
        progress: Progress | None = None,
        is_cancelled: CancelCheck | None = None,
    ) -> SarPackFile:
        """Build the pack into ``folder`` (call from a worker thread)."""
        from lcs_desktop.services.subject_access_pack import build_pack

        return build_pack(self, user, request_id, folder, progress=progress, is_cancelled=is_cancelled)

    # -- redaction decisions --------------------------------------------------------------------

    def decide(
        self,
        user: CurrentUser,
        request_id: int,
        proposal: Proposal,
        decision: Decision | str,
        exemption: Exemption | str | None = None,
    ) -> None:
        """Accept (with the exemption that applies) or reject one proposed redaction."""
        require(user, Permission.HANDLE_SUBJECT_ACCESS)
        chosen = Decision(decision)
        applies = Exemption(exemption) if exemption else None
        if chosen is Decision.ACCEPTED and applies is None:
            raise ValidationError("Choose the exemption that applies to this redaction.", "exemption")
        with self._ws.unit_of_work() as session:
            row = self._open_row(session, request_id)
            found = session.scalar(
                select(RedactionDecision).where(
                    RedactionDecision.request_id == row.id, RedactionDecision.item_key == proposal.key
                )
            )
            if found is None:
                found = RedactionDecision(request_id=row.id, item_key=proposal.key)
                session.add(found)
            found.item_kind = proposal.kind.value
            found.proposed_reason = proposal.suggested.value
            found.decision = chosen.value
            found.exemption = applies.value if chosen is Decision.ACCEPTED and applies else None
            found.decided_by_id = user.id
            found.decided_at = self._ws.now()
            self._audit(
                session,
                user,
                "sar_redaction_decided",
                row,
                item_kind=proposal.kind.value,
                decision=chosen.value,
                exemption=found.exemption,
            )
