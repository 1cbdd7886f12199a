"""The annual policy review's figures (policy §10, issue 10) for a year or any period.

Aggregate SQL only (GROUP BY; no row of a record is read, no name, no free text), so a year
at 100 000 people, 200 000 checks and 100 000 cases computes in well under a second. Every
table is suppressed (``domain.suppression``) before it leaves the service: the page, the
trustee report and anyone reading over a shoulder see the same published figures.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lcs_desktop.domain import catalogue
from lcs_desktop.domain.case_outcomes import Finding as AllegationFinding
from lcs_desktop.domain.case_outcomes import OutcomeKind
from lcs_desktop.domain.case_referrals import RULES, ClockKind, ReferralKind, ReferralState
from lcs_desktop.domain.cases import RaisedByKind
from lcs_desktop.domain.checks import CheckResult, DiscussionOutcome
from lcs_desktop.domain.roles import Permission
from lcs_desktop.domain.suppression import ShownTable, suppress_list, suppress_table
from lcs_desktop.domain.working_days import london_date
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.policy_review_extra import deleted_labels, sar_in_time
from lcs_desktop.services.policy_review_types import (
    Period,
    ReviewFigures,
    ReviewMeasure,
    ReviewTable,
    check_period,
    label_of,
    listed,
    measure,
)
from lcs_desktop.services.refusals import AuditsRefusals
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.cases import BreachCase, CaseBreachType, Outcome, Referral
from lcs_desktop.store.checks import Check, CheckDiscussion, Finding
from lcs_desktop.store.dialect import hour_text, unix_seconds

__all__ = [
    "Period",
    "PolicyReviewService",
    "ReviewFigures",
    "ReviewMeasure",
    "ReviewTable",
    "check_period",
    "compute_figures",
]

VIEWED_ACTION = "policy_review_viewed"
ROW_HEADINGS = {
    "checks_by_result": "Result",
    "checks_by_outcome": "Outcome",
    "findings_by_category": "Category (policy section)",
    "cases_by_type": "Type (policy section)",
    "cases_by_source": "Raised by",
    "cases_reported": "Reported",
    "cases_by_outcome": "Outcome",
    "cases_by_finding": "Finding",
    "referrals": "Agency",
    "records_deleted": "Record kind",
    "sar_in_time": "Answered",
}


class PolicyReviewService(AuditsRefusals):
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def figures(self, user: CurrentUser, start: date | None, end: date | None) -> ReviewFigures:
        """The period's figures, suppressed; viewing them is audited (the period only)."""
        require(user, Permission.VIEW_POLICY_REVIEW)
        period = check_period(start, end)
        with self._ws.reading() as session:
            figures = compute_figures(session, period)
        with self._ws.unit_of_work() as session:
            details = {"from": period.start.isoformat(), "to": period.end.isoformat()}
            self._ws.audit(session, user, VIEWED_ACTION, None, None, details)
        return figures


