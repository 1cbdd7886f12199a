"""Every guard from the policy, each with the refusal the user would see."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from lcs_desktop.domain.checks import CheckStatus, DiscussionOutcome, IdentityMatch, Platform, PlatformAction
from lcs_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from lcs_desktop.domain.roles import Role
from lcs_desktop.services.check_types import DiscussionInput, ScopeInput
from lcs_desktop.services.checks import CheckIncomplete
from tests.frozen_clock import TEST_NOW, TEST_TODAY
from tests.services.check_fixtures import (
    add_applicant,
    audit_actions,
    audit_details,
    details,
    finding,
    ready_check,
    scope,
    tiny_png,
    user_for,
)

pytestmark = pytest.mark.both_backends


@pytest.fixture
def checker(org, make_user):
    return user_for(org, make_user, "casey", Role.CHECKER)


@pytest.fixture
def person(org):
    return add_applicant(org)


def discussion(finding_ids, **overrides) -> DiscussionInput:
    values = {
        "held_at": TEST_NOW - timedelta(hours=2),
        "method": "in_person",
        "present": "Applicant; Sam Lead (safeguarding lead)",
        "findings_discussed": tuple(finding_ids),
        "applicant_account": "The post was about a family friend, not a case.",
        "assessment": "Credible account; understands boundaries.",
        "outcome": DiscussionOutcome.PROCEED_WITH_ADVICE,
        "decided_by": "Sam Lead",
        "decision_reason": "Isolated, explained, advice given on §5.",
        "applicant_told_on": TEST_TODAY,
    }
    values.update(overrides)
    return DiscussionInput(**values)


def test_check_refused_for_account_without_check_permission(org, make_user, person):
    manager = user_for(org, make_user, "morgan", Role.MANAGER)
    with pytest.raises(PermissionDenied, match="not allowed to record social media checks"):
        org.checks.create_check(manager, person, details())


def test_check_on_appointed_person_refused_for_checker(org, checker):
    staff = org.people.add_person(
        org.user, first_name="Pat", last_name="Staff", kind="staff", reference="ST-1"
    )
    with pytest.raises(PermissionDenied, match="not for monitoring people already appointed"):
        org.checks.create_check(checker, staff, details())


def test_check_on_appointed_person_needs_lead_justification(org):
    staff = org.people.add_person(
        org.user, first_name="Pat", last_name="Staff", kind="staff", reference="ST-1"
    )
    with pytest.raises(ValidationError, match="written justification") as caught:
        org.checks.create_check(org.user, staff, details(), justification="  ")
    assert caught.value.field == "justification"
    check_id = org.checks.create_check(
        org.user, staff, details(), justification="Concern raised by a parent."
    )
    detail = org.checks.get_check(org.user, check_id)
    assert detail.out_of_recruitment and detail.justification.note == "Concern raised by a parent."
    assert any("Human Rights Act" in w for w in detail.warnings)


def test_checker_on_interview_panel_needs_lead_confirmation(org, checker, person):
    check_id = ready_check(org, checker, person)
    org.checks.update_details(checker, check_id, details(checker_on_panel=True))
    assert any("interview panel" in w for w in org.checks.get_check(checker, check_id).warnings)
    with pytest.raises(CheckIncomplete, match="safeguarding lead must confirm"):
        org.checks.complete_check(checker, check_id)
    with pytest.raises(PermissionDenied, match="confirm checks that need the safeguarding lead"):
        org.checks.confirm_panel_guard(checker, check_id, "I confirm myself")
    org.checks.confirm_panel_guard(org.user, check_id, "Second checker reviewed the findings.")
    org.checks.complete_check(checker, check_id)
    assert org.checks.get_check(checker, check_id).panel_confirmation.note.startswith("Second checker")


def test_completion_needs_privacy_notice_date(org, checker, person):
    check_id = ready_check(org, checker, person)
    org.checks.update_details(checker, check_id, details(privacy_notice_date=None))
    with pytest.raises(CheckIncomplete) as caught:
        org.checks.complete_check(checker, check_id)
    assert caught.value.problems == [
        "Enter the date the applicant was told checks would be made (privacy notice, UK GDPR)."
    ]


def test_search_cannot_be_recorded_before_pre_search_details(org, checker, person):
    check_id = org.checks.create_check(
        checker, person, details(proportionality_reason="", privacy_notice_date=None)
    )
    with pytest.raises(ConflictError, match="Record the pre-search details first"):
        org.checks.set_scope(checker, check_id, scope())
    with pytest.raises(ConflictError, match="Record the pre-search details first"):
        org.checks.add_finding(checker, check_id, finding())


def test_completion_needs_proportionality_reason(org, checker, person):
    check_id = ready_check(org, checker, person)
    org.checks.update_details(checker, check_id, details(proportionality_reason=""))
    with pytest.raises(CheckIncomplete, match=r"why the check is proportionate \(policy §9\)"):
        org.checks.complete_check(checker, check_id)


def test_completion_needs_both_attestations(org, checker, person):
    check_id = ready_check(org, checker, person)
    org.checks.set_attestations(checker, check_id, True, False)
    with pytest.raises(CheckIncomplete) as caught:
        org.checks.complete_check(checker, check_id)
    assert caught.value.problems == ["Confirm that no password or private account access was asked for."]
    org.checks.set_attestations(checker, check_id, False, True)
    with pytest.raises(CheckIncomplete, match="only publicly accessible content was viewed"):
        org.checks.complete_check(checker, check_id)


def test_completion_needs_identity_match_for_each_profile(org, checker, person):
    check_id = ready_check(org, checker, person)
    org.checks.set_scope(
        checker,
        check_id,
        [ScopeInput(Platform.INSTAGRAM, PlatformAction.PROFILE_PRIVATE, "@jo_b", "jo bloggs")],
    )
    with pytest.raises(
        CheckIncomplete, match="how sure you are that the Instagram profile is the applicant's"
    ):
        org.checks.complete_check(checker, check_id)
    org.checks.set_scope(
        checker,
        check_id,
        [
            ScopeInput(
                Platform.INSTAGRAM, PlatformAction.PROFILE_PRIVATE, "@jo_b", "", IdentityMatch.UNCERTAIN
            )
        ],
    )
    org.checks.complete_check(checker, check_id)
    assert org.checks.get_check(checker, check_id).scope[0].identity_match is IdentityMatch.UNCERTAIN


def test_concerns_found_needs_a_finding(org, checker, person):
    check_id = ready_check(org, checker, person, concerns=False)
    org.checks.set_result(checker, check_id, "concerns_found")
    with pytest.raises(CheckIncomplete, match="record at least one finding"):
        org.checks.complete_check(checker, check_id)


def test_no_concerns_check_completes_without_discussion(org, checker, person):
    check_id = ready_check(org, checker, person, concerns=False)
    org.checks.complete_check(checker, check_id)
    assert org.checks.get_check(checker, check_id).status is CheckStatus.COMPLETED
    with pytest.raises(ConflictError, match="found none"):
        org.checks.record_discussion(org.user, check_id, discussion([]))


def test_concerns_need_discussion_before_decision(org, checker, person):
    check_id = ready_check(org, checker, person)
    with pytest.raises(ConflictError, match="Complete the check before recording the discussion"):
        org.checks.record_discussion(org.user, check_id, discussion([1]))
    org.checks.complete_check(checker, check_id)
    assert org.checks.get_check(checker, check_id).status is CheckStatus.AWAITING_DISCUSSION
    finding_id = org.checks.get_check(checker, check_id).findings[0].id
    with pytest.raises(PermissionDenied, match="record applicant discussions and decisions"):
        org.checks.record_discussion(checker, check_id, discussion([finding_id]))
    org.checks.record_discussion(org.user, check_id, discussion([finding_id]))
    detail = org.checks.get_check(org.user, check_id)
    assert detail.status is CheckStatus.DECIDED
    assert detail.discussion.outcome is DiscussionOutcome.PROCEED_WITH_ADVICE
    assert detail.discussion.findings_discussed == (finding_id,)


@pytest.mark.parametrize("missing", ["decided_by", "decision_reason"])
def test_decision_and_reason_are_a_required_pair(org, checker, person, missing):
    check_id = ready_check(org, checker, person)
    org.checks.complete_check(checker, check_id)
    finding_id = org.checks.get_check(checker, check_id).findings[0].id
    with pytest.raises(ValidationError, match="both who made the decision and the reason") as caught:
        org.checks.record_discussion(org.user, check_id, discussion([finding_id], **{missing: ""}))
    assert caught.value.field == missing


def test_discussion_refuses_future_time_and_unknown_findings(org, checker, person):
    check_id = ready_check(org, checker, person)
    org.checks.complete_check(checker, check_id)
    finding_id = org.checks.get_check(checker, check_id).findings[0].id
    future = TEST_NOW + timedelta(days=1)
    with pytest.raises(ValidationError, match="dated in the future"):
        org.checks.record_discussion(org.user, check_id, discussion([finding_id], held_at=future))
    with pytest.raises(ValidationError, match="not part of this check"):
        org.checks.record_discussion(org.user, check_id, discussion([finding_id + 999]))
    with pytest.raises(ValidationError, match="Tick the findings that were discussed"):
        org.checks.record_discussion(org.user, check_id, discussion([]))


def test_completed_check_change_needs_reason_and_keeps_earlier_version(org, checker, person):
    check_id = ready_check(org, checker, person)
    org.checks.complete_check(checker, check_id)
    with pytest.raises(ValidationError, match="Enter the reason for changing a completed check"):
        org.checks.update_details(checker, check_id, details(role_applied_for="Trustee"))
    org.checks.update_details(
        checker, check_id, details(role_applied_for="Trustee"), reason="Role was mistyped."
    )
    detail = org.checks.get_check(checker, check_id)
    assert detail.role_applied_for == "Trustee"
    assert detail.version == 2
    assert [(v.version, v.reason) for v in detail.versions] == [(1, "Role was mistyped.")]
    earlier = json.loads(org.checks.version_snapshot(checker, check_id, 1))
    assert earlier["role_applied_for"] == "Contact supervisor (volunteer)"
    assert earlier["findings"][0]["evidence"][0]["sha256"] == detail.findings[0].evidence[0].sha256
    assert "check_amended" in audit_actions(org, check_id)


def test_evidence_removed_after_completion_is_kept_for_earlier_version(org, checker, person):
    check_id = ready_check(org, checker, person)
    org.checks.complete_check(checker, check_id)
    evidence = org.checks.get_check(checker, check_id).findings[0].evidence[0]
    with pytest.raises(ValidationError, match="reason for changing a completed check"):
        org.checks.remove_evidence(checker, evidence.id)
    org.checks.remove_evidence(checker, evidence.id, reason="Wrong screenshot attached.")
    assert org.checks.get_check(checker, check_id).findings[0].evidence == ()
    assert org.checks.evidence_bytes(checker, evidence.id) == tiny_png()
    assert audit_details(org, "evidence_removed")[-1]["sha256"] == evidence.sha256


def test_views_and_changes_are_audited_with_the_fields_changed(org, checker, person):
    check_id = org.checks.create_check(checker, person, details())
    org.checks.update_details(checker, check_id, details(role_applied_for="Trustee"))
    changed = audit_details(org, "check_changed")[-1]
    assert changed["fields"] == ["role_applied_for"] and "Trustee" not in str(changed)
    assert ("Role applied for", "Contact supervisor (volunteer)", "Trustee") in {
        (line.field, line.old, line.new) for line in org.history.check_history(org.user, check_id)
    }
    org.checks.get_check(org.user, check_id)
    finding_id = org.checks.add_finding(checker, check_id, finding())
    info = org.checks.add_evidence(checker, finding_id, "shot.png", tiny_png())
    assert audit_details(org, "evidence_added")[-1]["sha256"] == info.sha256
    actions = [a for a in audit_actions(org, check_id) if a != "record_history_viewed"]
    assert actions[:3] == ["check_started", "check_changed", "check_viewed"]
    assert "evidence_added" in actions


def test_another_checker_cannot_change_someone_elses_check(org, make_user, checker, person):
    other = user_for(org, make_user, "robin", Role.CHECKER)
    check_id = org.checks.create_check(checker, person, details())
    with pytest.raises(PermissionDenied, match="Only they or the safeguarding lead"):
        org.checks.set_attestations(other, check_id, True, True)
    org.checks.set_attestations(org.user, check_id, True, True)  # the lead may


def test_completed_check_cannot_be_completed_twice(org, checker, person):
    check_id = ready_check(org, checker, person)
    org.checks.complete_check(checker, check_id)
    with pytest.raises(ValidationError, match="reason for changing a completed check"):
        org.checks.complete_check(checker, check_id)
