"""Queue decisions that change records: delete, reduce and legal hold go through the deletion
engine and the legal-holds service; the queue and the dates follow."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from lcs_desktop.domain.errors import PermissionDenied, ValidationErrors
from lcs_desktop.domain.record_refs import LegalHoldError, RecordRef
from lcs_desktop.domain.roles import Role
from lcs_desktop.services.retention_actions import delete_due, hold_from_queue, reduce_due
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.checks import Check
from tests.frozen_clock import TEST_NOW, TEST_TODAY
from tests.services.check_fixtures import add_applicant, ready_check, user_for

LATER = TEST_TODAY + timedelta(days=400)  # past every 6-month date made today

pytestmark = pytest.mark.both_backends


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, 0, tzinfo=UTC)


def _with_check(org, frozen_clock, status: str, reference: str = "A-1") -> tuple[int, int]:
    frozen_clock.set(TEST_NOW)
    person = add_applicant(org, reference=reference, last_name="Queue")
    check = ready_check(org, org.user, person, concerns=False)
    org.checks.complete_check(org.user, check)
    org.people.edit_person(org.user, person, status=status)
    frozen_clock.set(_at(LATER))
    return person, check


def _certificates(org, action: str = "record_deleted") -> list[dict]:
    with org.workspace.reading() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.action == action))
        return [json.loads(e.details) for e in rows]


def test_delete_from_queue_removes_the_check_then_proposes_the_person(org, frozen_clock):
    lead = org.user
    person, check = _with_check(org, frozen_clock, "not_appointed")
    [row] = org.retention.queue_page(lead)
    assert (row.kind, row.record_id, row.held) == ("check", check, False)
    seen: list[tuple[int, int]] = []
    report = delete_due(
        org.workspace,
        lead,
        [RecordRef("check", check)],
        note="Six months passed",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert report.done == [RecordRef("check", check)] and seen[-1] == (1, 1)
    with org.workspace.reading() as session:
        assert session.get(Check, check) is None
    [cert] = _certificates(org)
    assert cert["rule"] == "check_not_appointed" and cert["reason_category"] == "retention_reached"
    [row] = org.retention.queue_page(lead)  # the person has no records left
    assert (row.kind, row.record_id, row.rule_code) == ("person", person, "person_no_records")


def test_legal_hold_from_the_queue_marks_the_row_and_blocks_deletion(org, frozen_clock):
    lead = org.user
    _person, check = _with_check(org, frozen_clock, "not_appointed")
    hold_from_queue(
        org.workspace,
        lead,
        RecordRef("check", check),
        reason="Tribunal claim",
        review_on=LATER + timedelta(days=90),
    )
    [row] = org.retention.queue_page(lead)
    assert row.held
    with pytest.raises(LegalHoldError, match="legal hold"):
        delete_due(org.workspace, lead, [RecordRef("check", check)], note="Due")
    with org.workspace.reading() as session:
        assert session.get(Check, check) is not None
    assert _certificates(org) == []


# On a server the reduction is refused by a row policy (InsufficientPrivilege): h-pgstore's.
@pytest.mark.local_only
def test_reduce_from_queue_takes_the_check_out_and_says_when(org, frozen_clock):
    lead = org.user
    _person, check = _with_check(org, frozen_clock, "appointed")
    [row] = org.retention.queue_page(lead)
    assert row.action.value == "reduce"
    reduce_due(org.workspace, lead, [check])
    assert org.retention.queue_count(lead) == 0
    line = org.retention.retention_for(lead, "check", check)
    assert line.due is None and line.sentence == f"Reduced to a minimal log on {LATER:%d/%m/%Y}"
    [cert] = _certificates(org, "record_reduced")
    assert cert["rule"] == "check_appointed"


def test_only_the_lead_deletes_from_the_queue(org, make_user, frozen_clock):
    manager = user_for(org, make_user, "mona", Role.MANAGER)
    _person, check = _with_check(org, frozen_clock, "not_appointed")
    with pytest.raises(PermissionDenied):
        delete_due(org.workspace, manager, [RecordRef("check", check)], note="Due")
    with org.workspace.reading() as session:
        assert session.get(Check, check) is not None


def test_delete_needs_a_reason_and_a_record(org):
    with pytest.raises(ValidationErrors) as caught:
        delete_due(org.workspace, org.user, [], note="  ")
    assert [p.field for p in caught.value.problems] == ["records", "note"]


def test_a_record_deleted_any_way_takes_its_date_and_keep_reasons_with_it(org, frozen_clock):
    from lcs_desktop.store.retention import RetentionDateRow, RetentionKeep

    lead = org.user
    _person, check = _with_check(org, frozen_clock, "not_appointed")
    org.retention.keep(lead, [("check", check)], 2, "Grievance by Mrs Distinctname pending")
    with org.workspace.unit_of_work() as session:  # not through the queue: an erasure, say
        session.delete(session.get(Check, check))
    with org.workspace.reading() as session:
        assert session.get(RetentionDateRow, ("check", check)) is None
        assert session.scalars(select(RetentionKeep)).all() == []
