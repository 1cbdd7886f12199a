"""Home's to-do sources from the case records and drafts: referral clocks, supervision and
warning review dates, appeals awaiting a result, and forms left unsaved when the app stopped.

Each is ``source(ws, user, today) -> list[DeskItem]``: references and dates only (never a name),
and only on the cases this person may see (a manager: the cases assigned to them).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from lcs_desktop.domain.case_outcomes import DisciplinaryLevel, OutcomeKind
from lcs_desktop.domain.desk import DeskItem, DeskKind, DeskLink
from lcs_desktop.domain.working_days import london_date, to_london
from lcs_desktop.services.case_access import can_see_cases, visibility
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.cases import Appeal, BreachCase, Outcome

# How far ahead a review date appears, and how long a missed one stays.
AHEAD = timedelta(days=30)
BEHIND = timedelta(days=60)
CASES_PAGE = "breaches"
CHECKS_PAGE = "checks"
CONCERN_PAGE = "report_concern"  # the main window opens the kept concern draft

_DRAFT_WORDS = {
    "concern_intake": "concern",
    "chronology_entry": "chronology entry",
    "check_finding": "finding",
    "check_discussion": "applicant discussion",
}


def referral_clocks(ws: Workspace, user: CurrentUser, today: date) -> list[DeskItem]:
    """The Home page's overdue and soon-due referral clocks (the same query as before)."""
    if not can_see_cases(user):
        return []
    from lcs_desktop.services.cases import CaseService

    summary = CaseService(ws).home_summary(user)
    items = []
    for clock in (*summary.overdue, *summary.due_soon):
        local = to_london(clock.due_at)
        state = f"was due at {local:%H:%M}" if clock.overdue else f"is due by {local:%H:%M}"
        items.append(
            DeskItem(
                DeskKind.REFERRAL_CLOCK,
                london_date(clock.due_at),
                f"{clock.label} for {clock.reference} {state}",
                DeskLink(CASES_PAGE, clock.case_id),
                clock.overdue,
            )
        )
    return items


def outcome_dates(ws: Workspace, user: CurrentUser, today: date) -> list[DeskItem]:
    """Supervision review dates and disciplinary warnings' expiry dates near today."""
    if not can_see_cases(user):
        return []
    first, last = today - BEHIND, today + AHEAD
    items = []
    with ws.reading() as session:
        rows = session.execute(
            select(
                BreachCase.id,
                BreachCase.reference,
                Outcome.kind,
                Outcome.level,
                Outcome.review_on,
                Outcome.expires_on,
            )
            .join(Outcome, Outcome.case_id == BreachCase.id)
            .where(
                visibility(user),
                Outcome.kind.in_((OutcomeKind.SUPERVISION.value, OutcomeKind.DISCIPLINARY.value)),
            )
            .where(
                ((Outcome.review_on >= first) & (Outcome.review_on <= last))
                | ((Outcome.expires_on >= first) & (Outcome.expires_on <= last))
            )
        ).all()
    for case_id, reference, kind, level, review_on, expires_on in rows:
        link = DeskLink(CASES_PAGE, case_id)
        if kind == OutcomeKind.SUPERVISION.value and review_on is not None and first <= review_on <= last:
            past = review_on < today
            verb = "was due" if past else "is due"
            items.append(
                DeskItem(
                    DeskKind.SUPERVISION_REVIEW,
                    review_on,
                    f"Supervision review for {reference} {verb}",
                    link,
                    past,
                )
            )
        if expires_on is not None and first <= expires_on <= last:
            name = _level(level)
            verb = "expired" if expires_on < today else "expires"
            sentence = f"{name} on {reference} {verb}: review whether anything follows"
            items.append(DeskItem(DeskKind.WARNING_REVIEW, expires_on, sentence, link, False))
    return items


def _level(level: str | None) -> str:
    try:
        return DisciplinaryLevel(level).label if level else "The warning"
    except ValueError:
        return "The warning"


def appeals(ws: Workspace, user: CurrentUser, today: date) -> list[DeskItem]:
    """Appeals lodged and still without a result: the hearing date, or the day lodged."""
    if not can_see_cases(user):
        return []
    with ws.reading() as session:  # the few open appeals first, then which of their cases to show
        open_appeals = session.execute(
            select(Appeal.case_id, Appeal.lodged_on, Appeal.heard_on).where(Appeal.result.is_(None))
        ).all()
        references = dict(
            session.execute(
                select(BreachCase.id, BreachCase.reference).where(
                    visibility(user), BreachCase.id.in_([a.case_id for a in open_appeals])
                )
            ).all()
        )
    rows = [(c, references[c], lodged, heard) for c, lodged, heard in open_appeals if c in references]
    items = []
    for case_id, reference, lodged_on, heard_on in rows:
        if heard_on is None:
            sentence, due, late = f"Appeal on {reference} is waiting for a hearing date", lodged_on, False
        elif heard_on < today:
            sentence, due, late = f"Appeal on {reference} was heard: record its result", heard_on, True
        else:
            sentence, due, late = f"Appeal hearing on {reference}", heard_on, False
        items.append(DeskItem(DeskKind.APPEAL_DEADLINE, due, sentence, DeskLink(CASES_PAGE, case_id), late))
    return items


def crash_drafts(ws: Workspace, user: CurrentUser, today: date) -> list[DeskItem]:
    """This person's own forms kept as drafts (the app stopped before they were saved)."""
    from lcs_desktop.services.drafts import DraftService

    items = []
    for key, saved_at in DraftService(ws).kept(user):
        kind, _, rest = key.partition(":")
        record = rest.split(":", 1)[0]
        record_id = int(record) if record.isdigit() else None
        if kind == "concern_intake":
            link = DeskLink(CONCERN_PAGE)
        elif kind == "chronology_entry":
            link = DeskLink(CASES_PAGE, record_id)
        else:
            link = DeskLink(CHECKS_PAGE, record_id)
        words = _DRAFT_WORDS.get(kind, "form")
        sentence = f"An unsaved {words} was kept: open it to finish or discard it"
        items.append(DeskItem(DeskKind.CRASH_DRAFT, london_date(saved_at), sentence, link, False))
    return items
