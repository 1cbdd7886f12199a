"""Settings, accounts, "keep longer" decisions and record salts used under each person's own
login (issue 11): with the server's rules on those tables narrowed to what each role's services
do, the services each role does use must still go through at that person's own desk."""

from __future__ import annotations

import pytest

from tests.server_helpers import sign_in_at_desk, stored
from tests.services.case_helpers import build_world, report

pytestmark = pytest.mark.parametrize("backend", ["server"], indirect=True)


def test_an_administrator_alone_changes_the_settings_and_still_reports_a_concern(
    org, make_user, authenticator, tmp_path, secret_store
) -> None:
    world = build_world(org, make_user)
    ivy = sign_in_at_desk(org, authenticator, tmp_path, secret_store, world.admin_only)
    changed = ivy.settings.update(ivy.user, ivy.settings.get().__class__(organisation_name="Renamed Trust"))
    assert changed.organisation_name == "Renamed Trust"
    assert org.settings.get().organisation_name == "Renamed Trust"
    case_id = report(world, ivy.user, subject_person_id=world.subject_id).case_id  # never read back
    assert org.cases.open_case(org.user, case_id).status.value == "new"
    stamped = stored(org, f"SELECT last_sign_in_at IS NOT NULL FROM users WHERE id = {ivy.user.id}")
    assert stamped == {(True,)}  # her own sign-in, stamped by her own login
    ivy.sign_out()


def test_a_checker_and_a_manager_work_on_records_the_lead_decided_to_keep(
    org, make_user, authenticator, tmp_path, secret_store
) -> None:
    world = build_world(org, make_user)
    case_id = report(world).case_id
    org.cases.assign(org.user, case_id, officer_id=world.manager.id, decision_maker_id=None)
    subject = world.subject_id
    org.retention.retention_for(org.user, "person", subject)  # its date stored
    org.retention.keep(org.user, [("person", subject), ("case", case_id)], 6, "Tribunal claim")
    cass = sign_in_at_desk(org, authenticator, tmp_path, secret_store, world.checker)
    detail = cass.people.get_person(cass.user, subject)
    # Her change writes the person's history (its salt made by her login if it had none) and
    # works the person's date out again, reading the lead's keep on the person.
    cass.people.edit_person(cass.user, subject, expected_version=detail.row_version, role="Coach")
    assert cass.retention.retention_for(cass.user, "person", subject).rule_code
    assert ("person", subject) in stored(org, "SELECT entity_type, entity_id FROM record_salts")
    cass.sign_out()
    mona = sign_in_at_desk(org, authenticator, tmp_path, secret_store, world.manager)
    mona.cases.set_risk(mona.user, case_id, "high")  # refreshes her case's date, reading its keep
    assert mona.retention.retention_for(mona.user, "case", case_id).rule_code
    assert ("breach_case", case_id) in stored(org, "SELECT entity_type, entity_id FROM record_salts")
    mona.sign_out()
    kept = stored(org, "SELECT record_kind, record_id FROM retention_keeps")
    assert {("person", subject), ("case", case_id)} <= kept  # no one but the lead removed them
