"""PL/pgSQL equivalents of the SQLite triggers, for the office server (issue 11).

SQLite triggers are plain SQL with ``RAISE(ABORT, ...)``; PostgreSQL runs trigger bodies as
functions. Each PostgreSQL trigger here gets a function of the same name, so a later migration
can drop either by the name the SQLite trigger has. A refusal raises SQLSTATE 23000
(integrity_constraint_violation), which reaches Python as an ``IntegrityError`` exactly as
SQLite's ``RAISE(ABORT)`` does.
"""

from __future__ import annotations

from sqlalchemy import Connection

POSTGRESQL = "postgresql"


def on_postgresql(connection: Connection) -> bool:
    """True when a migration runs against the office server (PostgreSQL), False on SQLite."""
    return connection.dialect.name == POSTGRESQL


def pg_trigger(
    name: str, when: str, table: str, body: str, *, row_filter: str | None = None
) -> tuple[str, str]:
    """A function ``name`` running ``body`` and the trigger ``name`` on ``table``.

    ``when`` is e.g. "AFTER INSERT" or "BEFORE UPDATE OF person_id"; ``row_filter`` an optional
    WHEN condition. Row triggers return NEW (so BEFORE triggers may change it) or OLD on delete.
    """
    function = (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
        f"BEGIN\n{body}\nIF TG_OP = 'DELETE' THEN RETURN OLD; END IF;\nRETURN NEW;\nEND\n$body$"
    )
    condition = f" WHEN ({row_filter})" if row_filter else ""
    trigger = f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW{condition} EXECUTE FUNCTION {name}()"
    return function, trigger


def pg_refusals(table: str, refusals: dict[str, str], *, truncate: str | None = None) -> tuple[str, ...]:
    """Triggers refusing changes: ``refusals`` maps a trigger name to "UPDATE|DELETE:message".

    ``truncate`` (a message) also refuses TRUNCATE, which row triggers do not see.
    """
    statements: list[str] = []
    for name, spec in refusals.items():
        event, message = spec.split(":", 1)
        statements += pg_trigger(name, f"BEFORE {event}", table, _raise(message))
    if truncate is not None:
        name = f"{table}_no_truncate"
        statements.append(
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
            f"BEGIN\n{_raise(truncate)}\nRETURN NULL;\nEND\n$body$"
        )
        statements.append(
            f"CREATE TRIGGER {name} BEFORE TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
        )
    return tuple(statements)


def _raise(message: str) -> str:
    quoted = message.replace("'", "''")
    return f"RAISE EXCEPTION '{quoted}' USING ERRCODE = 'integrity_constraint_violation';"


def pg_drop(name: str, table: str) -> tuple[str, str]:
    """Drop a trigger made by :func:`pg_trigger` and its function."""
    return f"DROP TRIGGER IF EXISTS {name} ON {table}", f"DROP FUNCTION IF EXISTS {name}()"
