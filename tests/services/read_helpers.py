"""Records with content of every kind, for the read-audit and refusal tests: a case with a
named child and evidence, a check with evidence, a person; and the audit events since a point."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from lcs_desktop.store.audit_events import AuditEvent
from tests.services.case_helpers import build_world, report
from tests.services.check_fixtures import add_applicant, ready_check, tiny_png

PARTY_NAME = "Amir Haddad-Okafor"


@dataclass
class Records:
    world: object
    case_id: int
    party_id: int
    case_evidence_id: int
    check_id: int
    check_evidence_id: int
    person_id: int


def make_records(org, make_user) -> Records:
    world = build_world(org, make_user)
    lead = org.user
    case_id = report(world).case_id
    party_id = org.cases.add_party(lead, case_id, kind="child", reference="C-204", name=PARTY_NAME)
    case_evidence = org.cases.attach_evidence(lead, case_id, "post.png", tiny_png())
    person_id = add_applicant(org, first_name="Priya", last_name="Quartermaine")
    check_id = ready_check(org, lead, person_id)
    check_evidence = org.checks.get_check(lead, check_id).findings[0].evidence[0].id
    return Records(world, case_id, party_id, case_evidence.id, check_id, check_evidence, person_id)


def new_events(org, after: int) -> list[AuditEvent]:
    with org.workspace.reading() as session:
        return list(
            session.scalars(select(AuditEvent).where(AuditEvent.seq > after).order_by(AuditEvent.seq))
        )


def last_seq(org) -> int:
    with org.workspace.reading() as session:
        return session.scalar(select(func.max(AuditEvent.seq))) or 0
