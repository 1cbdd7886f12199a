"""The services read "now" from the workspace's clock, never the wall clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from lcs_desktop.domain.roles import Role
from lcs_desktop.domain.working_days import london_date
from lcs_desktop.services.demo_cases import add_demo_cases
from tests.frozen_clock import TEST_NOW

SECOND = timedelta(seconds=1)

pytestmark = pytest.mark.both_backends


def test_workspace_runs_on_the_test_clock(org, frozen_clock):
    assert TEST_NOW <= org.workspace.now() < TEST_NOW + SECOND
    assert org.workspace.today() == london_date(TEST_NOW)
    assert org.cases.now() <= org.workspace.now()  # the case service asks the same clock


def test_records_drafts_and_audit_events_are_stamped_by_the_clock(org, frozen_clock):
    # The second of the repeated autumn hour, years from the real date: a wall clock could not match.
    at = datetime(2031, 10, 26, 1, 30, tzinfo=UTC)
    frozen_clock.set(at)
    person_id = org.people.add_person(
        org.user, first_name="Clock", last_name="Test", kind="staff", reference="CLK-1"
    )
    org.drafts.save(org.user, "clock:test", {"note": "typed"})

    person = org.people.get_person(org.user, person_id)
    draft = org.drafts.load(org.user, "clock:test")
    newest = [e for e in org.audit_log.events(org.user, limit=5) if e.action.startswith("person_")]
    assert at <= person.created_at < at + SECOND
    assert draft is not None and at <= draft.saved_at < at + SECOND
    assert {e.action for e in newest} >= {"person_added"}
    assert all(at <= event.at < at + SECOND for event in newest)


def test_demo_case_is_overdue_on_the_first_morning_after_christmas(org, make_user, frozen_clock):
    make_user("manager", Role.MANAGER, full_name="Morgan Manager")
    # Tuesday 29 December 2026, five past midnight: Friday 25 and Monday 28 were bank holidays.
    frozen_clock.set(datetime(2026, 12, 29, 0, 5, tzinfo=UTC))
    add_demo_cases(org)
    overdue = org.cases.home_summary(org.user).overdue
    assert [clock.kind.value for clock in overdue] == ["lado"]
