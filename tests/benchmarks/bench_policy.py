"""The policy register at scale (issue 10): with 100 000 people (75 000 of them staff, volunteers
and committee members), Home's policy items, the pending count and list pages, a 20 000-row
acknowledgement import and the pending export.

Not collected by pytest. Run: QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_policy.py
[people]. Each figure is the median of several runs (min-max), in milliseconds.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from lcs_desktop.paths import AppPaths
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.services.bulk_records import generate_bulk
from lcs_desktop.services.policy_desk import desk_items
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.benchmarks.bench_checks import _MemoryStore

RUNS = 7


def _time(op: Callable[[], object], runs: int = RUNS) -> str:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        op()
        samples.append((time.perf_counter() - start) * 1000)
    return f"{statistics.median(samples):8.1f} ({min(samples):.1f}-{max(samples):.1f})"


def main(people: int = 100_000) -> None:
    with tempfile.TemporaryDirectory(prefix="lcs-bench-") as tmp:
        auth = Authenticator(AppPaths.under(Path(tmp)), _MemoryStore(), kdf=FAST_KDF_FOR_TESTS)
        session, _ = auth.set_up("Bench org", "lead", "Bench Lead", "Tall-Giraffe-Meadow-42")
        generate_bulk(session.workspace, session.user.id, people=people, checks=0)
        ws, user, acks = session.workspace, session.user, session.acknowledgements
        today = ws.today()
        # Every fourth person is an applicant; the volunteers (kind index 1) get a 20 000-row file.
        refs = [f"VOL-{i:06d}" for i in range(1, people, 4)][:20_000]
        sheet = ("reference;acknowledged_on\r\n" + "".join(f"{r};3 December 2025\r\n" for r in refs)).encode()
        start = time.perf_counter()
        imported = acks.import_acknowledgements(user, sheet)
        print(
            f"import of {imported:,} acknowledgements (preview + write): {time.perf_counter() - start:.2f} s"
        )
        pending = acks.count(user, pending_only=True)
        print(f"{pending:,} not yet acknowledged")
        print("Home policy items            ", _time(lambda: desk_items(ws, user, today)))
        print("pending count                ", _time(lambda: acks.count(user, pending_only=True)))
        print(
            "pending first page (100)     ",
            _time(lambda: acks.list_acknowledgements(user, pending_only=True, limit=100)),
        )
        print(
            "pending last page (backwards)",
            _time(lambda: acks.list_acknowledgements(user, pending_only=True, limit=100, backwards=True)),
        )
        print("all, first page (100)        ", _time(lambda: acks.list_acknowledgements(user, limit=100)))
        target = Path(tmp) / "pending"
        print("pending export to XLSX       ", _time(lambda: acks.export(user, target, "xlsx"), runs=1))
        print("pending export to CSV        ", _time(lambda: acks.export(user, target, "csv"), runs=3))
        session.sign_out()


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))