def compute_figures(session: Session, period: Period) -> ReviewFigures:
    first, after = period.bounds()

    def counted(*columns: Any, where: Iterable[Any], join: tuple[Any, ...] = ()) -> list[Any]:
        query = select(*columns, func.count())
        for target, on in zip(join[::2], join[1::2], strict=True):
            query = query.join(target, on)
        return list(session.execute(query.where(*where).group_by(*columns)).all())

    completed = (Check.completed_at >= first, Check.completed_at < after)
    reported = (BreachCase.reported_at >= first, BreachCase.reported_at < after)
    tables: list[ReviewTable] = []

    def add(key: str, title: str, note: str, table: ShownTable) -> None:
        tables.append(ReviewTable(key, title, note, table, ROW_HEADINGS.get(key, "")))

    # Each code's own range of a (code, date) index, read in code order: no sort of the rows.
    rows = counted(Check.result, where=(*completed, Check.result.in_([r.value for r in CheckResult])))
    labels, counts = listed(rows, [r.value for r in CheckResult], lambda c: label_of(CheckResult, c))
    add(
        "checks_by_result",
        "Checks by result",
        "Recruitment checks completed in the period.",
        suppress_list(labels, counts),
    )
    held = (CheckDiscussion.held_at >= first, CheckDiscussion.held_at < after)
    rows = counted(
        CheckDiscussion.outcome,
        where=(*held, CheckDiscussion.outcome.in_([o.value for o in DiscussionOutcome])),
    )
    labels, counts = listed(
        rows, [o.value for o in DiscussionOutcome], lambda c: label_of(DiscussionOutcome, c)
    )
    add(
        "checks_by_outcome",
        "Checks by outcome",
        "Applicant discussions held in the period, by their outcome.",
        suppress_list(labels, counts),
    )
    # By when each finding was recorded: its own indexed date, not a join through every check.
    ordered = sorted(catalogue.CATALOGUE, key=lambda e: (float(e.sections[0].replace("3.1", "3")), e.label))
    recorded = (Finding.created_at >= first, Finding.created_at < after)
    rows = counted(Finding.category, where=(*recorded, Finding.category.in_([e.code for e in ordered])))
    labels, counts = listed(rows, [e.code for e in ordered], _category)
    add(
        "findings_by_category",
        "Findings by category and policy section",
        "Findings recorded in recruitment checks during the period.",
        suppress_list(labels, counts),
    )

    rows = counted(
        CaseBreachType.code, where=reported, join=(BreachCase, BreachCase.id == CaseBreachType.case_id)
    )
    labels, counts = listed(rows, [e.code for e in ordered], _category)
    add(
        "cases_by_type",
        "Breach cases by type",
        "Concerns reported in the period; a case can be of more than one type, so there is no total.",
        suppress_list(labels, counts, total=False),
    )
    # Who raised it, whether late, and the hours to report: one pass over the period's cases.
    to_report = (_seconds(BreachCase.reported_at) - _seconds(BreachCase.concern_at)) // 3600
    by_case = counted(BreachCase.raised_by_kind, BreachCase.late_report, to_report, where=reported)
    sources: dict[str, int] = {}
    late: dict[bool, int] = {}
    hours: dict[int, int] = {}
    for kind, flag, hour, n in by_case:
        sources[kind] = sources.get(kind, 0) + n
        late[bool(flag)] = late.get(bool(flag), 0) + n
        hours[hour] = hours.get(hour, 0) + n
    labels, counts = listed(
        sources.items(), [k.value for k in RaisedByKind], lambda c: label_of(RaisedByKind, c)
    )
    add(
        "cases_by_source",
        "Breach cases by who raised the concern",
        "Concerns reported in the period.",
        suppress_list(labels, counts),
    )
    add(
        "cases_reported",
        "Concerns reported to the lead in time",
        "The policy says immediately; later than one working day counts as late.",
        suppress_list(["Within one working day", "Later"], [late.get(False, 0), late.get(True, 0)]),
    )
    rows = list(
        session.execute(
            select(Outcome.kind, func.count(func.distinct(Outcome.case_id)))
            .where(Outcome.recorded_at >= first, Outcome.recorded_at < after)
            .group_by(Outcome.kind)
        ).all()
    )
    labels, counts = listed(rows, [o.value for o in OutcomeKind], lambda c: label_of(OutcomeKind, c))
    add(
        "cases_by_outcome",
        "Breach cases by outcome",
        "Cases with an outcome recorded in the period; a case can have more than one outcome.",
        suppress_list(labels, counts, total=False),
    )
    rows = counted(
        BreachCase.finding,
        where=(BreachCase.decided_on >= period.start, BreachCase.decided_on <= period.end),
    )
    labels, counts = listed(
        rows, [f.value for f in AllegationFinding], lambda c: label_of(AllegationFinding, c)
    )
    add(
        "cases_by_finding",
        "Breach cases by allegation finding",
        "Cases decided in the period.",
        suppress_list(labels, counts),
    )

    made = (
        Referral.state == ReferralState.MADE.value,
        Referral.made_on >= period.start,
        Referral.made_on <= period.end,
    )
    add(
        "referrals",
        "Referrals made, and their clocks",
        "External referrals made in the period, by agency: on time or late where the law sets a time "
        "limit (LADO: one working day; ICO: 72 hours).",
        _referral_table(session, made),
    )

    labels, counts = deleted_labels(
        counted(
            AuditEvent.entity_type,
            where=(AuditEvent.action == "record_deleted", AuditEvent.at >= first, AuditEvent.at < after),
        )
    )
    add(
        "records_deleted",
        "Records deleted under the retention schedule",
        "Deletions certified in the audit trail during the period.",
        suppress_list(labels, counts),
    )
    sar = sar_in_time(session, period.start, period.end)
    if sar is not None:
        add(
            "sar_in_time",
            "Subject access requests answered in time",
            "Requests answered in the period, against their one-month (or extended) deadline.",
            suppress_list(["In time", "Late"], list(sar)),
        )

    days = (_seconds(BreachCase.closed_at) - _seconds(BreachCase.concern_at)) // 86400
    closed = (BreachCase.closed_at >= first, BreachCase.closed_at < after)
    measures = (
        measure(
            "concern_to_report",
            "Time from concern to report",
            hours.items(),
            "hour",
            "cases",
        ),
        measure(
            "concern_to_closure", "Time from concern to closure", counted(days, where=closed), "day", "cases"
        ),
    )
    return ReviewFigures(period, tuple(tables), measures)


def _seconds(column: Any) -> Any:
    """Whole seconds since 1970 (integers, so dividing them gives whole hours or days)."""
    return unix_seconds(column)


def _category(code: str) -> str:
    if not catalogue.is_known(code):
        return code.replace("_", " ").capitalize()
    entry = catalogue.entry(code)
    sections = ", ".join(f"§{section}" for section in entry.sections)
    return f"{entry.label} ({sections}{', advisory' if entry.advisory else ''})"


def _referral_table(session: Session, made: tuple[Any, ...]) -> ShownTable:
    """One table, so no figure in one table undoes the suppression in another: per agency, made
    on time (on or before the clock's London day), late, or with no time limit (a dash where a
    column cannot apply, which every reader knows). Grouped by the due hour: London's offset is
    whole hours, so each group falls on one London day."""
    kinds = list(ReferralKind)
    hour = hour_text(Referral.due_at)
    rows = session.execute(
        select(Referral.kind, Referral.made_on, hour, func.count())
        .where(*made)
        .group_by(Referral.kind, Referral.made_on, hour)
    ).all()
    counts = {k.value: [0, 0, 0] for k in kinds}
    for kind, made_on, due_hour, n in rows:
        if kind not in counts or made_on is None:
            continue
        if RULES[ReferralKind(kind)].clock is ClockKind.NONE or due_hour is None:
            counts[kind][2] += int(n)
            continue
        due_day = london_date(datetime.strptime(due_hour, "%Y-%m-%d %H").replace(tzinfo=UTC))
        counts[kind][0 if made_on <= due_day else 1] += int(n)
    structural = []
    for r, kind in enumerate(kinds):
        if RULES[kind].clock is ClockKind.NONE:
            structural += [(r, 0), (r, 1)]
        else:
            structural.append((r, 2))
    return suppress_table(
        [RULES[k].label for k in kinds],
        ["On time", "Late", "No time limit"],
        [counts[k.value] for k in kinds],
        structural=[rc for rc in structural if not counts[kinds[rc[0]].value][rc[1]]],
    )
