"""The backup container: one ``.lcsbackup`` file that opens with the same passwords.

It holds three members, stored as they are (encrypted pages do not compress), in a container
of LCS Desktop's own since format 2 (``backup_container``: no CRC pass over the data), in a ZIP
before (format 1, still read: ``backup_read``):

- ``lcs.db``: the SQLCipher database, a consistent copy of its encrypted pages
  (``backup_snapshot``), so nothing in it is ever in clear;
- ``keyslots.json``: the key slots at that moment (the database key wrapped under each
  password and the recovery key; usernames only as salted hashes), so the backup opens with
  the passwords of that day or with the recovery key, and with nothing else;
- ``manifest.json``: format, versions, when (UTC), the database id, schema revision, audit
  head, and the SHA-256 and size of each member. No personal data. Its own SHA-256 names the
  backup in the audit log (format 2; format 1 recorded the whole file's SHA-256 there).

The file name carries no personal data either: ``lcs-backup-YYYYMMDD-HHMMSS.lcsbackup``.
"""

from __future__ import annotations

import hashlib
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
    names_by_manifest,
    read_facts,
    sha256_file,
)
from lcs_desktop.store.backup_read import (
    LIVE_FILES,
    extract_backup,
    manifest_sha256,
    read_manifest,
    swap_in,
    witness_head,
)
from lcs_desktop.store.backup_write import Written, verify_backup, write_backup

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
    "manifest_sha256",
    "names_by_manifest",
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
_BUFFERS = 4  # chunks in flight: one being read, the others being hashed and written


def stream_file(
    path: Path, write: Sink, cancelled: Callable[[], bool] | None = None, *, digest: bool = True
) -> tuple[str | None, int]:
    """Hand ``path`` to ``write`` in chunks of a few reused buffers (fresh objects per chunk cost
    more than the copy itself); returns its SHA-256 (None without ``digest``) and size.

    The one SHA-256 of the data and ``write`` each run on a thread of their own (hashlib, zlib
    and file writes let go of the GIL), so reading, hashing and writing (with zipfile's CRC-32)
    overlap; each keeps the order of the chunks. ``write`` is called one call at a time, and
    the bytes of a call stay unchanged until it has returned. Raises ``BackupCancelled``
    between chunks once ``cancelled()`` is true."""
    sha, size = hashlib.sha256(), 0
    buffers = [bytearray(_CHUNK) for _ in range(_BUFFERS)]
    writer = ThreadPoolExecutor(1, thread_name_prefix="backup-write")
    hasher = ThreadPoolExecutor(1, thread_name_prefix="backup-hash")
    in_flight: deque[list[Future[object]]] = deque()
    try:
        with open(path, "rb", buffering=0) as src:
            for turn in itertools.cycle(range(_BUFFERS)):
                if len(in_flight) == _BUFFERS:  # this buffer's last chunk is hashed and written
                    for done in in_flight.popleft():
                        done.result()
                n = src.readinto(buffers[turn])
                if not n:
                    break
                if cancelled is not None and cancelled():
                    raise BackupCancelled("The backup was stopped before the end; nothing of it was kept.")
                chunk = memoryview(buffers[turn])[:n]
                jobs: list[Future[object]] = [writer.submit(write, chunk)]
                if digest:
                    jobs.append(hasher.submit(sha.update, chunk))
                in_flight.append(jobs)
                size += n
        while in_flight:
            for done in in_flight.popleft():
                done.result()
        return (sha.hexdigest() if digest else None), size
    finally:
        for jobs in in_flight:
            for job in jobs:
                job.cancel()
        writer.shutdown(wait=True)
        hasher.shutdown(wait=True)
