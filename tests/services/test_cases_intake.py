"""Reporting a concern: the intake rules, the delay flag and bad input."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lcs_desktop.domain.errors import PermissionDenied, ValidationError
from tests.services.case_helpers import NOW, build_world, report

pytestmark = pytest.mark.both_backends


@pytest.fixture
def world(org, make_user):
    return build_world(org, make_user)


def test_report_concern_opens_a_new_case_with_reference(world):
    result = report(world)
    assert result.reference == "BC-2025-0001"
    assert result.time_to_report == "2 hours"
    assert not result.late_report
    detail = world.cases.open_case(world.lead, result.case_id)
    assert detail.status.value == "new"
    assert [b.code for b in detail.breach_types] == [
        "images_without_consent",
        "identifying_with_child_family",
    ]
    assert detail.breach_types[0].section_text == "§6, §7"
    assert [p.value for p in detail.platforms] == ["instagram"]
    assert detail.subject.name == "Zoë Łukasz-محمد"
    assert detail.chronology[0].summary.startswith("Concern received")


def test_references_count_up_within_the_year(world):
    first = report(world)
    second = report(world)
    assert (first.reference, second.reference) == ("BC-2025-0001", "BC-2025-0002")


def test_checker_can_report_a_concern_but_not_see_it(world):
    result = report(world, world.checker)
    with pytest.raises(PermissionDenied):
        world.cases.open_case(world.checker, result.case_id)


def test_administrator_alone_can_report_a_concern_but_not_read_the_case(world):
    """Anyone signed in can report (issue 9: an office manager who sees something has a route)."""
    result = report(world, world.admin_only)
    with pytest.raises(PermissionDenied):
        world.cases.open_case(world.admin_only, result.case_id)
    with pytest.raises(PermissionDenied):
        world.cases.list_cases(world.admin_only)


def test_concern_time_after_report_time_is_refused(world):
    with pytest.raises(ValidationError) as error:
        report(world, concern_at=NOW - timedelta(hours=1), reported_at=NOW - timedelta(hours=2))
    assert error.value.field == "concern_at"
    assert "cannot have come in before it happened" in error.value.message


def test_future_report_time_is_refused(world):
    with pytest.raises(ValidationError) as error:
        report(world, reported_at=NOW + timedelta(days=1))
    assert error.value.field == "reported_at"
    assert "in the future" in error.value.message


def test_delay_over_one_working_day_is_flagged(world):
    # Happened Friday 7 March 09:00; came in Wednesday 12 March: two working days later.
    result = report(
        world, concern_at=NOW - timedelta(days=5, hours=1), reported_at=NOW - timedelta(minutes=5)
    )
    assert result.late_report
    assert "over one working day" in result.warnings[0]
    assert world.cases.open_case(world.lead, result.case_id).late_report


def test_delay_over_a_weekend_within_one_working_day_is_not_flagged(world):
    # Friday 7 March 16:00 -> Monday 10 March 09:00: the next working day.
    friday = NOW.replace(day=7, hour=16)
    result = report(world, concern_at=friday, reported_at=friday + timedelta(days=2, hours=17))
    assert not result.late_report
    assert result.time_to_report == "2 days 17 hours"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("what_was_seen", "   ", "Enter what was seen."),
        ("breach_types", [], "Choose at least one breach type"),
        ("breach_types", ["not_a_code"], "Choose a category from the policy catalogue."),
        ("raised_by", "", "Enter who raised the concern."),
        ("raised_by_kind", "", "Choose who raised the concern."),
        ("platforms", ["myspace"], "Choose a platform from the list."),
        ("concern_at", None, "Enter when it happened."),
        ("what_was_seen", "x" * 100_000, "too long: 100,000 characters"),
    ],
)
def test_bad_intake_input_is_refused_with_a_message(world, field, value, message):
    with pytest.raises(ValidationError) as error:
        report(world, **{field: value})
    assert message in error.value.message


def test_anonymous_concern_needs_no_name(world):
    result = report(world, raised_by="", raised_by_kind="anonymous")
    assert world.cases.open_case(world.lead, result.case_id).raised_by == ""


def test_applicant_cannot_be_the_subject_of_a_breach_case(world):
    with pytest.raises(ValidationError) as error:
        report(world, subject_person_id=world.applicant_id)
    assert "recruitment check" in error.value.message


def test_missing_subject_is_refused(world):
    with pytest.raises(ValidationError) as error:
        report(world, subject_person_id=None)
    assert error.value.field == "subject"


def test_emoji_and_right_to_left_text_round_trip(world):
    seen = "نشر صورة 📸 of the session — «Zoë» 👀"
    result = report(world, what_was_seen=seen, raised_by="محمد علي 🙂")
    detail = world.cases.open_case(world.lead, result.case_id)
    assert detail.what_was_seen == seen
    assert detail.raised_by == "محمد علي 🙂"


def test_intake_is_audited_without_the_concern_text(world):
    from lcs_desktop.services.audit_log import AuditFilter

    result = report(world)
    events = world.org.audit_log.events(world.lead, AuditFilter(entity_type="breach_case"))
    reported = [e for e in events if e.action == "concern_reported"]
    assert reported and reported[0].entity_id == str(result.case_id)
    assert "Instagram" not in str(reported[0].details)
