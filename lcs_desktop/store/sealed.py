"""Sealed columns: plain on SQLCipher, sealed in the client on the office server (issue 11).

A model declares a sensitive column as ``mapped_column(Sealed(Text))`` (or ``Sealed(String(100))``,
``Sealed(Date)``, ``Sealed(LargeBinary)``). On SQLite the column is exactly its inner type: the
whole file is encrypted there, so the local format, its migrations and its speed are unchanged.
On PostgreSQL the column is TEXT (BYTEA for binary) holding only "s1:…" ciphertext made by the
FieldCipher installed for that engine (``install_cipher`` at unlock, ``forget_cipher`` at lock).

The row's identity is bound into every ciphertext ("people.first_name#42", vault/field_cipher.py):
- writing (store/sealed_rows.py): the ORM's flush events mark each changed sealed value with
  its table, column and row id, and the column type seals it as it is bound. A new row's id is
  taken from its table's sequence before the flush (``before_flush``: one ``nextval`` round trip per
  table), so the id is known before the INSERT. Values written around the ORM (Core ``insert()``/
  ``update()`` with plain values) carry no identity and are refused on PostgreSQL, never sent clear;
- reading: every SELECT of a sealed column on PostgreSQL also returns the row's id, prefixed by
  the server from the row itself (``column_expression``), so a value read under another row's id
  — a ciphertext copied to another row or column — fails to open with a plain StoreError.

Name copies kept by triggers (``checks.person_name``, ``breach_cases.subject_name``) are
``SealedCopy``: the trigger joins the person's two ciphertexts with a space, as it joins the clear
names locally, and they open under the person's row (``person_id``), not the copy's.
"""

from __future__ import annotations

import weakref
from datetime import date
from typing import Any, ClassVar

from sqlalchemy import Column, Date, Engine, LargeBinary, Table, Text, event
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DontWrapMixin
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import TypeDecorator, TypeEngine

from lcs_desktop.domain.errors import WorkspaceLocked
from lcs_desktop.store.errors import StoreError
from lcs_desktop.vault.field_cipher import AlteredValueError, FieldCipher

SEALING_DIALECTS = frozenset({"postgresql"})
# What the list-name triggers copy (store/list_names.py): "first last".
PERSON_NAME = ("people.first_name", "people.last_name")

# -- the cipher of each engine (by its dialect, which the column types are handed) ---------------

_CIPHERS: weakref.WeakKeyDictionary[Dialect, FieldCipher] = weakref.WeakKeyDictionary()


def install_cipher(engine: Engine, cipher: FieldCipher) -> None:
    """Seal and open this engine's sealed columns with ``cipher`` (call when the workspace opens)."""
    _CIPHERS[engine.dialect] = cipher


def forget_cipher(engine: Engine) -> None:
    """Drop the engine's cipher and its subkeys (the workspace locked or closed)."""
    cipher = _CIPHERS.pop(engine.dialect, None)
    if cipher is not None:
        cipher.forget()


def seals(dialect: Dialect) -> bool:
    return dialect.name in SEALING_DIALECTS


class SealingLocked(WorkspaceLocked, DontWrapMixin):
    """No cipher for this engine: the workspace is locked (raised as is, never wrapped by the
    driver layer with the statement's parameters)."""


class UnsealedWriteError(StoreError, DontWrapMixin):
    """A value for a sealed column reached the server without its row's identity."""


def cipher_for(dialect: Dialect) -> FieldCipher:
    """The dialect's cipher, or WorkspaceLocked when none is installed (never a clear write)."""
    cipher = _CIPHERS.get(dialect)
    if cipher is None:
        raise SealingLocked()
    return cipher


def _unbound_write() -> StoreError:
    return UnsealedWriteError(
        "A value was not sent to the office server because it had not been encrypted first; "
        "nothing was saved or searched. Please report this to IT."
    )


# -- the column types -------------------------------------------------------------------------------


class Sealed(TypeDecorator[Any]):
    """A sensitive column: ``inner`` on SQLite, sealed TEXT/BYTEA on PostgreSQL."""

    impl = Text
    cache_ok = True

    def __init__(self, inner: TypeEngine[Any] | type[TypeEngine[Any]] | None = None) -> None:
        super().__init__()
        inner = inner if inner is not None else Text()
        self.inner = inner() if isinstance(inner, type) else inner
        self.binary = isinstance(self.inner, LargeBinary)
        self.is_date = isinstance(self.inner, Date)
        self.context = ""  # "table.column", set when the column joins its table
        self.table: Table | None = None

    @property
    def row_key(self) -> str:
        """The column whose value is the row's identity: the table's one-column primary key."""
        return row_key_of(self.table).name if self.table is not None else ""

    @property
    def python_type(self) -> type:
        return self.inner.python_type

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if seals(dialect):
            return dialect.type_descriptor(LargeBinary() if self.binary else Text())
        return dialect.type_descriptor(self.inner)

    def coerce_compared_value(self, op: Any, value: Any) -> TypeEngine[Any]:
        return self

    # Plain SQLite: the inner type's own processors, no Python call per value on top.
    def bind_processor(self, dialect: Dialect) -> Any:
        if not seals(dialect):
            return self.inner.dialect_impl(dialect).bind_processor(dialect)
        return super().bind_processor(dialect)

    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        if not seals(dialect):
            return self.inner.dialect_impl(dialect).result_processor(dialect, coltype)
        return super().result_processor(dialect, coltype)

    def column_expression(self, colexpr: ColumnElement[Any]) -> ColumnElement[Any]:
        table = getattr(colexpr, "table", None)
        if table is None or not self.row_key or self.row_key not in table.c:
            return colexpr
        return _RowTagged(colexpr, table.c[self.row_key], self.binary)

    # PostgreSQL only (the processors above skip these on SQLite).
    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        context = getattr(value, "sealing_context", None)
        if context is None:
            raise _unbound_write()
        cipher = cipher_for(dialect)
        if self.binary:
            return cipher.seal_bytes(bytes(value), context)
        plain = value.isoformat() if isinstance(value, date) else str.__str__(value)
        return cipher.seal_text(plain, context)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        row_id, sealed = _split_tag(value, self.binary, self.context)
        cipher = cipher_for(dialect)
        if self.binary:
            return cipher.open_bytes(sealed, f"{self.context}#{row_id}")
        plain = cipher.open_text(sealed, f"{self.context}#{row_id}")
        return date.fromisoformat(plain) if self.is_date else plain


