"""The last four tables under the server's own rules (issue 11), each checked through a real
``psql`` per login: a login may do there what its role's services do, no more.

- settings: everyone reads them; only an administrator (MANAGE_SETTINGS) writes them.
- retention_keeps ("keep for N more months"): the lead alone decides or removes one; a case's
  keep is read only by whoever can read the case (the refresh of a record's date reads them).
- record_salts (the key of a record's audit hashes): read and made only by whoever can read the
  record, and only for a record that exists; deleted by the lead alone, with the record.
- users: an administrator manages accounts; anyone else stamps only their own sign-in columns.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.server.office_setup import Office, make_office

DENIED = "permission denied"
VIOLATES = "violates row-level security policy"
SALT = "\\x" + "ab" * 32


@pytest.fixture(scope="module")
def office(pg_server):
    dbname = "t_rls_accounts"
    pg_server.create_database(dbname)
    made = make_office(pg_server, dbname)
    ids = made.ids
    records = (
        ("person", ids["person"]),
        ("check", ids["check"]),
        ("case", ids["assigned_case"]),
        ("case", ids["other_case"]),
    )
    with made.engine.begin() as connection:
        connection.execute(text(f'SET LOCAL ROLE "{made.names.owner}"'))
        connection.execute(text("INSERT INTO settings (key, value) VALUES ('organisation_name', '\"Org\"')"))
        for kind, rid in records:
            connection.execute(
                text(
                    "INSERT INTO retention_keeps (record_kind, record_id, months, keep_until, reason, "
                    "decided_by_id, decided_at) VALUES (:k, :i, 6, '2031-01-01', 'r', :lead, now())"
                ),
                {"k": kind, "i": rid, "lead": ids["lead"]},
            )
            connection.execute(
                text(f"INSERT INTO record_salts (entity_type, entity_id, salt) VALUES (:k, :i, '{SALT}')"),
                {"k": "breach_case" if kind == "case" else kind, "i": rid},
            )
    yield made
    made.engine.dispose()
    pg_server.drop_database(dbname)


# -- settings ---------------------------------------------------------------------------------


def test_only_an_administrator_changes_the_organisations_settings(office: Office) -> None:
    for who in ("checker", "manager", "lead"):
        assert office.rows(who, "SELECT key FROM settings") == ["organisation_name"]
        assert DENIED in office.refused(who, "UPDATE settings SET value = '\"Evil\"'")
        assert DENIED in office.refused(who, "INSERT INTO settings (key, value) VALUES ('x', '1')")
        assert DENIED in office.refused(who, "DELETE FROM settings")
    assert office.rows("admin", "UPDATE settings SET value = '\"Org\"' RETURNING key") == [
        "organisation_name"
    ]
    assert office.rows("admin", "INSERT INTO settings (key, value) VALUES ('x', '1') RETURNING key") == ["x"]
    assert DENIED in office.refused("admin", "DELETE FROM settings")  # no service deletes a setting


# -- retention keeps --------------------------------------------------------------------------


def _keeps(office: Office, who: str) -> list[str]:
    return office.rows(who, "SELECT record_kind || ':' || record_id FROM retention_keeps ORDER BY 1")


def test_a_cases_keep_is_read_only_by_whoever_can_read_the_case(office: Office) -> None:
    ids = office.ids
    person, check = f"person:{ids['person']}", f"check:{ids['check']}"
    mine, other = f"case:{ids['assigned_case']}", f"case:{ids['other_case']}"
    assert _keeps(office, "checker") == sorted([person, check])
    assert _keeps(office, "manager") == sorted([person, check, mine])
    assert _keeps(office, "lead") == sorted([person, check, mine, other])
    assert DENIED in office.refused("admin", "SELECT count(*) FROM retention_keeps")


def test_only_the_lead_keeps_a_record_longer_or_removes_a_keep(office: Office) -> None:
    insert = (
        "INSERT INTO retention_keeps (record_kind, record_id, months, keep_until, reason, decided_by_id, "
        "decided_at) VALUES ('person', {p}, 1, '2040-01-01', 'r', {lead}, now()) RETURNING id"
    ).format(p=office.ids["person"], lead=office.ids["lead"])
    for who in ("checker", "manager", "admin"):
        assert DENIED in office.refused(who, insert)
        # A keep deleted or shortened would let the record be purged early.
        assert DENIED in office.refused(who, "DELETE FROM retention_keeps")
        assert DENIED in office.refused(who, "UPDATE retention_keeps SET keep_until = '2000-01-01'")
    added = office.rows("lead", insert)
    assert DENIED in office.refused("lead", "UPDATE retention_keeps SET keep_until = '2000-01-01'")
    assert office.rows("lead", f"DELETE FROM retention_keeps WHERE id = {added[0]} RETURNING 1") == ["1"]


# -- record salts -----------------------------------------------------------------------------


def _salts(office: Office, who: str) -> list[str]:
    return office.rows(who, "SELECT entity_type || ':' || entity_id FROM record_salts ORDER BY 1")


def _salt_insert(kind: str, rid: int) -> str:
    return f"INSERT INTO record_salts (entity_type, entity_id, salt) VALUES ('{kind}', {rid}, '{SALT}')"


def test_a_records_salt_is_read_only_by_whoever_can_read_the_record(office: Office) -> None:
    ids = office.ids
    person, check = f"person:{ids['person']}", f"check:{ids['check']}"
    mine, other = f"breach_case:{ids['assigned_case']}", f"breach_case:{ids['other_case']}"
    assert _salts(office, "checker") == sorted([person, check])
    assert _salts(office, "manager") == sorted([person, check, mine])
    assert _salts(office, "lead") == sorted([person, check, mine, other])
    assert DENIED in office.refused("admin", "SELECT count(*) FROM record_salts")


def test_no_one_plants_a_salt_for_a_record_they_cannot_read_or_that_does_not_exist(office: Office) -> None:
    # A salt someone knows, planted before the record exists, would let them confirm guesses
    # against the record's audit hashes (which every login reads).
    for kind, rid in (("breach_case", 987654), ("person", 987654), ("check", 987654)):
        assert VIOLATES in office.refused("checker", _salt_insert(kind, rid))
    assert VIOLATES in office.refused("manager", _salt_insert("breach_case", 987654))
    assert DENIED in office.refused("admin", _salt_insert("person", 987654))
    for who in ("checker", "manager", "lead"):
        assert DENIED in office.refused(who, f"UPDATE record_salts SET salt = '{SALT}'")
    for who in ("checker", "manager", "admin"):
        assert DENIED in office.refused(who, "DELETE FROM record_salts")


def test_a_salt_is_made_by_whoever_first_writes_a_readable_records_history(office: Office) -> None:
    with office.engine.begin() as connection:
        connection.execute(text(f'SET LOCAL ROLE "{office.names.owner}"'))
        connection.execute(text("DELETE FROM record_salts WHERE entity_type = 'person'"))
    person = office.ids["person"]
    assert office.rows("checker", _salt_insert("person", person) + " RETURNING 1") == ["1"]
    where = f"WHERE entity_type = 'person' AND entity_id = {person}"
    assert office.rows("lead", f"DELETE FROM record_salts {where} RETURNING 1") == ["1"]  # with the record
    assert office.rows("manager", _salt_insert("person", person) + " RETURNING 1") == ["1"]


# -- users ------------------------------------------------------------------------------------


def test_a_login_stamps_only_its_own_sign_in_and_only_an_administrator_manages_accounts(
    office: Office,
) -> None:
    ids = office.ids
    stamp = "UPDATE users SET last_sign_in_at = now(), remember_me = false WHERE id = {i} RETURNING id"
    for who in ("checker", "manager", "lead"):
        assert office.rows(who, stamp.format(i=ids[who])) == [str(ids[who])]
        # Someone else's row is not reached (it stays as it was).
        assert office.rows(who, stamp.format(i=ids["admin"])) == []
        promote = f"UPDATE users SET roles = 'administrator' WHERE id = {ids[who]}"
        assert DENIED in office.refused(who, promote)
        assert DENIED in office.refused(who, f"UPDATE users SET active = false WHERE id = {ids['admin']}")
        assert DENIED in office.refused(
            who,
            "INSERT INTO users (username, full_name, roles, active, remember_me, created_at) "
            "VALUES ('sneak', '', 'administrator', true, false, now())",
        )
    admins = f"WHERE id = {ids['admin']}"
    assert office.rows("lead", f"SELECT last_sign_in_at IS NULL FROM users {admins}") == ["t"]
    revoked = f"UPDATE users SET remember_me = false WHERE id = {ids['checker']} RETURNING 1"
    assert office.rows("admin", revoked) == ["1"]  # an administrator revokes anyone's "remember me"
    for who in ("checker", "manager", "lead", "admin"):
        assert DENIED in office.refused(who, f"DELETE FROM users WHERE id = {ids['other_manager']}")


# -- an existing server -----------------------------------------------------------------------


def test_upgrade_server_narrows_an_existing_servers_rights_on_these_tables(office: Office, tmp_path) -> None:
    from lcs_desktop.store import migrate
    from lcs_desktop.store.server_setup import upgrade_server
    from tests.server.test_server_setup_pg import _backup

    tables = ("settings", "users", "retention_keeps", "record_salts")
    groups = ", ".join(f'"{g}"' for g in office.names.groups)
    with office.engine.begin() as connection:  # as a server set up before: all to everyone
        connection.execute(text(f'SET LOCAL ROLE "{office.names.owner}"'))
        for table in tables:
            connection.execute(text(f"GRANT ALL ON {table} TO {groups}"))
            connection.execute(text(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY"))
    assert office.rows("checker", "UPDATE settings SET value = value WHERE key = 'x' RETURNING key") == ["x"]
    assert upgrade_server(office.engine, office.dbname, _backup(tmp_path, migrate.head_revision())) is None
    assert DENIED in office.refused("checker", "UPDATE settings SET value = value")
    assert DENIED in office.refused("manager", "DELETE FROM retention_keeps")
    assert _salts(office, "checker") == sorted(
        [f"check:{office.ids['check']}", f"person:{office.ids['person']}"]
    )
    assert (
        office.rows("checker", f"UPDATE users SET remember_me = false WHERE id = {office.ids['lead']}") == []
    )


# -- the workspace's own facts ----------------------------------------------------------------


def test_the_workspace_facts_are_read_by_all_and_written_by_no_checker_or_manager(office: Office) -> None:
    """lcs_meta holds the workspace id, the organisation's public key and the workspace key's
    generation: a checker replacing the organisation key, or moving the generation, would make
    every desk refuse its work. An administrator adds facts at set-up; the lead's retention
    queue stamps its schedule; nobody deletes one."""
    for who in ("checker", "manager", "lead", "admin"):
        assert office.rows(who, "SELECT count(*) FROM lcs_meta")  # readable (the key guard reads it)
        assert DENIED in office.refused(who, "DELETE FROM lcs_meta")
    for who in ("checker", "manager"):
        assert DENIED in office.refused(who, "UPDATE lcs_meta SET value = 'x' WHERE key = 'db_id'")
        assert DENIED in office.refused(
            who, "INSERT INTO lcs_meta (key, value) VALUES ('key_generation', '9')"
        )
    assert DENIED in office.refused("admin", "UPDATE lcs_meta SET value = 'x' WHERE key = 'db_id'")
