"""Breach investigations (policy §8): the one service the GUI talks to for cases.

The work is split by concern into parts (intake, chronology and evidence, referrals,
outcomes); this module adds the case list, opening a case (an audited view), status,
assignment, risk and the people affected. Every method takes the signed-in user, checks
what they may do and see, and writes its audit event in the same transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from lcs_desktop.domain.cases import (
    MAX_REFERENCE,
    CaseStatus,
    PartyKind,
    RiskRating,
    assignment_warnings,
    choice,
    officer_problem,
    status_move_problem,
    text,
)
from lcs_desktop.domain.checks import MAX_SHORT
from lcs_desktop.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.services.accounts import roles_from_text
from lcs_desktop.services.case_access import CASE_ROLES, require_case_view, visibility
from lcs_desktop.services.case_detail import load_detail
from lcs_desktop.services.case_types import CaseDetail, CaseFilter, CasePage, CaseSummary, UserRef
from lcs_desktop.services.cases_intake import IntakePart
from lcs_desktop.services.chronology import ChronologyPart
from lcs_desktop.services.edit_conflicts import overwrite_detail
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.keyset import Key, in_display_order, seek, start_after
from lcs_desktop.services.outcomes import OutcomePart
from lcs_desktop.services.referrals import ReferralPart
from lcs_desktop.services.views import record_view, view_again
from lcs_desktop.store import record_counts as counts
from lcs_desktop.store.accounts import User
from lcs_desktop.store.cases import AffectedChild, BreachCase
from lcs_desktop.store.people import Person
from lcs_desktop.store.record_counts import kept_count

if TYPE_CHECKING:
    from lcs_desktop.reports.case_pack_data import CasePackData

MAX_PAGE = 500
LEAD_ONLY_ASSIGN = (
    "Your account is not allowed to assign cases: the safeguarding lead assigns the investigating "
    "officer and the decision-maker."
)


class CaseService(IntakePart, ChronologyPart, ReferralPart, OutcomePart):
    # -- the list ---------------------------------------------------------------------------

    def list_cases(
        self,
        user: CurrentUser,
        flt: CaseFilter | None = None,
        offset: int = 0,
        limit: int = 100,
        *,
        after: Key | None = None,
        backwards: bool = False,
        with_total: bool = True,
    ) -> CasePage:
        """One page of the cases this person may see, newest concern first: after the row whose
        ``sort_key`` is ``after`` (see keyset.seek). The total is counted unless ``with_total``
        is False (a model reading its later pages already knows it; -1 then)."""
        require_case_view(user)
        flt = flt or CaseFilter()
        limit = max(1, min(limit, MAX_PAGE))
        now = self.now()
        conditions = [visibility(user)]
        if flt.status is not None:
            conditions.append(BreachCase.status == flt.status)
        if flt.overdue_only:
            conditions.append(BreachCase.next_due_at < now)
        if flt.officer_id is not None:
            conditions.append(BreachCase.investigating_officer_id == flt.officer_id)
        officer = aliased(User)
        query = (
            select(
                BreachCase.id,
                BreachCase.reference,
                BreachCase.subject_name,  # a copy kept by triggers: no people page per row (0018)
                BreachCase.status,
                BreachCase.risk,
                BreachCase.reported_at,
                officer.full_name,
                BreachCase.next_due_at,
                BreachCase.late_report,
            )
            .outerjoin(officer, officer.id == BreachCase.investigating_officer_id)
            .where(*conditions)
        )
        keys = (BreachCase.reported_at, BreachCase.id)
        key_query = select(*keys).where(*conditions)
        with self._ws.reading() as session:
            start = start_after(
                session, key_query, keys, after, descending=True, backwards=backwards, skip=offset
            ) or (after, offset)
            query = seek(
                query, keys, start[0], descending=True, backwards=backwards, skip=start[1], limit=limit
            )
            rows = in_display_order(list(session.execute(query).all()), backwards)
            total = -1
            if with_total:
                whole = len(conditions) == 1 and user.can(Permission.VIEW_ALL_CASES)
                kept = kept_count(session, counts.CASES) if whole else None
                total = (
                    kept
                    if kept is not None
                    else session.scalar(select(func.count()).select_from(BreachCase).where(*conditions))
                )
                total = total or 0
        summaries = tuple(
            CaseSummary(
                r[0],
                r[1],
                r[2] or "",
                CaseStatus(r[3]),
                RiskRating(r[4]) if r[4] else None,
                r[5],
                r[6] or "",
                r[7],
                r[7] is not None and r[7] < now,
                r[8],
            )
            for r in rows
        )
        return CasePage(summaries, int(total), max(0, offset), limit)

    def case_staff(self, user: CurrentUser) -> list[UserRef]:
        """Active managers and leads: who can investigate or decide (for the assignment lists)."""
        require_case_view(user)
        with self._ws.reading() as session:
            rows = session.execute(
                select(User.id, User.full_name, User.roles).where(User.active.is_(True))
            ).all()
        return sorted(
            (UserRef(i, n) for i, n, roles in rows if roles_from_text(roles) & CASE_ROLES),
            key=lambda u: u.name,
        )

    # -- one case ---------------------------------------------------------------------------

    def open_case(self, user: CurrentUser, case_id: int) -> CaseDetail:
        """Everything on the case, for its page. Opening a case is an audited view."""
        with self._ws.unit_of_work() as session:
            case = self._case(session, user, case_id)
            detail = load_detail(session, case, user, self.now())
            record_view(
                self._ws, session, user, "case_viewed", "breach_case", case.id, {"reference": case.reference}
            )
        return detail

    def read_case(self, user: CurrentUser, case_id: int) -> CaseDetail:
        """The case again after a change made on its open page: the same visibility rules, but
        not a new audited view (the opening was audited, and each change is audited itself) —
        unless this person never opened it."""
        with self._ws.unit_of_work() as session:
            case = self._case(session, user, case_id)
            detail = load_detail(session, case, user, self.now())
            view_again(
                self._ws, session, user, "case_viewed", "breach_case", case.id, {"reference": case.reference}
            )
        return detail

    def set_status(
        self,
        user: CurrentUser,
        case_id: int,
        status: str | CaseStatus,
        *,
        expected_version: int | None = None,
        overwrite: bool = False,
    ) -> None:
        """``expected_version``: the case's ``row_version`` as the page loaded it (a later change
        by someone else is refused with ``EditConflict``); ``overwrite``: the user chose to save
        over that change (audited as such)."""
        new = choice(CaseStatus, status, "status", "the case's status")
        with self._ws.unit_of_work() as session:
            case = self._case_for_change(session, user, case_id)
            self._same_version(session, case, expected_version, {"status": (case.status, new.value)})
            old = CaseStatus(case.status)
            problem = status_move_problem(old, new)
            if problem:
                raise ConflictError(problem)
            case.status = new
            changed = {"changes": {"status": [old.value, new.value]}, **overwrite_detail(overwrite)}
            self._audit(session, user, "case_status_changed", case, changed)

    def assign(
        self,
        user: CurrentUser,
        case_id: int,
        *,
        officer_id: int | None,
        decision_maker_id: int | None,
        expected_version: int | None = None,
        overwrite: bool = False,
    ) -> tuple[str, ...]:
        """Set the investigating officer and the decision-maker (the lead's job). Returns the
        warnings: the same person in both roles is warned about, not refused."""
        require(user, Permission.MANAGE_CASES)
        if not user.can(Permission.VIEW_ALL_CASES):
            raise PermissionDenied(LEAD_ONLY_ASSIGN)
        with self._ws.unit_of_work() as session:
            case = self._case_for_change(session, user, case_id)
            edit = {
                "officer_id": (case.investigating_officer_id, officer_id),
                "decision_maker_id": (case.decision_maker_id, decision_maker_id),
            }
            self._same_version(
                session, case, expected_version, {k: v for k, v in edit.items() if v[0] != v[1]}
            )
            person = session.get(Person, case.subject_person_id)
            assert person is not None
            officer = (
                self._case_user(session, officer_id, "officer", "investigating officer")
                if officer_id
                else None
            )
            if officer is not None:
                problem = officer_problem(officer.full_name, person.first_name, person.last_name)
                if problem:
                    raise ValidationError(problem, "officer")
            decider = (
                self._case_user(session, decision_maker_id, "decision_maker", "decision-maker")
                if decision_maker_id
                else None
            )
            if decider is not None and officer_problem(
                decider.full_name, person.first_name, person.last_name
            ):
                raise ValidationError(
                    "The decision-maker cannot be the person the concern is about.", "decision_maker"
                )
            old = [case.investigating_officer_id, case.decision_maker_id]
            case.investigating_officer_id = officer.id if officer else None
            case.decision_maker_id = decider.id if decider else None
            if officer is not None and case.status == CaseStatus.NEW:
                case.status = CaseStatus.INVESTIGATING
            new = [case.investigating_officer_id, case.decision_maker_id]
            changes = {
                n: [o, v]
                for n, o, v in zip(("officer_id", "decision_maker_id"), old, new, strict=True)
                if o != v
            }
            warnings = assignment_warnings(case.investigating_officer_id, case.decision_maker_id)
            assigned = {"changes": changes, "warnings": list(warnings), **overwrite_detail(overwrite)}
            self._audit(session, user, "case_assigned", case, assigned)
        return warnings

    def set_risk(
        self,
        user: CurrentUser,
        case_id: int,
        risk: str | RiskRating | None,
        *,
        expected_version: int | None = None,
        overwrite: bool = False,
    ) -> None:
        new = choice(RiskRating, risk, "risk", "the risk rating")
        with self._ws.unit_of_work() as session:
            case = self._case_for_change(session, user, case_id)
            self._same_version(session, case, expected_version, {"risk": (case.risk, new.value)})
            old = case.risk
            case.risk = new
            rated = {"changes": {"risk": [old, new.value]}, **overwrite_detail(overwrite)}
            self._audit(session, user, "case_risk_rated", case, rated)

    # -- children, families and third parties -----------------------------------------------

    def add_party(
        self,
        user: CurrentUser,
        case_id: int,
        *,
        kind: str | PartyKind,
        reference: str | None,
        name: str | None = "",
    ) -> int:
        """Record someone affected by their case reference; the name, if given, goes into one
        protected field that only ``reveal_name`` reads and a redacted export never prints."""
        kind_value = choice(PartyKind, kind, "kind", "whether this is a child, a family or a third party")
        ref = text(reference, "reference", "the case reference", required=True, limit=MAX_REFERENCE)
        protected = text(name, "name", "the name", required=False, limit=MAX_SHORT)
        with self._ws.unit_of_work() as session:
            case = self._case_for_change(session, user, case_id)
            row = AffectedChild(
                case_id=case.id,
                kind=kind_value,
                reference=ref,
                name=protected,
                added_by_id=user.id,
                added_at=self.now(),
            )
            session.add(row)
            session.flush()
            # The name itself is never written to the audit trail.
            self._audit(
                session,
                user,
                "case_party_added",
                case,
                {
                    "party_id": row.id,
                    "kind": kind_value.value,
                    "reference": ref,
                    "name_recorded": bool(protected),
                },
            )
            return row.id

    def pack_data(self, user: CurrentUser, case_id: int, *, redacted: bool = True) -> CasePackData:
        """Everything the case pack PDF and the outcome letter need (see case_export_data).
        The export that writes the PDF audits it, with the file's SHA-256."""
        from lcs_desktop.services.case_export_data import case_pack_data

        return case_pack_data(self, user, case_id, redacted=redacted)

    def reveal_name(self, user: CurrentUser, case_id: int, party_id: int) -> str:
        """The protected name of a child, family or third party: shown on request, audited."""
        require(user, Permission.MANAGE_CASES)
        with self._ws.unit_of_work() as session:
            case = self._case(session, user, case_id)
            row = session.get(AffectedChild, party_id)
            if row is None or row.case_id != case.id:
                raise NotFound("That person is not recorded on this case.")
            self._ws.audit(
                session, user, "protected_name_viewed", "breach_case", case.id, {"party_id": row.id}
            )
            return row.name
