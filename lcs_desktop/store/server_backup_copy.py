"""Copying an office server's tables into a fresh local SQLCipher file (issue 11): the reverse of
``store/server_copy.py``, for a backup of the server (``services/server_backup.py``).

The server is read in ONE read-only REPEATABLE READ transaction, so every table (and the audit
chain's head) is read as of the same moment while other desks carry on writing. It is read as
the signed-in person's login with the workspace's field cipher installed on that engine, so
sealed columns open on read; they are written in clear into the SQLCipher file, which is
encrypted as a whole. Ids are kept; the same tables as the move are copied, in the same order.
Name copies, kept counts and the people's full-text index are made by the local triggers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, LargeBinary, Table, func, insert, select

from lcs_desktop.store import migrate
from lcs_desktop.store.record_counts import CASES, CHECKS, PEOPLE, RecordCount
from lcs_desktop.store.sealed import SealedCopy
from lcs_desktop.store.server_copy import BATCH, copied_tables
from lcs_desktop.store.server_key_slots import ServerSlotStore

# Kept by definer triggers over every row, whatever the reader may see: a backup whose copied
# rows fall short of these was made by a login the row policies hid records from.
KEPT = (PEOPLE, CHECKS, CASES)
FILE_BATCH = 16


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """One read-only transaction seeing the server as of its first statement."""
    with engine.connect() as connection:
        connection = connection.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with connection.begin():
            yield connection


def server_revision(server: Connection) -> str | None:
    return migrate.current_revision(server)


def copy_into(server: Connection, local: Connection, progress: Callable[[str], None]) -> dict[str, int]:
    """Every row the login reads, in dependency order, into ``local`` (a fresh migrated file
    whose seeded rows are removed first); returns the count per table."""
    tables = copied_tables()
    for table in reversed(tables):  # rows the migrations seeded (meta, policy versions, retention rules)
        local.execute(table.delete())
    counts: dict[str, int] = {}
    for table in tables:
        progress(f"Copying {table.name.replace('_', ' ')}")
        columns = [c for c in table.columns if not isinstance(c.type, SealedCopy)]
        query = select(*columns).order_by(*table.primary_key.columns)
        batch = _batch(table)
        result = server.execution_options(yield_per=batch).execute(query)
        done = 0
        for chunk in result.mappings().partitions(batch):
            rows = [dict(r) for r in chunk]
            local.execute(insert(table), rows)
            done += len(rows)
        counts[table.name] = done
    return counts


def _batch(table: Table) -> int:
    """Rows held in memory at once: few where a row may hold a file (evidence of a few MB each)."""
    binary = any(isinstance(getattr(c.type, "inner", c.type), LargeBinary) for c in table.columns)
    return FILE_BATCH if binary else BATCH


def counts_differing(server: Connection, local: Connection, counts: dict[str, int]) -> list[str]:
    """Tables whose rows in the local copy are not the ones read, or fewer than the server's
    kept counts (rows hidden from this login)."""
    tables: dict[str, Table] = {t.name: t for t in copied_tables()}
    differing = [
        name
        for name, expected in counts.items()
        if local.scalar(select(func.count()).select_from(tables[name])) != expected
    ]
    kept = dict(server.execute(select(RecordCount.name, RecordCount.n)).all())
    differing += [name for name in KEPT if name in kept and kept[name] != counts.get(name)]
    return differing


def slot_document(server: Connection, db_id: str) -> dict[str, Any]:
    """The key slots as ``keyslots.json`` holds them, read in the same snapshot."""
    from sqlalchemy.orm import Session

    store = ServerSlotStore(lambda: Session(bind=server), db_id)
    return store.load()
