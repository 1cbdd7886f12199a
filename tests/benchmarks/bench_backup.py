"""Backups at size (issue 12): one backup against a plain copy of the same file, in one run.

Not collected by pytest. Run: python tests/benchmarks/bench_backup.py [events]
The database is filled with audit events (straight into the table) until it is a few hundred
MB. "Plain copy" is shutil.copyfile of the encrypted database file (checkpointed first), which
is what any backup must at least do; it is also shown with an fsync, since a backup is only
made once it is on the disk (the backup fsyncs its file). Goal: backup <= 2.5x the copy;
both ratios are printed.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lcs_desktop.paths import AppPaths
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.benchmarks.bench_audit_page import fill
from tests.conftest import MemorySecretStore

RUNS = 7


def spread(took: list[float]) -> str:
    return f"{statistics.median(took):6.2f} s ({min(took):.2f}-{max(took):.2f})"


def main(events: int) -> None:
    folder = Path(tempfile.mkdtemp())
    auth = Authenticator(AppPaths.under(folder), MemorySecretStore(), kdf=FAST_KDF_FOR_TESTS)
    session, _recovery = auth.set_up("Bench", "admin", "Ada Admin", "Tall-Giraffe-Meadow-42")
    ws, out = session.workspace, folder / "out"
    out.mkdir()
    try:
        fill(session, events)
        ws.database.checkpoint()
        size = ws.database.path.stat().st_size
        print(f"{events:,} audit events: database {size / 1e6:.0f} MB")
        copies, durable, backups = [], [], []
        for run in range(RUNS):
            started = time.perf_counter()
            shutil.copyfile(ws.database.path, out / f"copy-{run}.db")
            copies.append(time.perf_counter() - started)
            started = time.perf_counter()
            shutil.copyfile(ws.database.path, out / f"synced-{run}.db")
            with open(out / f"synced-{run}.db", "rb+") as fh:
                os.fsync(fh.fileno())  # a backup must reach the disk before it counts
            durable.append(time.perf_counter() - started)
            (out / f"synced-{run}.db").unlink()
            started = time.perf_counter()
            info = session.backups.backup_now(session.user, target=out / f"b-{run}.lcsbackup")
            backups.append(time.perf_counter() - started)
            (out / f"copy-{run}.db").unlink()
            info.path.unlink()
        ratio = statistics.median(backups) / statistics.median(copies)
        synced = statistics.median(backups) / statistics.median(durable)
        print(f"plain copy of the database file    {spread(copies)}")
        print(f"the same copy, then fsync          {spread(durable)}")
        print(
            f"backup (copy, hash, write, verify) {spread(backups)}  {ratio:.2f}x the copy (goal <= 2.5x), "
            f"{synced:.2f}x the copy with fsync"
        )
    finally:
        ws.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400_000)
