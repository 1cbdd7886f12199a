"""People list, search-as-you-type and saving a finding with a 2 MB screenshot (issue 3, speed).

Not collected by pytest. Run: python tests/benchmarks/bench_checks.py [people] [checks]
Builds a real encrypted organisation in a temporary folder, fills it with the bulk generator
(100 000 people, 200 000 checks by default), then times the very service calls the GUI makes.
The same calls run against a plain SQLite copy (sqlcipher_export) for the ratio. Each figure
is the median of several runs with min-max; peak memory is printed at the end.
"""

from __future__ import annotations

import contextlib
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event

from lcs_desktop.domain.roles import Role
from lcs_desktop.paths import DB_NAME, AppPaths
from lcs_desktop.services.accounts import to_current
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.services.bulk_records import generate_bulk
from lcs_desktop.services.check_types import CheckDetailsInput, FindingInput
from lcs_desktop.services.checks import ChecksService
from lcs_desktop.services.people import PeopleService
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.database import Database
from lcs_desktop.store.engine import configure_connection, connect_raw
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS

RUNS = 15
TYPING = ("s", "sm", "smi", "smit", "smith", "n", "ng", "ngu", "zo", "zoë k", "APP-0001", "APP-00012")


class _MemoryStore:
    available = True

    def __init__(self) -> None:
        self.items: dict[str, bytes] = {}

    def get(self, name: str) -> bytes | None:
        return self.items.get(name)

    def put(self, name: str, secret: bytes) -> None:
        self.items[name] = secret

    def delete(self, name: str) -> None:
        self.items.pop(name, None)


class _NoLock:
    held = True

    def release(self) -> None:
        pass


class _PlainWorkspace(Workspace):
    """The same services over a plain SQLite copy; the audit head is not copied out."""

    def _record_head(self, head: Any) -> None:
        pass


def _plain_engine(path: Path):  # type: ignore[no-untyped-def]
    engine = create_engine(f"sqlite:///{path.as_posix()}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        configure_connection(dbapi_connection)
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def _time(op: Callable[[], object], runs: int = RUNS) -> tuple[float, float, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        op()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), min(samples), max(samples)


def _two_mb_png() -> bytes:
    # A screenshot that does not compress (photos do not): PNG signature, then noise.
    return b"\x89PNG\r\n\x1a\n" + os.urandom(2 * 1024 * 1024 - 8)


def _operations(workspace: Workspace, user, check_id: int) -> dict[str, Callable[[], object]]:  # type: ignore[no-untyped-def]
    people = PeopleService(workspace)
    checks = ChecksService(workspace)
    shot = _two_mb_png()
    finding = FindingInput(
        "facebook",
        "https://facebook.example/p/1",
        date.today() - timedelta(days=3),
        date.today(),
        "A public post.",
        "disrepute",
        "medium",
        "some",
    )

    def first_paint() -> None:
        people.count_people(user)
        people.list_people(user, offset=0, limit=100)

    def typing() -> None:
        for i in range(1, len(TYPING) + 1):
            query = TYPING[i - 1]
            people.count_people(user, query=query)
            people.list_people(user, query=query, limit=100)

    def one_keystroke() -> None:
        people.count_people(user, query="smi")
        people.list_people(user, query="smi", limit=100)

    def scroll_deep() -> None:
        people.list_people(user, offset=60_000, limit=100)

    return {
        "people list first paint (count + first 100)": first_paint,
        "search, one keystroke ('smi': count + page)": one_keystroke,
        f"search, {len(TYPING)} keystrokes in a row": typing,
        "people list page at row 60 000": scroll_deep,
        "save finding with a 2 MB screenshot": lambda: checks.add_finding(
            user, check_id, finding, [("s.png", shot)]
        ),
        "open a check (audited view)": lambda: checks.get_check(user, check_id),
    }


def main(people: int = 100_000, check_count: int = 200_000) -> None:
    with tempfile.TemporaryDirectory(prefix="lcs-bench-") as tmp:
        paths = AppPaths.under(Path(tmp))
        auth = Authenticator(paths, _MemoryStore(), kdf=FAST_KDF_FOR_TESTS)
        session, _ = auth.set_up("Bench org", "lead", "Bench Lead", "Tall-Giraffe-Meadow-42")
        session.accounts.add_user(session.user, "checker", "Bench Checker", frozenset({Role.CHECKER}))
        checker = to_current(session.workspace.load_user("checker"))
        start = time.perf_counter()
        generate_bulk(session.workspace, checker.id, people=people, checks=check_count)
        print(
            f"generated {people:,} people and {check_count:,} checks in {time.perf_counter() - start:.1f} s"
        )
        check_id = session.checks.create_check(
            checker, 1, CheckDetailsInput("Volunteer", "interview", "Lead", date.today(), "Proportionate.")
        )
        plain_dir = Path(tmp) / "plain"
        plain_dir.mkdir()
        raw = connect_raw(session.workspace.database.path, session.workspace.key)
        raw.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(plain_dir / DB_NAME),))
        raw.execute("SELECT sqlcipher_export('plaintext')")
        raw.execute("DETACH DATABASE plaintext")
        raw.close()
        plain_db = Database(plain_dir, _plain_engine(plain_dir / DB_NAME), _NoLock())  # type: ignore[arg-type]
        plain_ws = _PlainWorkspace(paths, session.workspace.slots, plain_db, session.workspace.key)

        tracemalloc.start()  # the operations' peak, not the generator's
        encrypted_ops = _operations(session.workspace, checker, check_id)
        plain_ops = _operations(plain_ws, checker, check_id)
        width = max(len(name) for name in encrypted_ops)
        print(f"{'operation':<{width}}  median ms (min-max)      plain SQLite ms   ratio")
        for name, op in encrypted_ops.items():
            op()  # warm the page cache, as a user's second look would
            plain_ops[name]()
            med, low, high = _time(op)
            plain_med, _, _ = _time(plain_ops[name])
            ratio = med / plain_med
            print(f"{name:<{width}}  {med:8.1f} ({low:.1f}-{high:.1f})   {plain_med:8.1f}   {ratio:5.2f}x")
        plain_db.engine.dispose()
        with contextlib.suppress(Exception):
            session.sign_out()
    _, peak = tracemalloc.get_traced_memory()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak Python memory while measuring (tracemalloc) {peak / 1e6:.0f} MB; peak process RSS {rss:.0f} MB"
    )


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    main(*args)
