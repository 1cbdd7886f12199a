"""The lists at scale (issue 12): first query after sign-in cold and warm, search from the last
key to the repaint, and scrolling to the last row, at 100 000 people / 200 000 checks /
100 000 cases by default.

Not collected by pytest. Run: QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_lists.py
[people] [checks] [cases]. Builds a real encrypted organisation in a temporary folder with the
bulk generators, and a plain SQLite copy of it (sqlcipher_export: same schema, same rows) for
the ratios. Each figure is the median of several runs (min-max).

"Cold" is the first query on a new connection (the engine disposed, as after sign-in or
unlock: SQLCipher's page cache is empty; the OS file cache is warm for both files alike).
"After warm-up" is the same first query once the background warm-up has run.
"""

from __future__ import annotations

import contextlib
import gc
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.cases.cases_page import CasesPage
from lcs_desktop.gui.checks.checks_page import ChecksPage
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.people.people_page import PeoplePage
from lcs_desktop.paths import DB_NAME, AppPaths
from lcs_desktop.services import keyset
from lcs_desktop.services.accounts import to_current
from lcs_desktop.services.audit_log import AuditLogService
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.services.bulk_records import generate_bulk
from lcs_desktop.services.cases import CaseService
from lcs_desktop.services.checks import ChecksService
from lcs_desktop.services.demo_cases import generate_bulk_cases
from lcs_desktop.services.people import PeopleService
from lcs_desktop.services.warm_up import warm_caches
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.database import Database
from lcs_desktop.store.engine import connect_raw
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.benchmarks.bench_checks import _MemoryStore, _NoLock, _plain_engine, _PlainWorkspace

RUNS = 9
WORDS = ("smith", "ngu", "jordan", "kel", "APP-0001")
DRAG_STEPS = 20  # a thumb dragged to the bottom in about a third of a second
KEY_GAP_MS = 60  # a quick typist: ~170 keys a minute


def _time(
    op: Callable[[], object], runs: int = RUNS, before: Callable[[], object] | None = None
) -> list[float]:
    samples = []
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        op()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _time_pair(
    a: Callable[[], object],
    before_a: Callable[[], object],
    b: Callable[[], object],
    before_b: Callable[[], object],
) -> tuple[list[float], list[float]]:
    """Two operations timed in turn, run by run: a burst of load from elsewhere on this shared
    machine then falls on both sides alike rather than on whichever ran during it."""
    first: list[float] = []
    second: list[float] = []
    for _ in range(RUNS):
        first += _time(a, runs=1, before=before_a)
        second += _time(b, runs=1, before=before_b)
    return first, second


def _fmt(samples: list[float]) -> str:
    return f"{statistics.median(samples):7.1f} ({min(samples):.1f}-{max(samples):.1f})"


def _first_reads(ws: Workspace, user) -> dict[str, Callable[[], object]]:  # type: ignore[no-untyped-def]
    """What each list (and Home) reads when it is first shown."""
    people, checks, cases, audit = PeopleService(ws), ChecksService(ws), CaseService(ws), AuditLogService(ws)
    return {
        "People (count + first 200)": lambda: (
            people.count_people(user),
            people.list_people(user, limit=200),
        ),
        "Recruitment checks (count + first 200)": lambda: (
            checks.count_checks(user),
            checks.list_checks(user, limit=200),
        ),
        "Breach cases (first 100 + total)": lambda: cases.list_cases(user),
        "Home summary (clocks)": lambda: cases.home_summary(user),
        "Audit log (first 200 events)": lambda: audit.events(user, limit=200),
    }


