"""Reading one case whole, in a handful of queries (a 500-entry chronology opens fast).

Evidence is listed by metadata only; the bytes are fetched when a preview needs them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.domain import catalogue
from lcs_desktop.domain.case_outcomes import (
    AppealResult,
    DisciplinaryLevel,
    Finding,
    OutcomeKind,
    closure_problems,
)
from lcs_desktop.domain.case_referrals import RULES, ReferralKind, ReferralState, is_overdue, made_late
from lcs_desktop.domain.cases import (
    CaseStatus,
    EntryKind,
    PartyKind,
    RaisedByKind,
    RiskRating,
    assignment_warnings,
    duration_text,
)
from lcs_desktop.domain.checks import PersonKind, Platform
from lcs_desktop.domain.working_days import to_london
from lcs_desktop.services.case_types import (
    AppealView,
    BreachTypeView,
    CaseDetail,
    EntryView,
    OutcomeView,
    PartyView,
    ReferralView,
    SignOffView,
    SubjectView,
    UserRef,
)
from lcs_desktop.services.chronology import CASE_OWNER, ENTRY_OWNER
from lcs_desktop.services.evidence import list_evidence
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.services.outcomes import closure_facts
from lcs_desktop.services.policy_register import version_label
from lcs_desktop.store.accounts import User
from lcs_desktop.store.cases import (
    AffectedChild,
    Appeal,
    BreachCase,
    CaseBreachType,
    CasePlatform,
    ChronologyEntry,
    Outcome,
    Referral,
    SignOff,
)
from lcs_desktop.store.people import Person


def breach_type_view(code: str) -> BreachTypeView:
    entry = catalogue.entry(code)
    return BreachTypeView(entry.code, entry.label, entry.section_text, entry.clauses)


def referral_view(row: Referral, now: datetime, names: dict[int, str]) -> ReferralView:
    kind = ReferralKind(row.kind)
    state = ReferralState(row.state)
    rule = RULES[kind]
    return ReferralView(
        row.id,
        kind,
        rule.label,
        state,
        rule.clock_text,
        rule.explanation,
        row.clock_start,
        row.due_at,
        row.made_on,
        row.reference,
        row.reason,
        row.notes,
        is_overdue(state, row.due_at, now),
        made_late(state, row.due_at, row.made_on),
        names.get(row.updated_by_id, ""),
        row.updated_at,
    )


def load_detail(session: Session, case: BreachCase, user: CurrentUser, now: datetime) -> CaseDetail:
    cid = case.id
    person = session.get(Person, case.subject_person_id)
    assert person is not None
    entries = session.scalars(
        select(ChronologyEntry)
        .where(ChronologyEntry.case_id == cid)
        .order_by(ChronologyEntry.occurred_at, ChronologyEntry.id)
    ).all()
    referrals = session.scalars(select(Referral).where(Referral.case_id == cid).order_by(Referral.id)).all()
    outcomes = session.scalars(select(Outcome).where(Outcome.case_id == cid).order_by(Outcome.id)).all()
    sign_offs = session.scalars(select(SignOff).where(SignOff.case_id == cid).order_by(SignOff.id)).all()
    parties = session.scalars(
        select(AffectedChild).where(AffectedChild.case_id == cid).order_by(AffectedChild.id)
    )
    appeal = session.scalar(select(Appeal).where(Appeal.case_id == cid))
    codes = session.scalars(
        select(CaseBreachType.code).where(CaseBreachType.case_id == cid).order_by(CaseBreachType.position)
    ).all()
    platforms = session.scalars(
        select(CasePlatform.platform).where(CasePlatform.case_id == cid).order_by(CasePlatform.position)
    ).all()
    user_ids: set[int | None] = {case.reported_to_id, case.investigating_officer_id, case.decision_maker_id}
    user_ids |= {e.recorded_by_id for e in entries} | {r.updated_by_id for r in referrals}
    user_ids |= {o.recorded_by_id for o in outcomes} | {s.signed_by_id for s in sign_offs}
    wanted = {i for i in user_ids if i is not None}
    names: dict[int, str] = dict(
        session.execute(select(User.id, User.full_name).where(User.id.in_(wanted))).all()
    )
    entry_evidence = list_evidence(session, ENTRY_OWNER, [e.id for e in entries])
    case_evidence = list_evidence(session, CASE_OWNER, [cid])[cid]

    corrected_by: dict[int, list[int]] = {}
    for e in entries:
        if e.corrects_id is not None:
            corrected_by.setdefault(e.corrects_id, []).append(e.id)
    entry_views = tuple(
        EntryView(
            e.id,
            EntryKind(e.kind),
            e.occurred_at,
            e.summary,
            e.details,
            e.participants,
            e.corrects_id,
            tuple(corrected_by.get(e.id, ())),
            names.get(e.recorded_by_id, ""),
            e.recorded_at,
            tuple(entry_evidence.get(e.id, ())),
        )
        for e in entries
    )
    referral_views = tuple(referral_view(r, now, names) for r in referrals)
    outcome_views = tuple(
        OutcomeView(
            o.id,
            OutcomeKind(o.kind),
            OutcomeKind(o.kind).label,
            DisciplinaryLevel(o.level) if o.level else None,
            o.review_on,
            o.expires_on,
            o.details,
            names.get(o.recorded_by_id, ""),
            o.recorded_at,
        )
        for o in outcomes
    )
    status = CaseStatus(case.status)
    problems = (
        ()
        if status is CaseStatus.CLOSED
        else tuple(closure_problems(closure_facts(session, case, user, "x")))
    )
    overdue = tuple(
        f"{r.label} was due by {to_london(r.due_at):%d/%m/%Y %H:%M} and is overdue."
        for r in referral_views
        if r.overdue and r.due_at is not None
    )
    kind_text = {k.value: k.label for k in PersonKind}.get(person.kind, person.kind)
    return CaseDetail(
        id=cid,
        reference=case.reference,
        status=status,
        risk=RiskRating(case.risk) if case.risk else None,
        subject=SubjectView(
            person.id,
            f"{person.first_name} {person.last_name}",
            person.kind,
            kind_text,
            person.role,
            person.reference,
        ),
        concern_at=case.concern_at,
        reported_at=case.reported_at,
        reported_to=UserRef(case.reported_to_id, names.get(case.reported_to_id, "")),
        raised_by=case.raised_by,
        raised_by_kind=RaisedByKind(case.raised_by_kind),
        what_was_seen=case.what_was_seen,
        immediate_actions=case.immediate_actions,
        time_to_report=duration_text(case.reported_at - case.concern_at),
        late_report=case.late_report,
        breach_types=tuple(breach_type_view(c) for c in codes),
        platforms=tuple(Platform(p) for p in platforms),
        officer=_ref(case.investigating_officer_id, names),
        decision_maker=_ref(case.decision_maker_id, names),
        decided_on=case.decided_on,
        finding=Finding(case.finding) if case.finding else None,
        decision_reason=case.decision_reason,
        parties=tuple(PartyView(p.id, PartyKind(p.kind), p.reference, bool(p.name)) for p in parties),
        chronology=entry_views,
        evidence=tuple(case_evidence),
        referrals=referral_views,
        outcomes=outcome_views,
        appeal=_appeal(appeal),
        sign_offs=tuple(
            SignOffView(s.kind, names.get(s.signed_by_id, ""), s.signed_at, s.note) for s in sign_offs
        ),
        warnings=assignment_warnings(case.investigating_officer_id, case.decision_maker_id),
        closure_problems=tuple(p for p in problems if "sign-off" not in p),
        created_at=case.created_at,
        closed_at=case.closed_at,
        can_edit=status is not CaseStatus.CLOSED,
        overdue=overdue,
        policy_version=version_label(session, case.policy_version_id) or "",
        row_version=case.row_version,
    )


def _ref(user_id: int | None, names: dict[int, str]) -> UserRef | None:
    return UserRef(user_id, names.get(user_id, "")) if user_id is not None else None


def _appeal(row: Appeal | None) -> AppealView | None:
    if row is None:
        return None
    return AppealView(
        row.lodged_on,
        row.grounds,
        row.heard_on,
        row.heard_by,
        AppealResult(row.result) if row.result else None,
        row.result_on,
        row.result_reason,
    )
