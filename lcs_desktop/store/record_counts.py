"""Row counts kept by triggers (issue 12), so list headers and Home never COUNT(*) a big table.

Counting 200 000 checks reads (and, in SQLCipher, decrypts) every page of an index: after
sign-in that is most of the first query's time. Triggers written by migration 0017 keep one
row per count in step with every insert, delete and status change, in the same transaction as
the change, whoever makes it (services, bulk generators, restore of an older copy carries its
own counts). Only whole-table counts are kept; a filtered list still counts its rows.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from lcs_desktop.store.base import Base
from lcs_desktop.store.pg_triggers import pg_trigger

PEOPLE = "people"
CHECKS = "checks"
CASES = "breach_cases"
OPEN_CASES = "breach_cases_open"  # status other than closed
REFUSED = "audit_refused"  # audit events of refused attempts: the Audit log's "Refused attempts (n)"
NAMES = (PEOPLE, CHECKS, CASES, OPEN_CASES, REFUSED)
# services.audit_sentences.REFUSED_ACTION (the store cannot import the services).
REFUSED_ACTION = "access_refused"


class RecordCount(Base):
    __tablename__ = "record_counts"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


def kept_count(session: Session, name: str) -> int | None:
    """The kept count, or None where it is not kept (a database the migration has not reached)."""
    return session.scalar(select(RecordCount.n).where(RecordCount.name == name))


# The triggers, as the migration creates them (each in the transaction of the change).
TRIGGERS: dict[str, str] = {
    "trg_count_people_insert": (
        "CREATE TRIGGER trg_count_people_insert AFTER INSERT ON people BEGIN "
        "UPDATE record_counts SET n = n + 1 WHERE name = 'people'; END"
    ),
    "trg_count_people_delete": (
        "CREATE TRIGGER trg_count_people_delete AFTER DELETE ON people BEGIN "
        "UPDATE record_counts SET n = n - 1 WHERE name = 'people'; END"
    ),
    "trg_count_checks_insert": (
        "CREATE TRIGGER trg_count_checks_insert AFTER INSERT ON checks BEGIN "
        "UPDATE record_counts SET n = n + 1 WHERE name = 'checks'; END"
    ),
    "trg_count_checks_delete": (
        "CREATE TRIGGER trg_count_checks_delete AFTER DELETE ON checks BEGIN "
        "UPDATE record_counts SET n = n - 1 WHERE name = 'checks'; END"
    ),
    "trg_count_cases_insert": (
        "CREATE TRIGGER trg_count_cases_insert AFTER INSERT ON breach_cases BEGIN "
        "UPDATE record_counts SET n = n + 1 WHERE name = 'breach_cases'; "
        "UPDATE record_counts SET n = n + (CASE WHEN NEW.status != 'closed' THEN 1 ELSE 0 END) "
        "WHERE name = 'breach_cases_open'; END"
    ),
    "trg_count_cases_delete": (
        "CREATE TRIGGER trg_count_cases_delete AFTER DELETE ON breach_cases BEGIN "
        "UPDATE record_counts SET n = n - 1 WHERE name = 'breach_cases'; "
        "UPDATE record_counts SET n = n - (CASE WHEN OLD.status != 'closed' THEN 1 ELSE 0 END) "
        "WHERE name = 'breach_cases_open'; END"
    ),
    # Only when a case moves between open and closed.
    "trg_count_cases_status": (
        "CREATE TRIGGER trg_count_cases_status AFTER UPDATE OF status ON breach_cases "
        "WHEN (NEW.status = 'closed') != (OLD.status = 'closed') BEGIN "
        "UPDATE record_counts SET n = n + (CASE WHEN NEW.status = 'closed' THEN -1 ELSE 1 END) "
        "WHERE name = 'breach_cases_open'; END"
    ),
}


def _pg_count(name: str, change: str) -> str:
    return f"UPDATE record_counts SET n = n + ({change}) WHERE name = '{name}';"  # noqa: S608 (fixed names)


# The same triggers on the office server (PL/pgSQL; same names, same semantics).
PG_TRIGGERS: dict[str, tuple[str, str]] = {
    "trg_count_people_insert": pg_trigger(
        "trg_count_people_insert", "AFTER INSERT", "people", _pg_count(PEOPLE, "1")
    ),
    "trg_count_people_delete": pg_trigger(
        "trg_count_people_delete", "AFTER DELETE", "people", _pg_count(PEOPLE, "-1")
    ),
    "trg_count_checks_insert": pg_trigger(
        "trg_count_checks_insert", "AFTER INSERT", "checks", _pg_count(CHECKS, "1")
    ),
    "trg_count_checks_delete": pg_trigger(
        "trg_count_checks_delete", "AFTER DELETE", "checks", _pg_count(CHECKS, "-1")
    ),
    "trg_count_cases_insert": pg_trigger(
        "trg_count_cases_insert",
        "AFTER INSERT",
        "breach_cases",
        _pg_count(CASES, "1")
        + _pg_count(OPEN_CASES, "CASE WHEN NEW.status IS DISTINCT FROM 'closed' THEN 1 ELSE 0 END"),
    ),
    "trg_count_cases_delete": pg_trigger(
        "trg_count_cases_delete",
        "AFTER DELETE",
        "breach_cases",
        _pg_count(CASES, "-1")
        + _pg_count(OPEN_CASES, "CASE WHEN OLD.status IS DISTINCT FROM 'closed' THEN -1 ELSE 0 END"),
    ),
    "trg_count_cases_status": pg_trigger(
        "trg_count_cases_status",
        "AFTER UPDATE OF status",
        "breach_cases",
        _pg_count(OPEN_CASES, "CASE WHEN NEW.status = 'closed' THEN -1 ELSE 1 END"),
        row_filter="(NEW.status = 'closed') IS DISTINCT FROM (OLD.status = 'closed')",
    ),
}

SEED = (
    "INSERT INTO record_counts (name, n) VALUES "
    "('people', (SELECT count(*) FROM people)), "
    "('checks', (SELECT count(*) FROM checks)), "
    "('breach_cases', (SELECT count(*) FROM breach_cases)), "
    "('breach_cases_open', (SELECT count(*) FROM breach_cases WHERE status != 'closed'))"
)

# Migration 0027 (kept apart from the above, which migration 0017 creates as they were): audit
# events are never deleted, so the refused attempts only ever grow, by one per refusal.
REFUSED_TRIGGERS: dict[str, str] = {
    "trg_count_refused_insert": (
        "CREATE TRIGGER trg_count_refused_insert AFTER INSERT ON audit_events "  # noqa: S608 (fixed names)
        f"WHEN NEW.action = '{REFUSED_ACTION}' BEGIN "
        f"UPDATE record_counts SET n = n + 1 WHERE name = '{REFUSED}'; END"
    ),
}
REFUSED_PG_TRIGGERS: dict[str, tuple[str, str]] = {
    "trg_count_refused_insert": pg_trigger(
        "trg_count_refused_insert",
        "AFTER INSERT",
        "audit_events",
        _pg_count(REFUSED, "1"),
        row_filter=f"NEW.action = '{REFUSED_ACTION}'",
    ),
}
REFUSED_SEED = (
    f"INSERT INTO record_counts (name, n) VALUES ('{REFUSED}', "  # noqa: S608 (fixed names)
    f"(SELECT count(*) FROM audit_events WHERE action = '{REFUSED_ACTION}'))"
)
