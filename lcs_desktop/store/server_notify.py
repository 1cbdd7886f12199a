"""Change notifications on the office server (issue 11): other desks refresh what they show.

PostgreSQL only (a local SQLCipher file has one desk): after each insert, update or delete on a
record table a trigger sends ``pg_notify('lcs_changes', '<table>:<id>')`` — the table and the
record's id, never content (the payload travels in clear to every listening login; RLS does not
filter notifications, so a listener may learn that case 17 changed, never what it holds). A row
that belongs to a record announces its record: a finding announces ``checks:<check id>``, a
chronology entry ``breach_cases:<case id>``, so an open record refreshes whatever part changed.
Notifications are sent when the writing transaction commits, not before.

``NOTIFY_SQL`` / ``install_notify_triggers`` are run by server-init and upgrade-server (as the
schema owner, after the migrations); ``ChangeListener`` waits on its own dedicated connection
in a thread and reconnects when the server goes away.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

CHANNEL = "lcs_changes"
TRIGGER = "lcs_notify_change"
FUNCTION = "lcs_notify_change"
# After a reconnect some changes may have been missed: listeners get this table name (and id 0)
# meaning "anything may have changed: refresh what is shown".
RESYNC = "*"
# A key change (services/server_key_change.py) is announced as this "table" with the new key
# generation as its id: desks still holding the old key lock themselves and sign in again.
KEY_CHANGED = "lcs_key"

# table -> (the column holding the id to announce, the table announced)
NOTIFIED: dict[str, tuple[str, str]] = {
    "people": ("id", "people"),
    "checks": ("id", "checks"),
    "check_platforms": ("check_id", "checks"),
    "findings": ("check_id", "checks"),
    "check_discussions": ("check_id", "checks"),
    "breach_cases": ("id", "breach_cases"),
    "case_breach_types": ("case_id", "breach_cases"),
    "case_platforms": ("case_id", "breach_cases"),
    "case_affected": ("case_id", "breach_cases"),
    "case_chronology": ("case_id", "breach_cases"),
    "case_referrals": ("case_id", "breach_cases"),
    "case_outcomes": ("case_id", "breach_cases"),
    "case_appeals": ("case_id", "breach_cases"),
    "case_sign_offs": ("case_id", "breach_cases"),
    "policy_versions": ("id", "policy_versions"),
    "policy_acknowledgements": ("person_id", "people"),
    "subject_access_requests": ("person_id", "people"),
    "legal_holds": ("id", "legal_holds"),
}

_FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger
LANGUAGE plpgsql AS $body$
DECLARE
    changed jsonb;
BEGIN
    -- TG_ARGV[0]: the column whose value is announced; TG_ARGV[1]: the table named.
    IF TG_OP = 'DELETE' THEN
        changed := to_jsonb(OLD);
    ELSE
        changed := to_jsonb(NEW);
    END IF;
    IF changed ->> TG_ARGV[0] IS NOT NULL THEN
        PERFORM pg_notify('{CHANNEL}', TG_ARGV[1] || ':' || (changed ->> TG_ARGV[0]));
    END IF;
    RETURN NULL;
END
$body$
"""


def _trigger_sql(table: str, column: str, announced: str) -> tuple[str, str]:
    return (
        f"DROP TRIGGER IF EXISTS {TRIGGER} ON {table}",
        f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {FUNCTION}('{column}', '{announced}')",
    )


NOTIFY_SQL: tuple[str, ...] = (
    _FUNCTION_SQL,
    *(
        sql
        for table, (column, announced) in NOTIFIED.items()
        for sql in _trigger_sql(table, column, announced)
    ),
)


