"""Deleted rows give their space back (issue 10): a new database is made in incremental-vacuum
mode, an older one is switched by the first scrub, and the scrub leaves the WAL empty."""

from __future__ import annotations

from pathlib import Path

from lcs_desktop.store.database import create_database
from lcs_desktop.store.record_purge import scrub
from lcs_desktop.vault.crypto import new_key


def _pragma(database, name: str) -> object:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_new_database_is_incremental_and_scrub_empties_the_wal(tmp_path: Path):
    database = create_database(tmp_path / "data", new_key(), "db")
    try:
        assert (_pragma(database, "auto_vacuum"), _pragma(database, "journal_mode")) == (2, "wal")
        assert not database.path.read_bytes().startswith(b"SQLite format 3")
        with database.engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE filler (x BLOB)")
            for _ in range(200):
                connection.exec_driver_sql("INSERT INTO filler VALUES (randomblob(4000))")
        scrub(database.engine)
        full = database.path.stat().st_size
        with database.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM filler")
        scrub(database.engine)
        assert database.path.stat().st_size < full - 500_000  # the freed pages went back
        assert database.path.with_name(database.path.name + "-wal").stat().st_size == 0
        assert _pragma(database, "freelist_count") == 0
    finally:
        database.close()


def test_older_database_is_switched_to_incremental_by_the_first_scrub(tmp_path: Path):
    database = create_database(tmp_path / "data", new_key(), "db")
    try:
        raw = database.engine.raw_connection()
        try:
            raw.cursor().execute("PRAGMA auto_vacuum = NONE")
            raw.cursor().execute("VACUUM")
        finally:
            raw.close()
        assert _pragma(database, "auto_vacuum") == 0
        scrub(database.engine)
        assert _pragma(database, "auto_vacuum") == 2
    finally:
        database.close()
