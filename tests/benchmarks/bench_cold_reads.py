"""Home and the Audit log page, cold and warm, against plain SQLite (issue 12), at 100 000 people /
200 000 checks / 100 000 cases / 400 000 audit events by default.

Not collected by pytest. Run: python tests/benchmarks/bench_cold_reads.py [people] [checks] [cases] [events]
"Cold" is the first read on a new connection (the engine disposed, as after sign-in or unlock:
SQLCipher's page cache empty, the OS file cache warm for both files); "after warm-up" is the
same once ``warm_caches`` has run (as it does in the background after sign-in and unlock);
"warm" is the same read again. Plain SQLite is a sqlcipher_export copy (same schema, same rows),
read twice: through the same SQLite library without a key (so the ratio is encryption's own
cost), and through Python's own sqlite3 (an older SQLite, built without STAT4: it plans some
queries differently, the audit page's 30-day window among them).
Each: median (min-max) of several runs, wall clock and the thread's CPU time (the machine is
shared: CPU time is what this work costs, wall time also counts other people's), with the
ratio of the medians to plain SQLite.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from lcs_desktop.domain.roles import Role
from lcs_desktop.paths import DB_NAME, AppPaths
from lcs_desktop.services.accounts import to_current
from lcs_desktop.services.audit_log import AuditFilter, AuditLogService
from lcs_desktop.services.audit_sentences import REFUSED_ACTION
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.services.bulk_records import generate_bulk
from lcs_desktop.services.cases import CaseService
from lcs_desktop.services.demo_cases import generate_bulk_cases
from lcs_desktop.services.desk import desk_items
from lcs_desktop.services.warm_up import warm_caches
from lcs_desktop.store.database import Database
from lcs_desktop.store.engine import connect_raw
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.benchmarks.bench_audit_page import fill
from tests.benchmarks.bench_checks import _MemoryStore, _NoLock, _plain_engine, _PlainWorkspace

RUNS = 9


def _same_library_engine(path: Path):  # type: ignore[no-untyped-def]
    """The plain copy through sqlcipher3's own SQLite, no key: the same build, planner and statistics."""
    import sqlcipher3
    from sqlalchemy import create_engine, event

    from lcs_desktop.store.engine import configure_connection

    engine = create_engine(
        f"sqlite:///{path.as_posix()}", module=sqlcipher3.dbapi2, connect_args={"check_same_thread": False}
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        configure_connection(dbapi_connection)
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN")

    return engine


def _reads(ws, user) -> dict[str, Callable[[], object]]:  # type: ignore[no-untyped-def]
    cases, audit = CaseService(ws), AuditLogService(ws)
    now = ws.now()
    window = AuditFilter(since=now - timedelta(days=30), until=now + timedelta(days=1))
    return {
        "Home (desk + clocks)": lambda: (desk_items(ws, user, ws.today()), cases.home_summary(user)),
        "Home clocks alone (bench_lists)": lambda: cases.home_summary(user),
        "Audit page first reads": lambda: (
            audit.actor_choices(user),
            audit.action_choices(user),
            audit.count(user, AuditFilter(action=REFUSED_ACTION)),
            audit.events(user, window, limit=200),
            audit.count(user, window),
        ),
        "Audit first 200 (bench_lists)": lambda: audit.events(user, limit=200),
    }


def _run(op: Callable[[], object], before: Callable[[], object]) -> tuple[float, float]:
    before()
    wall, cpu = time.perf_counter(), time.thread_time()
    op()
    return (time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000


def _fmt(samples: list[float]) -> str:
    return f"{statistics.median(samples):6.1f} ({min(samples):.1f}-{max(samples):.1f})"


def main(people: int, checks: int, cases: int, events: int) -> None:
    with tempfile.TemporaryDirectory(prefix="lcs-bench-") as tmp:
        paths = AppPaths.under(Path(tmp))
        auth = Authenticator(paths, _MemoryStore(), kdf=FAST_KDF_FOR_TESTS)
        session, _ = auth.set_up("Bench org", "lead", "Bench Lead", "Tall-Giraffe-Meadow-42")
        session.accounts.add_user(session.user, "checker", "Bench Checker", frozenset({Role.CHECKER}))
        checker = to_current(session.workspace.load_user("checker"))
        started = time.perf_counter()
        generate_bulk(session.workspace, checker.id, people=people, checks=checks)
        generate_bulk_cases(session.workspace, count=cases)
        fill(session, events)
        session.workspace.database.checkpoint()
        print(
            f"{people:,} people, {checks:,} checks, {cases:,} cases, {events:,} audit events "
            f"({time.perf_counter() - started:.0f} s to make)"
        )
        plain_dir = Path(tmp) / "plain"
        plain_dir.mkdir()
        raw = connect_raw(session.workspace.database.path, session.workspace.key)
        raw.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(plain_dir / DB_NAME),))
        raw.execute("SELECT sqlcipher_export('plaintext')")
        raw.execute("DETACH DATABASE plaintext")
        raw.close()
        ws, user = session.workspace, session.user
        engines = {
            "same SQLite": _same_library_engine(plain_dir / DB_NAME),
            "stdlib": _plain_engine(plain_dir / DB_NAME),
        }
        plains = {
            name: _reads(_PlainWorkspace(paths, ws.slots, Database(plain_dir, e, _NoLock()), ws.key), user)  # type: ignore[arg-type]
            for name, e in engines.items()
        }
        cipher = _reads(ws, user)

        def warmed() -> None:
            ws.database.engine.dispose()
            warm_caches(session)

        print(f"ms, median (min-max) of {RUNS}; ratio = SQLCipher / plain SQLite (of the medians)")
        for name, op in cipher.items():
            cold, after, warm = [], [], []
            cold_plain: dict[str, list[tuple[float, float]]] = {p: [] for p in plains}
            warm_plain: dict[str, list[tuple[float, float]]] = {p: [] for p in plains}
            for _ in range(RUNS):  # in turn, so a burst of load elsewhere falls on all alike
                cold.append(_run(op, ws.database.engine.dispose))
                for p in plains:
                    cold_plain[p].append(_run(plains[p][name], engines[p].dispose))
                after.append(_run(op, warmed))
            for _ in range(RUNS):
                warm.append(_run(op, lambda: None))
                for p in plains:
                    warm_plain[p].append(_run(plains[p][name], lambda: None))
            print(f"\n{name}")
            for what, side, base in (
                ("cold", cold, cold_plain),
                ("after warm-up", after, cold_plain),
                ("warm", warm, warm_plain),
            ):
                for i, clock in ((0, "wall"), (1, "CPU ")):
                    mine = [s[i] for s in side]
                    line = f"  {what:<14}{clock} SQLCipher {_fmt(mine):>20}"
                    for p, samples in base.items():
                        theirs = [s[i] for s in samples]
                        ratio = statistics.median(mine) / statistics.median(theirs)
                        line += f" | plain, {p} {_fmt(theirs):>20} {ratio:4.2f}x"
                    print(line + ("  (goal <= 1.3x)" if what == "cold" else ""))
        for engine in engines.values():
            engine.dispose()
        ws.close()


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:5]]
    main(*(sizes + [100_000, 200_000, 100_000, 400_000][len(sizes) :]))
