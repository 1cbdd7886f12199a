"""The server enforces who sees what (issue 11), each checked through a real ``psql`` per login."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from lcs_desktop.domain.roles import Role
from lcs_desktop.store.server_roles import set_login
from lcs_desktop.vault.scram import scram_verifier
from tests.server.office_setup import Office, login_name, make_office

DENIED = "permission denied"


@pytest.fixture(scope="module")
def office(pg_server):
    dbname = "t_rls_office"
    pg_server.create_database(dbname)
    made = make_office(pg_server, dbname)
    yield made
    made.engine.dispose()
    pg_server.drop_database(dbname)


def test_a_checker_cannot_read_a_breach_case_or_its_chronology(office: Office) -> None:
    for table in ("breach_cases", "case_chronology", "case_referrals", "case_outcomes"):
        assert DENIED in office.refused("checker", f"SELECT count(*) FROM {table}")
    assert office.rows("checker", "SELECT first_name FROM people") == ["Zed"]
    assert office.rows("checker", "SELECT reference FROM checks") == ["CHK-1"]


def test_anyone_may_report_a_concern_without_reading_it_back(office: Office) -> None:
    insert = (
        "INSERT INTO breach_cases (id, reference, subject_person_id, status, concern_at, reported_at, "
        "reported_to_id, raised_by, raised_by_kind, what_was_seen, immediate_actions, late_report, "
        "decision_reason, created_by_id, created_at, updated_at) VALUES (nextval('breach_cases_id_seq'), "
        "'{ref}', {p}, 'open', now(), now(), {lead}, '', 'staff', '', '', false, '', {lead}, now(), now())"
    )
    ids = office.ids
    for who in ("checker", "admin"):
        done = office.psql(who, insert.format(ref=f"from-{who}", p=ids["person"], lead=ids["lead"]))
        assert done.returncode == 0, done.stderr
    refs = office.rows("lead", "SELECT reference FROM breach_cases WHERE reference LIKE 'from-%' ORDER BY 1")
    assert refs == ["from-admin", "from-checker"]


def test_an_administrator_cannot_read_case_or_check_content(office: Office) -> None:
    for table in ("people", "checks", "findings", "check_discussions", "breach_cases", "case_chronology"):
        assert DENIED in office.refused("admin", f"SELECT count(*) FROM {table}")
    for table in ("evidence", "evidence_content", "record_history"):
        assert DENIED in office.refused("admin", f"SELECT count(*) FROM {table}")
    assert "admin" in office.rows("admin", "SELECT username FROM users")
    assert office.rows("admin", "SELECT action FROM audit_events") == ["signed_in"]


def test_a_manager_sees_only_the_cases_assigned_to_them(office: Office) -> None:
    refs = office.rows("manager", "SELECT reference FROM breach_cases ORDER BY 1")
    assert refs == ["assigned_case"]
    assert office.rows("manager", "SELECT summary FROM case_chronology") == ["assigned_case"]
    other = office.ids["other_case"]
    done = office.psql("manager", f"UPDATE breach_cases SET risk = 'high' WHERE id = {other} RETURNING id")
    assert done.returncode == 0 and done.stdout.strip() == ""  # no row of someone else's case changed
    assert office.rows("other_manager", "SELECT reference FROM breach_cases") == ["other_case"]
    lead_refs = office.rows("lead", "SELECT reference FROM breach_cases WHERE reference LIKE '%case'")
    assert sorted(lead_refs) == ["assigned_case", "other_case"]


@pytest.mark.parametrize(
    "sql", ["UPDATE audit_events SET action = 'x'", "DELETE FROM audit_events", "TRUNCATE audit_events"]
)
def test_nobody_can_change_or_remove_audit_events(office: Office, sql: str) -> None:
    for who in office.logins:
        assert DENIED in office.refused(who, sql)
    with pytest.raises(Exception, match="audit events cannot be"), office.engine.begin() as connection:
        connection.execute(text(f'SET LOCAL ROLE "{office.names.owner}"'))
        connection.execute(text(sql))
    done = office.psql(
        "checker",
        "INSERT INTO audit_events (seq, at, actor, action, details, prev_mac, mac) "
        "SELECT max(seq) + 1, now(), 'c', 'signed_in', '{}', 'x', 'y' FROM audit_events",
    )
    assert done.returncode == 0, done.stderr


def test_logins_are_plain_members_of_their_groups_and_own_nothing(office: Office) -> None:
    for who, (login, _password) in office.logins.items():
        flags = office.rows(
            "lead",
            "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolreplication, rolinherit, "
            f"rolcanlogin FROM pg_roles WHERE rolname = '{login}'",
        )
        assert flags == ["f|f|f|f|f|t|t"]
        owned = office.rows(
            "lead",
            f"SELECT (SELECT count(*) FROM pg_class WHERE relowner = r.oid) + (SELECT count(*) FROM pg_proc "
            f"WHERE proowner = r.oid) + (SELECT count(*) FROM pg_namespace WHERE nspowner = r.oid) "
            f"FROM pg_roles r WHERE rolname = '{login}'",
        )
        assert owned == ["0"]
        groups = office.rows(
            "lead",
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            f"JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '{login}'",
        )
        expected = {"other_manager": "manager"}.get(who, who)
        assert groups == [f"{office.names.prefix}_{expected}"]
    owners = office.rows(
        "lead", "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'people'"
    )
    assert owners == [office.names.owner]


def test_session_variables_do_not_lift_the_chronology_guard(office: Office) -> None:
    entry = office.ids["assigned_case_entry"]
    sql = f"SET lcs.purge_chronology = 'on'; DELETE FROM case_chronology WHERE id = {entry}"
    for who in ("manager", "lead"):
        said = office.refused(who, sql)
        assert "permission denied" in said or "cannot be deleted" in said
    assert DENIED in office.refused("manager", "SELECT lcs_purge_chronology(ARRAY[1])")


def test_only_an_administrator_makes_logins_and_only_this_organisations(office: Office) -> None:
    login = login_name(office.names, "newcomer")
    verifier = scram_verifier("newcomer-password")
    call = f"SELECT lcs_set_login('{login}', 1, '{verifier}', ARRAY['checker'], true)"
    for who in ("checker", "manager", "lead"):
        assert DENIED in office.refused(who, call)
    assert office.psql("admin", call).returncode == 0
    assert (
        office.server.psql(
            "SELECT 1", user=login, password="newcomer-password", dbname=office.dbname
        ).returncode
        == 0
    )
    # Another organisation's login, the owner, a superuser: refused however it is asked.
    for target in (office.it_login, office.names.owner, "lcs_test_super", "lcs_other_abcdef_u_" + "0" * 24):
        stderr = office.refused("admin", call.replace(login, target))
        assert "not a login of this organisation" in stderr
    assert "verifier is required" in office.refused("admin", call.replace(verifier, "plain-password"))
    assert "unknown group" in office.refused("admin", call.replace("'checker'", "'owner'"))
    # Switched off: the login can no longer connect, and holds no group.
    assert office.psql("admin", call.replace("true)", "false)")).returncode == 0
    gone = office.server.psql("SELECT 1", user=login, password="newcomer-password", dbname=office.dbname)
    assert gone.returncode != 0 and "not permitted to log in" in gone.stderr


def test_set_login_changes_groups_from_python(office: Office) -> None:
    login = login_name(office.names, "promoted")
    with office.engine.begin() as connection:
        connection.execute(text(f'SET LOCAL ROLE "{office.names.owner}"'))
        set_login(connection, login, office.ids["checker"], scram_verifier("p1"), [Role.CHECKER], True)
        set_login(
            connection, login, office.ids["checker"], None, [Role.SAFEGUARDING_LEAD, Role.MANAGER], True
        )
    groups = office.rows(
        "lead",
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        f"JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '{login}' ORDER BY 1",
    )
    assert groups == [f"{office.names.prefix}_lead", f"{office.names.prefix}_manager"]


def test_a_login_cannot_give_itself_roles_in_the_app(office: Office) -> None:
    me = office.ids["checker"]
    assert DENIED in office.refused(
        "checker", f"UPDATE users SET roles = 'safeguarding_lead' WHERE id = {me}"
    )
    assert DENIED in office.refused(
        "checker",
        "INSERT INTO users (username, full_name, roles, active, "
        "remember_me, created_at) VALUES ('x', 'x', 'administrator', true, false, now())",
    )
    stamp = office.psql(
        "checker", f"UPDATE users SET last_sign_in_at = now(), remember_me = true WHERE id = {me}"
    )
    assert stamp.returncode == 0, stamp.stderr
    assert office.psql("admin", f"UPDATE users SET roles = 'checker' WHERE id = {me}").returncode == 0


def test_triggers_keep_counts_and_names_on_rows_the_person_cannot_see(office: Office) -> None:
    person = office.ids["person"]
    before = int(office.rows("checker", "SELECT n FROM record_counts WHERE name = 'people'")[0])
    done = office.psql(
        "checker",
        "INSERT INTO people (first_name, last_name, kind, status, reference, reference_key, sort_name, "
        "search_name, role, email, phone, created_at, updated_at) VALUES ('New', 'Person', 'volunteer', "
        "'active', 'P-2', 'p-2', 'person', 'person', '', '', '', now(), now())",
    )
    assert done.returncode == 0, done.stderr
    assert int(office.rows("checker", "SELECT n FROM record_counts WHERE name = 'people'")[0]) == before + 1
    assert DENIED in office.refused("checker", "UPDATE record_counts SET n = 0")
    renamed = office.psql("checker", f"UPDATE people SET first_name = 'Zoe' WHERE id = {person}")
    assert renamed.returncode == 0, renamed.stderr
    names = office.rows(
        "lead", f"SELECT DISTINCT subject_name FROM breach_cases WHERE subject_person_id = {person}"
    )
    assert names == ["Zoe Quill"]  # the copies on cases the checker cannot read were rewritten too
    assert office.rows("checker", f"SELECT person_name FROM checks WHERE person_id = {person}") == [
        "Zoe Quill"
    ]


def test_the_lead_purges_a_case_with_its_chronology_through_the_service_code(office: Office) -> None:
    from pathlib import Path

    from lcs_desktop.store.record_purge import purge_cases
    from lcs_desktop.store.server_address import ServerAddress
    from lcs_desktop.store.server_database import ServerDatabase

    login, password = office.logins["lead"]
    address = ServerAddress(office.server.host, office.server.port, office.dbname, office.server.ca_file)
    lead = ServerDatabase.connect(Path("/nonexistent-state"), address, login, password)
    try:
        ids = office.ids
        case = int(
            office.rows(
                "lead",
                "INSERT INTO breach_cases (reference, subject_person_id, status, concern_at, reported_at, "
                "reported_to_id, raised_by, raised_by_kind, what_was_seen, immediate_actions, late_report, "
                "decision_reason, created_by_id, created_at, updated_at) VALUES ('to-purge', "
                f"{ids['person']}, 'open', now(), now(), {ids['lead']}, '', 'staff', '', '', false, '', "
                f"{ids['lead']}, now(), now()) RETURNING id",
            )[0]
        )
        for summary in ("first", "second"):
            office.rows(
                "lead",
                "INSERT INTO case_chronology (case_id, occurred_at, kind, summary, details, participants, "
                f"recorded_by_id, recorded_at) VALUES ({case}, now(), 'note', '{summary}', '', '', "
                f"{ids['lead']}, now()) RETURNING id",
            )
        with lead.transaction() as session:
            assert purge_cases(session, [case]) == 1
        assert office.rows("lead", f"SELECT count(*) FROM case_chronology WHERE case_id = {case}") == ["0"]
        assert office.rows("lead", f"SELECT count(*) FROM breach_cases WHERE id = {case}") == ["0"]
    finally:
        lead.close()
