"""The decision, its outcomes (policy §8), closure with the lead's sign-off, reopening, appeals."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.domain.case_outcomes import (
    AppealResult,
    ClosureFacts,
    OutcomeKind,
    appeal_problem,
    closure_problems,
    validate_decision,
    validate_outcome,
)
from lcs_desktop.domain.case_referrals import ReferralKind, ReferralState
from lcs_desktop.domain.cases import CaseStatus, EntryKind, assignment_warnings, choice, text
from lcs_desktop.domain.checks import MAX_SHORT
from lcs_desktop.domain.errors import ConflictError, NotFound, ValidationError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.domain.working_days import london_date
from lcs_desktop.services.case_access import CaseBase
from lcs_desktop.services.edit_conflicts import overwrite_detail
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.store.cases import Appeal, BreachCase, ChronologyEntry, Outcome, Referral, SignOff


class CaseNotClosable(ValidationError):
    """Closure refused; ``problems`` lists everything still needed, in form order."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("This case cannot be closed yet:\n• " + "\n• ".join(problems), None)
        self.problems = problems


def closure_facts(session: Session, case: BreachCase, user: CurrentUser, note: str) -> ClosureFacts:
    outcomes = session.scalars(select(Outcome.kind).where(Outcome.case_id == case.id).order_by(Outcome.id))
    referrals = session.execute(select(Referral.kind, Referral.state).where(Referral.case_id == case.id))
    return ClosureFacts(
        decision_maker_id=case.decision_maker_id,
        decided_on=case.decided_on,
        decision_reason=case.decision_reason,
        finding=case.finding,
        outcome_kinds=tuple(OutcomeKind(k) for k in outcomes),
        referral_states=tuple((ReferralKind(k), ReferralState(s)) for k, s in referrals),
        signer_is_lead=user.can(Permission.SIGN_OFF_CLOSURE),
        sign_off_note=note,
    )


