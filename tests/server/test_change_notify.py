"""Office server (issue 11): change notifications carry the table and the id only, reach a
listener on its own connection, survive a dropped connection; and optimistic locking refuses
the second of two sessions that loaded the same row."""

from __future__ import annotations

import queue
import time

import pytest
from sqlalchemy import create_engine, delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from lcs_desktop.store.models import Person
from lcs_desktop.store.server_notify import (
    CHANNEL,
    RESYNC,
    ChangeListener,
    EngineConnector,
    install_notify_triggers,
)
from tests.pg_server import SUPERUSER, SUPERUSER_PASSWORD

NAME = "Zenobia Quillfeather"  # distinctive: must never travel in a notification


@pytest.fixture
def engine(pg_server, pg_database):
    url = pg_server.url(pg_database).replace("postgresql://", "postgresql+psycopg://", 1)
    engine = create_engine(
        url,
        connect_args={
            "user": SUPERUSER,
            "password": SUPERUSER_PASSWORD,
            "sslmode": "verify-full",
            "sslrootcert": str(pg_server.ca_file),
        },
    )
    # The people table alone: the whole schema on the server is h-pgstore's migrations' work
    # (the metadata's own create_all carries SQLite-only triggers).
    Person.__table__.create(engine)
    with engine.begin() as connection:
        install_notify_triggers(connection, tables=("people",))
    yield engine
    engine.dispose()


def _person(**extra) -> Person:
    values = {
        "first_name": "Zenobia",
        "last_name": "Quillfeather",
        "kind": "volunteer",
        "status": "appointed",
        "reference": "V-77",
        "reference_key": "v-77",
        "sort_name": "quillfeather zenobia",
    }
    values.update(extra)
    return Person(**values)


def _session(engine) -> Session:
    # services/retention_tracking listens on every Session and looks in sqlite_master for its
    # table: a SQLite-only probe (for h-pgstore to make dialect-aware). Not this test's subject.
    return Session(engine, expire_on_commit=False, info={"lcs_retention_table": False})


def _next(changes: queue.Queue, timeout: float = 10.0):
    return changes.get(timeout=timeout)


def test_a_change_by_one_connection_reaches_the_listener_as_table_and_id_only(pg_server, pg_database, engine):
    changes: queue.Queue = queue.Queue()
    listener = ChangeListener(
        lambda: pg_server.superuser_connect(pg_database), lambda t, i: changes.put((t, i))
    )
    raw: queue.Queue = queue.Queue()
    with pg_server.superuser_connect(pg_database, autocommit=True) as spy:
        spy.execute(f"LISTEN {CHANNEL}")
        listener.start()
        try:
            assert listener.listening.wait(10)
            with _session(engine) as session, session.begin():
                person = _person()
                session.add(person)
            person_id = person.id
            assert _next(changes) == ("people", person_id)
            with _session(engine) as session, session.begin():
                session.get(Person, person_id).role = "Contact supervisor"
            assert _next(changes) == ("people", person_id)
            with _session(engine) as session, session.begin():
                session.execute(delete(Person).where(Person.id == person_id))
            assert _next(changes) == ("people", person_id)
            for note in spy.notifies(timeout=2, stop_after=3):
                raw.put(note.payload)
        finally:
            listener.stop()
    payloads = [raw.get_nowait() for _ in range(raw.qsize())]
    assert payloads == [f"people:{person_id}"] * 3
    assert all(NAME.split()[0] not in p and "Contact" not in p for p in payloads)


def test_nothing_is_announced_for_a_transaction_rolled_back(pg_server, pg_database, engine):
    changes: queue.Queue = queue.Queue()
    listener = ChangeListener(
        lambda: pg_server.superuser_connect(pg_database), lambda t, i: changes.put((t, i))
    )
    listener.start()
    try:
        assert listener.listening.wait(10)
        with _session(engine) as session:
            session.add(_person())
            session.flush()
            session.rollback()
        with _session(engine) as session, session.begin():
            kept = _person(reference="V-78", reference_key="v-78")
            session.add(kept)
        assert _next(changes) == ("people", kept.id)  # the first one never came
    finally:
        listener.stop()


def test_the_listener_reconnects_and_asks_for_a_full_refresh(pg_server, pg_database, engine):
    changes: queue.Queue = queue.Queue()
    listener = ChangeListener(EngineConnector(engine), lambda t, i: changes.put((t, i)))
    listener.start()
    try:
        assert listener.listening.wait(10)
        with pg_server.superuser_connect(pg_database, autocommit=True) as admin:
            dropped = admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()"
            ).fetchall()
        assert dropped
        assert _next(changes, 20) == (RESYNC, 0)
        with _session(engine) as session, session.begin():
            person = _person()
            session.add(person)
        deadline = time.monotonic() + 10
        seen = None
        while time.monotonic() < deadline and seen != ("people", person.id):
            seen = _next(changes)
        assert seen == ("people", person.id)
    finally:
        listener.stop()
    assert not listener.running


def test_two_sessions_that_loaded_the_same_row_cannot_both_save(engine):
    with _session(engine) as session, session.begin():
        person = _person()
        session.add(person)
    with _session(engine) as first, _session(engine) as second:
        a = first.get(Person, person.id)
        b = second.get(Person, person.id)
        assert a.row_version == b.row_version == 1
        a.role = "Driver"
        first.commit()
        b.role = "Cook"
        with pytest.raises(StaleDataError):
            second.flush()
        second.rollback()
    with _session(engine) as session:
        stored = session.scalar(select(Person).where(Person.id == person.id))
        assert (stored.role, stored.row_version) == ("Driver", 2)


def test_a_server_change_arrives_as_a_qt_signal_on_the_gui_thread(qtbot, pg_server, pg_database, engine):
    from PySide6.QtCore import QThread

    from lcs_desktop.gui.change_feed import ChangeBridge

    bridge = ChangeBridge()
    threads = []
    bridge.changed.connect(lambda *_a: threads.append(QThread.currentThread()))
    listener = ChangeListener(EngineConnector(engine), bridge.deliver)
    listener.start()
    try:
        assert listener.listening.wait(10)
        session = _session(engine)
        with qtbot.waitSignal(bridge.changed, timeout=10_000) as blocker, session, session.begin():
            person = _person()
            session.add(person)
        assert blocker.args == ["people", person.id]
        assert threads and all(t is bridge.thread() for t in threads)
    finally:
        listener.stop()
