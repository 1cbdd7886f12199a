"""The SQL spellings that differ between SQLite and the office server give the same answers."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from lcs_desktop.store import migrate
from lcs_desktop.store.accounts import Meta
from lcs_desktop.store.audit_events import AccountKey
from lcs_desktop.store.database import create_database
from lcs_desktop.store.dialect import has_table, hour_text, insert_for, unix_seconds
from lcs_desktop.store.retention import RetentionDateRow
from lcs_desktop.vault.crypto import new_key
from tests.server.test_migrations_pg import superuser_engine

DUE = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # the night the clocks change: UTC, not London


def _exercise(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        assert has_table(session, "retention_dates")
        assert not has_table(session, "no_such_table")
        for value in ("one", "two"):
            stmt = insert_for(session, Meta).values(key="stamp", value=value)
            session.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))
        assert session.scalar(select(Meta.value).where(Meta.key == "stamp")) == "two"
        row = {"record_kind": "case", "record_id": 1, "rule_code": "r", "action": "delete", "sentence": "s"}
        for due in (date(2030, 1, 1), date(2031, 1, 1)):
            stmt = insert_for(session, RetentionDateRow.__table__)
            stmt = stmt.on_conflict_do_update(
                index_elements=["record_kind", "record_id"], set_={"due": stmt.excluded["due"]}
            )
            session.connection().execute(stmt, [{**row, "due": due}])
        assert session.scalar(select(RetentionDateRow.due)) == date(2031, 1, 1)

        session.add(AccountKey(key_id="k", public_key="p", registered_at=DUE))
        session.flush()
        seconds, hour = session.execute(
            select(unix_seconds(AccountKey.registered_at), hour_text(AccountKey.registered_at))
        ).one()
        assert seconds == int(DUE.timestamp())
        assert hour == "2026-03-29 00"


def test_on_the_server(pg_server, pg_database) -> None:
    engine = superuser_engine(pg_server, pg_database)
    migrate.upgrade(engine)
    _exercise(engine)
    engine.dispose()


def test_on_the_pc(tmp_path: Path) -> None:
    database = create_database(tmp_path / "data", new_key(), "test-db")
    try:
        assert database.backend == "local"
        _exercise(database.engine)
    finally:
        database.close()
