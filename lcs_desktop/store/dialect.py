"""The few SQL spellings that differ between the PC's SQLite file and the office server (issue 11).

Services build their queries with these instead of SQLite-only functions, so the same service
code runs on both backends; each helper renders the right SQL for the connection it runs on.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, String, inspect, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

POSTGRESQL = "postgresql"


def on_server(session: Session) -> bool:
    """True when this session talks to the office server (PostgreSQL)."""
    return session.get_bind().dialect.name == POSTGRESQL


def insert_for(session: Session, table: Any) -> Any:
    """An INSERT offering ``on_conflict_do_update`` / ``on_conflict_do_nothing`` on either backend."""
    return postgresql.insert(table) if on_server(session) else sqlite.insert(table)


def has_table(session: Session, name: str) -> bool:
    """Whether a table exists (a database migrated only part of the way may lack it)."""
    return inspect(session.connection()).has_table(name)


class unix_seconds(FunctionElement[int]):
    """Whole seconds since 1970 of a stored UTC timestamp (naive UTC on both backends)."""

    type = Integer()
    inherit_cache = True


@compiles(unix_seconds)
def _unix_seconds_sqlite(element: unix_seconds, compiler: Any, **kw: Any) -> str:
    return f"unixepoch({compiler.process(element.clauses, **kw)})"


@compiles(unix_seconds, POSTGRESQL)
def _unix_seconds_pg(element: unix_seconds, compiler: Any, **kw: Any) -> str:
    return f"CAST(floor(extract(epoch FROM {compiler.process(element.clauses, **kw)})) AS BIGINT)"


class hour_text(FunctionElement[str]):
    """A stored UTC timestamp as text "YYYY-MM-DD HH" (grouping by the hour)."""

    type = String()
    inherit_cache = True


@compiles(hour_text)
def _hour_text_sqlite(element: hour_text, compiler: Any, **kw: Any) -> str:
    return f"strftime('%Y-%m-%d %H', {compiler.process(element.clauses, **kw)})"


@compiles(hour_text, POSTGRESQL)
def _hour_text_pg(element: hour_text, compiler: Any, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM-DD HH24')"


def may_read(session: Session, table: str) -> bool:
    """Whether this login may read ``table`` at all (always, on this PC's own database). On the
    office server a checker's login has no rights on breach cases, so work that would only
    follow a person into their cases must stop at the person (the lead's session does the rest)."""
    if not on_server(session):
        return True
    cache = session.info.setdefault("lcs_may_read", {})
    if table not in cache:
        cache[table] = bool(
            session.execute(
                text("SELECT has_table_privilege(:t, 'SELECT')"), {"t": f"public.{table}"}
            ).scalar()
        )
    return bool(cache[table])
