"""The retention schedule and the review queue (issue 10, DESIGN.md §5a).

The schedule is read by anyone who manages it (lead and administrator) and changed only by
them; each record's date and reason line is shown wherever the record is; the queue lists the
records whose date has passed, oldest first, for the lead to decide on. Nothing is deleted
here: deleting, reducing and legal holds go through ``retention_actions`` to the deletion
engine. Audit details name the record and the rule, never a name or a reason's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from lcs_desktop.domain.errors import NotFound, Problems, ValidationError
from lcs_desktop.domain.pension_age import add_months
from lcs_desktop.domain.record_refs import RecordRef
from lcs_desktop.domain.retention import RetentionAction, RetentionRule, changed_rule, dmy
from lcs_desktop.domain.roles import Permission
from lcs_desktop.services import retention_dates as dates
from lcs_desktop.services import retention_queue as queue
from lcs_desktop.services.case_access import require_case_view
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.keyset import Key, in_display_order, seek
from lcs_desktop.services.legal_holds import HoldView, hold_on
from lcs_desktop.services.refusals import AuditsRefusals
from lcs_desktop.services.retention_queue import QueueRow, desk_items, due_rows
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.accounts import User
from lcs_desktop.store.cases import BreachCase
from lcs_desktop.store.retention import RetentionDateRow, RetentionKeep, RetentionRuleRow, RetentionWish

ENTITY = {"person": "person", "check": "check", "case": "breach_case"}
MAX_KEEP_MONTHS = 120
__all__ = ["QueueRow", "RetentionLine", "RetentionService", "WishView", "desk_items"]
MAX_REASON = 2000


@dataclass(frozen=True)
class RetentionLine:
    """What a record's screen shows: "Delete after 12/05/2027 — unsuccessful applicant, 6 months"."""

    rule_code: str
    action: RetentionAction
    due: date | None
    sentence: str


@dataclass(frozen=True)
class WishView:
    recorded_by_name: str
    recorded_at_text: str


def _reason(reason: str, problems: Problems) -> str:
    text = (reason or "").strip()
    if not text:
        problems.add(ValidationError("Give a reason: it is kept with the record.", "reason"))
    elif len(text) > MAX_REASON:
        problems.add(ValidationError(f"The reason can be at most {MAX_REASON} characters.", "reason"))
    return text


