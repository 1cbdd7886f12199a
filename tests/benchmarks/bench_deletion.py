"""Deleting 10 000 expired records in one review, with the checkpoint (issue 10, speed).

Not collected by pytest. Run: python tests/benchmarks/bench_deletion.py [people] [checks] [records] [cases]
Builds a real encrypted organisation in a temporary folder, fills it with the bulk generator,
then deletes ``records`` records in one call — half of them people (each with their checks),
half checks of other people — as the review queue would, with progress and a Cancel check,
and the scrub (search index merged, free pages reclaimed, WAL truncated) included.
Goal: 10 000 records < 60 s. Then 10 000 cases (three chronology entries each, one a
correction) are deleted, and 2 000 checks reduced to a minimal log.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from lcs_desktop.domain.record_refs import RecordRef
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.services.bulk_records import generate_bulk
from lcs_desktop.services.record_deletion import delete_records, reduce_checks
from lcs_desktop.store import record_purge
from lcs_desktop.store.checks import Check
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS


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


def _add_cases(ws, user_id: int, first_person: int, count: int) -> list[int]:  # type: ignore[no-untyped-def]
    at = ws.now().replace(tzinfo=None).isoformat(sep=" ")
    with ws.database.engine.begin() as conn:
        base = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM breach_cases").scalar() or 0
        entry = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM case_chronology").scalar() or 0
        cases, entries, children = [], [], []
        for n in range(count):
            case_id = base + n + 1
            cases.append((case_id, f"BC-B-{case_id:06d}", first_person + n, at, at, user_id, at, at))
            entries += [
                (entry + 1, case_id, None, at, user_id),
                (entry + 2, case_id, None, at, user_id),
                (entry + 3, case_id, entry + 1, at, user_id),
            ]
            entry += 3
            children.append((case_id, user_id, at))
        conn.exec_driver_sql(
            "INSERT INTO breach_cases (id, reference, subject_person_id, status, concern_at, reported_at, "
            "reported_to_id, raised_by, raised_by_kind, what_was_seen, immediate_actions, late_report, "
            "decision_reason, created_by_id, created_at, updated_at) VALUES "
            "(?, ?, ?, 'open', ?, ?, ?, 'A parent', 'parent_or_carer', 'Seen.', '', 0, '', ?, ?, ?)",
            [(c[0], c[1], c[2], c[3], c[4], c[5], c[5], c[6], c[7]) for c in cases],
        )
        conn.exec_driver_sql(
            "INSERT INTO case_chronology (id, case_id, kind, occurred_at, summary, details, participants, "
            "corrects_id, recorded_by_id, recorded_at) "
            "VALUES (?, ?, 'note', ?, 'Entry', 'Details.', '', ?, ?, ?)",
            [(e[0], e[1], e[3], e[2], e[4], e[3]) for e in entries],
        )
        conn.exec_driver_sql(
            "INSERT INTO case_referrals (case_id, kind, state, clock_start, reference, reason, notes, "
            "updated_by_id, updated_at) VALUES (?, 'lado', 'not_needed', ?, '', 'No.', '', ?, ?)",
            [(c[0], c[2], c[1], c[2]) for c in children],
        )
        conn.exec_driver_sql(
            "INSERT INTO case_affected (case_id, kind, reference, name, added_by_id, added_at) "
            "VALUES (?, 'child', 'C-1', 'A child', ?, ?)",
            children,
        )
    return [c[0] for c in cases]


def main(
    people: int = 50_000, check_count: int = 100_000, records: int = 10_000, cases: int = 10_000
) -> None:
    with tempfile.TemporaryDirectory(prefix="lcs-bench-") as tmp:
        paths = AppPaths.under(Path(tmp))
        auth = Authenticator(paths, _MemoryStore(), kdf=FAST_KDF_FOR_TESTS)
        session, _ = auth.set_up("Bench org", "lead", "Bench Lead", "Tall-Giraffe-Meadow-42")
        ws, lead = session.workspace, session.user
        start = time.perf_counter()
        generate_bulk(ws, lead.id, people=people, checks=check_count)
        ws.database.checkpoint()
        size = ws.database.path.stat().st_size
        print(
            f"generated {people:,} people and {check_count:,} checks in {time.perf_counter() - start:.1f} s"
        )
        print(f"database file {size / 1e6:.1f} MB")

        half = records // 2
        with ws.reading() as s:
            doomed_people = list(range(1, half + 1))
            checks = list(
                s.scalars(
                    select(Check.id)
                    .where(Check.person_id > half)
                    .order_by(Check.id)
                    .limit(records - half + 2000)
                )
            )
        refs = [RecordRef("person", p) for p in doomed_people] + [
            RecordRef("check", c) for c in checks[: records - half]
        ]
        ticks: list[tuple[int, int]] = []
        scrub_time: list[float] = []
        original = record_purge.scrub

        def timed_scrub(engine) -> bool:  # type: ignore[no-untyped-def]
            began = time.perf_counter()
            emptied = original(engine)
            scrub_time.append(time.perf_counter() - began)
            return emptied

        record_purge.scrub = timed_scrub  # type: ignore[assignment]
        start = time.perf_counter()
        report = delete_records(
            ws,
            lead,
            refs,
            reason="retention_reached",
            rule_code="BENCH",
            progress=lambda done, total: ticks.append((done, total)),
            cancelled=lambda: False,
        )
        took = time.perf_counter() - start
        print(
            f"deleted {len(report.done):,} records (+{len(report.with_person):,} checks with their people) "
            f"in {took:.1f} s — goal < 60 s; scrub (FTS merge, vacuum, WAL truncate) {scrub_time[0]:.1f} s; "
            f"{len(ticks)} progress reports; WAL emptied: {report.scrubbed}"
        )
        # Cases: each with three chronology entries (one correcting another), a referral and an
        # affected child, written straight into the tables as the bulk generator writes people.
        case_ids = _add_cases(ws, lead.id, first_person=half + 1, count=cases)
        start = time.perf_counter()
        gone = delete_records(
            ws, lead, [RecordRef("case", c) for c in case_ids], reason="retention_reached", rule_code="BENCH"
        )
        print(
            f"deleted {len(gone.done):,} cases (with {3 * len(gone.done):,} chronology entries) "
            f"in {time.perf_counter() - start:.1f} s"
        )
        reduce_ids = checks[records - half :]
        start = time.perf_counter()
        reduced = reduce_checks(ws, lead, reduce_ids, reason="retention_reached", rule_code="BENCH")
        print(f"reduced {len(reduced.done):,} checks in {time.perf_counter() - start:.1f} s")
        print(f"database file now {ws.database.path.stat().st_size / 1e6:.1f} MB")
        session.sign_out()


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:5]))
