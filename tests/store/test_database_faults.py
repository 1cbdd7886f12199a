"""Database faults in plain words, on real SQLCipher files: a damaged page names itself and
never leaves the folder locked, and each SQLite error class has its own sentence."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text

from lcs_desktop.store.backup_copy import check_database
from lcs_desktop.store.database import create_database, open_database
from lcs_desktop.store.engine import apply_key
from lcs_desktop.store.errors import (
    DamagedDatabaseError,
    DiskFullError,
    DiskIOError,
    FolderInUseError,
    MissingDataError,
    ReadOnlyError,
    WrongKeyError,
    translate,
)
from lcs_desktop.vault.crypto import new_key
from tests.conftest import ADMIN_PASSWORD
from tests.store.fault_helpers import lock_is_free, root_page, scribble_page

DB_ID = "test-db"
RESTORE = "restore the latest backup (Settings › Backups)"


@pytest.fixture
def key() -> bytes:
    return new_key()


@pytest.fixture
def database(tmp_path: Path, key: bytes):
    db = create_database(tmp_path / "data", key, DB_ID)
    with db.engine.begin() as connection:
        connection.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body BLOB)"))
        for _ in range(40):
            connection.execute(text("INSERT INTO notes (body) VALUES (randomblob(3000))"))
    yield db
    if db.lock.held:
        db.close()


# -- a damaged page --------------------------------------------------------------------------------


def test_damaged_page_at_sign_in_names_the_page_and_releases_the_lock(org, authenticator, paths):
    key = org.workspace.key
    org.workspace.close()
    page = root_page(paths.database, key, "users")
    scribble_page(paths.database, page)

    with pytest.raises(DamagedDatabaseError) as error:
        authenticator.sign_in("admin", ADMIN_PASSWORD)

    assert error.value.message == f"The database is damaged (page {page}) — {RESTORE}."
    assert error.value.pages == (page,)
    assert lock_is_free(paths.data_dir)


def test_damaged_page_read_in_a_transaction_is_named_and_close_still_releases_the_lock(database, key):
    database.close()
    page = root_page(database.path, key, "notes")
    scribble_page(database.path, page)
    reopened = open_database(database.folder, key, DB_ID)

    with pytest.raises(DamagedDatabaseError) as error, reopened.transaction() as session:
        session.execute(text("SELECT count(*), sum(length(body)) FROM notes")).all()
    assert f"(page {page})" in error.value.message

    reopened.close()  # PRAGMA optimize meets the damage: no raw DatabaseError, lock released
    assert not reopened.lock.held
    assert lock_is_free(database.folder)


def test_close_never_raises_and_always_releases_the_lock_when_every_page_is_damaged(database, key):
    size = database.path.stat().st_size
    reopened_path = database.path
    database.dispose()
    data = random.Random(3).randbytes(size)
    reopened_path.write_bytes(data)  # the whole file, under an open (disposed) engine

    database.close()

    assert not database.lock.held
    assert lock_is_free(database.folder)


def test_check_database_names_every_damaged_page(database, key):
    database.close()
    first, second = root_page(database.path, key, "notes"), 12
    scribble_page(database.path, first, seed=1)
    scribble_page(database.path, second, seed=2)

    with pytest.raises(DamagedDatabaseError) as error:
        check_database(database.path, key, full=True)

    expected = sorted({first, second})
    assert error.value.message == (
        f"The database is damaged (pages {expected[0]}, {expected[1]}) — {RESTORE}."
    )


def test_damaged_first_page_says_damaged_or_not_this_folders_file(database, key):
    database.close()
    scribble_page(database.path, 1)

    with pytest.raises(DamagedDatabaseError) as error:
        open_database(database.folder, key, DB_ID)

    assert error.value.message.startswith("The database is damaged (page 1)")
    assert RESTORE in error.value.message
    assert lock_is_free(database.folder)


# -- each SQLite error class its own sentence ------------------------------------------------------


def _raw(path: Path, key: bytes, **kwargs: object) -> sqlcipher3.dbapi2.Connection:
    connection = sqlcipher3.dbapi2.connect(str(path), **kwargs)
    apply_key(connection, key, path)
    return connection


def test_disk_full_mid_save_says_the_disk_is_full(database):
    with pytest.raises(DiskFullError) as error, database.transaction() as session:
        pages = session.execute(text("PRAGMA page_count")).scalar_one()
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        session.execute(text("INSERT INTO notes (body) VALUES (randomblob(200000))"))
    assert error.value.message.startswith("The disk holding the data folder is full")


def test_read_only_file_says_read_only(database, key):
    database.close()
    connection = sqlcipher3.dbapi2.connect(f"file:{database.path}?mode=ro", uri=True)
    apply_key(connection, key, database.path)
    with pytest.raises(sqlcipher3.dbapi2.Error) as raw:
        connection.execute("INSERT INTO notes (body) VALUES (x'00')")
    connection.close()

    error = translate(raw.value)
    assert isinstance(error, ReadOnlyError)
    assert "read-only" in error.message


def test_busy_database_says_another_program_holds_it(database, key):
    holder = _raw(database.path, key, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    other = _raw(database.path, key, timeout=0)
    try:
        with pytest.raises(sqlcipher3.dbapi2.Error) as raw:
            other.execute("INSERT INTO notes (body) VALUES (x'00')")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        other.close()

    error = translate(raw.value)
    assert isinstance(error, FolderInUseError)
    assert "busy in another program" in error.message


def test_corrupt_and_not_a_database_have_different_sentences(database, key):
    database.close()
    with pytest.raises(sqlcipher3.dbapi2.Error) as wrong:
        _raw(database.path, new_key()).execute("SELECT count(*) FROM sqlite_master").fetchone()
    scribble_page(database.path, root_page(database.path, key, "notes"))
    with pytest.raises(sqlcipher3.dbapi2.Error) as corrupt:
        _raw(database.path, key).execute("SELECT sum(length(body)) FROM notes").fetchone()

    not_a_db, damaged = translate(wrong.value), translate(corrupt.value)
    assert isinstance(not_a_db, WrongKeyError) and "key file" in not_a_db.message
    assert isinstance(damaged, DamagedDatabaseError) and RESTORE in damaged.message
    assert not_a_db.message != damaged.message


def test_io_error_and_cannot_open_have_their_own_sentences(tmp_path):
    # A real disk I/O fault cannot be caused safely here; the driver's own exception class with
    # SQLite's code for it (SQLITE_IOERR_WRITE = 778) is what the driver raises for one.
    fault = sqlcipher3.dbapi2.OperationalError("disk I/O error")
    fault.sqlite_errorcode = 778
    with pytest.raises(sqlcipher3.dbapi2.Error) as cannot_open:
        sqlcipher3.dbapi2.connect(str(tmp_path / "no-such-folder" / "x.db"))

    io_error, missing = translate(fault), translate(cannot_open.value)
    assert isinstance(io_error, DiskIOError) and "disk or network fault" in io_error.message
    assert isinstance(missing, MissingDataError)
    messages = {io_error.message, missing.message}
    assert len(messages) == 2 and not any("reported a problem" in m for m in messages)


def test_signing_out_of_a_database_damaged_meanwhile_says_so_and_releases_the_lock(org, paths):
    key = org.workspace.key
    org.workspace.database.dispose()  # no cached page survives: the next read meets the damage
    page = root_page(paths.database, key, "audit_events")
    scribble_page(paths.database, page)

    with pytest.raises(DamagedDatabaseError) as error:
        org.sign_out()

    assert f"(page {page})" in error.value.message
    assert not org.workspace.database.lock.held
    assert lock_is_free(paths.data_dir)


def test_copying_a_damaged_database_for_a_backup_names_the_page(database, key, tmp_path):
    from lcs_desktop.store.backup_copy import copy_database

    database.close()
    page = root_page(database.path, key, "notes")
    scribble_page(database.path, page)

    with pytest.raises(DamagedDatabaseError) as error:
        copy_database(database.path, key, tmp_path / "copy.db")

    assert f"(page {page})" in error.value.message
    assert not (tmp_path / "copy.db").exists() and not (tmp_path / "copy.db.partial").exists()
