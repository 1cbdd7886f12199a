"""SQLCipher against plain SQLite on the same operations (issue 2, speed).

Not collected by pytest. Run: python tests/benchmarks/bench_store.py [rows]
Prints each figure as the median of several runs with min-max, and the SQLCipher/SQLite ratio.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from lcs_desktop.store.engine import CACHE_KIB, connect_raw
from lcs_desktop.vault.crypto import new_key

RUNS = 7
WORDS = (
    "amber",
    "birch",
    "cedar",
    "delta",
    "ember",
    "fjord",
    "grove",
    "heath",
    "iris",
    "juniper",
    "kestrel",
    "linden",
    "maple",
    "nettle",
    "oriel",
    "poppy",
    "quartz",
    "rowan",
    "sorrel",
    "thistle",
)


def _schema(connection) -> None:  # type: ignore[no-untyped-def]
    connection.executescript(
        """
        CREATE TABLE person (id INTEGER PRIMARY KEY, last_name TEXT, first_name TEXT,
                             reference TEXT UNIQUE, kind TEXT, notes TEXT);
        CREATE INDEX ix_person_name ON person(last_name, first_name);
        CREATE VIRTUAL TABLE person_fts USING fts5(last_name, first_name, reference,
                                                   content='person', content_rowid='id');
        """
    )


def _fill(connection, rows: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(7)
    data = [
        (
            i,
            rng.choice(WORDS).title() + rng.choice(WORDS),
            rng.choice(WORDS).title(),
            f"REF-{i:07d}",
            rng.choice(("applicant", "volunteer", "staff")),
            " ".join(rng.choices(WORDS, k=40)),
        )
        for i in range(1, rows + 1)
    ]
    connection.executemany("INSERT INTO person VALUES (?,?,?,?,?,?)", data)
    connection.execute("INSERT INTO person_fts(person_fts) VALUES ('rebuild')")
    connection.commit()


def _time(op: Callable[[], object]) -> tuple[float, float, float]:
    runs = []
    for _ in range(RUNS):
        start = time.perf_counter()
        op()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs), min(runs), max(runs)


def _operations(connection, rows: int) -> dict[str, Callable[[], object]]:  # type: ignore[no-untyped-def]
    rng = random.Random(11)
    return {
        "lookup by id x1000": lambda: [
            connection.execute("SELECT * FROM person WHERE id = ?", (rng.randint(1, rows),)).fetchone()
            for _ in range(1000)
        ],
        "first page of list (100 rows, sorted)": lambda: connection.execute(
            "SELECT id, last_name, first_name, reference FROM person "
            "ORDER BY last_name, first_name LIMIT 100 OFFSET ?",
            (rng.randint(0, rows - 100),),
        ).fetchall(),
        "count all": lambda: connection.execute("SELECT count(*) FROM person").fetchone(),
        "FTS prefix search x20": lambda: [
            connection.execute(
                "SELECT rowid FROM person_fts WHERE person_fts MATCH ? LIMIT 100",
                (rng.choice(WORDS)[:3] + "*",),
            ).fetchall()
            for _ in range(20)
        ],
        "full scan LIKE": lambda: connection.execute(
            "SELECT count(*) FROM person WHERE notes LIKE '%quartz rowan%'"
        ).fetchone(),
    }


def main(rows: int = 100_000) -> None:
    with tempfile.TemporaryDirectory() as folder:
        key = new_key()
        cipher = connect_raw(Path(folder) / "cipher.db", key)
        plain = sqlite3.connect(Path(folder) / "plain.db")
        plain.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        plain.execute("PRAGMA journal_mode = WAL")
        for connection in (cipher, plain):
            _schema(connection)
            _fill(connection, rows)
        print(
            f"SQLCipher vs plain SQLite, {rows:,} rows, {CACHE_KIB // 1024} MiB page cache; "
            f"median of {RUNS} (min-max) in ms"
        )
        cipher_ops, plain_ops = _operations(cipher, rows), _operations(plain, rows)
        worst = 0.0
        for name in cipher_ops:
            _time(cipher_ops[name])  # warm the cache as a working app would be
            _time(plain_ops[name])
            c, p = _time(cipher_ops[name]), _time(plain_ops[name])
            ratio = c[0] / p[0] if p[0] else float("nan")
            worst = max(worst, ratio)
            print(
                f"  {name:40s} cipher {c[0]:8.2f} ({c[1]:.2f}-{c[2]:.2f})  "
                f"plain {p[0]:8.2f} ({p[1]:.2f}-{p[2]:.2f})  ratio {ratio:4.2f}x"
            )
        print(f"  worst ratio {worst:.2f}x (goal <= 1.3x)")
    from tests.benchmarks.bench_audit import signing_cost_ms

    median, best = signing_cost_ms()
    print(
        f"Audit event signing (SHA-256 link + Ed25519): {median:.3f} ms per event "
        f"(best {best:.3f}; goal < 1 ms)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
