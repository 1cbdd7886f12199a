"""Who may see which breach case, and the helpers every case service part shares.

Visibility (issue 4): checkers see no breach cases; a manager sees the cases they are
assigned to investigate or will decide; the safeguarding lead sees all. A case someone may
not see is reported as not found, so its existence is not given away either.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, false, func, or_, select, true
from sqlalchemy.orm import Session

from lcs_desktop.domain.case_referrals import DECIDED
from lcs_desktop.domain.cases import CaseStatus
from lcs_desktop.domain.errors import ConflictError, NotFound, NotVisible, PermissionDenied, ValidationError
from lcs_desktop.domain.roles import Permission, Role
from lcs_desktop.domain.working_days import london_date
from lcs_desktop.services.accounts import roles_from_text
from lcs_desktop.services.edit_conflicts import require_version
from lcs_desktop.services.holidays import load_bank_holidays
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.refusals import AuditsRefusals
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.accounts import User
from lcs_desktop.store.cases import BreachCase, Referral

ENTITY = "breach_case"
NOT_VISIBLE = "That case does not exist, or it is not one of yours to see."
CASE_ROLES = frozenset({Role.MANAGER, Role.SAFEGUARDING_LEAD})


def can_see_cases(user: CurrentUser) -> bool:
    return user.can(Permission.VIEW_ALL_CASES) or user.can(Permission.VIEW_ASSIGNED_CASES)


def require_case_view(user: CurrentUser) -> None:
    if not can_see_cases(user):
        require(user, Permission.VIEW_ASSIGNED_CASES)  # raises with the usual message


def visibility(user: CurrentUser) -> ColumnElement[bool]:
    """The SQL condition for the cases this user may see."""
    if user.can(Permission.VIEW_ALL_CASES):
        return true()
    if user.can(Permission.VIEW_ASSIGNED_CASES):
        return or_(BreachCase.investigating_officer_id == user.id, BreachCase.decision_maker_id == user.id)
    return false()


def may_see(user: CurrentUser, case: BreachCase) -> bool:
    if user.can(Permission.VIEW_ALL_CASES):
        return True
    return user.can(Permission.VIEW_ASSIGNED_CASES) and user.id in (
        case.investigating_officer_id,
        case.decision_maker_id,
    )


class CaseBase(AuditsRefusals):
    """Shared state and helpers; the service parts are mixins over this. Every refusal in any
    part is audited (``AuditsRefusals``)."""

    def __init__(
        self,
        workspace: Workspace,
        holidays: frozenset[date] | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._ws = workspace
        self.holidays = holidays if holidays is not None else load_bank_holidays()
        # Tests set a fixed clock to prove the working-day and 72-hour rules.
        self.clock = clock or workspace.now

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return london_date(self.now())

    # -- loading with permission ------------------------------------------------------------

    def _case(self, session: Session, user: CurrentUser, case_id: int) -> BreachCase:
        require_case_view(user)
        row = session.get(BreachCase, case_id)
        if row is None:
            raise NotFound(NOT_VISIBLE)
        if not may_see(user, row):
            raise NotVisible(NOT_VISIBLE)  # the same words; audited as a refused attempt
        return row

    def _case_for_change(
        self,
        session: Session,
        user: CurrentUser,
        case_id: int,
        permission: Permission = Permission.MANAGE_CASES,
    ) -> BreachCase:
        require(user, permission)
        row = self._case(session, user, case_id)
        if row.status == CaseStatus.CLOSED:
            raise ConflictError(
                f"Case {row.reference} is closed, so it cannot be changed. The safeguarding lead can "
                "reopen it, giving a reason."
            )
        return row

    def _audit(
        self, session: Session, user: CurrentUser, action: str, case: BreachCase, details: dict[str, Any]
    ) -> None:
        case.updated_at = self.now()
        self._ws.audit(session, user, action, ENTITY, case.id, {"reference": case.reference, **details})

    def _same_version(
        self, session: Session, case: BreachCase, expected: int | None, edit: dict[str, tuple[object, object]]
    ) -> None:
        """Refuse a save from a page loaded before someone else changed the case."""
        require_version(
            session,
            case,
            expected,
            entity_type="breach_case",
            entity_id=case.id,
            noun="case",
            edit=edit,
            now=self.now(),
        )

    # -- people on the case -----------------------------------------------------------------

    @staticmethod
    def _case_user(session: Session, user_id: int | None, field_name: str, what: str) -> User:
        """An active account with a case role (manager or lead)."""
        row = session.get(User, user_id) if user_id is not None else None
        if row is None:
            raise ValidationError(f"Choose the {what} from the list of accounts.", field_name)
        if not row.active:
            raise ValidationError(
                f"{row.full_name}'s account is switched off: choose someone else.", field_name
            )
        if not roles_from_text(row.roles) & CASE_ROLES:
            raise PermissionDenied(
                f"{row.full_name} is not a manager or the safeguarding lead, so cannot be the {what}."
            )
        return row

    @staticmethod
    def _names(session: Session, ids: set[int | None]) -> dict[int, str]:
        wanted = {i for i in ids if i is not None}
        if not wanted:
            return {}
        return dict(session.execute(select(User.id, User.full_name).where(User.id.in_(wanted))).all())

    # -- clocks -----------------------------------------------------------------------------

    @staticmethod
    def _refresh_next_due(session: Session, case: BreachCase) -> None:
        """Keep the indexed earliest-due column in step with the case's needed referrals."""
        session.flush()
        case.next_due_at = session.scalar(
            select(func.min(Referral.due_at)).where(
                Referral.case_id == case.id,
                Referral.state.not_in(DECIDED),
                Referral.due_at.is_not(None),
            )
        )
