"""Retention dates and name tokens written under each person's own login (issue 11): with row
policies on both tables, the saves that keep them current must not be refused at a manager's
or a checker's desk, and what each desk then reads is only what its login may see."""

from __future__ import annotations

import pytest

from lcs_desktop.domain.errors import NotFound
from tests.server_helpers import sign_in_at_desk, stored, superuser
from tests.services.case_helpers import build_world, report

pytestmark = pytest.mark.parametrize("backend", ["server"], indirect=True)


def test_a_manager_saves_her_case_and_its_dates_are_written_by_her_login(
    org, make_user, authenticator, tmp_path, secret_store
) -> None:
    world = build_world(org, make_user)
    mine, other = report(world).case_id, report(world).case_id
    org.cases.assign(org.user, mine, officer_id=world.manager.id, decision_maker_id=None)
    with superuser(org.workspace.server.settings) as connection:
        connection.execute("DELETE FROM retention_dates")  # so her save must write them again
    mona = sign_in_at_desk(org, authenticator, tmp_path, secret_store, world.manager)
    mona.cases.set_risk(mona.user, mine, "high")  # refreshes the case, its subject and their checks
    dates = stored(org, "SELECT record_kind, record_id FROM retention_dates")
    assert {("case", mine), ("person", world.subject_id)} <= dates
    assert ("case", other) not in dates  # not hers to work out
    assert mona.retention.retention_for(mona.user, "case", mine).rule_code
    assert org.retention.retention_for(org.user, "case", other).rule_code  # the lead works it out
    assert ("case", other) in stored(org, "SELECT record_kind, record_id FROM retention_dates")
    with pytest.raises(NotFound):  # stored, but not hers to read (nor to write again)
        mona.retention.retention_for(mona.user, "case", other)
    mona.sign_out()


def test_a_checker_adds_a_person_whose_tokens_and_date_her_login_writes(
    org, make_user, authenticator, tmp_path, secret_store
) -> None:
    world = build_world(org, make_user)
    cass = sign_in_at_desk(org, authenticator, tmp_path, secret_store, world.checker)
    person = cass.people.add_person(
        cass.user, first_name="Robin", last_name="Quillfeather", kind="volunteer", reference="V-9"
    )
    tokens = stored(org, f"SELECT count(*) FROM name_tokens WHERE entity_id = {person}")
    assert tokens != {(0,)}
    assert ("person", person) in stored(org, "SELECT record_kind, record_id FROM retention_dates")
    assert [p.id for p in cass.people.list_people(cass.user, query="Quillf")] == [person]
    detail = cass.people.get_person(cass.user, person)
    cass.people.edit_person(cass.user, person, expected_version=detail.row_version, last_name="Marsh")
    assert [p.id for p in cass.people.list_people(cass.user, query="Marsh")] == [person]
    assert cass.people.list_people(cass.user, query="Quillf") == []
    cass.sign_out()


def test_an_administrator_alone_saves_a_retention_rule_and_the_leads_queue_works_the_dates_out(
    org, make_user, authenticator, tmp_path, secret_store
) -> None:
    """Her login reads no person, check or case, so the save cannot work the dates out: it keeps
    the rule (and says nothing went wrong), and the lead's queue, finding them stale, does."""
    world = build_world(org, make_user)
    report(world)
    assert org.retention.queue_count(org.user) >= 0  # every date current before the change
    ivy = sign_in_at_desk(org, authenticator, tmp_path, secret_store, world.admin_only)
    code = ivy.retention.rules(ivy.user)[0].code
    saved = ivy.retention.update_rule(ivy.user, code, 999, ivy.retention.rules(ivy.user)[0].action)
    assert saved.period_months == 999
    assert {r.code: r.period_months for r in org.retention.rules(org.user)}[code] == 999
    assert not org.retention.dates_current(org.user)
    org.retention.prepare(org.user)  # what the queue does first
    assert org.retention.dates_current(org.user)
    ivy.sign_out()
