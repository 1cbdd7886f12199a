"""Row policies on retention dates and name-search tokens (issue 11), checked through a real
``psql`` per login: a case's retention date is seen and written only by whoever can read the
case; a person's search tokens only by the groups that read and write people."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.server.office_setup import Office, make_office

DENIED = "permission denied"
VIOLATES = "violates row-level security policy"
TOKEN = "\\x0102030405060708090a0b0c0d0e0f10"


@pytest.fixture(scope="module")
def office(pg_server):
    dbname = "t_rls_dates_tokens"
    pg_server.create_database(dbname)
    made = make_office(pg_server, dbname)
    ids = made.ids
    with made.engine.begin() as connection:
        connection.execute(text(f'SET LOCAL ROLE "{made.names.owner}"'))
        for kind, rid in (
            ("person", ids["person"]),
            ("check", ids["check"]),
            ("case", ids["assigned_case"]),
            ("case", ids["other_case"]),
        ):
            connection.execute(
                text(
                    "INSERT INTO retention_dates (record_kind, record_id, rule_code, action, due, sentence) "
                    "VALUES (:k, :i, 'rule', 'delete', '2030-01-01', '')"
                ),
                {"k": kind, "i": rid},
            )
        connection.execute(
            text(f"INSERT INTO name_tokens (entity_type, token, entity_id) VALUES ('person', '{TOKEN}', :p)"),
            {"p": ids["person"]},
        )
    yield made
    made.engine.dispose()
    pg_server.drop_database(dbname)


def _dates(office: Office, who: str) -> list[str]:
    return office.rows(who, "SELECT record_kind || ':' || record_id FROM retention_dates ORDER BY 1")


def _upsert(kind: str, rid: int, due: str = "2099-01-01") -> str:
    return (
        "INSERT INTO retention_dates (record_kind, record_id, rule_code, action, due, sentence) "
        f"VALUES ('{kind}', {rid}, 'rule', 'delete', '{due}', '') ON CONFLICT (record_kind, record_id) "
        "DO UPDATE SET due = excluded.due"
    )


def test_a_case_retention_date_is_read_only_by_whoever_can_read_the_case(office: Office) -> None:
    ids = office.ids
    person, check = f"person:{ids['person']}", f"check:{ids['check']}"
    mine, other = f"case:{ids['assigned_case']}", f"case:{ids['other_case']}"
    assert _dates(office, "manager") == sorted([person, check, mine])  # not the other manager's case
    assert _dates(office, "other_manager") == sorted([person, check, other])
    assert _dates(office, "checker") == sorted([person, check])  # no case at all
    assert _dates(office, "lead") == sorted([person, check, mine, other])
    assert DENIED in office.refused("admin", "SELECT count(*) FROM retention_dates")


def test_a_manager_cannot_write_the_date_of_a_case_they_cannot_read(office: Office) -> None:
    other = office.ids["other_case"]
    where = f"WHERE record_kind = 'case' AND record_id = {other}"
    moved = office.psql("manager", f"UPDATE retention_dates SET due = '2099-01-01' {where} RETURNING 1")
    assert moved.returncode == 0 and moved.stdout.strip() == ""  # no row reached
    assert office.psql("manager", f"DELETE FROM retention_dates {where} RETURNING 1").stdout.strip() == ""
    assert VIOLATES in office.refused("manager", _upsert("case", other))
    assert VIOLATES in office.refused("manager", _upsert("case", 987654))  # a case no one may read
    assert office.rows("lead", f"SELECT due FROM retention_dates {where}") == ["2030-01-01"]
    # Their own case, and the person and check its refresh follows into: written as before.
    for kind, key in (("case", "assigned_case"), ("person", "person"), ("check", "check")):
        done = office.psql("manager", _upsert(kind, office.ids[key], "2031-01-01"))
        assert done.returncode == 0, done.stderr
    assert office.rows("lead", f"SELECT due FROM retention_dates {where}") == ["2030-01-01"]


def test_a_checker_writes_people_and_checks_dates_never_a_cases(office: Office) -> None:
    for kind, key in (("person", "person"), ("check", "check")):
        done = office.psql("checker", _upsert(kind, office.ids[key], "2032-01-01"))
        assert done.returncode == 0, done.stderr
    assert VIOLATES in office.refused("checker", _upsert("case", office.ids["assigned_case"]))
    assert VIOLATES in office.refused("checker", _upsert("case", 987655))
    assert DENIED in office.refused("admin", _upsert("person", office.ids["person"]))


def test_an_administrator_reads_no_name_token_and_a_manager_writes_none(office: Office) -> None:
    assert DENIED in office.refused("admin", "SELECT count(*) FROM name_tokens")
    assert DENIED in office.refused("admin", "DELETE FROM name_tokens")
    for who in ("checker", "manager", "lead"):  # the groups that search people
        assert office.rows(who, "SELECT count(*) FROM name_tokens") == ["1"]
    insert = "INSERT INTO name_tokens (entity_type, token, entity_id) VALUES ('person', '\\x99', {p})"
    assert DENIED in office.refused("manager", insert.format(p=office.ids["person"]))
    assert DENIED in office.refused("manager", "DELETE FROM name_tokens")


def test_a_checker_adds_and_replaces_tokens_and_the_lead_deletes_them(office: Office) -> None:
    person = office.ids["person"]
    added = office.psql(
        "checker",
        f"INSERT INTO name_tokens (entity_type, token, entity_id) VALUES ('person', '\\x77', {person})",
    )
    assert added.returncode == 0, added.stderr
    renamed = office.psql("checker", "DELETE FROM name_tokens WHERE token = '\\x77' RETURNING 1")
    assert renamed.returncode == 0 and renamed.stdout.strip() == "1"  # a rename replaces them
    assert DENIED in office.refused("checker", "UPDATE name_tokens SET entity_id = 0")
    gone = office.psql("lead", f"DELETE FROM name_tokens WHERE entity_id = {person} RETURNING 1")
    assert gone.returncode == 0 and gone.stdout.strip() == "1"
