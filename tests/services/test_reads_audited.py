"""Every read of personal or case content is audited once per open, and every refused attempt
leaves a trace for the safeguarding lead (issue 8 #4). Real services on a real database."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from lcs_desktop.domain.errors import NotFound, PermissionDenied
from lcs_desktop.domain.roles import Role
from lcs_desktop.services.case_access import NOT_VISIBLE
from lcs_desktop.services.check_export import check_export_data, export_check
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


@pytest.fixture
def records(org, make_user) -> Records:
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


def reads(org, r: Records) -> dict[str, tuple[Callable, str, str, int]]:
    """Each path that hands content to someone: (call, action, entity type, entity id)."""
    lead = org.user
    return {
        "person page": (
            lambda: org.people.view_person(lead, r.person_id),
            "person_viewed",
            "person",
            r.person_id,
        ),
        "check": (lambda: org.checks.get_check(lead, r.check_id), "check_viewed", "check", r.check_id),
        "case": (lambda: org.cases.open_case(lead, r.case_id), "case_viewed", "breach_case", r.case_id),
        "check evidence": (
            lambda: org.checks.evidence_bytes(lead, r.check_evidence_id),
            "evidence_viewed",
            "check",
            r.check_id,
        ),
        "case evidence": (
            lambda: org.cases.evidence_bytes(lead, r.case_id, r.case_evidence_id),
            "evidence_viewed",
            "breach_case",
            r.case_id,
        ),
        "protected name": (
            lambda: org.cases.reveal_name(lead, r.case_id, r.party_id),
            "protected_name_viewed",
            "breach_case",
            r.case_id,
        ),
        "case pack data, names shown": (
            lambda: org.cases.pack_data(lead, r.case_id, redacted=False),
            "case_export_data_read",
            "breach_case",
            r.case_id,
        ),
        "case pack data, redacted": (
            lambda: org.cases.pack_data(lead, r.case_id, redacted=True),
            "case_export_data_read",
            "breach_case",
            r.case_id,
        ),
        "check PDF data": (
            lambda: check_export_data(org.workspace, lead, r.check_id),
            "check_export_data_read",
            "check",
            r.check_id,
        ),
    }


READS = [
    "person page",
    "check",
    "case",
    "check evidence",
    "case evidence",
    "protected name",
    "case pack data, names shown",
    "case pack data, redacted",
    "check PDF data",
]


@pytest.mark.parametrize("path", READS)
def test_each_content_read_writes_exactly_one_view_event_per_open(org, records, path):
    call, action, entity_type, entity_id = reads(org, records)[path]
    for _ in range(2):  # each open is its own view
        before = last_seq(org)
        result = call()
        assert result
        events = new_events(org, before)
        assert [(e.action, e.entity_type, e.entity_id, e.actor_id) for e in events] == [
            (action, entity_type, str(entity_id), org.user.id)
        ]
        raw = events[0].details
        for name in ("Priya", "Quartermaine", "Zoë", "Amir", "Haddad", "Instagram"):
            assert name not in raw  # ids and references only


def test_case_pack_data_says_which_protected_names_it_holds(org, records):
    before = last_seq(org)
    shown = org.cases.pack_data(org.user, records.case_id, redacted=False)
    hidden = org.cases.pack_data(org.user, records.case_id, redacted=True)
    assert [p.name for p in shown.parties] == [PARTY_NAME]
    assert [p.name for p in hidden.parties] == [None]
    details = [json.loads(e.details) for e in new_events(org, before)]
    assert [(d["redacted"], d["protected_names"]) for d in details] == [
        (False, [records.party_id]),
        (True, []),
    ]


def test_re_reading_an_open_record_after_a_change_is_not_a_new_view(org, records):
    lead = org.user
    before = last_seq(org)
    org.people.get_person(lead, records.person_id)
    org.checks.read_check(lead, records.check_id)
    org.cases.read_case(lead, records.case_id)
    assert new_events(org, before) == []


def test_exporting_a_check_audits_the_data_read_and_the_export_with_its_hash(org, records):
    before = last_seq(org)
    result = export_check(org.workspace, org.user, records.check_id)
    events = new_events(org, before)
    assert [e.action for e in events] == ["check_export_data_read", "check_exported"]
    assert json.loads(events[1].details)["sha256"] == result.sha256


# -- refused attempts --------------------------------------------------------------------------


def _refusals(org, before: int) -> list[tuple[str, str | None, str | None, dict]]:
    return [
        (e.actor, e.entity_type, e.entity_id, json.loads(e.details))
        for e in new_events(org, before)
        if e.action == "access_refused"
    ]


def refused_calls(org, r: Records) -> dict[str, tuple[Callable, str, str | None, int | None, str]]:
    """(call, who, entity type, entity id, what was tried)."""
    w = r.world
    return {
        "checker opens a breach case": (
            lambda: org.cases.open_case(w.checker, r.case_id),
            "cass",
            "breach_case",
            r.case_id,
            "open_case",
        ),
        "administrator asks for case content": (
            lambda: org.cases.open_case(w.admin_only, r.case_id),
            "ivy",
            "breach_case",
            r.case_id,
            "open_case",
        ),
        "administrator asks for a protected name": (
            lambda: org.cases.reveal_name(w.admin_only, r.case_id, r.party_id),
            "ivy",
            "breach_case",
            r.case_id,
            "reveal_name",
        ),
        "administrator asks for the case pack data": (
            lambda: org.cases.pack_data(w.admin_only, r.case_id, redacted=False),
            "ivy",
            "breach_case",
            r.case_id,
            "pack_data",
        ),
        "administrator asks for evidence": (
            lambda: org.checks.evidence_bytes(w.admin_only, r.check_evidence_id),
            "ivy",
            "evidence",
            r.check_evidence_id,
            "evidence_bytes",
        ),
        "administrator opens a person": (
            lambda: org.people.view_person(w.admin_only, r.person_id),
            "ivy",
            "person",
            r.person_id,
            "view_person",
        ),
        "administrator exports a check": (
            lambda: export_check(org.workspace, w.admin_only, r.check_id),
            "ivy",
            "check",
            r.check_id,
            "export_check",
        ),
        "checker exports a case pack": (
            lambda: org.case_export.export_pack(w.checker, r.case_id, org.workspace.paths.data_dir),
            "cass",
            "breach_case",
            r.case_id,
            "export_pack",
        ),
        "checker adds an account": (
            lambda: org.accounts.add_user(w.checker, "newbie", "New Person", frozenset({Role.CHECKER})),
            "cass",
            None,
            None,
            "add_user",
        ),
        "manager opens a case not theirs": (
            lambda: org.cases.open_case(w.other_manager, r.case_id),
            "otto",
            "breach_case",
            r.case_id,
            "open_case",
        ),
    }


REFUSED = [
    "checker opens a breach case",
    "administrator asks for case content",
    "administrator asks for a protected name",
    "administrator asks for the case pack data",
    "administrator asks for evidence",
    "administrator opens a person",
    "administrator exports a check",
    "checker exports a case pack",
    "checker adds an account",
    "manager opens a case not theirs",
]


@pytest.mark.parametrize("attempt", REFUSED)
def test_each_refused_attempt_writes_one_access_refused_event_and_still_refuses(org, records, attempt):
    call, who, entity_type, entity_id, attempted = refused_calls(org, records)[attempt]
    before = last_seq(org)
    with pytest.raises((PermissionDenied, NotFound)) as caught:
        call()
    assert caught.value.message  # the same plain sentence as before
    events = new_events(org, before)
    assert [e.action for e in events] == ["access_refused"]  # nothing else, and only once
    assert _refusals(org, before) == [
        (who, entity_type, None if entity_id is None else str(entity_id), {"attempted": attempted})
    ]
    assert events[0].at is not None


def test_a_case_hidden_from_a_manager_reads_exactly_as_a_missing_one(org, records):
    w = records.world
    before = last_seq(org)
    with pytest.raises(NotFound) as hidden:
        org.cases.open_case(w.other_manager, records.case_id)
    with pytest.raises(NotFound) as missing:
        org.cases.open_case(w.other_manager, 99_999)
    assert hidden.value.message == missing.value.message == NOT_VISIBLE
    # Only the attempt on a real case is a refusal; a wrong number is not.
    assert [(e.action, e.entity_id) for e in new_events(org, before)] == [
        ("access_refused", str(records.case_id))
    ]


def test_the_lead_sees_refused_attempts_in_the_audit_log(org, records):
    with pytest.raises(PermissionDenied):
        org.cases.open_case(records.world.checker, records.case_id)
    rows = org.audit_log.events(org.user, limit=3)
    assert rows[0].action == "access_refused"
    assert rows[0].actor == "cass"
