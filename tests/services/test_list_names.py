"""The person's name kept on checks and cases for the lists (issue 12, migration 0019): always
what the people table says, current after a rename, and the first page reads no people row."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import select, text

from lcs_desktop.services.bulk_records import generate_bulk
from lcs_desktop.services.demo_cases import generate_bulk_cases
from lcs_desktop.services.record_history import delete_for
from lcs_desktop.store import migrate
from lcs_desktop.store.cases import BreachCase
from lcs_desktop.store.checks import Check
from lcs_desktop.store.engine import connect_raw
from lcs_desktop.store.people import Person
from tests.services.check_fixtures import add_applicant, details

pytestmark = pytest.mark.both_backends

STALE_CHECKS = (
    "SELECT count(*) FROM checks c JOIN people p ON p.id = c.person_id "
    "WHERE c.person_name IS DISTINCT FROM p.first_name || ' ' || p.last_name"
    " OR c.person_reference IS DISTINCT FROM p.reference"
)
STALE_CASES = (
    "SELECT count(*) FROM breach_cases c JOIN people p ON p.id = c.subject_person_id "
    "WHERE c.subject_name IS DISTINCT FROM p.first_name || ' ' || p.last_name"
)


def _stale(org) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with org.workspace.database.engine.connect() as connection:
        return connection.execute(text(STALE_CHECKS)).scalar(), connection.execute(text(STALE_CASES)).scalar()


def _fill(org) -> None:  # type: ignore[no-untyped-def]
    generate_bulk(org.workspace, org.user.id, people=40, checks=70)
    generate_bulk_cases(org.workspace, count=30, batch=10)


def test_new_checks_and_cases_carry_their_persons_name_and_the_lists_show_it(org):
    _fill(org)
    person = add_applicant(org, reference="APP-NAME", first_name="Ada", last_name="Quill")
    check_id = org.checks.create_check(org.user, person, details())
    assert _stale(org) == (0, 0)
    first = org.checks.list_checks(org.user, limit=500)
    assert len(first) == 71
    mine = next(c for c in first if c.id == check_id)
    assert (mine.person_name, mine.person_reference) == ("Ada Quill", "APP-NAME")
    with org.workspace.reading() as session:  # the names opened (sealed on a server)
        rows = session.execute(
            select(BreachCase.id, Person.first_name, Person.last_name).join(
                Person, Person.id == BreachCase.subject_person_id
            )
        ).all()
    joined = {case_id: f"{first} {last}" for case_id, first, last in rows}
    cases = org.cases.list_cases(org.user, limit=100).rows
    assert len(cases) == 30 and {c.id: c.subject_name for c in cases} == joined


def test_a_rename_rewrites_every_copy_and_leaves_none_of_the_old_name(org, backend):
    _fill(org)
    person = add_applicant(org, reference="APP-OLD", first_name="Ada", last_name="Quill")
    org.checks.create_check(org.user, person, details())
    with org.workspace.database.engine.begin() as connection:  # a case moved to this person
        connection.execute(
            text(
                "UPDATE breach_cases SET subject_person_id = :p WHERE id = (SELECT min(id) FROM breach_cases)"
            ),
            {"p": person},
        )
    assert _stale(org) == (0, 0)
    with org.workspace.database.engine.connect() as connection:  # as stored (sealed on a server)
        old_copy = connection.execute(
            text("SELECT person_name FROM checks WHERE person_id = :p"), {"p": person}
        ).scalar()
    org.people.edit_person(org.user, person, first_name="Wren", last_name="Oldfield-Newman")
    org.people.edit_person(org.user, person, reference="REF-RENAMED")
    assert _stale(org) == (0, 0)
    with org.workspace.reading() as session:  # the copies opened (sealed on a server)
        on_checks = session.execute(
            select(Check.person_name, Check.person_reference).where(Check.person_id == person)
        ).all()
        on_cases = session.scalars(
            select(BreachCase.subject_name).where(BreachCase.subject_person_id == person)
        ).all()
    assert on_checks and set(on_checks) == {("Wren Oldfield-Newman", "REF-RENAMED")}
    assert on_cases and set(on_cases) == {"Wren Oldfield-Newman"}
    with org.workspace.database.engine.connect() as connection:  # no row keeps the old copy
        for table, column in (("checks", "person_name"), ("breach_cases", "subject_name")):
            found = connection.execute(
                text(f"SELECT count(*) FROM {table} WHERE {column} = :o"), {"o": old_copy}
            )
            assert found.scalar() == 0
    if backend == "server":  # the pages below are the SQLCipher file's
        return
    names = {c.person_name for c in org.checks.list_checks(org.user, person_id=person)}
    assert names == {"Wren Oldfield-Newman"}
    with org.workspace.unit_of_work() as session:
        delete_for(session, "person", [person])  # the history keeps the old name by design
    org.workspace.database.checkpoint()
    db = org.workspace.database.path
    for path in (db, db.with_name(db.name + "-wal")):  # no copy of the old name left in a page
        if path.exists():
            assert b"Quill" not in path.read_bytes() and b"APP-OLD" not in path.read_bytes()
    raw = connect_raw(db, org.workspace.key)
    try:
        for table, column in (("checks", "person_name"), ("breach_cases", "subject_name")):
            found = raw.execute(f"SELECT count(*) FROM {table} WHERE {column} LIKE '%Quill%'")
            assert found.fetchone()[0] == 0
    finally:
        raw.close()


def test_the_first_page_of_each_list_reads_no_people_row(org, backend):
    _fill(org)
    explain = "EXPLAIN QUERY PLAN" if backend == "local" else "EXPLAIN"
    with org.workspace.database.engine.connect() as connection:
        for sql in (
            "SELECT id, reference, person_name, person_reference, status FROM checks "
            "ORDER BY created_at DESC, id DESC LIMIT 200",
            "SELECT id, reference, subject_name, status, risk FROM breach_cases "
            "ORDER BY reported_at DESC, id DESC LIMIT 100",
        ):
            plan = " ".join(str(r[-1]) for r in connection.execute(text(f"{explain} {sql}")))
            assert "people" not in plan
            if backend == "local":  # SQLite's words for an index holding every column read
                assert "COVERING INDEX" in plan


# A downgrade to 0017 and back: a server is made at a later schema and never held rows from before 0019
@pytest.mark.local_only
def test_the_migration_fills_the_copies_for_rows_already_there(org):
    _fill(org)
    config = migrate.alembic_config()
    with org.workspace.database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0017_record_counts")  # as the release before left it
        columns = {r[1] for r in connection.execute(text("PRAGMA table_info(checks)"))}
        assert "person_name" not in columns
        connection.execute(text("UPDATE people SET last_name = 'Before' || id"))
        command.upgrade(config, "head")
    assert _stale(org) == (0, 0)
    assert all(c.person_name.split(" ")[-1].startswith("Before") for c in org.checks.list_checks(org.user))
