"""The retention schedule, each record's date and the review queue, at a fixed clock, over a
real SQLCipher database: dates follow the records as the services change them."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from lcs_desktop.domain.desk import DeskKind
from lcs_desktop.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from lcs_desktop.domain.retention import RetentionAction
from lcs_desktop.domain.roles import Role
from lcs_desktop.services.retention import desk_items
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.cases import BreachCase
from tests.frozen_clock import TEST_NOW, TEST_TODAY
from tests.services.case_helpers import build_world, report
from tests.services.check_fixtures import add_applicant, ready_check, user_for

# Dates after the suite's "now" (whatever instant tests/test_any_date.py runs it at).
Y = TEST_TODAY.year + 2
FEB_END = date(Y + 1, 2, 29 if calendar.isleap(Y + 1) else 28)

pytestmark = pytest.mark.both_backends


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, 0, tzinfo=UTC)


def _events(org, action: str) -> list[AuditEvent]:
    with org.workspace.reading() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


@pytest.fixture
def lead(org):
    return org.user  # administrator and safeguarding lead


def _unsuccessful(org, frozen_clock, told: date, reference: str, last_name: str) -> int:
    """A completed check of an applicant made at the test's now, then not appointed on ``told``."""
    frozen_clock.set(TEST_NOW)
    person = add_applicant(org, reference=reference, last_name=last_name)
    check = ready_check(org, org.user, person, concerns=False)
    org.checks.complete_check(org.user, check)
    frozen_clock.set(_at(told))
    org.people.edit_person(org.user, person, status="not_appointed")
    return check


def test_unsuccessful_applicants_check_dated_six_months_after_status(org, lead, frozen_clock):
    check = _unsuccessful(org, frozen_clock, date(Y, 8, 31), "A-1", "Zed")
    line = org.retention.retention_for(lead, "check", check)
    assert line.due == FEB_END  # 31 August + 6 months: the end of February
    assert line.sentence == f"Delete after {FEB_END:%d/%m/%Y} — unsuccessful applicant, 6 months"
    person = org.people.list_people(lead)[0].id
    assert (
        org.retention.retention_for(lead, "person", person).sentence
        == "Kept while this person has checks or cases"
    )


def test_queue_lists_due_records_oldest_first_and_pages_by_key(org, lead, frozen_clock):
    late = _unsuccessful(org, frozen_clock, date(Y, 3, 10), "A-2", "Later")
    early = _unsuccessful(org, frozen_clock, date(Y, 1, 10), "A-1", "Early")
    _unsuccessful(org, frozen_clock, date(Y + 1, 10, 1), "A-3", "NotYet")
    frozen_clock.set(_at(date(Y + 1, 1, 5)))
    assert org.retention.queue_count(lead) == 2
    first = org.retention.queue_page(lead, limit=1)
    assert [(r.kind, r.record_id, r.due) for r in first] == [("check", early, date(Y, 7, 10))]
    assert first[0].name == "Jo Early" and first[0].action is RetentionAction.DELETE
    second = org.retention.queue_page(lead, after=first[0].sort_key, limit=5)
    assert [r.record_id for r in second] == [late]
    assert len(_events(org, "retention_queue_viewed")) == 1  # the first page only


def test_keep_for_more_months_takes_records_out_of_the_queue(org, lead, frozen_clock):
    check = _unsuccessful(org, frozen_clock, date(Y, 1, 31), "A-1", "Keeper")
    frozen_clock.set(_at(date(Y, 8, 31)))
    assert org.retention.queue_count(lead) == 1
    with pytest.raises(ValidationErrors) as caught:
        org.retention.keep(lead, [("check", check)], 0, " ")
    assert {p.field for p in caught.value.problems} == {"months", "reason"}
    until = org.retention.keep(lead, [("check", check)], 6, "Tribunal claim lodged by the applicant")
    assert until == FEB_END
    assert org.retention.queue_count(lead) == 0
    assert "kept longer by decision" in org.retention.retention_for(lead, "check", check).sentence
    [event] = _events(org, "retention_kept")
    assert "Keeper" not in event.details and "Tribunal" not in event.details
    assert "check_not_appointed" in event.details


@pytest.mark.parametrize("months", [0, -1])
def test_schedule_refuses_zero_or_negative_periods_in_a_sentence(org, lead, months):
    with pytest.raises(ValidationError, match="at least one month"):
        org.retention.update_rule(lead, "check_not_appointed", months, RetentionAction.DELETE)


