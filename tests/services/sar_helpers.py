"""A person with checks, cases about them and a concern they raised, for the subject access tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from lcs_desktop.domain.subject_access import Decision
from lcs_desktop.services.subject_access_proposals import ProposalKind
from tests.services.case_helpers import NOW, CaseWorld, build_world, decide_and_prepare, report
from tests.services.check_fixtures import details, finding, scope, tiny_png

CHILD = "Amira Haddad"
FAMILY = "The Mensah family"
RAISER = "Grace Okonkwo"
OTHER_SUBJECT = "Priya Raman"  # the person a concern raised by the requester is about
SUBJECT_REPORT = "I saw a post naming a child from the contact centre."
SEEN = "A public post naming a family the applicant met through another charity."
INTERVIEW = "She said the photo was taken at the family's request."
ACCOUNT = "The post was a holiday photo from years ago."
APPEAL = "The photo was shared with the family's written consent."


@dataclass
class SarWorld:
    world: CaseWorld
    person_id: int
    check_id: int
    case_id: int
    raised_case_id: int

    @property
    def org(self):
        return self.world.org

    @property
    def lead(self):
        return self.world.lead


def _check(org, lead, person_id: int) -> int:
    """A check of an appointed volunteer (justified), with a finding and its screenshot."""
    check_id = org.checks.create_check(lead, person_id, details(), justification="Re-check after a concern.")
    org.checks.set_scope(lead, check_id, scope())
    org.checks.set_attestations(lead, check_id, True, True)
    org.checks.add_finding(lead, check_id, finding(), [("post.png", tiny_png())])
    org.checks.set_result(lead, check_id, "concerns_found")
    return check_id


def _complete_and_discuss(org, lead, check_id: int) -> None:
    from tests.services.test_checks_guards import discussion

    org.checks.complete_check(lead, check_id)
    finding_id = org.checks.get_check(lead, check_id).findings[0].id
    org.checks.record_discussion(lead, check_id, discussion([finding_id], applicant_account=ACCOUNT))


def _decide_close_and_appeal(world: CaseWorld, case_id: int) -> None:
    lead = world.lead
    decide_and_prepare(world, case_id)
    world.cases.close_case(lead, case_id, note="Advice given; closed.")
    world.cases.record_appeal(lead, case_id, lodged_on=NOW.date(), grounds=APPEAL, heard_by="Otto Other")


def build_sar_world(org, make_user, *, checks: int = 1, cases: int = 1, full: bool = False) -> SarWorld:
    """``full``: the first check completed and discussed, the first case decided, closed and
    appealed, so every kind of record is in the pack."""
    world = build_world(org, make_user)
    lead = world.lead
    pid = world.subject_id  # Zoë Łukasz-محمد, V-100
    check_ids = [_check(org, lead, pid) for _ in range(checks)]
    case_ids = []
    for _ in range(cases):
        cid = report(world, raised_by=RAISER, what_was_seen=f"Post showing {CHILD}; {RAISER} saw it.").case_id
        world.cases.add_party(lead, cid, kind="child", reference="C-204", name=CHILD)
        world.cases.add_party(lead, cid, kind="family", reference="F-88", name=FAMILY)
        entry = world.cases.add_entry(
            lead,
            cid,
            kind="interview",
            occurred_at=NOW - timedelta(minutes=50),
            summary="Volunteer interviewed",
            details=INTERVIEW,
            participants="Mona Manager",
        )
        world.cases.attach_evidence(lead, cid, "photo.png", tiny_png(), entry_id=entry)
        case_ids.append(cid)
    if full:
        _complete_and_discuss(org, lead, check_ids[0])
        _decide_close_and_appeal(world, case_ids[0])
    other = org.people.add_person(lead, first_name="Priya", last_name="Raman", kind="staff", reference="S-7")
    raised = report(
        world,
        subject_person_id=other,
        raised_by="Zoë Łukasz-محمد",
        raised_by_kind="volunteer",
        what_was_seen=SUBJECT_REPORT,
    ).case_id
    return SarWorld(world, pid, check_ids[0], case_ids[0], raised)


def decide_all(sar: SarWorld, request_id: int, *, reject: tuple[str, ...] = ()) -> None:
    """Accept every proposal with its suggested exemption, except those whose words are in
    ``reject`` (and staff, who are disclosed)."""
    service = sar.org.subject_access
    for p in service.proposals(sar.lead, request_id):
        if p.words in reject or p.kind is ProposalKind.STAFF:
            service.decide(sar.lead, request_id, p, Decision.REJECTED)
        else:
            service.decide(sar.lead, request_id, p, Decision.ACCEPTED, p.suggested)
