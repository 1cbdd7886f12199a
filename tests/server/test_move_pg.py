"""Moving a local workspace onto an office server (``--from-local``): every record reads back
the same, the chain verifies, the server holds the names only sealed, everyone can sign in."""

from __future__ import annotations

from lcs_desktop.services.server_move import move_to_server
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD
from tests.server_helpers import init_server
from tests.services.case_helpers import build_world, report


def test_a_local_workspace_moves_to_the_server_and_reads_back_the_same(
    org, make_user, authenticator, pg_server, pg_database
) -> None:
    world = build_world(org, make_user)
    case_id = report(world).case_id
    people = {p.id: (p.first_name, p.last_name) for p in org.people.list_people(org.user)}
    case_before = org.cases.open_case(org.user, case_id)
    assert org.workspace.server is None

    owner = init_server(pg_server, pg_database)
    steps: list[str] = []
    result = move_to_server(
        org, ADMIN_PASSWORD, pg_server.url(pg_database), str(pg_server.ca_file), owner, steps.append
    )
    assert result.counts["people"] == len(people) and result.counts["breach_cases"] == 1
    assert set(result.temporary_passwords) == {"mona", "otto", "cass", "ivy"}
    assert any("Copying" in s for s in steps) and "Checking the audit trail" in steps
    assert org.workspace.database.key_forgotten or not org.workspace.database.lock.held  # closed

    on_server = authenticator.sign_in("admin", ADMIN_PASSWORD)
    assert on_server.workspace.server is not None
    assert {p.id: (p.first_name, p.last_name) for p in on_server.people.list_people(on_server.user)} == people
    case_after = on_server.cases.open_case(on_server.user, case_id)
    assert case_after.reference == case_before.reference
    assert case_after.what_was_seen == case_before.what_was_seen
    assert on_server.audit_log.verify(on_server.user).ok
    on_server.sign_out()

    mona = authenticator.sign_in("mona", result.temporary_passwords["mona"])
    assert mona.must_change_password
    mona.accounts.change_own_password(mona.user, result.temporary_passwords["mona"], USER_PASSWORD)
    mona.sign_out()
    authenticator.sign_in("mona", USER_PASSWORD).sign_out()

    dump = pg_server.pg_dump(pg_database)
    for text in ("Łukasz-محمد", "Applicant", "Photograph of a contact session", "Mona Manager"):
        assert text not in dump
