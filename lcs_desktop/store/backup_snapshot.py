"""A consistent copy of the live encrypted database in one pass, without decrypting it (issue 12).

SQLite's backup API (``copy_database``) decrypts and re-encrypts every page: on office PCs that
is many times slower than copying the file. The pages on disk are already encrypted with the
key the backup needs, so a byte copy of the file is the backup, provided nothing changes it
while it is read:

1. fold the WAL into the file and empty it (``wal_checkpoint(TRUNCATE)``);
2. take the write lock (``BEGIN IMMEDIATE``): no one can commit, so no frame is added to the
   WAL and no checkpoint has anything to write to the file; readers carry on;
3. if the WAL is still empty (no one committed between 1 and 2), the file alone is the whole
   database at this moment: read what the manifest needs and stream the file, hashing it on
   the way; then release the lock.

Writers wait (``busy_timeout``) only while the file is streamed; the caller streams straight
into the backup when it is on the same disk, else into a local file first. Should the WAL
refuse to empty (a long reader, a busy office), the backup API copy is used instead: slower,
as sound.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable
from pathlib import Path

from lcs_desktop.store.backup_copy import copy_database
from lcs_desktop.store.backup_file import DbCopy, Sink, describe_database, read_facts, stream_file
from lcs_desktop.store.engine import connect_raw
from lcs_desktop.store.errors import DB_ERRORS, translate

ATTEMPTS = 3


def snapshot_database(
    source: Path, key: bytes, write: Sink, cancelled: Callable[[], bool] | None = None
) -> DbCopy:
    """Stream a consistent copy of the live database at ``source`` to ``write``, encrypted."""
    wal = source.with_name(source.name + "-wal")
    try:
        connection = connect_raw(source, key)
    except DB_ERRORS as exc:
        raise translate(exc) from None
    connection.isolation_level = None  # transactions as written below, nothing implicit
    try:
        for _attempt in range(ATTEMPTS):
            try:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                connection.execute("BEGIN IMMEDIATE")
                if not wal.exists() or wal.stat().st_size == 0:
                    facts = read_facts(connection)
                    sha256, size = stream_file(source, write, cancelled)
                    return DbCopy(sha256, size, facts)
            except DB_ERRORS as exc:
                raise translate(exc) from None
            finally:
                with contextlib.suppress(*DB_ERRORS):
                    connection.execute("ROLLBACK")  # nothing was written: this only releases the lock
    finally:
        with contextlib.suppress(*DB_ERRORS):
            connection.close()
    with tempfile.TemporaryDirectory(prefix=".backup-", dir=source.parent) as tmp:
        copy = Path(tmp) / source.name
        copy_database(source, key, copy)
        facts = describe_database(copy, key)
        sha256, size = stream_file(copy, write, cancelled)
    return DbCopy(sha256, size, facts)
