"""The signed audit trail's costs (issue 8, speed): signing per event, and verify of a long log.

Not collected by pytest. Run: python tests/benchmarks/bench_audit.py [events]
Goals: signing adds < 1 ms per event; verify of 1 000 000 events < 60 s (with progress).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from lcs_desktop.services.audit_chain import Signer, event_hash


def signing_cost_ms(events: int = 5000) -> tuple[float, float]:
    """(hash + Ed25519 signature per event, median of 5 runs) and (its min), in ms."""
    signer = Signer.of(Ed25519PrivateKey.generate())
    at = datetime(2026, 11, 30, tzinfo=UTC)
    rows = [
        SimpleNamespace(
            seq=i, at=at, actor_id=1, actor="lead", action="case_viewed", entity_type="breach_case",
            entity_id=str(i), details='{"reference": "BC-2026-0007"}', prev_mac="0" * 64,
            key_id=signer.key_id,
        )
        for i in range(events)
    ]  # fmt: skip
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        for row in rows:
            signer.sign(event_hash("db", row))
        runs.append((time.perf_counter() - start) * 1000 / events)
    return statistics.median(runs), min(runs)


def _fill(session_obj, events: int) -> None:  # type: ignore[no-untyped-def]
    """``events`` more signed events, written straight into the table (as many appends would)."""
    ws = session_obj.workspace
    signer = ws.chain.signer
    with ws.reading() as s:
        last = s.execute(text("SELECT seq, mac FROM audit_events ORDER BY seq DESC LIMIT 1")).first()
    seq, prev = last[0], last[1]
    at = datetime(2026, 11, 30, tzinfo=UTC)
    batch = []
    with ws.database.engine.begin() as conn:
        for i in range(events):
            seq += 1
            row = SimpleNamespace(
                seq=seq, at=at + timedelta(seconds=i), actor_id=session_obj.user.id, actor="admin",
                action="case_viewed", entity_type="breach_case", entity_id=str(i),
                details=json.dumps({"reference": f"BC-2026-{i:04d}"}), prev_mac=prev, key_id=signer.key_id,
            )  # fmt: skip
            row.mac = event_hash(ws.db_id, row)
            batch.append(
                {**vars(row), "at": row.at.replace(tzinfo=None).isoformat(sep=" "), "format": 2,
                 "signature": signer.sign(row.mac)}
            )  # fmt: skip
            prev = row.mac
            if len(batch) == 20000:
                _insert(conn, batch)
                batch = []
        _insert(conn, batch)


def _insert(conn, batch) -> None:  # type: ignore[no-untyped-def]
    if batch:
        names = list(batch[0])
        conn.execute(
            text(
                f"INSERT INTO audit_events ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})"
            ),
            batch,
        )


def main(events: int = 1_000_000) -> None:
    from lcs_desktop.paths import AppPaths
    from lcs_desktop.services.audit_log import verify_workspace
    from lcs_desktop.services.auth import Authenticator
    from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS

    median, best = signing_cost_ms()
    print(f"signing: hash + Ed25519 per audit event {median:.3f} ms (best {best:.3f}; goal < 1 ms)")
    with tempfile.TemporaryDirectory() as folder:
        auth = Authenticator(AppPaths.under(Path(folder)), kdf=FAST_KDF_FOR_TESTS)
        session, _ = auth.set_up("Bench", "admin", "Ada Admin", "Tall-Giraffe-Meadow-42")
        start = time.perf_counter()
        _fill(session, events)
        print(f"filled {events:,} signed events in {time.perf_counter() - start:.1f} s")
        for label, full in (
            ("default (every link and hash, each key's newest signature)", False),
            ("full (every signature, as after a failed default check)", True),
        ):
            seen: list[int] = []
            start, cpu = time.perf_counter(), time.process_time()
            result = verify_workspace(
                session.workspace, progress=lambda done, _total, seen=seen: seen.append(done), full=full
            )
            took, cpu = time.perf_counter() - start, time.process_time() - cpu
            # CPU time too: on a shared machine the wall clock counts other people's work.
            print(
                f"verify {label}: {result.events:,} events in {took:.1f} s wall, {cpu:.1f} s CPU "
                f"({took * 1e6 / max(result.events, 1):.1f} µs each; goal < 60 s for 1,000,000; "
                f"{cpu / 60:.2f}x the goal in CPU time), {len(seen)} progress reports, ok={result.ok}"
            )
        session.workspace.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
