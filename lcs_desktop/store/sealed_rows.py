"""Sealed values bound to their row, for the office server (issue 11; the types are in sealed.py).

Writing through the ORM: ``before_flush`` takes the ids of new rows of sealed tables from their
sequences (one ``nextval`` call per table), ``before_insert``/``before_update`` mark each changed
sealed value with "table.column#id" (a str/bytes/date subclass equal to the value), the column
type seals it as it is bound, and ``after_insert``/``after_update`` put the plain value back.
Core writes in bulk go through ``seal_rows`` (inserts) and ``update_sealed`` (updates).
Nothing here runs on SQLite: the whole file is encrypted there.
"""

from __future__ import annotations

import weakref
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Table, Text, event, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapper, Session, attributes
from sqlalchemy.sql.schema import Column

from lcs_desktop.store.base import Base
from lcs_desktop.store.sealed import cipher_for, row_key_of, sealed_columns, seals

# -- the values a flush has bound to their row ----------------------------------------------------


class _BoundText(str):
    sealing_context: str


class _BoundBytes(bytes):
    sealing_context: str


class _BoundDate(date):
    sealing_context: str


def _bind(value: Any, context: str) -> Any:
    if isinstance(value, str):
        bound: Any = _BoundText(value)
    elif isinstance(value, bytes | bytearray | memoryview):
        bound = _BoundBytes(value)
    elif isinstance(value, date):
        bound = _BoundDate(value.year, value.month, value.day)
    else:
        raise TypeError(f"a sealed column cannot hold {type(value).__name__}")
    bound.sealing_context = context
    return bound


def _unbind(value: Any) -> Any:
    if isinstance(value, _BoundText):
        return str.__str__(value)
    if isinstance(value, _BoundBytes):
        return bytes(value)
    if isinstance(value, _BoundDate):
        return date(value.year, value.month, value.day)
    return value


def _value_or_default(column: Column[Any], values: Any, name: str) -> Any:
    """The value given, or the column's default: the INSERT would add that later, unsealed."""
    if name in values:
        return values[name]
    default = column.default
    return default.arg if default is not None and default.is_scalar else None  # type: ignore[attr-defined]


