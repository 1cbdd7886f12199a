"""Every migration runs on the office server (PostgreSQL), and the triggers do there what they do
in SQLite: the audit trail and the chronology are append-only, counts and list names are kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from lcs_desktop.store import migrate, models  # noqa: F401  (every table in Base.metadata)
from lcs_desktop.store.base import Base
from tests.pg_server import SUPERUSER, SUPERUSER_PASSWORD

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def superuser_engine(pg_server, dbname: str) -> Engine:
    return create_engine(
        "postgresql+psycopg://",
        connect_args={
            "host": pg_server.host,
            "port": pg_server.port,
            "dbname": dbname,
            "user": SUPERUSER,
            "password": SUPERUSER_PASSWORD,
            "sslmode": "verify-full",
            "sslrootcert": str(pg_server.ca_file),
        },
    )


@pytest.fixture
def migrated(pg_server, pg_database):
    engine = superuser_engine(pg_server, pg_database)
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


def test_upgrade_head_makes_every_table_and_column(migrated: Engine) -> None:
    found = inspect(migrated)
    tables = set(found.get_table_names())
    for table in Base.metadata.sorted_tables:
        assert table.name in tables, table.name
        columns = {c["name"] for c in found.get_columns(table.name)}
        missing = {c.name for c in table.columns} - columns
        assert not missing, (table.name, missing)
    assert "people_fts" not in tables  # the server searches by blind index instead
    with migrated.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
    assert not migrate.needs_upgrade(migrated)


def _user(connection: sa.Connection) -> int:
    return connection.execute(
        text(
            "INSERT INTO users (username, full_name, roles, active, remember_me, created_at) "
            "VALUES ('lead', 'Lead', 'lead', true, false, :now) RETURNING id"
        ),
        {"now": NOW},
    ).scalar_one()


def _event(connection: sa.Connection) -> None:
    connection.execute(
        text(
            "INSERT INTO audit_events (seq, at, actor, action, details, prev_mac, mac) "
            "VALUES (1, :now, 'lead', 'signed_in', '{}', '', 'x')"
        ),
        {"now": NOW},
    )


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_events SET action = 'other'", "DELETE FROM audit_events", "TRUNCATE audit_events"],
)
def test_audit_events_are_append_only_even_for_a_superuser(migrated: Engine, statement: str) -> None:
    with migrated.begin() as connection:
        _event(connection)
    with pytest.raises(IntegrityError, match="audit events cannot be"), migrated.begin() as connection:
        connection.execute(text(statement))
    with migrated.connect() as connection:
        assert connection.execute(text("SELECT action FROM audit_events")).scalars().all() == ["signed_in"]


def _person(connection: sa.Connection, first: str, reference: str) -> int:
    return connection.execute(
        text(
            "INSERT INTO people (first_name, last_name, kind, status, reference, reference_key, sort_name, "
            "search_name, role, email, phone, created_at, updated_at) VALUES (:first, 'Smith', 'volunteer', "
            "'active', :ref, :ref, 'smith', 'smith', '', '', '', :now, :now) RETURNING id"
        ),
        {"first": first, "ref": reference, "now": NOW},
    ).scalar_one()


def _case(connection: sa.Connection, person: int, user: int, reference: str, status: str) -> int:
    return connection.execute(
        text(
            "INSERT INTO breach_cases (reference, subject_person_id, status, concern_at, reported_at, "
            "reported_to_id, raised_by, raised_by_kind, what_was_seen, immediate_actions, late_report, "
            "decision_reason, created_by_id, created_at, updated_at) VALUES (:ref, :person, :status, :now, "
            ":now, :user, '', 'staff', '', '', false, '', :user, :now, :now) RETURNING id"
        ),
        {"ref": reference, "person": person, "user": user, "status": status, "now": NOW},
    ).scalar_one()


def _check(connection: sa.Connection, person: int, user: int) -> int:
    return connection.execute(
        text(
            "INSERT INTO checks (reference, person_id, checker_id, status, role_applied_for, "
            "authorised_by, proportionality_reason, checker_on_panel, panel_confirmation, "
            "out_of_recruitment, justification, attest_public_only, attest_no_private_access, "
            "policy_version, version, created_at, updated_at) VALUES ('CHK-1', :person, :user, "
            "'draft', '', '', '', false, '', false, '', false, false, '2025', 1, :now, :now) RETURNING id"
        ),
        {"person": person, "user": user, "now": NOW},
    ).scalar_one()


def _counts(connection: sa.Connection) -> dict[str, int]:
    return dict(connection.execute(text("SELECT name, n FROM record_counts")).all())


def test_counts_and_list_names_are_kept_by_triggers(migrated: Engine) -> None:
    with migrated.begin() as connection:
        assert _counts(connection) == {
            "people": 0,
            "checks": 0,
            "breach_cases": 0,
            "breach_cases_open": 0,
            "audit_refused": 0,
        }
        user = _user(connection)
        anna, ben = _person(connection, "Anna", "P-1"), _person(connection, "Ben", "P-2")
        check = _check(connection, anna, user)
        open_case = _case(connection, anna, user, "C-1", "open")
        _case(connection, ben, user, "C-2", "closed")
        assert _counts(connection) == {
            "people": 2,
            "checks": 1,
            "breach_cases": 2,
            "breach_cases_open": 1,
            "audit_refused": 0,
        }
        names = text("SELECT person_name, person_reference FROM checks WHERE id = :id")
        assert connection.execute(names, {"id": check}).one() == ("Anna Smith", "P-1")
        connection.execute(
            text("UPDATE people SET first_name = 'Ann', reference = 'P-9' WHERE id = :id"), {"id": anna}
        )
        assert connection.execute(names, {"id": check}).one() == ("Ann Smith", "P-9")
        subject = text("SELECT subject_name FROM breach_cases WHERE id = :id")
        assert connection.execute(subject, {"id": open_case}).scalar_one() == "Ann Smith"
        connection.execute(
            text("UPDATE breach_cases SET subject_person_id = :p WHERE id = :id"), {"p": ben, "id": open_case}
        )
        assert connection.execute(subject, {"id": open_case}).scalar_one() == "Ben Smith"
        connection.execute(
            text("UPDATE breach_cases SET status = 'closed' WHERE id = :id"), {"id": open_case}
        )
        assert _counts(connection)["breach_cases_open"] == 0
        connection.execute(text("UPDATE breach_cases SET status = 'open' WHERE id = :id"), {"id": open_case})
        connection.execute(
            text("UPDATE breach_cases SET status = 'decided' WHERE id = :id"), {"id": open_case}
        )
        assert _counts(connection)["breach_cases_open"] == 1
        connection.execute(text("DELETE FROM checks WHERE id = :id"), {"id": check})
        connection.execute(text("DELETE FROM breach_cases WHERE id = :id"), {"id": open_case})
        assert _counts(connection) == {
            "people": 2,
            "checks": 0,
            "breach_cases": 1,
            "breach_cases_open": 0,
            "audit_refused": 0,
        }


def test_chronology_refuses_change_and_policy_ids_continue(migrated: Engine) -> None:
    with migrated.begin() as connection:
        user = _user(connection)
        case = _case(connection, _person(connection, "Anna", "P-1"), user, "C-1", "open")
        connection.execute(
            text(
                "INSERT INTO case_chronology (case_id, occurred_at, kind, summary, details, participants, "
                "recorded_by_id, recorded_at) VALUES (:case, :now, 'note', 's', 'd', '', :user, :now)"
            ),
            {"case": case, "user": user, "now": NOW},
        )
        # The seeded policy version took id 1 explicitly: the next one must not collide with it.
        new_id = connection.execute(
            text(
                "INSERT INTO policy_versions (label, title, text, text_sha256, approved_by, created_at) "
                "VALUES ('2026', 't', 'x', 'h', '', :now) RETURNING id"
            ),
            {"now": NOW},
        ).scalar_one()
        assert new_id == 2
    for statement in ("UPDATE case_chronology SET summary = 'x'", "DELETE FROM case_chronology"):
        with (
            pytest.raises(IntegrityError, match="chronology entries cannot be"),
            migrated.begin() as connection,
        ):
            connection.execute(text(statement))


def test_purge_removes_a_cases_chronology_only_through_the_owners_function(migrated: Engine) -> None:
    from sqlalchemy.orm import Session

    from lcs_desktop.store.record_purge import purge_cases

    with migrated.begin() as connection:
        user = _user(connection)
        case = _case(connection, _person(connection, "Anna", "P-1"), user, "C-1", "open")
        connection.execute(
            text(
                "INSERT INTO case_chronology (case_id, occurred_at, kind, summary, details, participants, "
                "recorded_by_id, recorded_at) VALUES (:case, :now, 'note', 's', 'd', '', :user, :now)"
            ),
            {"case": case, "user": user, "now": NOW},
        )
    with Session(migrated) as session, session.begin():
        assert purge_cases(session, [case]) == 1
    with migrated.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM case_chronology")).scalar_one() == 0
        assert connection.execute(text("SELECT count(*) FROM breach_cases")).scalar_one() == 0
        assert _counts(connection)["breach_cases"] == 0
