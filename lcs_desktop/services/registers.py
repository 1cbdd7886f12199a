"""The registers a lead keeps in a spreadsheet — people, checks, cases, referrals — as plain
tables, built from the very list queries the pages show.

Each table goes through the list service the page uses (``list_people``, ``list_checks``,
``list_cases``), so the same permission check, the same case visibility and the same filter
apply: an export never holds a row its maker could not see on screen. The first columns are
the page's own, in its order; the extra ones (outcomes, clocks) follow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import select

from lcs_desktop.domain.case_outcomes import Finding, OutcomeKind
from lcs_desktop.domain.case_referrals import ReferralKind, ReferralState, is_overdue, made_late
from lcs_desktop.domain.checks import CheckStatus, DiscussionOutcome, PersonKind, PersonStatus
from lcs_desktop.domain.working_days import to_london
from lcs_desktop.reports.common import CancelCheck, Cancelled, Progress
from lcs_desktop.services.case_types import CaseFilter, CaseSummary
from lcs_desktop.store.cases import BreachCase, Outcome, Referral
from lcs_desktop.store.checks import CheckDiscussion

if TYPE_CHECKING:
    from lcs_desktop.services.cases import CaseService
    from lcs_desktop.services.check_types import CheckSummary
    from lcs_desktop.services.checks import ChecksService
    from lcs_desktop.services.identity import CurrentUser
    from lcs_desktop.services.people import PeopleService, PersonRow
    from lcs_desktop.services.workspace import Workspace

PAGE = 500  # the list services' largest page
Cell = str | int | date | datetime | None
Built = tuple[tuple[str, ...], list[tuple[Cell, ...]]]
T = TypeVar("T")


class Register(StrEnum):
    PEOPLE = "people"
    CHECKS = "checks"
    CASES = "cases"
    REFERRALS = "referrals"

    @property
    def label(self) -> str:
        return {
            "people": "People",
            "checks": "Recruitment checks",
            "cases": "Breach investigations",
            "referrals": "External referrals",
        }[self.value]


@dataclass(frozen=True, slots=True)
class RegisterFilter:
    """What the page's filter controls hold; each register reads the fields it knows."""

    query: str = ""
    kind: PersonKind | None = None
    person_status: PersonStatus | None = None
    check_status: CheckStatus | None = None
    case: CaseFilter | None = None

    @property
    def filtered(self) -> bool:
        case = self.case or CaseFilter()
        return bool(
            self.query.strip()
            or self.kind
            or self.person_status
            or self.check_status
            or case.status
            or case.overdue_only
            or case.officer_id is not None
        )


@dataclass(frozen=True, slots=True)
class RegisterTable:
    register: Register
    headings: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def local(moment: datetime | None) -> datetime | None:
    """London wall-clock time without a zone: what a spreadsheet cell can hold."""
    return None if moment is None else to_london(moment).replace(tzinfo=None)


def yes(value: bool) -> str:
    return "Yes" if value else "No"


def case_flags(c: CaseSummary) -> str:
    """The case list's Flags column, word for word."""
    return ", ".join((["Overdue clock"] if c.overdue else []) + (["Reported late"] if c.late_report else []))


def _pages(
    fetch: Callable[[int, int], Sequence[T]], progress: Progress | None, cancelled: CancelCheck | None
) -> Iterator[T]:
    """Every row of a paged list, checking for Cancel between pages."""
    offset = 0
    while True:
        if cancelled is not None and cancelled():
            raise Cancelled()
        page = fetch(offset, PAGE)
        yield from page
        offset += len(page)
        if progress is not None:
            progress(offset, 0)  # rows read so far; no total until the list ends
        if len(page) < PAGE:
            return


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), PAGE):  # SQLite limits the variables in one IN (...)
        yield ids[start : start + PAGE]


