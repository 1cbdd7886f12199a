"""Every read of personal or case content is audited once per open (issue 8 #4): the person
page, a check, a case, evidence bytes, protected names, the case pack and check PDF data.
Real services on a real database."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from lcs_desktop.services.check_export import check_export_data, export_check
from tests.services.read_helpers import PARTY_NAME, Records, last_seq, make_records, new_events

pytestmark = pytest.mark.both_backends


@pytest.fixture
def records(org, make_user) -> Records:
    return make_records(org, make_user)


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
    org.people.view_person(lead, records.person_id)
    org.checks.get_check(lead, records.check_id)
    org.cases.open_case(lead, records.case_id)
    before = last_seq(org)
    org.people.edit_person(lead, records.person_id, role="Volunteer driver")
    for _ in range(3):  # what the open pages do after each change
        org.people.get_person(lead, records.person_id)
        org.checks.read_check(lead, records.check_id)
        org.cases.read_case(lead, records.case_id)
    assert [e.action for e in new_events(org, before)] == ["person_changed"]


def test_a_re_read_by_someone_who_never_opened_the_record_is_an_audited_view(org, records):
    manager = records.world.manager
    org.cases.assign(org.user, records.case_id, officer_id=manager.id, decision_maker_id=org.user.id)
    before = last_seq(org)
    for _ in range(2):
        org.people.get_person(manager, records.person_id)
        org.checks.read_check(manager, records.check_id)
        org.cases.read_case(manager, records.case_id)
    viewed = [(e.action, e.actor) for e in new_events(org, before)]
    assert viewed == [("person_viewed", "mona"), ("check_viewed", "mona"), ("case_viewed", "mona")]


def test_exporting_a_check_audits_the_data_read_and_the_export_with_its_hash(org, records):
    before = last_seq(org)
    result = export_check(org.workspace, org.user, records.check_id)
    events = new_events(org, before)
    assert [e.action for e in events] == ["check_export_data_read", "check_exported"]
    assert json.loads(events[1].details)["sha256"] == result.sha256
