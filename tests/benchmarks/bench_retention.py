"""The retention review queue at scale (issue 10): 100 000 people / 200 000 checks / 100 000
cases by default. Goal: the queue opens (count + first page + the audited view) in < 200 ms.

Not collected by pytest. Run: QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_retention.py
[people] [checks] [cases]. Builds a real encrypted organisation in a temporary folder with the
bulk generators (which write rows straight to the tables, so every record's retention date is
then worked out once, as after the upgrade that adds the schedule — that figure is shown too),
and opens the queue as the lead does: count, first page, a page deep in the list, a Home item.
Each figure: the median (min-max) of several runs.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from lcs_desktop.domain.clock import FixedClock
from lcs_desktop.domain.roles import Role
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.accounts import to_current
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.services.bulk_records import generate_bulk
from lcs_desktop.services.demo_cases import generate_bulk_cases
from lcs_desktop.services.retention import desk_items
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.conftest import MemorySecretStore

RUNS = 9
GOAL_MS = 200.0


def _time(op: Callable[[], object], runs: int = RUNS) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        op()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _fmt(samples: list[float]) -> str:
    return f"{statistics.median(samples):8.1f} ms ({min(samples):.1f}-{max(samples):.1f})"


def main(people: int, checks: int, cases: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths.under(Path(folder))
        auth = Authenticator(paths, MemorySecretStore(), kdf=FAST_KDF_FOR_TESTS)
        session, _ = auth.set_up("Bench org", "lead", "Bench Lead", "Tall-Giraffe-Meadow-42")
        session.accounts.add_user(session.user, "checker", "Bench Checker", frozenset({Role.CHECKER}))
        checker = to_current(session.workspace.load_user("checker"))
        started = time.perf_counter()
        generate_bulk(session.workspace, checker.id, people=people, checks=checks)
        generate_bulk_cases(session.workspace, count=cases)
        took = time.perf_counter() - started
        print(f"generated {people} people, {checks} checks, {cases} cases in {took:.0f} s")
        # Eleven years on, most records are past their date: the queue is as long as it gets.
        session.workspace.clock = FixedClock(session.workspace.now() + timedelta(days=11 * 366))

        service, lead = session.retention, session.user
        started = time.perf_counter()
        count = service.queue_count(lead)  # the first open works every date out once
        print(f"every record's retention date worked out once: {time.perf_counter() - started:.1f} s")
        print(f"records past their retention date: {count}")

        def open_queue() -> None:
            service.queue_count(lead)
            service.queue_page(lead, limit=100)

        first = service.queue_page(lead, limit=100)
        deep_key = first[-1].sort_key if first else None
        today = session.workspace.today()
        figures = {
            "open the queue (count + first 100, audited)": _time(open_queue),
            "next page (keyset, 100 rows)": _time(
                lambda: service.queue_page(lead, after=deep_key, limit=100)
            ),
            "Home desk item": _time(lambda: desk_items(session.workspace, lead, today)),
            "one record's retention line": _time(lambda: service.retention_for(lead, "check", 1)),
        }
        print(f"\nms, median (min-max) of {RUNS}; goal: open < {GOAL_MS:.0f} ms")
        width = max(len(n) for n in figures)
        for name, samples in figures.items():
            print(f"{name:<{width}}  {_fmt(samples)}")
        opened = statistics.median(figures["open the queue (count + first 100, audited)"])
        verdict = "within" if opened < GOAL_MS else "OVER"
        print(f"\nqueue opens in {opened:.1f} ms: {verdict} the {GOAL_MS:.0f} ms goal")
        session.workspace.close()


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:4]]
    defaults = [100_000, 200_000, 100_000]
    main(*(args + defaults[len(args) :]))
