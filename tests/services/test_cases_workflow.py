"""Who sees which case; referrals and their clocks; decision, closure, appeal; audit."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from lcs_desktop.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from lcs_desktop.domain.roles import Role
from lcs_desktop.services.audit_log import AuditFilter
from lcs_desktop.services.case_types import CaseFilter
from lcs_desktop.services.outcomes import CaseNotClosable
from tests.services.case_helpers import NOW, build_world, decide_and_prepare, report

pytestmark = pytest.mark.both_backends


@pytest.fixture
def world(org, make_user):
    return build_world(org, make_user)


@pytest.fixture
def case_id(world):
    return report(world).case_id


def _events(world, action):
    return list(world.org.audit_log.events(world.lead, AuditFilter(action=action)))


# -- who sees what ------------------------------------------------------------------------------


def test_lead_sees_every_case(world):
    ids = {report(world).case_id for _ in range(3)}
    assert {r.id for r in world.cases.list_cases(world.lead).rows} == ids


def test_checker_and_administrator_see_no_cases(world, case_id):
    for user in (world.checker, world.admin_only):
        with pytest.raises(PermissionDenied):
            world.cases.list_cases(user)
        with pytest.raises(PermissionDenied):
            world.cases.open_case(user, case_id)
        assert world.cases.home_summary(user).open_cases == 0


def test_manager_sees_only_cases_they_investigate_or_decide(world):
    investigate = report(world).case_id
    decide = report(world).case_id
    report(world)  # nobody's
    world.cases.assign(world.lead, investigate, officer_id=world.manager.id, decision_maker_id=world.lead.id)
    world.cases.assign(
        world.lead, decide, officer_id=world.other_manager.id, decision_maker_id=world.manager.id
    )
    assert {r.id for r in world.cases.list_cases(world.manager).rows} == {investigate, decide}
    assert {r.id for r in world.cases.list_cases(world.other_manager).rows} == {decide}
    hidden = report(world).case_id
    with pytest.raises(NotFound, match="not one of yours"):
        world.cases.open_case(world.manager, hidden)


def test_manager_cannot_assign_cases(world, case_id):
    world.cases.assign(world.lead, case_id, officer_id=world.manager.id, decision_maker_id=None)
    with pytest.raises(PermissionDenied, match="the safeguarding lead assigns"):
        world.cases.assign(
            world.manager, case_id, officer_id=world.manager.id, decision_maker_id=world.manager.id
        )


def test_opening_a_case_is_an_audited_view(world, case_id):
    world.cases.open_case(world.lead, case_id)
    viewed = _events(world, "case_viewed")
    assert viewed and viewed[0].entity_id == str(case_id)


def test_rereading_an_open_case_keeps_visibility_but_is_not_another_view(world, case_id):
    world.cases.open_case(world.lead, case_id)
    before = len(_events(world, "case_viewed"))
    detail = world.cases.read_case(world.lead, case_id)
    assert detail.id == case_id
    assert len(_events(world, "case_viewed")) == before
    with pytest.raises(NotFound):
        world.cases.read_case(world.manager, case_id)  # not assigned to this manager
    with pytest.raises(PermissionDenied):
        world.cases.read_case(world.checker, case_id)


def test_checker_cannot_be_investigating_officer(world, case_id):
    with pytest.raises(PermissionDenied, match="not a manager or the safeguarding lead"):
        world.cases.assign(world.lead, case_id, officer_id=world.checker.id, decision_maker_id=None)


def test_subject_cannot_investigate_their_own_case(world, make_user, case_id):
    make_user("zoe", Role.MANAGER, full_name="Zoë Łukasz-محمد")
    from tests.services.case_helpers import current

    zoe = current(world.org, "zoe")
    with pytest.raises(ValidationError, match="cannot be the person the concern is about"):
        world.cases.assign(world.lead, case_id, officer_id=zoe.id, decision_maker_id=None)


def test_investigator_as_decision_maker_is_warned_not_refused(world, case_id):
    warnings = world.cases.assign(
        world.lead, case_id, officer_id=world.manager.id, decision_maker_id=world.manager.id
    )
    assert warnings and "same person" in warnings[0]
    detail = world.cases.open_case(world.lead, case_id)
    assert detail.officer.id == detail.decision_maker.id == world.manager.id
    assert detail.warnings == warnings
    assert detail.status.value == "investigating"  # assigning an officer starts the investigation


# -- status, risk, audit of changes -------------------------------------------------------------


def test_status_changes_are_audited_with_old_and_new(world, case_id):
    world.cases.set_status(world.lead, case_id, "investigating")
    world.cases.set_status(world.lead, case_id, "awaiting_decision")
    changes = [e.details["changes"]["status"] for e in _events(world, "case_status_changed")]
    assert ["new", "investigating"] in changes and ["investigating", "awaiting_decision"] in changes


def test_status_cannot_jump_to_closed(world, case_id):
    with pytest.raises(ConflictError, match="Close case"):
        world.cases.set_status(world.lead, case_id, "closed")


def test_risk_rating_is_recorded_and_audited(world, case_id):
    world.cases.set_risk(world.lead, case_id, "high")
    assert world.cases.open_case(world.lead, case_id).risk.value == "high"
    assert _events(world, "case_risk_rated")[0].details["changes"]["risk"] == [None, "high"]
    with pytest.raises(ValidationError):
        world.cases.set_risk(world.lead, case_id, "extreme")


def test_children_are_recorded_by_reference_and_names_are_protected(world, case_id):
    party = world.cases.add_party(world.lead, case_id, kind="child", reference="C-204", name="Amira Haddad")
    detail = world.cases.open_case(world.lead, case_id)
    assert detail.parties[0].reference == "C-204" and detail.parties[0].has_name
    assert "Amira" not in repr(detail)
    assert world.cases.reveal_name(world.lead, case_id, party) == "Amira Haddad"
    assert _events(world, "protected_name_viewed")
    assert all(
        "Amira" not in json.dumps(e.details) for e in world.org.audit_log.events(world.lead, AuditFilter())
    )


def test_party_needs_a_reference(world, case_id):
    with pytest.raises(ValidationError, match="Enter the case reference"):
        world.cases.add_party(world.lead, case_id, kind="family", reference=" ", name="The Smiths")


# -- referrals and clocks -----------------------------------------------------------------------


def test_lado_clock_over_easter_and_home_page(org, make_user):
    # Concern comes in on Good Friday 2025 at 14:00 BST; LADO due by the end of Tuesday 22 April.
    good_friday = datetime(2025, 4, 18, 13, 0, tzinfo=UTC)
    world = build_world(org, make_user, now=good_friday + timedelta(hours=1))
    case_id = report(world, concern_at=good_friday - timedelta(hours=1), reported_at=good_friday).case_id
    world.cases.record_referral(world.lead, case_id, kind="lado", state="needed")
    referral = world.cases.open_case(world.lead, case_id).referrals[0]
    assert referral.due_at == datetime(2025, 4, 22, 22, 59, 59, tzinfo=UTC)
    assert not referral.overdue
    # Easter Monday evening: still not overdue, and not yet due within a day.
    world.cases.clock = lambda: datetime(2025, 4, 21, 20, 0, tzinfo=UTC)
    assert world.cases.home_summary(world.lead).overdue == ()
    # Wednesday morning: overdue, on the case, the Home page and the list filter.
    world.cases.clock = lambda: datetime(2025, 4, 23, 8, 0, tzinfo=UTC)
    detail = world.cases.open_case(world.lead, case_id)
    assert detail.referrals[0].overdue and "overdue" in detail.overdue[0]
    home = world.cases.home_summary(world.lead)
    assert [c.reference for c in home.overdue] == [detail.reference]
    assert [r.id for r in world.cases.list_cases(world.lead, CaseFilter(overdue_only=True)).rows] == [case_id]


def test_ico_clock_is_72_hours_from_awareness(world, case_id):
    aware = NOW - timedelta(hours=1)
    world.cases.record_referral(world.lead, case_id, kind="ico", state="needed", aware_at=aware)
    referral = world.cases.open_case(world.lead, case_id).referrals[0]
    assert referral.due_at == aware + timedelta(hours=72)
    world.cases.clock = lambda: aware + timedelta(hours=71)
    assert [c.kind.value for c in world.cases.home_summary(world.lead).due_soon] == ["ico"]
    world.cases.clock = lambda: aware + timedelta(hours=72, seconds=1)
    assert [c.kind.value for c in world.cases.home_summary(world.lead).overdue] == ["ico"]


def test_making_the_referral_stops_the_clock(world, case_id):
    world.cases.record_referral(world.lead, case_id, kind="lado", state="needed")
    world.cases.clock = lambda: NOW + timedelta(days=5)
    assert world.cases.list_cases(world.lead, CaseFilter(overdue_only=True)).total == 1
    world.cases.record_referral(
        world.lead, case_id, kind="lado", state="made", made_on=date(2025, 3, 17), reference="LADO/2025/118"
    )
    assert world.cases.list_cases(world.lead, CaseFilter(overdue_only=True)).total == 0
    referral = world.cases.open_case(world.lead, case_id).referrals[0]
    assert referral.made_late and not referral.overdue
    change = _events(world, "referral_recorded")[0].details["changes"]
    assert change["state"] == ["needed", "made"]


def test_referral_date_before_the_concern_is_refused_by_the_service(world, case_id):
    with pytest.raises(ValidationError, match="before the concern itself"):
        world.cases.record_referral(
            world.lead, case_id, kind="police", state="made", made_on=date(2025, 3, 1), reference="CAD 123"
        )


def test_home_summary_of_a_manager_counts_only_their_cases(world):
    mine = report(world).case_id
    others = report(world).case_id
    world.cases.assign(world.lead, mine, officer_id=world.manager.id, decision_maker_id=world.lead.id)
    for cid in (mine, others):
        world.cases.record_referral(world.lead, cid, kind="lado", state="needed")
    world.cases.clock = lambda: NOW + timedelta(days=3)
    summary = world.cases.home_summary(world.manager)
    assert [c.case_id for c in summary.overdue] == [mine] and summary.open_cases == 1


# -- decision, closure, appeal ------------------------------------------------------------------


def test_closing_without_a_decision_is_refused_with_the_list(world, case_id):
    with pytest.raises(CaseNotClosable) as error:
        world.cases.close_case(world.lead, case_id, note="Done")
    problems = error.value.problems
    assert "Record who made the decision." in problems
    assert any("finding" in p for p in problems)
    assert any("outcome" in p for p in problems)


def test_manager_cannot_close_even_a_decided_case(world, case_id):
    decide_and_prepare(world, case_id)
    with pytest.raises(PermissionDenied, match="sign off the closure"):
        world.cases.close_case(world.manager, case_id, note="Closing")


def test_lead_closes_a_decided_case_with_sign_off(world, case_id):
    decide_and_prepare(world, case_id)
    world.cases.close_case(world.lead, case_id, note="Reviewed; advice given; closed.")
    detail = world.cases.open_case(world.lead, case_id)
    assert detail.status.value == "closed" and detail.closed_at is not None
    assert detail.sign_offs[0].kind == "closure" and detail.sign_offs[0].signed_by == world.lead.full_name
    assert detail.finding.value == "substantiated"
    assert not detail.can_edit
    assert [e.kind.value for e in detail.chronology][-2:] == ["decision", "decision"]


def test_needed_referral_blocks_closure(world, case_id):
    decide_and_prepare(world, case_id)
    world.cases.record_referral(world.lead, case_id, kind="lado", state="needed")
    with pytest.raises(CaseNotClosable, match="LADO referral — marked needed"):
        world.cases.close_case(world.lead, case_id, note="Closing")


def test_reopen_needs_the_lead_and_a_reason(world, case_id):
    decide_and_prepare(world, case_id)
    world.cases.close_case(world.lead, case_id, note="Closed")
    with pytest.raises(ValidationError, match="why the case is reopened"):
        world.cases.reopen_case(world.lead, case_id, reason="")
    with pytest.raises(PermissionDenied):
        world.cases.reopen_case(world.manager, case_id, reason="New information")
    world.cases.reopen_case(world.lead, case_id, reason="New information from the LADO")
    assert world.cases.open_case(world.lead, case_id).status.value == "investigating"


def test_disciplinary_outcome_needs_expiry_and_supervision_a_review(world, case_id):
    decide_and_prepare(world, case_id)
    with pytest.raises(ValidationError, match="expires"):
        world.cases.add_outcome(world.lead, case_id, kind="disciplinary", level="first_written_warning")
    world.cases.add_outcome(
        world.lead, case_id, kind="disciplinary", level="final_written_warning", expires_on=date(2026, 3, 12)
    )
    world.cases.add_outcome(world.lead, case_id, kind="supervision", review_on=date(2025, 6, 12))
    outcomes = world.cases.open_case(world.lead, case_id).outcomes
    assert [o.text for o in outcomes] == [
        "Advice or guidance",
        "Disciplinary action: Final written warning",
        "Supervision",
    ]


def test_removal_from_role_needs_a_dbs_decision_before_closing(world, case_id):
    decide_and_prepare(world, case_id, leave=("dbs_barring",))
    world.cases.add_outcome(world.lead, case_id, kind="removal_from_role")
    with pytest.raises(CaseNotClosable, match="DBS barring referral"):
        world.cases.close_case(world.lead, case_id, note="Closing")
    world.cases.record_referral(
        world.lead, case_id, kind="dbs_barring", state="made", made_on=NOW.date(), reference="DBS-REF-1"
    )
    world.cases.close_case(world.lead, case_id, note="Closing")


def test_appeal_lodged_heard_and_result_on_a_closed_case(world, case_id):
    decide_and_prepare(world, case_id)
    world.cases.close_case(world.lead, case_id, note="Closed")
    world.cases.clock = lambda: NOW + timedelta(days=30)
    world.cases.record_appeal(
        world.lead, case_id, lodged_on=date(2025, 3, 14), grounds="The post was not mine."
    )
    world.cases.record_appeal(
        world.lead,
        case_id,
        lodged_on=date(2025, 3, 14),
        grounds="The post was not mine.",
        heard_on=date(2025, 3, 28),
        heard_by="Chair of trustees",
        result="not_upheld",
        result_on=date(2025, 3, 31),
        result_reason="The account is the volunteer's.",
    )
    appeal = world.cases.open_case(world.lead, case_id).appeal
    assert appeal.stage == "Result given" and appeal.result.label == "Appeal not upheld"


def test_appeal_before_the_decision_is_refused(world, case_id):
    with pytest.raises(ValidationError, match="record the decision first"):
        world.cases.record_appeal(world.lead, case_id, lodged_on=NOW.date(), grounds="Unfair")


def test_appeal_result_without_reason_is_refused(world, case_id):
    decide_and_prepare(world, case_id)
    with pytest.raises(ValidationError, match="reason for the appeal's result"):
        world.cases.record_appeal(
            world.lead,
            case_id,
            lodged_on=NOW.date(),
            grounds="Unfair",
            heard_on=NOW.date(),
            result="upheld",
            result_on=NOW.date(),
        )
