"""The Audit log page's reads at 200 000 events: one page of sentences, the filters' choices.

Not collected by pytest. Run: python tests/benchmarks/bench_audit_log.py [events]
The events are inserted straight into the table (their chain is not valid: this measures
reading, which never verifies). Each figure is the median of several runs, in milliseconds.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.sql import func

from lcs_desktop.paths import AppPaths
from lcs_desktop.services.audit_log import AuditFilter
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.conftest import MemorySecretStore

RUNS = 7
ACTIONS = ("case_viewed", "case_risk_rated", "person_viewed", "check_viewed", "access_refused")


def _fill(session, events: int) -> None:  # type: ignore[no-untyped-def]
    ws = session.workspace
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with ws.reading() as s:
        last = s.scalar(select(func.max(AuditEvent.seq))) or 0
    batch = []
    for i in range(events):
        action = ACTIONS[i % len(ACTIONS)]
        details = {"changes": {"risk": [None, "high"]}} if action == "case_risk_rated" else {}
        if action == "access_refused":
            details = {"attempted": "case_viewed"}
        batch.append(
            {
                "seq": last + 1 + i,
                "at": start + timedelta(seconds=60 * i),
                "actor_id": 1,
                "actor": "admin",
                "action": action,
                "entity_type": "breach_case",
                "entity_id": str(i % 5000 + 1),
                "details": json.dumps(details),
                "prev_mac": "0" * 64,
                "mac": "0" * 64,
            }
        )
    with ws.database.engine.begin() as connection:
        connection.execute(insert(AuditEvent), batch)


def _time(what: str, fn: Callable[[], object]) -> None:
    runs = []
    for _ in range(RUNS):
        started = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - started) * 1000)
    print(f"{what:<42} {statistics.median(runs):7.1f} ms  ({min(runs):.1f}-{max(runs):.1f})")


def main(events: int) -> None:
    folder = Path(tempfile.mkdtemp())
    auth = Authenticator(AppPaths.under(folder), MemorySecretStore(), kdf=FAST_KDF_FOR_TESTS)
    session, _recovery = auth.set_up("Bench", "admin", "Ada Admin", "Tall-Giraffe-Meadow-42")
    try:
        _fill(session, events)
        log, user = session.audit_log, session.user
        print(f"{events} audit events")
        _time("count (no filter)", lambda: log.count(user))
        _time("first page of 200 sentences", lambda: log.events(user, limit=200))
        _time("page of 200 at offset 100 000", lambda: log.events(user, offset=100_000, limit=200))
        refused = AuditFilter(action="access_refused")
        _time("Refused attempts: count", lambda: log.count(user, refused))
        _time("Refused attempts: first page", lambda: log.events(user, refused, limit=200))
        _time("Person filter choices (full names)", lambda: log.actor_choices(user))
        _time("Action filter choices (words)", lambda: log.action_choices(user))
    finally:
        session.workspace.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
