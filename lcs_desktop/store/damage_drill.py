"""A damage drill for the self-test: on a scratch database, one page is overwritten and the
store must name it ("The database is damaged (page N) …") and let go of the folder.

It proves, on the installed build, that a real damaged database will be reported in plain
words rather than as a crash, and that the single-instance lock cannot be left behind.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import text

from lcs_desktop.store.database import create_database, open_database
from lcs_desktop.store.engine import connect_raw
from lcs_desktop.store.errors import DamagedDatabaseError, StoreError
from lcs_desktop.store.instance_lock import InstanceLock

PAGE_SIZE = 4096  # SQLCipher 4's default page size
DRILL_ID = "damage-drill"


def damage_drill(folder: Path, key: bytes) -> str:
    """Run the drill in ``folder`` (created, left for the caller to remove); a summary, or
    StoreError naming what did not hold."""
    database = create_database(folder, key, DRILL_ID)
    try:
        with database.engine.begin() as connection:
            connection.execute(text("CREATE TABLE drill (body BLOB)"))
            for _ in range(20):
                connection.execute(text("INSERT INTO drill VALUES (randomblob(3000))"))
    finally:
        database.close()
    raw = connect_raw(database.path, key, wal=False)
    try:
        page = int(raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'drill'").fetchone()[0])
    finally:
        raw.close()
    with open(database.path, "r+b") as fh:
        fh.seek((page - 1) * PAGE_SIZE)
        fh.write(os.urandom(PAGE_SIZE))
    reopened = open_database(folder, key, DRILL_ID)
    try:
        with reopened.transaction() as session:
            session.execute(text("SELECT sum(length(body)) FROM drill")).all()
    except DamagedDatabaseError as exc:
        named = f"(page {page})" in exc.message
    else:
        raise StoreError(f"a damaged page ({page}) was read without any error.")
    finally:
        reopened.close()
    if not named:
        raise StoreError(f"a damaged page was found but not named (page {page}).")
    lock = InstanceLock(folder)
    lock.acquire()  # FolderInUseError if closing the damaged database kept the lock
    lock.release()
    return f"a damaged page is named (page {page}) and the folder is released"
