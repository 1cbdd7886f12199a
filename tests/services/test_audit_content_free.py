"""The audit trail holds no content (issue 10): a demo-like run through the services, with a
distinctive marker in every name and every typed text, leaves the marker in no event's
details; the demo organisation's own names and texts are in none either. The values are in
the records' histories instead, for the people who may read them."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from lcs_desktop.domain.checks import DiscussionOutcome
from lcs_desktop.services.check_types import DiscussionInput
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.cases import AffectedChild, BreachCase, ChronologyEntry
from lcs_desktop.store.checks import Check, CheckDiscussion, Finding
from lcs_desktop.store.people import Person
from tests.frozen_clock import TEST_NOW, TEST_TODAY
from tests.services.case_helpers import NOW, build_world, decide_and_prepare, report
from tests.services.check_fixtures import details, finding, scope, tiny_png

MARK = "Quixotl"

pytestmark = pytest.mark.both_backends


def _m(text: str) -> str:
    return f"{text} {MARK}"


def _all_details(org) -> list[tuple[str, str]]:
    with org.workspace.reading() as session:
        rows = session.execute(select(AuditEvent.action, AuditEvent.details)).all()
    return [(action, details or "") for action, details in rows]


def _run_cases(world) -> int:
    lead, cases = world.lead, world.cases
    case_id = report(
        world,
        raised_by=_m("Parent Ravenscroft"),
        what_was_seen=_m("A photograph of a contact session"),
        immediate_actions=_m("Asked for the post to come down"),
    ).case_id
    cases.add_party(lead, case_id, kind="child", reference="C-7", name=_m("Amira Haddad"))
    entry = cases.add_entry(
        lead, case_id, kind="interview", occurred_at=NOW - timedelta(minutes=30), summary=_m("Interview")
    )
    cases.correct_entry(lead, case_id, entry, reason=_m("Wrong person named"), summary=_m("Interview, fixed"))
    cases.set_risk(lead, case_id, "high")
    cases.record_referral(
        lead,
        case_id,
        kind="lado",
        state="made",
        made_on=NOW.date(),
        reference="LADO-1",
        notes=_m("Spoke to the duty officer"),
    )
    decide_and_prepare(world, case_id)
    cases.record_decision(
        lead,
        case_id,
        decision_maker_id=lead.id,
        decided_on=NOW.date(),
        finding="substantiated",
        reason=_m("The post identified a child"),
    )
    cases.close_case(lead, case_id, note=_m("Closed after advice"))
    cases.reopen_case(lead, case_id, reason=_m("New information from the LADO"))
    cases.record_appeal(lead, case_id, lodged_on=NOW.date(), grounds=_m("The volunteer disputes it"))
    return case_id


def _run_checks(org, lead) -> int:
    person = org.people.add_person(
        lead,
        first_name=_m("Jo"),
        last_name=f"Bloggs{MARK}",
        kind="applicant",
        reference="APP-77",
        email=f"jo.{MARK.lower()}@example.org",
        phone="07700 900123",
        role=_m("Contact supervisor"),
    )
    org.people.edit_person(lead, person, last_name=f"Smith{MARK}", email="")
    checks = org.checks
    check_id = checks.create_check(
        lead,
        person,
        details(
            role_applied_for=_m("Contact supervisor"),
            checker_on_panel=True,
            proportionality_reason=_m("Supervises contact"),
            authorised_by=_m("Sam Lead"),
        ),
    )
    checks.confirm_panel_guard(lead, check_id, _m("No one else can sit on the panel"))
    checks.set_scope(lead, check_id, scope())
    checks.set_attestations(lead, check_id, True, True)
    found = checks.add_finding(
        lead, check_id, finding(seen=_m("A public post naming a family")), [("post.png", tiny_png())]
    )
    checks.edit_finding(lead, found, finding(seen=_m("A public post, reworded")))
    checks.set_result(lead, check_id, "concerns_found")
    checks.complete_check(lead, check_id)
    checks.record_discussion(
        lead,
        check_id,
        DiscussionInput(
            held_at=TEST_NOW - timedelta(hours=2),
            method="in_person",
            present=_m("Applicant; the lead"),
            findings_discussed=(found,),
            applicant_account=_m("A family friend, not a case"),
            assessment=_m("Credible"),
            outcome=DiscussionOutcome.PROCEED_WITH_ADVICE,
            decided_by=_m("Sam Lead"),
            decision_reason=_m("Isolated"),
            applicant_told_on=TEST_TODAY,
        ),
    )
    checks.update_details(
        lead, check_id, details(role_applied_for=_m("Senior supervisor")), reason=_m("The role changed")
    )
    return check_id


def test_no_name_or_typed_text_reaches_any_audit_event(org, make_user):
    world = build_world(org, make_user)
    case_id = _run_cases(world)
    check_id = _run_checks(org, world.lead)
    events = _all_details(org)
    leaking = sorted({action for action, text in events if MARK.lower() in text.lower()})
    assert leaking == []
    # …and the values are kept, in the histories, for whoever may read the records.
    assert MARK in str(org.history.case_history(world.lead, case_id))
    assert MARK in str(org.history.check_history(world.lead, check_id))
    actions = {action for action, _ in events}
    assert {"case_reopened", "chronology_entry_corrected", "check_amended", "finding_changed"} <= actions


@pytest.mark.local_only  # the demo organisation is a local data folder
def test_the_demo_organisations_names_and_texts_are_in_no_audit_event(authenticator):
    from lcs_desktop.services.demo import DEMO_ACCOUNTS, ensure_demo_organisation

    assert ensure_demo_organisation(authenticator)
    lead = DEMO_ACCOUNTS[0]
    session = authenticator.sign_in(lead.username, lead.password)
    try:
        with session.workspace.reading() as db:
            texts: set[str] = set()
            for row in db.execute(select(Person.first_name, Person.last_name, Person.email, Person.phone)):
                texts.update(v for v in row if v)
            texts.update(db.scalars(select(Finding.seen)))
            texts.update(db.scalars(select(ChronologyEntry.summary)))
            texts.update(db.scalars(select(BreachCase.what_was_seen)))
            texts.update(n for n in db.scalars(select(AffectedChild.name)) if n)
            texts.update(db.scalars(select(Check.proportionality_reason)))
            texts.update(db.scalars(select(CheckDiscussion.applicant_account)))
        distinctive = {t for t in texts if len(t) >= 6}
        assert len(distinctive) > 50
        events = _all_details(session)
        leaking = {(action, t) for action, text in events for t in distinctive if t in text}
        assert leaking == set()
    finally:
        session.sign_out()


def test_the_history_is_in_no_event_even_as_json_escapes(org):
    """The details are JSON: a name with letters outside ASCII would be escaped there."""
    person = org.people.add_person(
        org.user, first_name="Zoë", last_name="Łukasz", kind="applicant", reference="APP-1"
    )
    org.people.edit_person(org.user, person, last_name="Nguyễn")
    for _, text in _all_details(org):
        for name in ("Łukasz", "Nguyễn"):
            assert name not in text and json.dumps(name)[1:-1] not in text