class OutcomePart(CaseBase):
    def record_decision(
        self,
        user: CurrentUser,
        case_id: int,
        *,
        decision_maker_id: int | None,
        decided_on: date | None,
        finding: str | None,
        reason: str | None,
        expected_version: int | None = None,
        overwrite: bool = False,
    ) -> tuple[str, ...]:
        """Record who decided, when, the finding and why. Returns warnings (never refuses for
        them): the decision-maker being the investigating officer is one. ``expected_version``:
        the case's version as the form loaded it (``EditConflict`` when it moved on)."""
        with self._ws.unit_of_work() as session:
            case = self._case_for_change(session, user, case_id, Permission.DECIDE_CASES)
            checked = validate_decision(
                decision_maker_id=decision_maker_id,
                decided_on=decided_on,
                finding=finding,
                reason=reason,
                reported_on=london_date(case.reported_at),
                today=self.today(),
            )
            decider = self._case_user(session, checked.decision_maker_id, "decision_maker", "decision-maker")
            old = [case.decision_maker_id, _iso(case.decided_on), case.finding, case.decision_reason]
            new = [decider.id, checked.decided_on.isoformat(), checked.finding.value, checked.reason]
            names = ("decision_maker_id", "decided_on", "finding", "decision_reason")
            edit = {n: (o, v) for n, o, v in zip(names, old, new, strict=True) if o != v}
            self._same_version(session, case, expected_version, edit)
            case.decision_maker_id = decider.id
            case.decided_on = checked.decided_on
            case.finding = checked.finding
            case.decision_reason = checked.reason
            session.add(
                ChronologyEntry(
                    case_id=case.id,
                    kind=EntryKind.DECISION,
                    occurred_at=self.now(),
                    summary=f"Decision recorded: allegation {checked.finding.label.lower()}",
                    details=checked.reason,
                    participants=decider.full_name,
                    recorded_by_id=user.id,
                    recorded_at=self.now(),
                )
            )
            changes = {n: [o, v] for n, o, v in zip(names, old, new, strict=True) if o != v}
            decided = {"changes": changes, **overwrite_detail(overwrite)}
            self._audit(session, user, "case_decision_recorded", case, decided)
            return assignment_warnings(case.investigating_officer_id, case.decision_maker_id)

    def add_outcome(
        self,
        user: CurrentUser,
        case_id: int,
        *,
        kind: str | OutcomeKind,
        level: str | None = None,
        review_on: date | None = None,
        expires_on: date | None = None,
        details: str | None = "",
    ) -> int:
        with self._ws.unit_of_work() as session:
            case = self._case_for_change(session, user, case_id, Permission.DECIDE_CASES)
            checked = validate_outcome(
                kind=kind,
                level=level,
                review_on=review_on,
                expires_on=expires_on,
                details=details,
                decided_on=case.decided_on or self.today(),
            )
            row = Outcome(
                case_id=case.id,
                kind=checked.kind,
                level=checked.level,
                review_on=checked.review_on,
                expires_on=checked.expires_on,
                details=checked.details,
                recorded_by_id=user.id,
                recorded_at=self.now(),
            )
            session.add(row)
            session.flush()
            self._audit(
                session,
                user,
                "case_outcome_added",
                case,
                {
                    "outcome_id": row.id,
                    "kind": checked.kind.value,
                    "level": checked.level.value if checked.level else None,
                    "review_on": _iso(checked.review_on),
                    "expires_on": _iso(checked.expires_on),
                },
            )
            return row.id

    def remove_outcome(self, user: CurrentUser, case_id: int, outcome_id: int) -> None:
        """Before closure only: an outcome recorded by mistake (the audit keeps what it was)."""
        with self._ws.unit_of_work() as session:
            case = self._case_for_change(session, user, case_id, Permission.DECIDE_CASES)
            row = session.get(Outcome, outcome_id)
            if row is None or row.case_id != case.id:
                raise NotFound("That outcome is not on this case.")
            self._audit(
                session,
                user,
                "case_outcome_removed",
                case,
                {"outcome_id": row.id, "kind": row.kind, "level": row.level},
            )
            session.delete(row)

    def close_case(self, user: CurrentUser, case_id: int, *, note: str | None) -> None:
        """Close with the lead's sign-off once the decision is complete (CaseNotClosable lists
        what is missing; someone who is not the lead is told closure needs the lead)."""
        require(user, Permission.SIGN_OFF_CLOSURE)
        with self._ws.unit_of_work() as session:
            case = self._case_for_change(session, user, case_id)
            problems = closure_problems(closure_facts(session, case, user, note or ""))
            if problems:
                raise CaseNotClosable(problems)
            signed = text(note, "note", "the sign-off note", required=True, limit=MAX_SHORT * 10)
            old = case.status
            case.status = CaseStatus.CLOSED
            case.closed_at = self.now()
            case.next_due_at = None
            session.add(
                SignOff(
                    case_id=case.id, kind="closure", signed_by_id=user.id, signed_at=self.now(), note=signed
                )
            )
            session.add(
                ChronologyEntry(
                    case_id=case.id,
                    kind=EntryKind.DECISION,
                    occurred_at=self.now(),
                    summary="Case closed with the safeguarding lead's sign-off",
                    details=signed,
                    participants=user.full_name,
                    recorded_by_id=user.id,
                    recorded_at=self.now(),
                )
            )
            self._audit(
                session, user, "case_closed", case, {"changes": {"status": [old, CaseStatus.CLOSED.value]}}
            )

    def reopen_case(self, user: CurrentUser, case_id: int, *, reason: str | None) -> None:
        self._require_lead(user)
        why = text(reason, "reason", "why the case is reopened", required=True, limit=MAX_SHORT * 10)
        with self._ws.unit_of_work() as session:
            case = self._case(session, user, case_id)
            if case.status != CaseStatus.CLOSED:
                raise ConflictError(f"Case {case.reference} is not closed.")
            case.status = CaseStatus.INVESTIGATING
            case.closed_at = None
            session.add(
                SignOff(
                    case_id=case.id, kind="reopened", signed_by_id=user.id, signed_at=self.now(), note=why
                )
            )
            self._refresh_next_due(session, case)
            self._audit(
                session,
                user,
                "case_reopened",
                case,
                {
                    "reason": why,
                    "changes": {"status": [CaseStatus.CLOSED.value, CaseStatus.INVESTIGATING.value]},
                },
            )

    def record_appeal(
        self,
        user: CurrentUser,
        case_id: int,
        *,
        lodged_on: date | None,
        grounds: str | None,
        heard_on: date | None = None,
        heard_by: str | None = "",
        result: str | AppealResult | None = None,
        result_on: date | None = None,
        result_reason: str | None = "",
    ) -> None:
        """Lodged, heard, result: recorded on an open or a closed case (appeals follow closure)."""
        self._require_decider(user)
        today = self.today()
        if lodged_on is None:
            raise ValidationError("Enter the date the appeal was lodged.", "lodged_on")
        for value, field_name, what in (
            (lodged_on, "lodged_on", "The date the appeal was lodged"),
            (heard_on, "heard_on", "The hearing date"),
            (result_on, "result_on", "The date of the result"),
        ):
            if value is not None and value > today:
                raise ValidationError(f"{what} ({value:%d/%m/%Y}) is in the future.", field_name)
        why_appeal = text(grounds, "grounds", "the grounds of appeal", required=True)
        result_value = choice(AppealResult, result, "result", "the appeal's result") if result else None
        reason_text = text(
            result_reason,
            "result_reason",
            "the reason for the appeal's result",
            required=result_value is not None,
        )
        if result_value is not None and result_on is None:
            raise ValidationError("Enter the date of the appeal's result.", "result_on")
        with self._ws.unit_of_work() as session:
            case = self._case(session, user, case_id)
            problem = appeal_problem(lodged_on, case.decided_on, heard_on, result_on)
            if problem:
                raise ValidationError(problem, "lodged_on")
            row = session.scalar(select(Appeal).where(Appeal.case_id == case.id))
            new = {
                "lodged_on": lodged_on,
                "grounds": why_appeal,
                "heard_on": heard_on,
                "heard_by": text(
                    heard_by, "heard_by", "who heard the appeal", required=False, limit=MAX_SHORT
                ),
                "result": result_value.value if result_value else None,
                "result_on": result_on,
                "result_reason": reason_text,
            }
            old = {k: getattr(row, k) for k in new} if row else dict.fromkeys(new)
            if row is None:
                row = Appeal(case_id=case.id, updated_by_id=user.id, **new)
                session.add(row)
            for key, value in new.items():
                setattr(row, key, value)
            row.updated_by_id = user.id
            row.updated_at = self.now()
            changes = {k: [_iso(old[k]), _iso(v)] for k, v in new.items() if old[k] != v}
            self._audit(session, user, "case_appeal_recorded", case, {"changes": changes})

    @staticmethod
    def _require_lead(user: CurrentUser) -> None:
        require(user, Permission.SIGN_OFF_CLOSURE)

    @staticmethod
    def _require_decider(user: CurrentUser) -> None:
        require(user, Permission.DECIDE_CASES)


def _iso(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value