class SealedCopy(Sealed):
    """A copy of another table's sealed text columns, joined by spaces, kept by a trigger and
    never written by the code: it opens under the source row (``row_key`` names the foreign key)."""

    cache_ok = True

    def __init__(self, inner: TypeEngine[Any] | None = None, of: tuple[str, ...] = (), key: str = "") -> None:
        super().__init__(inner)
        self.of = tuple(of)
        self.key = key

    @property
    def row_key(self) -> str:
        return self.key

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        raise _unbound_write()

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        row_id, sealed = _split_tag(value, False, self.context)
        parts = sealed.split(" ")
        if len(parts) != len(self.of):
            raise AlteredValueError(f"A stored value ({self.context}) has been altered on the server.")
        cipher = cipher_for(dialect)
        return " ".join(cipher.open_text(p, f"{ctx}#{row_id}") for p, ctx in zip(parts, self.of, strict=True))


def _split_tag(value: Any, binary: bool, context: str) -> tuple[str, Any]:
    """The row id the server prefixed (``_RowTagged``) and the sealed value after it."""
    sep = b"|" if binary else "|"
    raw = bytes(value) if binary else value
    head, found, sealed = raw.partition(sep)
    if not found:
        raise StoreError(f"A sealed value ({context}) was read without its record; it cannot be shown.")
    row_id = head.decode("ascii") if binary else head
    return row_id, sealed


class _RowTagged(ColumnElement[Any]):
    """A sealed column as a SELECT returns it: on PostgreSQL prefixed by the row's id and "|"."""

    inherit_cache = True
    _traverse_internals: ClassVar[list[tuple[str, Any]]] = [
        ("column", InternalTraversal.dp_clauseelement),
        ("row_id", InternalTraversal.dp_clauseelement),
        ("binary", InternalTraversal.dp_boolean),
    ]

    def __init__(self, column: ColumnElement[Any], row_id: ColumnElement[Any], binary: bool) -> None:
        self.column = column
        self.row_id = row_id
        self.binary = binary
        self.type = column.type


@compiles(_RowTagged)
def _compile_plain(element: _RowTagged, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.column, **kw)


@compiles(_RowTagged, "postgresql")
def _compile_tagged(element: _RowTagged, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.column, **kw)
    row_id = compiler.process(element.row_id, **kw)
    if element.binary:
        return f"(convert_to(CAST({row_id} AS TEXT) || '|', 'UTF8') || {column})"
    return f"(CAST({row_id} AS TEXT) || '|' || {column})"


@event.listens_for(Column, "after_parent_attach")
def _name_sealed_column(column: Column[Any], table: Any) -> None:
    """Give each sealed column's type its "table.column" and the column that identifies the row."""
    if not isinstance(column.type, Sealed) or not isinstance(table, Table):
        return
    kind = column.type
    bound = SealedCopy(kind.inner, kind.of, kind.key) if isinstance(kind, SealedCopy) else Sealed(kind.inner)
    bound.context = f"{table.name}.{column.name}"
    bound.table = table
    column.type = bound


def sealed_columns(table: Table) -> list[Column[Any]]:
    return [c for c in table.columns if isinstance(c.type, Sealed) and not isinstance(c.type, SealedCopy)]


def sealed_tables(metadata: Any) -> list[Table]:
    """The tables holding sealed values (copies included), in dependency order."""
    return [t for t in metadata.sorted_tables if any(isinstance(c.type, Sealed) for c in t.columns)]


def row_key_of(table: Table) -> Column[Any]:
    """The column that identifies a row of a sealed table: its one-column primary key."""
    keys = list(table.primary_key.columns)
    if len(keys) != 1:
        raise TypeError(f"{table.name}: a table with sealed columns needs a one-column primary key")
    return keys[0]


# The flush listeners and the bulk helpers (they use the names above).
from lcs_desktop.store import sealed_rows as _sealed_rows  # noqa: E402,F401

__all__ = [
    "Sealed",
    "SealedCopy",
    "cipher_for",
    "forget_cipher",
    "install_cipher",
    "sealed_tables",
    "seals",
]
