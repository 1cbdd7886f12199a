"""Breach cases (issue 4, speed): opening a big case, and the case list at 100 000 cases.

Not collected by pytest. Run: python tests/benchmarks/bench_cases.py [cases]
Goals: a case with 500 chronology entries and 40 evidence images opens (the service call
returning the whole detail, audited view included) in < 300 ms; the case list's first page
and its filters at 100 000 cases in < 100 ms at the median. Each figure: median of 7 (min-max),
and for the list's SQL the SQLCipher / plain-SQLite ratio on an exported plain copy.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from lcs_desktop.domain.roles import Role
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.accounts import to_current
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.services.case_types import CaseFilter
from lcs_desktop.services.demo_cases import generate_bulk_cases
from lcs_desktop.services.demo_images import screenshot_png
from lcs_desktop.store.base import utcnow
from lcs_desktop.store.engine import connect_raw
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS

RUNS = 7


class _Secrets:
    available = True

    def __init__(self) -> None:
        self.items: dict[str, bytes] = {}

    def get(self, name: str) -> bytes | None:
        return self.items.get(name)

    def put(self, name: str, secret: bytes) -> None:
        self.items[name] = secret

    def delete(self, name: str) -> None:
        self.items.pop(name, None)


def _time(op: Callable[[], object]) -> tuple[float, float, float]:
    op()  # warm, as a working app would be
    runs = []
    for _ in range(RUNS):
        start = time.perf_counter()
        op()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs), min(runs), max(runs)


def _show(name: str, figures: tuple[float, float, float], goal: float) -> None:
    verdict = "ok" if figures[0] < goal else "SLOW"
    print(
        f"  {name:52s} {figures[0]:8.2f} ms ({figures[1]:.2f}-{figures[2]:.2f})  goal < {goal:.0f}  {verdict}"
    )


def _big_case(org, people: list[int]) -> int:  # type: ignore[no-untyped-def]
    lead = org.user
    now = utcnow()
    cid = org.cases.report_concern(
        lead,
        subject_person_id=people[0],
        concern_at=now - timedelta(days=400),
        reported_at=now - timedelta(days=399),
        raised_by="Colleague",
        raised_by_kind="staff",
        what_was_seen="A long-running case for the benchmark.",
        breach_types=["private_communication", "connection_with_family"],
        platforms=["whatsapp", "facebook"],
    ).case_id
    entries = []
    for i in range(499):  # plus the intake's own entry: 500
        entries.append(
            org.cases.add_entry(
                lead,
                cid,
                kind=("note", "interview", "meeting", "evidence_received", "letter_sent")[i % 5],
                occurred_at=now - timedelta(days=399) + timedelta(hours=i * 12),
                summary=f"Entry {i + 1}: what happened and who was told",
                details="A realistic paragraph of notes on the conversation, the evidence looked at and the "
                "next steps agreed with the investigating officer. " * 4,
                participants="Investigating officer; subject; note-taker",
            )
        )
    for i in range(40):
        org.cases.attach_evidence(
            lead, cid, f"shot-{i}.png", screenshot_png("facebook", i), entry_id=entries[i * 12]
        )
    for kind in ("lado", "ico", "police"):
        org.cases.record_referral(lead, cid, kind=kind, state="needed")
    return cid


LIST_SQL = (
    "SELECT c.id, c.reference, p.first_name, p.last_name, c.status, c.risk, c.reported_at, u.full_name, "
    "c.next_due_at FROM breach_cases c JOIN people p ON p.id = c.subject_person_id "
    "LEFT JOIN users u ON u.id = c.investigating_officer_id {where} "
    "ORDER BY c.reported_at DESC, c.id DESC LIMIT 100"
)


def main(count: int = 100_000) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths.under(Path(folder))
        auth = Authenticator(paths, _Secrets(), kdf=FAST_KDF_FOR_TESTS)
        org, _recovery = auth.set_up("Bench", "lead", "Lee Lead", "Tall-Giraffe-Meadow-42")
        org.accounts.add_user(org.user, "mona", "Mona Manager", frozenset({Role.MANAGER}))
        manager = to_current(org.workspace.load_user("mona"))
        people = [
            org.people.add_person(
                org.user, first_name=f"Pat{i}", last_name="Subject", kind="staff", reference=f"S-{i}"
            )
            for i in range(200)
        ]
        started = time.perf_counter()
        big = _big_case(org, people)
        print(f"Big case made through the services in {time.perf_counter() - started:.1f} s")
        print("Opening a case (500 chronology entries, 40 evidence images), median of 7 (min-max):")
        detail = org.cases.open_case(org.user, big)
        assert len(detail.chronology) == 500
        _show("open_case (detail + audited view)", _time(lambda: org.cases.open_case(org.user, big)), 300)

        started = time.perf_counter()
        generate_bulk_cases(org.workspace, count=count)
        print(f"{count:,} cases generated in {time.perf_counter() - started:.1f} s")
        org.workspace.database.engine.dispose()
        cases, lead = org.cases, org.user
        print(f"Case list at {count:,} cases, first page of 100:")
        _show("first page (lead, all cases)", _time(lambda: cases.list_cases(lead)), 100)
        _show(
            "filter: status = investigating",
            _time(lambda: cases.list_cases(lead, CaseFilter(status="investigating"))),
            100,
        )
        _show(
            "filter: overdue only", _time(lambda: cases.list_cases(lead, CaseFilter(overdue_only=True))), 100
        )
        _show(
            "filter: officer", _time(lambda: cases.list_cases(lead, CaseFilter(officer_id=manager.id))), 100
        )
        _show("manager's own cases (visibility)", _time(lambda: cases.list_cases(manager)), 100)
        _show("Home page overdue summary (lead)", _time(lambda: cases.home_summary(lead)), 100)

        # The same list SQL on SQLCipher and on a plain copy: what the encryption costs.
        db_path = org.workspace.database.path
        cipher = connect_raw(db_path, org.workspace.key)
        plain_path = Path(folder) / "plain.db"
        cipher.execute(f"ATTACH DATABASE '{plain_path}' AS plaintext KEY ''")
        cipher.execute("SELECT sqlcipher_export('plaintext')")
        cipher.execute("DETACH DATABASE plaintext")
        plain = sqlite3.connect(plain_path)
        plain.execute("ANALYZE")  # the export does not carry the planner's statistics
        print("List SQL, SQLCipher vs plain SQLite (ratio):")
        for name, where in (
            ("first page", ""),
            ("status filter", "WHERE c.status = 'investigating'"),
            ("overdue filter", "WHERE c.next_due_at < '2100-01-01'"),
        ):
            sql = LIST_SQL.format(where=where)
            c = _time(lambda sql=sql: cipher.execute(sql).fetchall())
            p = _time(lambda sql=sql: plain.execute(sql).fetchall())
            print(
                f"  {name:20s} cipher {c[0]:7.2f} ({c[1]:.2f}-{c[2]:.2f})  plain {p[0]:7.2f} "
                f"({p[1]:.2f}-{p[2]:.2f})  ratio {c[0] / p[0] if p[0] else float('nan'):4.2f}x"
            )
        cipher.close()
        plain.close()
        org.sign_out()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
