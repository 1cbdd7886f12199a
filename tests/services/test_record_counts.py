"""Counts kept by triggers (issue 12): always what COUNT(*) says, and what the lists and Home show."""

from __future__ import annotations

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from lcs_desktop.services.bulk_records import generate_bulk
from lcs_desktop.services.demo_cases import generate_bulk_cases
from lcs_desktop.store import migrate
from lcs_desktop.store import record_counts as counts

COUNTED = {
    counts.PEOPLE: "SELECT count(*) FROM people",
    counts.CHECKS: "SELECT count(*) FROM checks",
    counts.CASES: "SELECT count(*) FROM breach_cases",
    counts.OPEN_CASES: "SELECT count(*) FROM breach_cases WHERE status != 'closed'",
    counts.REFUSED: f"SELECT count(*) FROM audit_events WHERE action = '{counts.REFUSED_ACTION}'",
}


def _kept_and_counted(org) -> tuple[dict[str, int], dict[str, int]]:  # type: ignore[no-untyped-def]
    with org.workspace.database.engine.connect() as connection:
        kept = dict(connection.execute(text("SELECT name, n FROM record_counts")).all())
        counted = {name: connection.execute(text(sql)).scalar_one() for name, sql in COUNTED.items()}
    return kept, counted


def _fill(org) -> None:  # type: ignore[no-untyped-def]
    generate_bulk(org.workspace, org.user.id, people=60, checks=90)
    generate_bulk_cases(org.workspace, count=40, batch=15)


def test_kept_counts_follow_inserts_deletes_and_case_status_changes(org):
    kept, counted = _kept_and_counted(org)
    assert kept == counted  # a new organisation: the migration seeded them
    _fill(org)
    kept, counted = _kept_and_counted(org)
    assert kept == counted and counted[counts.CHECKS] == 90 and counted[counts.CASES] == 40
    assert 0 < counted[counts.OPEN_CASES] < 40  # the generator closes some
    with org.workspace.database.engine.begin() as connection:
        connection.execute(text("DELETE FROM checks WHERE id IN (SELECT id FROM checks LIMIT 7)"))
        connection.execute(
            text(
                "UPDATE breach_cases SET status = 'closed' WHERE id IN (SELECT id FROM breach_cases LIMIT 9)"
            )
        )
        connection.execute(
            text(
                "UPDATE breach_cases SET status = 'investigating' WHERE status = 'closed' "
                "AND id IN (SELECT id FROM breach_cases ORDER BY id DESC LIMIT 5)"
            )
        )
        connection.execute(
            text("UPDATE breach_cases SET status = 'new' WHERE id = (SELECT max(id) FROM breach_cases)")
        )
    kept, counted = _kept_and_counted(org)
    assert kept == counted and counted[counts.CHECKS] == 83


def test_lists_and_home_show_the_same_totals_as_counting(org):
    _fill(org)
    people, checks, cases = org.people.count_people(org.user), org.checks.count_checks(org.user), None
    cases = org.cases.list_cases(org.user, limit=5)
    home = org.cases.home_summary(org.user)
    _kept, counted = _kept_and_counted(org)
    assert people == counted[counts.PEOPLE]
    assert checks == counted[counts.CHECKS] == 90
    assert cases.total == counted[counts.CASES] == 40
    assert home.open_cases == counted[counts.OPEN_CASES]
    # Filtered lists still count their own rows.
    assert org.people.count_people(org.user, query="zzzz-nobody") == 0


def test_the_migration_counts_the_rows_an_existing_database_holds(org):
    _fill(org)
    config = migrate.alembic_config()
    before = ScriptDirectory.from_config(config).get_revision("0017_record_counts").down_revision
    with org.workspace.database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, str(before))  # as the release before left it, rows and all
        tables = connection.execute(text("SELECT name FROM sqlite_master WHERE name = 'record_counts'")).all()
        assert tables == []
        command.upgrade(config, "head")
    kept, counted = _kept_and_counted(org)
    assert kept == counted and counted[counts.CHECKS] == 90
    with org.workspace.database.engine.connect() as connection:
        triggers = connection.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
        ).scalar()
    assert triggers >= len(counts.TRIGGERS)


def test_the_refused_count_names_the_audit_logs_own_action():
    from lcs_desktop.services.audit_sentences import REFUSED_ACTION

    assert counts.REFUSED_ACTION == REFUSED_ACTION
