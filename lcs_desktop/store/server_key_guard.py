"""The workspace key's generation on an office server (issue 11): a desk that still holds the
key from before a key change cannot write with it.

A key change (services/server_key_change.py) re-seals every sealed column under a new key and
counts one more generation in ``lcs_meta``. Each desk reads the generation when it signs in —
*before* it reads its key slot, so it can never pair a new generation with an old key — and
every connection of its engine carries it as the setting ``lcs.key_generation``. A
statement-level trigger on every table holding sealed values (and on the key slots) refuses an
insert or update whose connection names another generation, with SQLSTATE ``LCSKG``: a stale
desk's values would otherwise be sealed under a key nobody holds any more. Deleting needs no
key and is not guarded. A connection that names no generation counts as generation 0, so a
server whose key was never changed works with desks of the previous version.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, event, select, text
from sqlalchemy.orm import Session

from lcs_desktop.store.accounts import Meta
from lcs_desktop.store.models import Base
from lcs_desktop.store.sealed import sealed_tables
from lcs_desktop.store.server_errors import KEY_CHANGED_CODE as SQLSTATE
from lcs_desktop.store.server_errors import KeyChangedError
from lcs_desktop.store.server_roles import quoted

__all__ = ["GenerationStamp", "KeyChangedError", "guard_sql", "read_generation"]

META_KEY = "key_generation"
SETTING = "lcs.key_generation"
FUNCTION = "lcs_key_guard"
TRIGGER = "lcs_key_guard"
FIRST = "0"

# Fixed names only (no value from outside reaches this SQL).
_FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $body$
BEGIN
    IF coalesce(nullif(current_setting('{SETTING}', true), ''), '{FIRST}')
       IS DISTINCT FROM coalesce((SELECT value FROM public.lcs_meta WHERE key = '{META_KEY}'), '{FIRST}') THEN
        RAISE EXCEPTION 'the workspace key has changed since this desk signed in'
            USING ERRCODE = '{SQLSTATE}';
    END IF;
    RETURN NULL;
END
$body$
"""  # noqa: S608


def guarded_tables() -> tuple[str, ...]:
    """Every table a desk writes sealed values to, and the key slots (which wrap the key)."""
    return (*(t.name for t in sealed_tables(Base.metadata)), "key_slots")


def guard_sql(tables: list[str] | tuple[str, ...]) -> list[str]:
    """Run as the owner role by server-init and upgrade-server (idempotent)."""
    statements = [_FUNCTION_SQL]
    for table in guarded_tables():
        if table in tables:
            statements += [
                f"DROP TRIGGER IF EXISTS {TRIGGER} ON {quoted(table)}",
                f"CREATE TRIGGER {TRIGGER} BEFORE INSERT OR UPDATE ON {quoted(table)} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()",
            ]
    return statements


def read_generation(session: Session) -> str:
    """The server's current key generation ("0" until the key is first changed)."""
    return session.scalar(select(Meta.value).where(Meta.key == META_KEY)) or FIRST


def next_generation(current: str) -> str:
    return str(int(current) + 1) if current.isdigit() else "1"


def announce_current(connection: Connection) -> None:
    """This transaction writes as a desk holding the server's current generation (the owner's
    own steps that hold the key: the end of a move, a key change)."""
    connection.execute(
        text("SELECT set_config(:s, coalesce((SELECT value FROM lcs_meta WHERE key = :k), :first), true)"),
        {"s": SETTING, "k": META_KEY, "first": FIRST},
    )


class GenerationStamp:
    """The generation a desk's engine announces on each of its connections."""

    def __init__(self, engine: Engine, value: str | None = None) -> None:
        self.engine = engine
        self.value = value  # None until read at sign-in: the setting is left unset
        event.listen(engine, "checkout", self._stamp)

    def _stamp(self, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        want = self.value
        if want is None or record.info.get(SETTING) == want:
            return
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SELECT set_config(%s, %s, false)", (SETTING, want))
        dbapi_connection.commit()  # a session setting made in a transaction ends with it otherwise
        record.info[SETTING] = want
