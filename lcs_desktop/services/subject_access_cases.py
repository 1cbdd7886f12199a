"""The cases about a person, for their subject access pack: each case, its chronology,
referrals, decision and outcomes (the outcome letter's content), appeal and sign-offs; and the
helpers the other sections share. Names met on the way are collected as proposals."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from lcs_desktop.domain.subject_access import Exemption
from lcs_desktop.domain.working_days import to_london
from lcs_desktop.reports.sar_pack_data import SarItem, SarSection
from lcs_desktop.services.case_detail import load_detail as load_case
from lcs_desktop.services.subject_access_proposals import ProposalKind, Proposals
from lcs_desktop.store.cases import AffectedChild

T = Exemption.THIRD_PARTY


def d(value: date | datetime | None) -> str:
    if value is None:
        return "Not recorded"
    if isinstance(value, datetime):
        return to_london(value).strftime("%d/%m/%Y %H:%M")
    return value.strftime("%d/%m/%Y")


def staff_proposal(props: Proposals, staff: dict[int, str], user_id: int | None, where: str) -> None:
    if user_id is not None and user_id in staff:
        props.add(f"user:{user_id}", ProposalKind.STAFF, staff[user_id], T, where)


def cases_section(session, user, cases, now, props, staff, evidence) -> SarSection:  # type: ignore[no-untyped-def]
    items: list[SarItem] = []
    for case in cases:
        c = load_case(session, case, user, now)
        ref = c.reference
        for uid in (case.reported_to_id, case.investigating_officer_id, case.decision_maker_id):
            staff_proposal(props, staff, uid, ref)
        kind = ProposalKind.CONCERN_RAISER
        props.add(f"raiser:{case.id}", kind, c.raised_by, T, ref)
        parties = session.scalars(select(AffectedChild).where(AffectedChild.case_id == case.id)).all()
        for p in parties:
            suggested = Exemption.SAFEGUARDING if p.kind == "child" else T
            props.add(f"party:{p.id}", ProposalKind.AFFECTED_PERSON, p.name, suggested, ref)
        evidence.extend((x, ref) for x in c.evidence)
        items.append(
            SarItem(
                f"Case {ref}",
                (
                    ("Status", c.status.label),
                    ("Risk", c.risk.label if c.risk else "Not rated"),
                    ("Concern arose", d(c.concern_at)),
                    ("Reported", d(c.reported_at)),
                    ("Reported to", c.reported_to.name),
                    ("Raised by", f"{c.raised_by or 'Not named'} ({c.raised_by_kind.label.lower()})"),
                    ("Allegations", "; ".join(f"{b.label} ({b.section_text})" for b in c.breach_types)),
                    ("Platforms", ", ".join(p.label for p in c.platforms) or "None recorded"),
                    ("Investigating officer", c.officer.name if c.officer else "Not assigned"),
                    ("Decision maker", c.decision_maker.name if c.decision_maker else "Not assigned"),
                    *((f"{p.kind.replace('_', ' ').capitalize()} {p.reference}", p.name) for p in parties),
                ),
                (("What was seen", c.what_was_seen), ("Immediate actions", c.immediate_actions)),
            )
        )
        for e in c.chronology:
            props.add_name(ProposalKind.STAFF, e.recorded_by, T, ref)
            evidence.extend((x, f"{ref}, chronology entry {e.id}") for x in e.evidence)
            heading = f"{ref}: {e.kind.label.lower()} on {d(e.occurred_at)}"
            texts = (("Summary", e.summary), ("Details", e.details), ("Who took part", e.participants))
            items.append(
                SarItem(heading, (("Recorded by", e.recorded_by), ("Recorded", d(e.recorded_at))), texts)
            )
        for r in c.referrals:
            props.add_name(ProposalKind.STAFF, r.updated_by, T, ref)
            facts_ = (("State", r.state.label), ("Clock", r.clock_text), ("Made on", d(r.made_on)))
            items.append(
                SarItem(
                    f"{ref}: {r.label}",
                    (*facts_, ("Their reference", r.reference or "None")),
                    (("Reason", r.reason), ("Notes", r.notes)),
                )
            )
        if c.finding or c.outcomes:
            outcomes = "; ".join(o.text for o in c.outcomes) or "None recorded"
            items.append(
                SarItem(
                    f"{ref}: decision, outcomes and the outcome letter",
                    (
                        ("Decided on", d(c.decided_on)),
                        ("Finding", c.finding.label if c.finding else "Not recorded"),
                        ("What the finding means", c.finding.meaning if c.finding else ""),
                        ("Outcomes", outcomes),
                    ),
                    (
                        ("Reason for the decision", c.decision_reason),
                        *((o.text, o.details) for o in c.outcomes),
                    ),
                )
            )
        if c.appeal is not None:
            a = c.appeal
            props.add_name(ProposalKind.COLLEAGUE_NAMED, a.heard_by, T, ref)
            items.append(
                SarItem(
                    f"{ref}: appeal",
                    (
                        ("Lodged", d(a.lodged_on)),
                        ("Heard", d(a.heard_on)),
                        ("Heard by", a.heard_by or "Not recorded"),
                        ("Result", a.result.label if a.result else "Not decided"),
                        ("Result given", d(a.result_on)),
                    ),
                    (("Grounds", a.grounds), ("Reason for the result", a.result_reason)),
                )
            )
        for s in c.sign_offs:
            props.add_name(ProposalKind.STAFF, s.signed_by, T, ref)
            label = "closed" if s.kind == "closure" else "reopened"
            items.append(
                SarItem(f"{ref}: {label} on {d(s.signed_at)}", (("By", s.signed_by),), (("Note", s.note),))
            )
    intro = "Concerns reported about you and how each was investigated and decided."
    return SarSection("Concerns and cases about you", intro, tuple(items))