def notify_sql(tables: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The statements for ``tables`` (every record table when None)."""
    chosen = NOTIFIED if tables is None else {t: NOTIFIED[t] for t in tables}
    return (
        _FUNCTION_SQL,
        *(sql for t, (column, named) in chosen.items() for sql in _trigger_sql(t, column, named)),
    )


def install_notify_triggers(connection: Any, tables: tuple[str, ...] | None = None) -> None:
    """Create (or replace) the function and the triggers. ``connection``: a SQLAlchemy
    ``Connection`` or a psycopg connection, as the schema owner, inside the caller's transaction.
    Idempotent: safe to run again after every upgrade."""
    from sqlalchemy import text
    from sqlalchemy.engine import Connection

    for sql in notify_sql(tables):
        if isinstance(connection, Connection):
            connection.execute(text(sql))
        else:
            connection.execute(sql)


NOTIFY_SQL: tuple[str, ...] = notify_sql()


def parse_payload(payload: str) -> tuple[str, int] | None:
    """``"checks:12"`` -> ("checks", 12); anything else -> None (ignored)."""
    table, sep, ident = payload.partition(":")
    if not sep or table not in {KEY_CHANGED, *(announced for _c, announced in NOTIFIED.values())}:
        return None
    try:
        return table, int(ident)
    except ValueError:
        return None


class ChangeListener:
    """LISTEN on a dedicated connection in a daemon thread; ``on_change(table, id)`` is called
    from that thread (a GUI hands it to its own thread). ``connect_fn`` returns a psycopg
    connection; if it has a ``release(connection)`` attribute, that closes what it returned
    (an engine's pooled connection, say), otherwise ``close()`` does. After a lost connection
    it reconnects with a growing pause and reports ``(RESYNC, 0)`` once listening again."""

    POLL_SECONDS = 0.5
    MAX_PAUSE_SECONDS = 10.0

    def __init__(self, connect_fn: Callable[[], Any], on_change: Callable[[str, int], None]) -> None:
        self._connect = connect_fn
        self._on_change = on_change
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.listening = threading.Event()  # set while LISTEN is in force (tests wait on it)

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="lcs-change-listener", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        pause, first = 0.5, True
        while not self._stop.is_set():
            connection = None
            try:
                connection = self._connect()
                connection.autocommit = True
                connection.execute(f"LISTEN {CHANNEL}")
                self.listening.set()
                if not first:
                    self._deliver(RESYNC, 0)
                first, pause = False, 0.5
                while not self._stop.is_set():
                    for note in connection.notifies(timeout=self.POLL_SECONDS, stop_after=100):
                        parsed = parse_payload(note.payload) if note.channel == CHANNEL else None
                        if parsed is not None:
                            self._deliver(*parsed)
            except Exception as exc:  # any fault of the link: reconnect, never die
                self.listening.clear()
                if self._stop.is_set():
                    break
                first = False
                log.warning("change notifications paused (%s); reconnecting", type(exc).__name__)
                self._stop.wait(pause)
                pause = min(pause * 2, self.MAX_PAUSE_SECONDS)
            finally:
                self._close(connection)
        self.listening.clear()

    def _deliver(self, table: str, record_id: int) -> None:
        try:
            self._on_change(table, record_id)
        except Exception:  # a receiver's fault must not stop the feed
            log.exception("change receiver failed for %s", table)

    def _close(self, connection: Any) -> None:
        if connection is None:
            return
        release = getattr(self._connect, "release", None)
        try:
            if release is not None:
                release(connection)
            else:
                connection.close()
        except Exception:  # a dead link closes as best it can
            log.debug("change listener connection closed with a fault")


class EngineConnector:
    """A ``connect_fn`` for ``ChangeListener`` from the app's engine: a connection of its own,
    opened through the engine (so its TLS and sign-in hooks apply), taken out of the pool for
    good — invalidated when released, never handed back to a unit of work."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self._held: dict[int, Any] = {}

    def __call__(self) -> Any:
        connection = self._engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        raw = connection.connection.driver_connection
        self._held[id(raw)] = connection
        return raw

    def release(self, raw: Any) -> None:
        connection = self._held.pop(id(raw), None)
        if connection is None:
            raw.close()
            return
        connection.invalidate()
        connection.close()
