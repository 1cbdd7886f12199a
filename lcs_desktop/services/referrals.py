"""External referrals with their clocks, and the Home page's overdue summary."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select, text

from lcs_desktop.domain.case_referrals import (
    RULES,
    ReferralKind,
    ReferralState,
    due_at,
    validate_referral,
)
from lcs_desktop.domain.cases import CaseStatus
from lcs_desktop.domain.roles import Permission
from lcs_desktop.services.case_access import CaseBase, can_see_cases, visibility
from lcs_desktop.services.case_types import HomeSummary, OverdueClock
from lcs_desktop.services.edit_conflicts import overwrite_detail
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.store import record_counts as counts
from lcs_desktop.store.cases import BreachCase, Referral, open_referral
from lcs_desktop.store.record_counts import kept_count

# What "due soon" means on the Home page: within the next day.
DUE_SOON = timedelta(hours=24)


# The referral's fields a person types or picks (the clock's dates follow from them).
_SHOWN = ("state", "made_on", "reference", "reason", "notes")


def _value(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


class ReferralPart(CaseBase):
    def record_referral(
        self,
        user: CurrentUser,
        case_id: int,
        *,
        kind: str | ReferralKind,
        state: str | ReferralState,
        made_on: date | None = None,
        reference: str | None = "",
        reason: str | None = "",
        notes: str | None = "",
        aware_at: datetime | None = None,
        expected_version: int | None = None,
        overwrite: bool = False,
    ) -> int:
        """Record or update one kind of referral on a case: needed, made (date and the agency's
        reference) or considered and not needed (with the reason). The clock runs from the
        concern coming in, or for the ICO from when LCS became aware of the data breach.
        ``expected_version``: the case's version as the form loaded it (``EditConflict`` when
        another desk changed the case meanwhile); ``overwrite``: saved over that, audited."""
        with self._ws.unit_of_work() as session:
            case = self._case_for_change(session, user, case_id)
            checked = validate_referral(
                kind=kind,
                state=state,
                made_on=made_on,
                reference=reference,
                reason=reason,
                notes=notes,
                concern_at=case.concern_at,
                aware_at=aware_at,
                today=self.today(),
            )
            row = session.scalar(
                select(Referral).where(Referral.case_id == case.id, Referral.kind == checked.kind)
            )
            start = checked.aware_at or (row.clock_start if row else case.reported_at)
            new = {
                "state": checked.state.value,
                "clock_start": start,
                "due_at": due_at(checked.kind, start, self.holidays),
                "made_on": checked.made_on,
                "reference": checked.reference,
                "reason": checked.reason,
                "notes": checked.notes,
            }
            old = {k: getattr(row, k) for k in new} if row else dict.fromkeys(new)
            edit = {k: (_value(old[k]), _value(v)) for k, v in new.items() if old[k] != v and k in _SHOWN}
            self._same_version(session, case, expected_version, edit)
            if row is None:
                row = Referral(case_id=case.id, kind=checked.kind, updated_by_id=user.id, **new)
                session.add(row)
            for key, value in new.items():
                setattr(row, key, value)
            row.updated_by_id = user.id
            row.updated_at = self.now()
            self._refresh_next_due(session, case)
            changes = {k: [_value(old[k]), _value(v)] for k, v in new.items() if old[k] != v}
            recorded = {"kind": checked.kind.value, "changes": changes, **overwrite_detail(overwrite)}
            self._audit(session, user, "referral_recorded", case, recorded)
            return row.id

    def home_summary(self, user: CurrentUser) -> HomeSummary:
        """Overdue and soon-due referral clocks on the cases this person may see (none for a
        checker or an administrator: they see no cases)."""
        if not can_see_cases(user):
            return HomeSummary((), (), 0)
        now = self.now()
        with self._ws.reading() as session:
            rows = session.execute(
                select(BreachCase.id, BreachCase.reference, Referral.kind, Referral.due_at)
                .join(Referral, Referral.case_id == BreachCase.id)
                .where(
                    visibility(user),
                    BreachCase.status != CaseStatus.CLOSED,
                    BreachCase.next_due_at.is_not(None),
                    BreachCase.next_due_at < now + DUE_SOON,
                    text(open_referral("case_referrals.")),  # its partial index: the earliest first
                    Referral.due_at < now + DUE_SOON,
                )
                .order_by(Referral.due_at)
                .limit(200)
            ).all()
            open_cases = (
                kept_count(session, counts.OPEN_CASES) if user.can(Permission.VIEW_ALL_CASES) else None
            )
            if open_cases is None:
                open_cases = session.scalar(
                    select(func.count())
                    .select_from(BreachCase)
                    .where(visibility(user), BreachCase.status != CaseStatus.CLOSED)
                )
        clocks = [
            OverdueClock(
                case_id, reference, ReferralKind(kind), RULES[ReferralKind(kind)].label, due, due < now
            )
            for case_id, reference, kind, due in rows
        ]
        return HomeSummary(
            tuple(c for c in clocks if c.overdue),
            tuple(c for c in clocks if not c.overdue),
            int(open_cases or 0),
        )
