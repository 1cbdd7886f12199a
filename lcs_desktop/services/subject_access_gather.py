"""Everything held about one person, read for a subject access pack (UK GDPR Art. 15).

The person record, their checks (scope, findings, evidence, the applicant discussion), the
cases about them (chronology, referrals, outcomes and the outcome letter's decision, appeal,
sign-offs), the concerns they raised about someone else (their own report, the subject
proposed for redaction), and the audit events about their records as sentences. Read in one
transaction; nothing is changed. Third-party names are collected as proposals as they are met.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from lcs_desktop.domain.checks import PersonKind, PersonStatus
from lcs_desktop.domain.subject_access import Exemption
from lcs_desktop.reports.sar_pack_data import SarItem, SarSection
from lcs_desktop.services.audit_lookups import facts, lookup_names
from lcs_desktop.services.audit_sentences import render
from lcs_desktop.services.case_access import ENTITY as CASE_ENTITY
from lcs_desktop.services.check_detail import load_detail as load_check
from lcs_desktop.services.evidence import EvidenceInfo
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.services.subject_access_cases import T, cases_section, d, staff_proposal
from lcs_desktop.services.subject_access_proposals import ProposalKind, Proposals
from lcs_desktop.store.accounts import User
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.cases import AffectedChild, BreachCase
from lcs_desktop.store.checks import Check
from lcs_desktop.store.people import Person


@dataclass
class Gathered:
    person_name: str
    person_reference: str
    sections: list[SarSection]
    proposals: Proposals
    evidence: list[tuple[EvidenceInfo, str]]  # each file and what it is attached to


def gather(session: Session, user: CurrentUser, person_id: int, now: datetime) -> Gathered:
    person = session.get(Person, person_id)
    assert person is not None  # the service checked
    name = f"{person.first_name} {person.last_name}"
    props = Proposals(name)
    evidence: list[tuple[EvidenceInfo, str]] = []
    staff = dict(session.execute(select(User.id, User.full_name)).all())
    sections = [_person_section(person)]
    check_ids = list(session.scalars(select(Check.id).where(Check.person_id == person_id).order_by(Check.id)))
    sections.append(_checks_section(session, check_ids, props, staff, evidence))
    about = session.scalars(
        select(BreachCase).where(BreachCase.subject_person_id == person_id).order_by(BreachCase.id)
    ).all()
    sections.append(cases_section(session, user, about, now, props, staff, evidence))
    raised = _raised_by(session, person, name)
    sections.append(_raised_section(session, raised, props))
    sections.append(_audit_section(session, person_id, check_ids, [c.id for c in about], props, staff))
    _staff_named_in_text(sections, props, staff)
    return Gathered(name, person.reference, sections, props, evidence)


def _staff_named_in_text(sections: list[SarSection], props: Proposals, staff: dict[int, str]) -> None:
    """Colleagues named in what was typed ("Who took part: Mona Manager") though they did
    nothing to the records themselves: proposed too, where first met."""
    names = {uid: " ".join(n.casefold().split()) for uid, n in staff.items() if len(n.strip()) >= 3}
    for section in sections:
        for item in section.items:
            text = " ".join(v for _label, v in (*item.facts, *item.texts)).casefold()
            for uid, folded in names.items():
                if folded in text:
                    props.add(f"user:{uid}", ProposalKind.COLLEAGUE_NAMED, staff[uid], T, item.heading)


def _person_section(p: Person) -> SarSection:
    facts_ = (
        ("Name", f"{p.first_name} {p.last_name}"),
        ("Reference", p.reference),
        ("Kind", PersonKind(p.kind).label),
        ("Status", PersonStatus(p.status).label),
        ("Role", p.role or "Not recorded"),
        ("Email", p.email or "Not recorded"),
        ("Phone", p.phone or "Not recorded"),
        ("Date of birth", d(p.date_of_birth)),
        ("Record made", d(p.created_at)),
        ("Last changed", d(p.updated_at)),
    )
    return SarSection("Your record", "The details held about you.", (SarItem(p.reference, facts_),))


def _checks_section(session, check_ids, props, staff, evidence) -> SarSection:  # type: ignore[no-untyped-def]
    items: list[SarItem] = []
    for check_id in check_ids:
        c = load_check(session, check_id)
        ref = c.reference
        row = session.get(Check, check_id)
        for uid in (row.checker_id, row.completed_by_id, row.panel_confirmed_by_id, row.justified_by_id):
            staff_proposal(props, staff, uid, ref)
        props.add_name(ProposalKind.COLLEAGUE_NAMED, c.authorised_by, T, ref)
        items.append(
            SarItem(
                f"Check {ref}",
                (
                    ("Status", c.status.label),
                    ("Role applied for", c.role_applied_for or "Not recorded"),
                    ("Stage", c.stage.label if c.stage else "Not recorded"),
                    ("Authorised by", c.authorised_by or "Not recorded"),
                    ("Privacy notice given", d(c.privacy_notice_date)),
                    ("Checker", c.checker),
                    ("Result", c.result.label if c.result else "Not recorded"),
                    ("Completed", d(c.completed_at)),
                    ("Completed by", c.completed_by or "Not recorded"),
                    ("Policy version", c.policy_version),
                ),
                (
                    ("Why a check was proportionate", c.proportionality_reason),
                    *(
                        (
                            f"Searched: {s.platform.label}",
                            "; ".join(x for x in (s.action.label, s.handles, s.search_terms, s.notes) if x),
                        )
                        for s in c.scope
                    ),
                ),
            )
        )
        for number, f in enumerate(c.findings, 1):
            where = f"{ref}, finding {number}"
            props.add_name(ProposalKind.STAFF, f.added_by, T, where)
            evidence.extend((x, where) for x in f.evidence)
            items.append(
                SarItem(
                    f"Finding {number} on {ref}",
                    (
                        ("Platform", f.platform.label),
                        ("Address", f.address or "Not recorded"),
                        ("Content dated", d(f.content_date)),
                        ("Captured on", d(f.captured_on)),
                        ("Category", f.category_label),
                        ("Policy", f.policy_sections),
                        ("Severity", f.severity.label),
                        ("Relevance", f.relevance.label),
                        ("Recorded by", f.added_by),
                        ("Evidence files", str(len(f.evidence))),
                    ),
                    (("What was seen", f.seen),),
                )
            )
        if c.discussion is not None:
            x = c.discussion
            props.add_name(ProposalKind.COLLEAGUE_NAMED, x.decided_by, T, ref)
            props.add_name(ProposalKind.STAFF, x.recorded_by, T, ref)
            items.append(
                SarItem(
                    f"Discussion with you about {ref}",
                    (
                        ("Held", d(x.held_at)),
                        ("How", x.method.label),
                        ("Outcome", x.outcome.label),
                        ("Decided by", x.decided_by),
                        ("You were told on", d(x.applicant_told_on)),
                    ),
                    (
                        ("Present", x.present),
                        ("Your account", x.applicant_account),
                        ("Assessment", x.assessment),
                        ("Reason for the decision", x.decision_reason),
                    ),
                )
            )
    intro = "Social media checks made on you, what was found and the discussion with you."
    return SarSection("Checks", intro, tuple(items))


def _raised_by(session: Session, person: Person, name: str) -> list[BreachCase]:
    """Cases this person raised about someone else: the raiser's name as recorded matches theirs
    (the case holds the raiser as typed, so the match is on the folded full name). Two columns
    are read, not whole cases, so the search stays quick with many cases."""
    folded = " ".join(name.casefold().split())
    rows = session.execute(
        # No SQL test of the name: on the office server it is sealed (compared here, opened).
        select(BreachCase.id, BreachCase.raised_by).where(BreachCase.subject_person_id != person.id)
    )
    ids = sorted(i for i, raised in rows if raised and " ".join(raised.casefold().split()) == folded)
    if not ids:
        return []
    return list(session.scalars(select(BreachCase).where(BreachCase.id.in_(ids)).order_by(BreachCase.id)))


def _raised_section(session: Session, cases: list[BreachCase], props: Proposals) -> SarSection:
    items: list[SarItem] = []
    for case in cases:
        subject = session.get(Person, case.subject_person_id)
        assert subject is not None
        ref = case.reference
        props.add(
            f"person:{subject.id}",
            ProposalKind.CASE_SUBJECT,
            f"{subject.first_name} {subject.last_name}",
            T,
            ref,
        )
        for p in session.scalars(select(AffectedChild).where(AffectedChild.case_id == case.id)):
            suggested = Exemption.SAFEGUARDING if p.kind == "child" else T
            props.add(f"party:{p.id}", ProposalKind.AFFECTED_PERSON, p.name, suggested, ref)
        items.append(
            SarItem(
                f"Concern {ref} that you raised",
                (
                    ("About", f"{subject.first_name} {subject.last_name}"),
                    ("Concern arose", d(case.concern_at)),
                    ("Reported", d(case.reported_at)),
                ),
                (
                    ("Your report: what was seen", case.what_was_seen),
                    ("Immediate actions", case.immediate_actions),
                ),
            )
        )
    intro = "Concerns you raised about someone else: your own report (the other person's details are theirs)."
    return SarSection("Concerns you raised", intro, tuple(items))


def _audit_section(session, person_id, check_ids, case_ids, props, staff) -> SarSection:  # type: ignore[no-untyped-def]
    about = [and_(AuditEvent.entity_type == "person", AuditEvent.entity_id == str(person_id))]
    if check_ids:
        about.append(
            and_(AuditEvent.entity_type == "check", AuditEvent.entity_id.in_([str(i) for i in check_ids]))
        )
    if case_ids:
        about.append(
            and_(AuditEvent.entity_type == CASE_ENTITY, AuditEvent.entity_id.in_([str(i) for i in case_ids]))
        )
    events = [
        facts(e) for e in session.scalars(select(AuditEvent).where(or_(*about)).order_by(AuditEvent.seq))
    ]
    names = lookup_names(session, events)
    rows = []
    for e in events:
        staff_proposal(props, staff, e.actor_id, "the audit trail")
        said = render(e, names)
        what = "\n".join([said.what_capitalised, *said.lines])
        rows.append((d(e.at), said.who, what))
    intro = "Every recorded action on your records, in the order it happened."
    return SarSection("Who did what with your records", intro, (), ("When", "Who", "What"), tuple(rows))
