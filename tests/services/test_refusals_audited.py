"""Every refused attempt leaves a trace for the safeguarding lead — who, what, on which record,
when — and still refuses with the same plain sentence (issue 8 #4)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from lcs_desktop.domain.errors import NotFound, PermissionDenied
from lcs_desktop.domain.roles import Role
from lcs_desktop.services.audit_log import AuditFilter
from lcs_desktop.services.audit_sentences import REFUSED_ACTION
from lcs_desktop.services.case_access import NOT_VISIBLE
from lcs_desktop.services.check_export import export_check
from tests.services.read_helpers import Records, last_seq, make_records, new_events

pytestmark = pytest.mark.both_backends


@pytest.fixture
def records(org, make_user) -> Records:
    return make_records(org, make_user)


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
    refused = AuditFilter(action=REFUSED_ACTION)
    before = org.audit_log.count(org.user, refused)
    with pytest.raises(PermissionDenied):
        org.cases.open_case(records.world.checker, records.case_id)
    rows = org.audit_log.events(org.user, limit=3)
    assert rows[0].action == "access_refused"
    assert rows[0].actor == "cass"
    # "Refused attempts (n)": the kept count, one more, and what the events say.
    assert org.audit_log.count(org.user, refused) == before + 1
    assert org.audit_log.count(org.user, refused) == len(org.audit_log.events(org.user, refused, limit=1000))
