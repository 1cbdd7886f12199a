"""Two desks on one record (issue 11): the second save of the same version is refused with a
readable comparison, never a silent overwrite; "Overwrite with mine" saves and is audited."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from lcs_desktop.domain.conflicts import STALE_MESSAGE, EditConflict
from lcs_desktop.domain.roles import Role
from lcs_desktop.services.audit_log import AuditFilter
from lcs_desktop.store.cases import BreachCase
from tests.services.case_helpers import build_world, report
from tests.services.check_fixtures import details, user_for

pytestmark = pytest.mark.both_backends

# Wednesday 18 November 2026 (GMT, so London time reads the same).
AT_1042 = datetime(2026, 11, 18, 10, 42, tzinfo=UTC)
AT_1050 = datetime(2026, 11, 18, 10, 50, tzinfo=UTC)


@pytest.fixture
def world(org, make_user, frozen_clock):
    world = build_world(org, make_user)
    world.cases.clock = org.workspace.now  # one clock for the history and the conflict
    frozen_clock.set(AT_1042)
    return world


@pytest.fixture
def case_id(world):
    cid = report(world).case_id
    world.cases.assign(world.lead, cid, officer_id=world.manager.id, decision_maker_id=world.lead.id)
    world.cases.set_risk(world.lead, cid, "medium")
    return cid


def test_second_save_of_the_same_version_is_refused_with_who_when_and_what(world, case_id, frozen_clock):
    # Two desks open the case at the same version.
    at_lead = world.cases.open_case(world.lead, case_id).row_version
    at_manager = world.cases.open_case(world.manager, case_id).row_version
    assert at_lead == at_manager >= 1
    world.cases.set_risk(world.lead, case_id, "high", expected_version=at_lead)
    frozen_clock.set(AT_1050)
    with pytest.raises(EditConflict) as caught:
        world.cases.set_risk(world.manager, case_id, "low", expected_version=at_manager)
    conflict = caught.value
    assert conflict.message.startswith("Ada Admin changed this case at 10:42: Risk Medium → High")
    assert "not saved" in conflict.message
    assert conflict.their_changes == ("Risk Medium → High",)
    assert conflict.my_changes == ("Risk → Low",)
    assert conflict.current_version == at_lead + 1
    # Nothing was overwritten.
    assert world.cases.read_case(world.lead, case_id).risk.value == "high"


def test_overwrite_with_mine_saves_over_theirs_and_is_audited_as_an_overwrite(world, case_id):
    loaded = world.cases.open_case(world.manager, case_id).row_version
    world.cases.set_risk(world.lead, case_id, "high", expected_version=loaded)
    with pytest.raises(EditConflict) as caught:
        world.cases.set_risk(world.manager, case_id, "low", expected_version=loaded)
    world.cases.set_risk(
        world.manager, case_id, "low", expected_version=caught.value.current_version, overwrite=True
    )
    assert world.cases.read_case(world.lead, case_id).risk.value == "low"
    events = list(world.org.audit_log.events(world.lead, AuditFilter(action="case_risk_rated")))
    newest = max(events, key=lambda e: e.seq)
    assert newest.details.get("overwrite") is True
    assert any("Saved over a change" in line for line in newest.sentence.lines)
    assert all(e.details.get("overwrite") is None for e in events if e.seq != newest.seq)


def test_status_and_assignment_refused_on_an_old_version_and_pass_on_the_current(world, case_id):
    loaded = world.cases.open_case(world.lead, case_id).row_version
    world.cases.set_risk(world.manager, case_id, "high", expected_version=loaded)
    with pytest.raises(EditConflict, match="Mona Manager changed this case"):
        world.cases.set_status(world.lead, case_id, "awaiting_decision", expected_version=loaded)
    with pytest.raises(EditConflict) as caught:
        world.cases.assign(
            world.lead,
            case_id,
            officer_id=world.other_manager.id,
            decision_maker_id=world.lead.id,
            expected_version=loaded,
        )
    assert "Investigating officer" in " ".join(caught.value.my_changes) or caught.value.my_changes
    current = world.cases.read_case(world.lead, case_id).row_version
    world.cases.set_status(world.lead, case_id, "awaiting_decision", expected_version=current)
    assert world.cases.read_case(world.lead, case_id).row_version == current + 1


def test_a_race_lost_between_read_and_write_is_an_edit_conflict_not_a_raw_error(world, case_id):
    """The row changes after this unit of work read it and before it writes: the versioned
    UPDATE matches no row and the user gets a plain sentence. (On SQLite one writer at a time
    means the other desk's write is played on this transaction's own connection; the server
    tests run it with two connections.)"""
    ws = world.org.workspace
    before = world.cases.read_case(world.lead, case_id).row_version
    with pytest.raises(EditConflict) as caught, ws.unit_of_work() as mine:
        case = mine.get(BreachCase, case_id)
        mine.execute(
            text("UPDATE breach_cases SET risk = 'high', row_version = row_version + 1 WHERE id = :id"),
            {"id": case_id},
        )
        case.risk = "low"
    assert caught.value.message == STALE_MESSAGE
    # Both writes rolled back together: nothing half-saved, nothing overwritten.
    after = world.cases.read_case(world.lead, case_id)
    assert (after.risk.value, after.row_version) == ("medium", before)


def test_every_orm_update_bumps_the_row_version(world, case_id):
    before = world.cases.read_case(world.lead, case_id).row_version
    world.cases.set_risk(world.lead, case_id, "high")
    world.cases.set_risk(world.lead, case_id, "low")
    assert world.cases.read_case(world.lead, case_id).row_version == before + 2


def test_person_edit_refused_on_an_old_version_with_the_form_captions(org, make_user):
    person_id = org.people.add_person(
        org.user, first_name="Jo", last_name="Bloggs", kind="volunteer", reference="V-1"
    )
    editor = user_for(org, make_user, "pat", Role.CHECKER)
    loaded = org.people.view_person(org.user, person_id).row_version
    org.people.edit_person(editor, person_id, expected_version=loaded, last_name="Bloggs-Smith")
    with pytest.raises(EditConflict) as caught:
        org.people.edit_person(org.user, person_id, expected_version=loaded, last_name="Brown")
    assert caught.value.their_changes == ("Last name Bloggs → Bloggs-Smith",)
    assert caught.value.my_changes == ("Last name → Brown",)
    assert caught.value.message.startswith("Pat changed this person")
    assert org.people.get_person(org.user, person_id).last_name == "Bloggs-Smith"


def test_check_details_refused_on_an_old_version(org, make_user):
    checker = user_for(org, make_user, "cass", Role.CHECKER)
    person_id = org.people.add_person(
        org.user, first_name="Ann", last_name="A", kind="applicant", reference="A-1"
    )
    check_id = org.checks.create_check(checker, person_id, details())
    loaded = org.checks.get_check(checker, check_id).row_version
    org.checks.update_details(org.user, check_id, details(authorised_by="Lee Lead"), expected_version=loaded)
    with pytest.raises(EditConflict) as caught:
        org.checks.update_details(
            checker, check_id, details(authorised_by="Sam Other"), expected_version=loaded
        )
    assert caught.value.their_changes == ("Authorised by Sam Lead → Lee Lead",)
    assert org.checks.get_check(checker, check_id).authorised_by == "Lee Lead"


def test_discussion_and_finding_refused_on_an_old_check_version_and_overwrite_is_audited(org, make_user):
    from lcs_desktop.domain.checks import DiscussionOutcome
    from tests.services.check_fixtures import finding, ready_check
    from tests.services.test_checks_guards import discussion

    checker = user_for(org, make_user, "cass", Role.CHECKER)
    lee = user_for(org, make_user, "lee", Role.SAFEGUARDING_LEAD)
    person_id = org.people.add_person(
        org.user, first_name="Ann", last_name="A", kind="applicant", reference="A-1"
    )
    check_id = ready_check(org, checker, person_id)
    finding_id = org.checks.get_check(checker, check_id).findings[0].id
    loaded = org.checks.get_check(checker, check_id).row_version
    org.checks.update_details(lee, check_id, details(authorised_by="Lee Lead"))  # another desk
    with pytest.raises(EditConflict, match="changed this check"):
        org.checks.edit_finding(checker, finding_id, finding(seen="Changed words."), expected_version=loaded)
    org.checks.complete_check(checker, check_id)
    opened = org.checks.get_check(org.user, check_id).row_version
    org.checks.record_discussion(lee, check_id, discussion([finding_id]), expected_version=opened)
    with pytest.raises(EditConflict) as caught:
        org.checks.record_discussion(
            org.user,
            check_id,
            discussion([finding_id], outcome=DiscussionOutcome.NOT_PROGRESSED),
            "Second view",
            expected_version=opened,
        )
    org.checks.record_discussion(
        org.user,
        check_id,
        discussion([finding_id], outcome=DiscussionOutcome.NOT_PROGRESSED),
        "Second view",
        expected_version=caught.value.current_version,
        overwrite=True,
    )
    stored = org.checks.get_check(org.user, check_id)
    assert stored.discussion.outcome is DiscussionOutcome.NOT_PROGRESSED
    events = list(org.audit_log.events(org.user, AuditFilter(action="check_discussion_changed")))
    assert [e.details.get("overwrite") for e in events] == [True]