def test_schedule_change_moves_every_date_and_is_audited(org, lead, frozen_clock):
    check = _unsuccessful(org, frozen_clock, date(Y, 8, 31), "A-1", "Moved")
    org.retention.update_rule(lead, "check_not_appointed", 12, RetentionAction.REVIEW)
    line = org.retention.retention_for(lead, "check", check)
    assert line.due == date(Y + 1, 8, 31) and line.sentence.startswith(f"Review after 31/08/{Y + 1}")
    rules = {r.code: r for r in org.retention.rules(lead)}
    assert rules["check_not_appointed"].period_months == 12
    [event] = _events(org, "retention_rule_changed")
    assert event.entity_type == "settings"


def test_only_lead_and_administrator_manage_the_schedule_and_only_the_lead_reviews(org, make_user):
    checker = user_for(org, make_user, "cass", Role.CHECKER)
    admin = user_for(org, make_user, "ivy", Role.ADMINISTRATOR)
    assert org.retention.rules(admin)
    with pytest.raises(PermissionDenied):
        org.retention.update_rule(checker, "check_not_appointed", 12, RetentionAction.DELETE)
    with pytest.raises(PermissionDenied):
        org.retention.queue_page(admin)
    assert desk_items(org.workspace, admin, date(2030, 1, 1)) == []
    refused = [e.details for e in _events(org, "access_refused")]
    assert any("update_rule" in d for d in refused) and any("queue_page" in d for d in refused)


def test_malicious_case_proposed_for_deletion_when_closed_unless_subject_wishes(org, make_user, frozen_clock):
    world = build_world(org, make_user)
    lead = world.lead
    case_id = report(world).case_id
    with org.workspace.unit_of_work() as session:  # the decision and closure, as the case services store them
        case = session.get(BreachCase, case_id)
        case.finding, case.closed_at, case.status = "malicious", _at(date(2025, 4, 30)), "closed"
    line = org.retention.retention_for(lead, "case", case_id)
    assert line.due == date(2025, 4, 30) and line.action is RetentionAction.DELETE
    assert line.rule_code == "case_malicious"
    frozen_clock.set(_at(date(2025, 5, 2)))
    assert [(r.kind, r.record_id) for r in org.retention.queue_page(lead)] == [("case", case_id)]
    org.retention.set_subject_wish(lead, case_id, True)
    kept = org.retention.retention_for(lead, "case", case_id)
    assert kept.rule_code == "case_allegation" and "kept at the subject's request" in kept.sentence
    assert "date of birth not recorded" in kept.sentence and kept.due == date(2035, 3, 12)
    assert org.retention.subject_wish(lead, case_id) is not None
    assert org.retention.queue_count(lead) == 0
    org.retention.set_subject_wish(lead, case_id, False)
    assert org.retention.retention_for(lead, "case", case_id).rule_code == "case_malicious"
    assert len(_events(org, "retention_wish_recorded")) == len(_events(org, "retention_wish_withdrawn")) == 1


def test_subject_wish_refused_for_other_findings(org, make_user):
    world = build_world(org, make_user)
    case_id = report(world).case_id
    with pytest.raises(ValidationError, match="malicious or false"):
        org.retention.set_subject_wish(world.lead, case_id, True)


def test_allegation_case_uses_pension_age_from_the_subjects_date_of_birth(org, make_user):
    world = build_world(org, make_user)
    org.people.edit_person(world.lead, world.subject_id, date_of_birth="06/04/1960")
    case_id = report(world).case_id
    line = org.retention.retention_for(world.lead, "case", case_id)
    assert line.due == date(2035, 3, 12) and "10 years from the allegation" in line.sentence
    org.people.edit_person(world.lead, world.subject_id, date_of_birth="01/01/1990")
    line = org.retention.retention_for(world.lead, "case", case_id)
    assert line.due == date(2058, 1, 1) and "normal pension age (68)" in line.sentence


def test_home_desk_item_counts_due_records_at_a_fixed_clock(org, lead, frozen_clock):
    _unsuccessful(org, frozen_clock, date(Y, 1, 10), "A-1", "One")
    _unsuccessful(org, frozen_clock, date(Y, 2, 10), "A-2", "Two")
    assert desk_items(org.workspace, lead, date(Y, 7, 9)) == []
    [item] = desk_items(org.workspace, lead, date(Y, 8, 10))
    assert item.kind is DeskKind.RETENTION_REVIEW and item.due == date(Y, 7, 10) and item.overdue
    assert item.sentence == "2 records are past the retention date and need a decision"
    assert item.link.page == "retention"
