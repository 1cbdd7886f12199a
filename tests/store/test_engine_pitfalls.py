"""Each SQLCipher pitfall of DESIGN.md §4, covered on a real encrypted file."""

from __future__ import annotations

import logging
import statistics
import time
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool

from lcs_desktop.store.database import create_database, open_database
from lcs_desktop.store.engine import connect_raw
from lcs_desktop.store.errors import (
    DamagedDatabaseError,
    FolderInUseError,
    NewerDatabaseError,
    StoreError,
    UnsafeLocationError,
)
from lcs_desktop.vault.crypto import new_key

DB_ID = "test-db"


@pytest.fixture
def key() -> bytes:
    return new_key()


@pytest.fixture
def database(tmp_path: Path, key: bytes):
    db = create_database(tmp_path / "data", key, DB_ID)
    yield db
    if db.lock.held:
        db.close()


def test_key_is_the_first_statement_so_a_wal_file_still_reopens(database, key):
    path = database.path
    database.close()
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    reopened = open_database(path.parent, key, DB_ID)
    with reopened.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
    reopened.close()


def test_a_pragma_before_the_key_is_what_breaks_a_file(tmp_path: Path, key: bytes):
    # The failure the connect listener prevents: WAL set before the key writes a plain header.
    path = tmp_path / "broken.db"
    connection = sqlcipher3.connect(str(path))
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        connection.execute("CREATE TABLE t(a)")
    connection.close()


def test_every_pooled_connection_keeps_temporary_data_in_memory(database):
    engine = database.engine
    connections = [engine.connect() for _ in range(3)]
    try:
        for connection in connections:
            assert connection.execute(text("PRAGMA temp_store")).scalar_one() == 2  # MEMORY
            assert connection.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    finally:
        for connection in connections:
            connection.close()


def test_engine_uses_a_real_pool_and_dispose_leaves_no_keyed_connection(database):
    assert isinstance(database.engine.pool, QueuePool)
    with database.engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    assert database.engine.pool.checkedin() >= 1
    database.dispose()
    assert database.engine.pool.checkedin() == 0


def test_raw_key_connections_skip_the_passphrase_kdf(tmp_path: Path, key: bytes):
    raw_path, pass_path = tmp_path / "raw.db", tmp_path / "pass.db"
    connect_raw(raw_path, key).close()
    setup = sqlcipher3.connect(str(pass_path))
    setup.execute("PRAGMA key = 'a passphrase'")
    setup.execute("CREATE TABLE t(a)")
    setup.close()

    def timed(open_one) -> float:  # type: ignore[no-untyped-def]
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            connection = open_one()
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            runs.append(time.perf_counter() - start)
            connection.close()
        return statistics.median(runs)

    def passphrase():  # type: ignore[no-untyped-def]
        connection = sqlcipher3.connect(str(pass_path))
        connection.execute("PRAGMA key = 'a passphrase'")
        return connection

    assert timed(lambda: connect_raw(raw_path, key)) * 3 < timed(passphrase)


def test_deleted_rows_leave_the_wal_after_a_checkpoint(database):
    with database.transaction() as session:
        session.execute(text("CREATE TABLE scratch (t TEXT)"))
        session.execute(text("INSERT INTO scratch VALUES (:t)"), {"t": "x" * 5000})
    with database.transaction() as session:
        session.execute(text("DELETE FROM scratch"))
    wal = database.path.with_name(database.path.name + "-wal")
    assert wal.stat().st_size > 0
    database.checkpoint()
    assert wal.stat().st_size == 0


def test_key_never_appears_in_url_exceptions_or_logs(database, key, caplog):
    caplog.set_level(logging.DEBUG)
    hex_key = key.hex()
    assert hex_key not in str(database.engine.url)
    assert hex_key not in repr(database.engine.url)
    with pytest.raises(StoreError) as error, database.transaction() as session:
        session.execute(text("SELECT * FROM no_such_table"))
    assert hex_key not in str(error.value)
    with database.engine.connect() as connection, pytest.raises(OperationalError) as raw:
        connection.execute(text("SELECT * FROM no_such_table"))
    assert hex_key not in str(raw.value)
    assert hex_key not in caplog.text


def test_second_copy_of_the_app_is_refused_and_told_who_holds_the_folder(database, key):
    with pytest.raises(FolderInUseError) as error:
        open_database(database.folder, key, DB_ID)
    assert "already open" in error.value.message


def test_wrong_key_is_a_clear_error_not_a_traceback(database):
    database.close()
    with pytest.raises(DamagedDatabaseError) as error:
        open_database(database.folder, new_key(), DB_ID)
    assert "damaged" in error.value.message or "does not belong" in error.value.message


def test_damaged_file_is_reported_as_damaged(database, key):
    database.close()
    data = bytearray(database.path.read_bytes())
    for offset in range(100, 4000, 7):  # scribble over the first page
        data[offset] ^= 0xFF
    database.path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError):
        open_database(database.folder, key, DB_ID)


def test_database_from_a_newer_version_is_refused_unchanged(database, key):
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    database.close()
    before = database.path.read_bytes()
    with pytest.raises(NewerDatabaseError) as error:
        open_database(database.folder, key, DB_ID)
    assert "newer version" in error.value.message
    assert database.path.read_bytes() == before


def test_disk_full_is_reported_in_plain_words(database):
    with database.engine.begin() as connection:
        connection.execute(text("CREATE TABLE filler (t BLOB)"))
    # Cap the file at its present size: the next growth is SQLite's "database or disk is full".
    with pytest.raises(StoreError) as error, database.transaction() as session:
        pages = session.execute(text("PRAGMA page_count")).scalar_one()
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        session.execute(text("INSERT INTO filler VALUES (randomblob(200000))"))
    assert "disk" in error.value.message and "full" in error.value.message


@pytest.mark.parametrize(
    "folder",
    [
        "/home/sam/OneDrive - Libra Children Services/LCS",
        "/home/sam/Dropbox/LCS",
        "/home/sam/Google Drive/LCS",
        "//fileserver/share/LCS",
    ],
)
def test_synced_or_network_folder_is_refused(folder: str, key: bytes):
    with pytest.raises(UnsafeLocationError) as error:
        create_database(Path(folder), key, DB_ID)
    assert "network drive" in error.value.message or "synced" in error.value.message


def test_network_mount_is_refused(tmp_path: Path):
    from lcs_desktop.store.location import location_problem

    mounts = [("/", "ext4"), ("/mnt/office", "cifs")]
    assert location_problem(Path("/mnt/office/LCS"), mounts=mounts, environ={}, windows=False)
    assert location_problem(Path("/home/sam/LCS"), mounts=mounts, environ={}, windows=False) is None
    onedrive = {"OneDrive": r"C:\Users\sam\OneDrive"}
    assert location_problem(Path(r"C:\Users\sam\OneDrive\LCS"), environ=onedrive, windows=True, mounts=[])


def test_read_only_data_folder_is_reported_in_plain_words(tmp_path: Path, key: bytes, monkeypatch):
    from lcs_desktop.store import database as database_module

    folder = tmp_path / "data"
    database = create_database(folder, key, DB_ID)
    database.close()
    # As root the OS would let us write anyway, so ask the check itself.
    monkeypatch.setattr(database_module.os, "access", lambda *_args: False)
    with pytest.raises(StoreError) as error:
        open_database(folder, key, DB_ID)
    assert "cannot write" in error.value.message
