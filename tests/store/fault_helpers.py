"""Real damage to a real SQLCipher file, for the fault tests."""

from __future__ import annotations

import random
from pathlib import Path

from lcs_desktop.store.engine import connect_raw
from lcs_desktop.store.instance_lock import InstanceLock

PAGE_SIZE = 4096


def root_page(path: Path, key: bytes, table: str) -> int:
    connection = connect_raw(path, key, wal=False)
    try:
        return connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        connection.close()


def scribble_page(path: Path, page: int, seed: int = 8) -> None:
    """Overwrite one whole page (1-based, as SQLite counts) with random bytes."""
    data = bytearray(path.read_bytes())
    noise = random.Random(seed).randbytes(PAGE_SIZE)
    data[(page - 1) * PAGE_SIZE : page * PAGE_SIZE] = noise
    path.write_bytes(bytes(data))


def lock_is_free(folder: Path) -> bool:
    lock = InstanceLock(folder)
    lock.acquire()  # raises FolderInUseError if the last holder never let go
    lock.release()
    return True