def _measure_reads(session, plain_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    ws, user = session.workspace, session.user
    cipher_ops, plain_ops = _first_reads(ws, user), _first_reads(plain_ws, user)

    def cold_cipher() -> None:
        ws.database.engine.dispose()

    def cold_plain() -> None:
        plain_ws.database.engine.dispose()

    def warmed() -> None:
        ws.database.engine.dispose()
        warm_caches(session)

    width = max(len(n) for n in cipher_ops)
    print(f"\nFirst query of each list, ms, median (min-max) of {RUNS}; ratio = SQLCipher / plain SQLite")
    print(f"{'list':<{width}}  {'cold SQLCipher':>22} {'cold plain':>22}  ratio  {'after warm-up':>22}")
    for name, op in cipher_ops.items():
        cold, plain = _time_pair(op, cold_cipher, plain_ops[name], cold_plain)
        after = _time(op, before=warmed)
        ratio = statistics.median(cold) / statistics.median(plain)
        print(f"{name:<{width}}  {_fmt(cold):>22} {_fmt(plain):>22}  {ratio:4.2f}x {_fmt(after):>22}")
    print("\nWarm (the same query again), ms; ratio = SQLCipher / plain SQLite")
    for name, op in cipher_ops.items():
        op(), plain_ops[name]()
        warm, plain = _time_pair(op, lambda: None, plain_ops[name], lambda: None)
        ratio = statistics.median(warm) / statistics.median(plain)
        print(f"{name:<{width}}  {_fmt(warm):>22} {_fmt(plain):>22}  {ratio:4.2f}x")


# The first page of checks and cases as SQL, before migration 0018 (joined to people for the
# name) and after (the copies kept on the row), run cold on both files: the plain copy has the
# copies too, so "same shape" ratios are SQLCipher's own cost, and "old plain" is what the
# lists cost on plain SQLite before 0018.
SHAPES = {
    "checks": (
        "SELECT c.id, c.reference, c.person_id, p.first_name, p.last_name, p.reference, c.role_applied_for, "
        "c.status, c.result, u.full_name, c.created_at, c.completed_at FROM checks c "
        "JOIN people p ON p.id = c.person_id JOIN users u ON u.id = c.checker_id "
        "ORDER BY c.created_at DESC, c.id DESC LIMIT 200",
        "SELECT c.id, c.reference, c.person_id, c.person_name, c.person_reference, c.role_applied_for, "
        "c.status, c.result, u.full_name, c.created_at, c.completed_at FROM checks c "
        "JOIN users u ON u.id = c.checker_id ORDER BY c.created_at DESC, c.id DESC LIMIT 200",
    ),
    "cases": (
        "SELECT b.id, b.reference, p.first_name, p.last_name, b.status, b.risk, b.reported_at, u.full_name, "
        "b.next_due_at, b.late_report FROM breach_cases b JOIN people p ON p.id = b.subject_person_id "
        "LEFT JOIN users u ON u.id = b.investigating_officer_id "
        "ORDER BY b.reported_at DESC, b.id DESC LIMIT 100",
        "SELECT b.id, b.reference, b.subject_name, b.status, b.risk, b.reported_at, u.full_name, "
        "b.next_due_at, b.late_report FROM breach_cases b "
        "LEFT JOIN users u ON u.id = b.investigating_officer_id "
        "ORDER BY b.reported_at DESC, b.id DESC LIMIT 100",
    ),
}


def _measure_shapes(cipher_engine, plain_engine) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    def query(engine, sql: str) -> Callable[[], None]:  # type: ignore[no-untyped-def]
        def op() -> None:
            with engine.connect() as connection:
                connection.execute(text(sql)).all()

        return op

    print("\nFirst page as SQL, cold, ms: joined to people (before 0018) and from the kept copies (after)")
    for name, (joined, kept) in SHAPES.items():
        cipher_old, plain_old = _time_pair(
            query(cipher_engine, joined),
            cipher_engine.dispose,
            query(plain_engine, joined),
            plain_engine.dispose,
        )
        cipher_new, plain_new = _time_pair(
            query(cipher_engine, kept), cipher_engine.dispose, query(plain_engine, kept), plain_engine.dispose
        )
        old, new = statistics.median(plain_old), statistics.median(plain_new)
        joined_ratio, kept_ratio = statistics.median(cipher_old) / old, statistics.median(cipher_new) / new
        print(
            f"  {name}: plain joined {_fmt(plain_old)}  plain kept {_fmt(plain_new)}\n"
            f"    SQLCipher joined {_fmt(cipher_old)} ({joined_ratio:.2f}x same shape)  "
            f"SQLCipher kept {_fmt(cipher_new)} ({kept_ratio:.2f}x same shape, "
            f"{statistics.median(cipher_new) / old:.2f}x old plain)"
        )


def _wait(until: Callable[[], bool], timeout: float = 10.0) -> None:
    end = time.perf_counter() + timeout
    while not until():
        QCoreApplication.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the page did not answer")
        time.sleep(0.0005)


def _measure_search(context: PageContext) -> None:
    """From the last key of a word typed at KEY_GAP_MS to the list repainted with its answer."""
    page = PeoplePage(context)
    page.resize(1000, 700)
    page.show()
    QTest.qWaitForWindowExposed(page)
    QCoreApplication.processEvents()
    edit, table = page.ui.search_edit, page.ui.people_table
    people, user = context.session.people, context.session.user
    samples: list[float] = []
    queries = 0
    for _ in range(3):
        for word in WORDS:
            expected = people.count_people(user, query=word)
            edit.clear()
            _wait(lambda: page.model.total > 1000)  # the whole list back before the next word
            before_answer = page._generation
            for number, char in enumerate(word):
                if number:  # the gap before each key after the first
                    step_end = time.perf_counter() + KEY_GAP_MS / 1000
                    while time.perf_counter() < step_end:
                        QCoreApplication.processEvents()
                        time.sleep(0.0005)
                QTest.keyClicks(edit, char)
            last_key = time.perf_counter()
            _wait(
                lambda word=word, expected=expected, before=before_answer: (
                    edit.text() == word
                    and page._generation > before
                    and page.ui.count_label.text() != "Searching…"
                    and page.model.total == expected
                )
            )
            table.viewport().repaint()
            samples.append((time.perf_counter() - last_key) * 1000)
            queries += page._generation - before_answer
    print(
        f"\nSearch, last key to repaint at {KEY_GAP_MS} ms between keys ({len(samples)} words): "
        f"{_fmt(samples)} ms (goal < 100); {queries} queries for {sum(len(w) for w in WORDS) * 3} keys"
    )
    page.close()
    page.deleteLater()


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 1e6


def _measure_scrolling(context: PageContext) -> None:
    """Each list: jump to the last row (Ctrl+End), then drag the scroll bar from the top to the
    bottom in DRAG_STEPS steps, each one repainted; the old OFFSET read of the last page as the
    baseline. The view is a real QTableView, offscreen: each repaint costs ~25-40 ms here."""
    print(
        "\nScrolling to the last row, ms, median (min-max); baseline = the last page read by OFFSET (before)"
    )
    session = context.session
    lists = (
        (
            "People",
            PeoplePage,
            lambda p: p.ui.people_table,
            lambda: session.people.count_people(session.user),
            lambda n: session.people.list_people(session.user, offset=n - 200, limit=200),
        ),
        (
            "Recruitment checks",
            ChecksPage,
            lambda p: p.ui.checks_table,
            lambda: session.checks.count_checks(session.user),
            lambda n: session.checks.list_checks(session.user, offset=n - 200, limit=200),
        ),
        (
            "Breach cases",
            CasesPage,
            lambda p: p.ui.cases_table,
            lambda: session.cases.list_cases(session.user, limit=1).total,
            lambda n: session.cases.list_cases(session.user, offset=n - 100, limit=100),
        ),
    )
    long_skip = keyset.LONG_SKIP
    for name, page_type, table_of, count, offset_read in lists:
        total = count()
        jumps, drags, paints, growth, held = [], [], [], [], 0
        for _ in range(5):
            page = page_type(context)
            page.resize(1000, 700)
            page.show()
            QTest.qWaitForWindowExposed(page)
            QCoreApplication.processEvents()
            table = table_of(page)
            table.viewport().repaint()
            gc.collect()
            rss = _rss_mb()
            start = time.perf_counter()
            table.viewport().repaint()  # the paint alone, rows already read: what a jump adds to it
            paints.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            table.scrollToBottom()
            table.viewport().repaint()
            jumps.append((time.perf_counter() - start) * 1000)
            bottom = table.indexAt(table.viewport().rect().bottomLeft() - QPoint(0, 2)).row()
            assert bottom == total - 1, f"the last row is shown ({bottom})"
            bar = table.verticalScrollBar()
            bar.setValue(0)
            table.viewport().repaint()
            start = time.perf_counter()
            for step in range(1, DRAG_STEPS + 1):
                bar.setValue(bar.maximum() * step // DRAG_STEPS)
                table.viewport().repaint()
            drags.append((time.perf_counter() - start) * 1000)
            gc.collect()
            growth.append(_rss_mb() - rss)
            held = max(held, table.model().held_rows)
            page.close()
            page.deleteLater()
            QCoreApplication.processEvents()
        keyset.LONG_SKIP = 10**9  # the old way: the page query skips every row by OFFSET
        baseline = _time(lambda read=offset_read, n=total: read(n), runs=5)
        keyset.LONG_SKIP = long_skip
        ratio = statistics.median(jumps) / statistics.median(baseline)
        print(
            f"  {name:<20} {total:>8,} rows  jump to last {_fmt(jumps)}  drag to last {_fmt(drags)}\n"
            f"  {'':<20} repaint alone {_fmt(paints)}; old OFFSET read of the last page {_fmt(baseline)}"
            f" (jump / that {ratio:.2f}x)"
            f"  rows held {held:,}  RSS growth {statistics.median(growth):+.1f} MB"
        )


def main(people: int = 100_000, checks: int = 200_000, cases: int = 100_000) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="lcs-bench-") as tmp:
        paths = AppPaths.under(Path(tmp))
        auth = Authenticator(paths, _MemoryStore(), kdf=FAST_KDF_FOR_TESTS)
        session, _ = auth.set_up("Bench org", "lead", "Bench Lead", "Tall-Giraffe-Meadow-42")
        session.accounts.add_user(session.user, "checker", "Bench Checker", frozenset({Role.CHECKER}))
        checker = to_current(session.workspace.load_user("checker"))
        start = time.perf_counter()
        generate_bulk(session.workspace, checker.id, people=people, checks=checks)
        generate_bulk_cases(session.workspace, count=cases)
        took = time.perf_counter() - start
        print(f"generated {people:,} people, {checks:,} checks, {cases:,} cases in {took:.0f} s")
        plain_dir = Path(tmp) / "plain"
        plain_dir.mkdir()
        raw = connect_raw(session.workspace.database.path, session.workspace.key)
        raw.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(plain_dir / DB_NAME),))
        raw.execute("SELECT sqlcipher_export('plaintext')")
        raw.execute("DETACH DATABASE plaintext")
        raw.close()
        plain_db = Database(plain_dir, _plain_engine(plain_dir / DB_NAME), _NoLock())  # type: ignore[arg-type]
        plain_ws = _PlainWorkspace(paths, session.workspace.slots, plain_db, session.workspace.key)

        _measure_reads(session, plain_ws)
        _measure_shapes(session.workspace.database.engine, plain_db.engine)
        context = PageContext(session, navigate=lambda _key: None)
        _measure_search(context)
        _measure_scrolling(context)
        plain_db.engine.dispose()
        with contextlib.suppress(Exception):
            session.sign_out()
    del app
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak process RSS {rss:.0f} MB")


if __name__ == "__main__":
    main(*[int(a) for a in sys.argv[1:4]])