class RegisterTables:
    def __init__(
        self, workspace: Workspace, people: PeopleService, checks: ChecksService, cases: CaseService
    ) -> None:
        self._ws = workspace
        self._people = people
        self._checks = checks
        self._cases = cases

    def table(
        self,
        user: CurrentUser,
        register: Register,
        flt: RegisterFilter | None = None,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> RegisterTable:
        flt = flt or RegisterFilter()
        build = {
            Register.PEOPLE: self._people_rows,
            Register.CHECKS: self._check_rows,
            Register.CASES: self._case_rows,
            Register.REFERRALS: self._referral_rows,
        }[register]
        headings, rows = build(user, flt, progress, cancelled)
        return RegisterTable(register, headings, tuple(rows))

    # -- one builder per register -----------------------------------------------------------

    def _people_rows(
        self, user: CurrentUser, flt: RegisterFilter, progress: Progress | None, cancelled: CancelCheck | None
    ) -> Built:
        def fetch(offset: int, limit: int) -> Sequence[PersonRow]:
            return self._people.list_people(
                user, query=flt.query, kind=flt.kind, status=flt.person_status, offset=offset, limit=limit
            )

        headings = ("Last name", "First name", "Reference", "Kind", "Status", "Role")
        rows = [
            (p.last_name, p.first_name, p.reference, p.kind.label, p.status.label, p.role)
            for p in _pages(fetch, progress, cancelled)
        ]
        return headings, rows

    def _check_rows(
        self, user: CurrentUser, flt: RegisterFilter, progress: Progress | None, cancelled: CancelCheck | None
    ) -> Built:
        def fetch(offset: int, limit: int) -> Sequence[CheckSummary]:
            return self._checks.list_checks(user, status=flt.check_status, offset=offset, limit=limit)

        checks = list(_pages(fetch, progress, cancelled))
        outcomes: dict[int, str] = {}
        with self._ws.reading() as session:
            for chunk in _chunks([c.id for c in checks]):
                query = select(CheckDiscussion.check_id, CheckDiscussion.outcome).where(
                    CheckDiscussion.check_id.in_(chunk)
                )
                outcomes.update(
                    (cid, DiscussionOutcome(value).label) for cid, value in session.execute(query)
                )
        headings = (
            "Reference",
            "Person",
            "Person's reference",
            "Role applied for",
            "Status",
            "Result",
            "Checker",
            "Started",
            "Outcome of the discussion",
            "Completed",
        )
        rows = [
            (
                c.reference,
                c.person_name,
                c.person_reference,
                c.role_applied_for,
                c.status.label,
                c.result.label if c.result else "",
                c.checker,
                local(c.created_at),
                outcomes.get(c.id, ""),
                local(c.completed_at),
            )
            for c in checks
        ]
        return headings, rows

    def _visible_cases(
        self, user: CurrentUser, flt: RegisterFilter, progress: Progress | None, cancelled: CancelCheck | None
    ) -> list[CaseSummary]:
        def fetch(offset: int, limit: int) -> Sequence[CaseSummary]:
            return self._cases.list_cases(user, flt.case, offset, limit).rows

        return list(_pages(fetch, progress, cancelled))

    def _case_rows(
        self, user: CurrentUser, flt: RegisterFilter, progress: Progress | None, cancelled: CancelCheck | None
    ) -> Built:
        cases = self._visible_cases(user, flt, progress, cancelled)
        decided: dict[int, tuple[str | None, date | None, datetime | None]] = {}
        outcomes: dict[int, list[str]] = {}
        with self._ws.reading() as session:
            for chunk in _chunks([c.id for c in cases]):
                query = select(
                    BreachCase.id, BreachCase.finding, BreachCase.decided_on, BreachCase.closed_at
                ).where(BreachCase.id.in_(chunk))
                decided.update((cid, (f, on, closed)) for cid, f, on, closed in session.execute(query))
                kinds = (
                    select(Outcome.case_id, Outcome.kind)
                    .where(Outcome.case_id.in_(chunk))
                    .order_by(Outcome.case_id, Outcome.id)
                )
                for cid, kind in session.execute(kinds):
                    outcomes.setdefault(cid, []).append(OutcomeKind(kind).label)
        headings = (
            "Reference",
            "Subject",
            "Status",
            "Risk",
            "Came in",
            "Investigating officer",
            "Next clock due",
            "Flags",
            "Finding",
            "Outcomes",
            "Decided on",
            "Closed",
        )
        rows = []
        for c in cases:
            finding, decided_on, closed = decided.get(c.id, (None, None, None))
            rows.append(
                (
                    c.reference,
                    c.subject_name,
                    c.status.label,
                    c.risk.label if c.risk else "Not rated",
                    local(c.reported_at),
                    c.officer_name or "Not assigned",
                    local(c.next_due_at),
                    case_flags(c),
                    Finding(finding).label if finding else "",
                    "; ".join(outcomes.get(c.id, [])),
                    decided_on,
                    local(closed),
                )
            )
        return headings, rows

    def _referral_rows(
        self, user: CurrentUser, flt: RegisterFilter, progress: Progress | None, cancelled: CancelCheck | None
    ) -> Built:
        cases = {c.id: c for c in self._visible_cases(user, flt, progress, cancelled)}
        now = self._cases.now()
        found: list[Referral] = []
        with self._ws.reading() as session:
            for chunk in _chunks(list(cases)):
                query = select(Referral).where(Referral.case_id.in_(chunk))
                found.extend(session.scalars(query))
            session.expunge_all()
        order = {kind: n for n, kind in enumerate(ReferralKind)}
        # Newest case first, as the case list; each case's referrals in the form's order (a
        # reverse sort keeps equal items in their order, so the second sort keeps the first's).
        found.sort(key=lambda r: order[ReferralKind(r.kind)])
        found.sort(key=lambda r: (cases[r.case_id].reported_at, r.case_id), reverse=True)
        headings = (
            "Case",
            "Subject",
            "Referral",
            "Status",
            "Clock",
            "Due",
            "Overdue",
            "Made on",
            "Made late",
            "Reference or reason",
        )
        rows = []
        for r in found:
            kind, state = ReferralKind(r.kind), ReferralState(r.state)
            rows.append(
                (
                    cases[r.case_id].reference,
                    cases[r.case_id].subject_name,
                    kind.label,
                    state.label,
                    kind.rule.clock_text,
                    local(r.due_at),
                    yes(is_overdue(state, r.due_at, now)),
                    r.made_on,
                    yes(made_late(state, r.due_at, r.made_on)),
                    r.reference or r.reason,
                )
            )
        return headings, rows