class RetentionService(AuditsRefusals):
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    # -- the schedule ---------------------------------------------------------------------

    def rules(self, user: CurrentUser) -> list[RetentionRule]:
        require(user, Permission.MANAGE_RETENTION)
        with self._ws.reading() as session:
            order = session.scalars(select(RetentionRuleRow.code).order_by(RetentionRuleRow.position)).all()
            rules = dates.load_rules(session)
        return [rules[c] for c in order if c in rules] or list(rules.values())

    def update_rule(
        self, user: CurrentUser, code: str, period_months: int | None, action: RetentionAction, progress=None
    ) -> RetentionRule:
        """Change one rule's period or action; every record's date follows (a long job: run it
        off the GUI thread). Zero or negative periods are refused with a sentence."""
        require(user, Permission.MANAGE_RETENTION)
        with self._ws.unit_of_work() as session:
            row = session.get(RetentionRuleRow, code)
            rules = dates.load_rules(session)
            if row is None or code not in rules:
                raise NotFound("That retention rule does not exist.")
            new = changed_rule(rules[code], period_months, RetentionAction(action))
            changed = [
                f
                for f, old, now in (
                    ("period", row.period_months, new.period_months),
                    ("action", row.action, new.action.value),
                )
                if old != now
            ]
            if not changed:
                return new
            row.period_months, row.action = new.period_months, new.action.value
            row.updated_by_id, row.updated_at = user.id, self._ws.now()
            details = {
                "rule": code,
                "fields": changed,
                "period_months": new.period_months,
                "action": new.action.value,
            }
            self._ws.audit(session, user, "retention_rule_changed", "settings", None, details)
        # The stored dates are now stale (the stamp no longer matches): work them out again in
        # short transactions; the queue does the same if this is interrupted.
        if self._ws.server is not None and not reads_every_record(user):
            # On an office server an administrator's login reads no person, check or case: the
            # lead's queue, finding the stamp stale, works the dates out (_ensure_current).
            return new
        dates.refresh_all_batched(self._ws, progress)
        return new

    # -- one record -------------------------------------------------------------------------

    def retention_for(self, user: CurrentUser, kind: str, record_id: int) -> RetentionLine:
        """The record's retention date and why, for its page, PDF or letter."""
        self._require_view(user, kind)
        row = self._stored(kind, record_id)
        if row is None:  # made before the dates were kept: work it out now
            from lcs_desktop.services.retention_tracking import refresh

            with self._ws.unit_of_work() as session:
                ids = {record_id}
                refresh(
                    session,
                    ids if kind == "person" else set(),
                    ids if kind == "check" else set(),
                    ids if kind == "case" else set(),
                )
            row = self._stored(kind, record_id)
        if row is None:
            raise NotFound("That record does not exist.")
        return row

    def hold_for(self, user: CurrentUser, kind: str, record_id: int) -> HoldView | None:
        """The legal hold standing on this record (or its person), for its banner; None if none."""
        self._require_view(user, kind)
        with self._ws.reading() as session:
            return hold_on(session, RecordRef(kind, record_id))  # type: ignore[arg-type]

    @staticmethod
    def _require_view(user: CurrentUser, kind: str) -> None:
        if kind == "person":
            require(user, Permission.VIEW_PEOPLE)
        elif kind == "check":
            require(user, Permission.VIEW_CHECKS)
        elif kind == "case":
            require_case_view(user)
        else:
            raise ValueError(kind)

    def _stored(self, kind: str, record_id: int) -> RetentionLine | None:
        with self._ws.reading() as session:
            row = session.get(RetentionDateRow, (kind, record_id))
            if row is None:
                return None
            return RetentionLine(row.rule_code, RetentionAction(row.action), row.due, row.sentence)

    # -- the review queue ---------------------------------------------------------------------

    def dates_current(self, user: CurrentUser) -> bool:
        """False after an upgrade or a schedule change made elsewhere: ``prepare`` first (slow)."""
        require(user, Permission.REVIEW_RETENTION)
        with self._ws.reading() as session:
            return dates.is_current(session)

    def prepare(self, user: CurrentUser) -> None:
        """Work out every record's date under the schedule (run off the GUI thread: at 400 000
        records it takes tens of seconds)."""
        require(user, Permission.REVIEW_RETENTION)
        self._ensure_current()

    def _ensure_current(self) -> None:
        with self._ws.reading() as session:
            current = dates.is_current(session)
        if not current:
            dates.refresh_all_batched(self._ws)

    def queue_count(self, user: CurrentUser) -> int:
        require(user, Permission.REVIEW_RETENTION)
        self._ensure_current()
        with self._ws.reading() as session:
            stmt = due_rows(self._ws.today()).with_only_columns(func.count()).order_by(None)
            return int(session.scalar(stmt) or 0)

    def queue_page(
        self,
        user: CurrentUser,
        after: Key | None = None,
        limit: int = 50,
        *,
        offset: int = 0,
        backwards: bool = False,
    ) -> list[QueueRow]:
        """Records whose date has passed, oldest first, one keyset page (``after`` = the last
        row's ``sort_key``)."""
        require(user, Permission.REVIEW_RETENTION)
        opening = after is None and not backwards and offset == 0
        if opening:
            self._ensure_current()
        keys = (RetentionDateRow.due, RetentionDateRow.record_kind, RetentionDateRow.record_id)
        with self._ws.reading() as session:
            stmt = seek(
                due_rows(self._ws.today()),
                keys,
                after,
                descending=False,
                backwards=backwards,
                skip=offset,
                limit=limit,
            )
            rows = in_display_order(list(session.scalars(stmt)), backwards)
            labels = queue.labels(session, rows)
            held_people, held_cases = queue.held(session)
        gone = [(r.record_kind, r.record_id) for r in rows if (r.record_kind, r.record_id) not in labels]
        with self._ws.unit_of_work() as session:
            dates.forget(session, gone)  # deleted some other way: out of the queue for good
            if opening:
                self._ws.audit(session, user, "retention_queue_viewed", details={"rows": len(rows)})
        out = []
        for r in rows:
            if (r.record_kind, r.record_id) not in labels:
                continue
            reference, name, person_id = labels[(r.record_kind, r.record_id)]
            held = person_id in held_people or (r.record_kind == "case" and r.record_id in held_cases)
            out.append(
                QueueRow(
                    r.record_kind,
                    r.record_id,
                    reference,
                    name,
                    r.due,  # type: ignore[arg-type]
                    RetentionAction(r.action),
                    r.rule_code,
                    r.sentence,
                    held,
                )
            )
        return out

    # -- decisions ------------------------------------------------------------------------------

    def keep(self, user: CurrentUser, refs: list[tuple[str, int]], months: int, reason: str) -> date:
        """Keep these records for ``months`` more months from today, with one reason."""
        require(user, Permission.REVIEW_RETENTION)
        problems = Problems()
        if not isinstance(months, int) or months <= 0:
            problems.add(ValidationError("Keep a record for at least one more month.", "months"))
        elif months > MAX_KEEP_MONTHS:
            problems.add(ValidationError("Keep a record for at most 120 more months at a time.", "months"))
        text = _reason(reason, problems)
        if not refs:
            problems.add(ValidationError("Choose at least one record to keep.", "records"))
        problems.raise_any()
        until = add_months(self._ws.today(), months)
        with self._ws.unit_of_work() as session:
            labels = queue.labels(session, [session.get(RetentionDateRow, ref) for ref in refs])
            for kind, rid in refs:
                if (kind, rid) not in labels:
                    raise NotFound("One of those records no longer exists. Nothing has been kept.")
            for kind, rid in refs:
                rule = session.scalar(
                    select(RetentionDateRow.rule_code).where(
                        RetentionDateRow.record_kind == kind, RetentionDateRow.record_id == rid
                    )
                )
                session.add(
                    RetentionKeep(
                        record_kind=kind,
                        record_id=rid,
                        months=months,
                        keep_until=until,
                        reason=text,
                        decided_by_id=user.id,
                        decided_at=self._ws.now(),
                    )
                )
                details = {
                    "reference": labels[(kind, rid)][0],
                    "rule": rule,
                    "months": months,
                    "until": dmy(until),
                }
                self._ws.audit(session, user, "retention_kept", ENTITY[kind], rid, details)
        return until

    def set_subject_wish(self, user: CurrentUser, case_id: int, wishes: bool) -> None:
        """Record (or withdraw) the subject's wish that a malicious or false allegation record be
        kept: without it, the record is proposed for deletion once the case closes."""
        if not user.can(Permission.DECIDE_CASES):
            require(user, Permission.REVIEW_RETENTION)
        require_case_view(user)
        with self._ws.unit_of_work() as session:
            case = session.get(BreachCase, case_id)
            if case is None:
                raise NotFound("That case does not exist.")
            if case.finding not in ("malicious", "false"):
                raise ValidationError(
                    "The subject's wish to keep the record applies only when the allegation was found "
                    "malicious or false."
                )
            existing = session.get(RetentionWish, case_id)
            if wishes and existing is None:
                session.add(
                    RetentionWish(case_id=case_id, recorded_by_id=user.id, recorded_at=self._ws.now())
                )
                self._ws.audit(
                    session,
                    user,
                    "retention_wish_recorded",
                    "breach_case",
                    case_id,
                    {"reference": case.reference},
                )
            elif not wishes and existing is not None:
                session.delete(existing)
                self._ws.audit(
                    session,
                    user,
                    "retention_wish_withdrawn",
                    "breach_case",
                    case_id,
                    {"reference": case.reference},
                )

    def subject_wish(self, user: CurrentUser, case_id: int) -> WishView | None:
        require_case_view(user)
        with self._ws.reading() as session:
            found = session.execute(
                select(User.full_name, RetentionWish.recorded_at)
                .join(User, User.id == RetentionWish.recorded_by_id)
                .where(RetentionWish.case_id == case_id)
            ).first()
        if found is None:
            return None
        from lcs_desktop.services.audit_words import london_text

        return WishView(found[0], london_text(found[1]))


def reads_every_record(user: CurrentUser) -> bool:
    """Whether this person's login reads every person, check and case (on a server: the lead)."""
    return all(
        user.can(p) for p in (Permission.VIEW_PEOPLE, Permission.VIEW_CHECKS, Permission.VIEW_ALL_CASES)
    )