def seal_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows for a Core ``insert(table)`` (bulk generators, moves): on PostgreSQL each row gets its
    id (one sequence call for the batch) and its sealed values are bound to it; on SQLite the
    rows come back as they are. Values passed around this are refused, never sent clear."""
    columns = sealed_columns(table)
    if not rows or not columns or not seals(connection.dialect):
        return rows
    cipher_for(connection.dialect)
    key = row_key_of(table).name
    rows = [dict(row) for row in rows]
    missing = [row for row in rows if row.get(key) is None]
    if missing:
        for row, new_id in zip(missing, _next_ids(connection, table, len(missing)), strict=True):
            row[key] = new_id
    for row in rows:
        for column in columns:
            value = _value_or_default(column, row, column.name)
            if value is not None:
                row[column.name] = _bind(value, f"{column.type.context}#{row[key]}")  # type: ignore[attr-defined]
    return rows


def update_sealed(session: Session, table: Table, where: ColumnElement[bool], values: dict[str, Any]) -> None:
    """``UPDATE table SET values WHERE where`` (bulk reductions). On the server a sealed value is
    bound to each row, so the rows are updated one by one; elsewhere it is one statement."""
    sealed = {c.name: c for c in sealed_columns(table) if c.name in values}
    if not sealed or not seals(session.get_bind().dialect):
        session.execute(update(table).where(where).values(values))
        return
    key = row_key_of(table)
    for row_id in session.scalars(select(key).where(where)).all():
        bound = dict(values)
        for name, column in sealed.items():
            if values[name] is not None:
                bound[name] = _bind(values[name], f"{column.type.context}#{row_id}")  # type: ignore[attr-defined]
        session.execute(update(table).where(key == row_id).values(bound))


_ATTRS: weakref.WeakKeyDictionary[Mapper[Any], list[tuple[str, Column[Any], str]]] = (
    weakref.WeakKeyDictionary()
)


def _sealed_attrs(mapper: Mapper[Any]) -> list[tuple[str, Column[Any], str]]:
    """(attribute, column, "table.column") of each sealed column the mapper writes; kept per mapper."""
    found = _ATTRS.get(mapper)
    if found is None:
        found = _ATTRS[mapper] = _find_sealed_attrs(mapper)
    return found


def _find_sealed_attrs(mapper: Mapper[Any]) -> list[tuple[str, Column[Any], str]]:
    found = []
    for table in mapper.tables:
        if not isinstance(table, Table):
            continue
        for column in sealed_columns(table):
            prop = mapper.get_property_by_column(column)
            found.append((prop.key, column, column.type.context))  # type: ignore[attr-defined]
    return found


def _identity(mapper: Mapper[Any], target: Any) -> tuple[str, Any]:
    key = row_key_of(mapper.local_table)  # type: ignore[arg-type]
    return mapper.get_property_by_column(key).key, getattr(target, mapper.get_property_by_column(key).key)


def _next_ids(connection: Connection, table: Table, count: int) -> list[int]:
    column = row_key_of(table)
    rows = connection.execute(
        text("SELECT nextval(pg_get_serial_sequence(:t, :c)) FROM generate_series(1, :n)"),
        {"t": table.name, "c": column.name, "n": count},
    )
    return [int(r[0]) for r in rows]


@event.listens_for(Session, "before_flush")
def _take_ids(session: Session, flush_context: Any, instances: Any) -> None:
    """New rows of sealed tables get their ids now (one sequence call per table)."""
    waiting: dict[Table, list[tuple[Mapper[Any], Any]]] = {}
    sealing: dict[Mapper[Any], bool] = {}  # per mapper, worked out once per flush
    for target in session.new:
        mapper = attributes.instance_state(target).mapper
        if mapper not in sealing:
            table = mapper.local_table
            sealing[mapper] = (
                bool(_sealed_attrs(mapper))
                and isinstance(table, Table)
                and table.autoincrement_column is not None
                and seals(session.get_bind(mapper).dialect)
            )
        if sealing[mapper] and _identity(mapper, target)[1] is None:
            waiting.setdefault(mapper.local_table, []).append((mapper, target))  # type: ignore[arg-type]
    if not waiting:
        return
    connection = session.connection()
    for table, targets in waiting.items():
        for (mapper, target), new_id in zip(targets, _next_ids(connection, table, len(targets)), strict=True):
            setattr(target, _identity(mapper, target)[0], new_id)


def _bind_values(mapper: Mapper[Any], connection: Connection, target: Any, changed_only: bool) -> None:
    if not seals(connection.dialect):
        return
    attrs = _sealed_attrs(mapper)
    if not attrs:
        return
    cipher_for(connection.dialect)  # locked: refuse before anything is sent
    key, row_id = _identity(mapper, target)
    if row_id is None:
        row_id = _next_ids(connection, mapper.local_table, 1)[0]  # type: ignore[arg-type]
        setattr(target, key, row_id)
    state = attributes.instance_state(target)
    for name, column, context in attrs:
        if changed_only and name not in state.committed_state:
            continue
        value = _value_or_default(column, state.dict, name)
        if value is not None:
            setattr(target, name, _bind(value, f"{context}#{row_id}"))


def _release_values(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    if not seals(connection.dialect):
        return
    state = attributes.instance_state(target)
    for name, _column, _context in _sealed_attrs(mapper):
        value = state.dict.get(name)
        if getattr(value, "sealing_context", None) is not None:
            attributes.set_committed_value(target, name, _unbind(value))


@event.listens_for(Base, "before_insert", propagate=True)
def _before_insert(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    _bind_values(mapper, connection, target, changed_only=False)


@event.listens_for(Base, "before_update", propagate=True)
def _before_update(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    _bind_values(mapper, connection, target, changed_only=True)


@event.listens_for(Base, "after_insert", propagate=True)
def _after_insert(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    _release_values(mapper, connection, target)


@event.listens_for(Base, "after_update", propagate=True)
def _after_update(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    _release_values(mapper, connection, target)


def seal_seeded_values(session: Session) -> int:
    """Seal the values the migrations seeded in clear (they run before any workspace key exists):
    on the server, at the first administrator's set-up. Returns how many rows were sealed."""
    if not seals(session.get_bind().dialect):
        return 0
    from lcs_desktop.store.policy_register import PolicyVersion

    table = PolicyVersion.__table__
    # The seed records no approver (""); only that clear value is a seed (anything else in clear
    # is refused as altered when read, as it should be).
    unsealed = session.scalars(select(table.c.id).where(table.c.approved_by.cast(Text) == "")).all()
    for row_id in unsealed:
        update_sealed(session, table, table.c.id == row_id, {"approved_by": ""})
    return len(unsealed)
