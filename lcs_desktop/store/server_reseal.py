"""Re-sealing every sealed value on an office server under a new workspace key (issue 11, a key
change after an account is switched off): the store side of ``services/server_key_change.py``.

Runs in the key change's one transaction, as the owner role (its row policies see every row,
other people's drafts included). Every table holding sealed values, the key slots and the
search tokens are locked first (ACCESS EXCLUSIVE: no desk reads a half-changed table or writes
meanwhile), and their own triggers are off while the values are replaced — the values are the
same, only their sealing changes, so no version is counted, no history written, no list copy
made again, and nothing announced row by row. Each value is opened with the old key and sealed
with the new one under the same row identity ("table.column#id"); the copies of names that
triggers keep (``SealedCopy``) are re-sealed part by part under their source rows. People's
search tokens are made again with the new key's blind-index subkey, which the caller installs
on this connection's engine.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Table, text

from lcs_desktop.store.models import Base
from lcs_desktop.store.name_search import PERSON, PERSON_FIELDS, add_person_tokens
from lcs_desktop.store.sealed import Sealed, SealedCopy, row_key_of, sealed_tables
from lcs_desktop.store.server_roles import quoted
from lcs_desktop.vault.field_cipher import AlteredValueError, FieldCipher

ROWS_PER_BATCH = 500
BLOB_ROWS_PER_BATCH = 16  # evidence images: a few MB each
LOCK_WAIT = "60s"  # a desk's open transaction is waited for this long, then the change gives up


def lock_for_key_change(connection: Connection) -> None:
    """Wait (up to LOCK_WAIT) for every desk to finish what it is doing in these tables, then
    keep them to this transaction until it ends."""
    names = [t.name for t in sealed_tables(Base.metadata)] + ["key_slots", "name_tokens"]
    connection.execute(text(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'"))
    connection.execute(text(f"LOCK TABLE {', '.join(quoted(n) for n in names)} IN ACCESS EXCLUSIVE MODE"))


def reseal_all(
    connection: Connection, old: FieldCipher, new: FieldCipher, progress: Callable[[float], None]
) -> int:
    """Every sealed value re-sealed under ``new``; returns the number of rows changed."""
    tables = sealed_tables(Base.metadata)
    for table in tables:
        connection.execute(text(f"ALTER TABLE {quoted(table.name)} DISABLE TRIGGER USER"))
    connection.execute(text("DELETE FROM name_tokens WHERE entity_type = :p"), {"p": PERSON})
    done = 0
    for number, table in enumerate(tables):
        progress(number / len(tables))
        done += _reseal_table(connection, table, old, new)
    for table in tables:
        connection.execute(text(f"ALTER TABLE {quoted(table.name)} ENABLE TRIGGER USER"))
    progress(1.0)
    return done


def _reseal_table(connection: Connection, table: Table, old: FieldCipher, new: FieldCipher) -> int:
    key = row_key_of(table).name
    columns = [c for c in table.columns if isinstance(c.type, Sealed)]
    copy_keys = {c.type.key for c in columns if isinstance(c.type, SealedCopy)}  # type: ignore[attr-defined]
    wanted = list(dict.fromkeys([key, *(c.name for c in columns), *copy_keys]))
    batch = BLOB_ROWS_PER_BATCH if any(c.type.binary for c in columns) else ROWS_PER_BATCH  # type: ignore[attr-defined]
    listed = ", ".join(quoted(name) for name in wanted)
    assignments = ", ".join(f"{quoted(c.name)} = :{c.name}" for c in columns)
    update = text(f"UPDATE {quoted(table.name)} SET {assignments} WHERE {quoted(key)} = :row_key")  # noqa: S608
    done = 0
    last: Any = None
    while True:
        after = f"WHERE {quoted(key)} > :last " if last is not None else ""
        rows = (
            connection.execute(
                text(f"SELECT {listed} FROM {quoted(table.name)} {after}ORDER BY {quoted(key)} LIMIT :n"),  # noqa: S608
                {"last": last, "n": batch},
            )
            .mappings()
            .all()
        )
        if not rows:
            return done
        changed, opened = [], []
        for row in rows:
            values: dict[str, Any] = {"row_key": row[key]}
            plain: dict[str, Any] = {"id": row[key]}
            for column in columns:
                values[column.name], plain[column.name] = _reseal_value(row, column, table, key, old, new)
            changed.append(values)
            opened.append(plain)
        connection.execute(update, changed)
        if table.name == "people":  # their search tokens, under the new key's index subkey
            add_person_tokens(connection, [{f: p[f] for f in ("id", *PERSON_FIELDS)} for p in opened])
        done += len(rows)
        last = rows[-1][key]


def _reseal_value(
    row: Any, column: Any, table: Table, key: str, old: FieldCipher, new: FieldCipher
) -> tuple[Any, Any]:
    """(the value sealed under ``new``, the plain value) for one column of one row."""
    value = row[column.name]
    if value is None:
        return None, None
    kind = column.type
    if isinstance(kind, SealedCopy):
        owner_id = row[kind.key]
        parts = value.split(" ")
        contexts = [f"{source}#{owner_id}" for source in kind.of]
        if len(parts) != len(contexts):
            raise AlteredValueError(f"A stored value ({column.type.context}) has been altered on the server.")
        opened = [old.open_text(p, c) for p, c in zip(parts, contexts, strict=True)]
        return " ".join(new.seal_text(p, c) for p, c in zip(opened, contexts, strict=True)), " ".join(opened)
    context = f"{table.name}.{column.name}#{row[key]}"
    if kind.binary:
        plain_bytes = old.open_bytes(bytes(value), context)
        return new.seal_bytes(plain_bytes, context), plain_bytes
    plain = old.open_text(value, context)
    return new.seal_text(plain, context), plain
