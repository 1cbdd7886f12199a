"""Copying a local workspace's tables onto an office server (issue 11, ``--from-local``): the
store side of ``services/server_move.py``. Runs as the server's owner role (its row policies see
every row) with the workspace's field cipher installed on that engine, so sealed columns are
sealed and bound to the same row ids, which are kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, Table, func, insert, select, text
from sqlalchemy.orm import Session

from lcs_desktop.store.models import Base
from lcs_desktop.store.name_search import add_person_tokens
from lcs_desktop.store.record_counts import PG_TRIGGERS, REFUSED_PG_TRIGGERS, REFUSED_SEED
from lcs_desktop.store.record_counts import SEED as SEED_COUNTS
from lcs_desktop.store.sealed import SealedCopy
from lcs_desktop.store.sealed_rows import seal_rows
from lcs_desktop.store.server_key_guard import TRIGGER as KEY_GUARD
from lcs_desktop.store.server_key_guard import announce_current
from lcs_desktop.store.server_notify import TRIGGER as NOTIFY_TRIGGER
from lcs_desktop.store.server_roles import quoted

# Made on the server itself: its key slots (copied apart), its chain-head row, counts kept by
# triggers, blind-index tokens (made from the names as people are copied).
NOT_COPIED = frozenset({"key_slots", "audit_chain_head", "record_counts", "name_tokens"})
BATCH = 1000


@contextmanager
def as_owner(engine: Engine, owner_role: str) -> Iterator[tuple[Connection, Session]]:
    """One transaction as the owner role, as a connection and a session on it."""
    with engine.connect() as connection, connection.begin():
        connection.execute(text(f"SET LOCAL ROLE {quoted(owner_role)}"))
        yield connection, Session(bind=connection)


def copied_tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_COPIED]


def copy_tables(local: Session, connection: Connection, progress: Callable[[str], None]) -> dict[str, int]:
    """Every row of every table, in dependency order; returns the count per table."""
    tables = copied_tables()
    for table in reversed(tables):  # rows the migrations seeded (policy versions, retention rules)
        if table.name != "audit_events":
            connection.execute(table.delete())
    counts: dict[str, int] = {}
    _count_triggers(connection, "DISABLE")
    _desk_triggers(connection, "DISABLE")
    for table in tables:
        progress(f"Copying {table.name.replace('_', ' ')}")
        done = 0
        # Copies of names (list columns) are the server's triggers' to make, never written.
        columns = [c for c in table.columns if not isinstance(c.type, SealedCopy)]
        result = local.connection().execution_options(yield_per=BATCH).execute(select(*columns))
        for chunk in result.mappings().partitions(BATCH):
            plain = [dict(r) for r in chunk]
            connection.execute(insert(table), seal_rows(connection, table, plain))
            if table.name == "people":
                add_person_tokens(connection, plain)
            done += len(plain)
        counts[table.name] = done
        _advance_sequence(connection, table)
    _count_triggers(connection, "ENABLE")
    _desk_triggers(connection, "ENABLE")
    announce_current(connection)  # the key slots are written next, under the copied generation
    connection.execute(text("DELETE FROM record_counts"))
    connection.execute(text(SEED_COUNTS))
    connection.execute(text(REFUSED_SEED))
    # Statistics for the planner now, not whenever autovacuum comes by: with none, a search on a
    # freshly moved server reads every person (PostgreSQL's "Populating a Database" advice).
    progress("Measuring the tables for the server's planner")
    connection.execute(text("ANALYZE"))
    return counts


def _count_triggers(connection: Connection, how: str) -> None:
    """The kept counts' row triggers add one to a single row per row inserted: in one transaction
    of 100 000 rows each update walks every earlier version of that row (quadratic: the move of
    the issue's sizes took tens of minutes). Off during the copy; the counts are set once after."""
    for name, (_function, trigger) in {**PG_TRIGGERS, **REFUSED_PG_TRIGGERS}.items():
        if name.endswith("_insert"):
            table = trigger.split(" ON ", 1)[1].split()[0]
            connection.execute(text(f"ALTER TABLE {table} {how} TRIGGER {name}"))


def _desk_triggers(connection: Connection, how: str) -> None:
    """No desk works on a server being filled, and one notification per copied row would only
    lengthen the move (about 10 µs a row): off during the copy. So is the key guard: the copy
    brings the workspace's key generation with it (``lcs_meta``), the owner's connection none."""
    for trigger in (NOTIFY_TRIGGER, KEY_GUARD):
        having = connection.scalars(
            text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = :n"
            ),
            {"n": trigger},
        )
        for table in having:
            connection.execute(text(f"ALTER TABLE {quoted(table)} {how} TRIGGER {trigger}"))


def _advance_sequence(connection: Connection, table: Table) -> None:
    """Ids were copied as they were: the table's sequence must go on after the highest."""
    for column in table.primary_key.columns:
        sequence = connection.scalar(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column.name}
        )
        if sequence:
            top = connection.scalar(select(func.max(column)))
            connection.execute(text("SELECT setval(:s, :v, false)"), {"s": sequence, "v": (top or 0) + 1})


def counts_differing(connection: Connection, counts: dict[str, int]) -> list[str]:
    """The tables whose row count on the server is not the one copied."""
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    return [
        name
        for name, expected in counts.items()
        if connection.scalar(select(func.count()).select_from(tables[name])) != expected
    ]


def sessions_on(connection: Connection) -> Callable[[], Session]:
    """New sessions joining ``connection``'s transaction (each closed without ending it)."""
    return lambda: Session(bind=connection)
