"""The backup container: one ``.lcsbackup`` file that opens with the same passwords.

It is a ZIP (stored, not deflated: encrypted pages do not compress) of three members:

- ``lcs.db``: the SQLCipher database, a consistent copy of its encrypted pages
  (``backup_snapshot``), so nothing in it is ever in clear;
- ``keyslots.json``: the key slots at that moment (the database key wrapped under each
  password and the recovery key; usernames only as salted hashes), so the backup opens with
  the passwords of that day or with the recovery key, and with nothing else;
- ``manifest.json``: format, versions, when (UTC), the database id, schema revision, audit
  head, and the SHA-256 and size of each member. No personal data.

The file name carries no personal data either: ``lcs-backup-YYYYMMDD-HHMMSS.lcsbackup``.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

# The container is written in backup_write, read back in backup_read; its parts are in backup_format.
from lcs_desktop.store.backup_format import (
    DB_MEMBER,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    MEMBERS,
    SLOTS_MEMBER,
    SUFFIX,
    BackupCancelled,
    BackupFileError,
    DatabaseFacts,
    DbCopy,
    Manifest,
    Sink,
    damaged_error,
    describe_database,
    keyslots_for_backup,
    read_facts,
    sha256_file,
)
from lcs_desktop.store.backup_read import LIVE_FILES, extract_backup, read_manifest, swap_in, witness_head
from lcs_desktop.store.backup_write import BackgroundDigest, Written, verify_backup, write_backup

__all__ = [
    "DB_MEMBER",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "LIVE_FILES",
    "MANIFEST",
    "MEMBERS",
    "SLOTS_MEMBER",
    "SUFFIX",
    "BackupCancelled",
    "BackupFileError",
    "DatabaseFacts",
    "DbCopy",
    "Manifest",
    "Sink",
    "Written",
    "damaged_error",
    "describe_database",
    "extract_backup",
    "keyslots_for_backup",
    "read_facts",
    "read_manifest",
    "sha256_file",
    "stream_file",
    "swap_in",
    "verify_backup",
    "witness_head",
    "write_backup",
]

_CHUNK = 1 << 20
_BUFFERS = 4  # chunks in flight: one read, one hashed, two being written


def stream_file(path: Path, write: Sink, cancelled: Callable[[], bool] | None = None) -> tuple[str, int]:
    """Hand ``path`` to ``write`` in chunks of a few reused buffers (fresh objects per chunk cost
    more than the copy itself); returns its SHA-256 and size. The SHA-256 and ``write`` each run
    on a thread of their own (hashlib, zlib and file writes let go of the GIL), so reading,
    hashing and writing (with zipfile's CRC-32) overlap; ``write`` is called in order, one call
    at a time, and the bytes of a call stay unchanged until the next call has returned.
    Raises ``BackupCancelled`` between chunks once ``cancelled()`` is true."""
    digest, size = BackgroundDigest(), 0
    buffers = [bytearray(_CHUNK) for _ in range(_BUFFERS)]
    writer = ThreadPoolExecutor(1, thread_name_prefix="backup-write")
    pending: deque[Future[object]] = deque()
    try:
        with open(path, "rb", buffering=0) as src:
            for turn in itertools.cycle(range(_BUFFERS)):
                # This buffer's last chunk was hashed, and written with the chunk after it.
                while len(pending) > _BUFFERS - 2:
                    pending.popleft().result()
                n = src.readinto(buffers[turn])
                if not n:
                    break
                if cancelled is not None and cancelled():
                    raise BackupCancelled("The backup was stopped before the end; nothing of it was kept.")
                chunk = memoryview(buffers[turn])[:n]
                digest.update(chunk)
                pending.append(writer.submit(write, chunk))
                size += n
        while pending:
            pending.popleft().result()
        return digest.hexdigest(), size
    finally:
        for left in pending:
            left.cancel()
        writer.shutdown(wait=True)
        digest.close()
