"""The office server's figures (issue 11, "Speed"), each beside the local-mode figure as a ratio.

Not collected by pytest. Run (as root or a normal user, with Debian's postgresql installed):
    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_server.py [people] [checks] [cases]
Defaults are the issue's sizes (100 000 people, 200 000 checks, 100 000 cases).

One real local workspace (SQLCipher) is filled with the bulk generators, plus one case with 500
chronology entries and 40 evidence images made through the services. The service calls the GUI
makes are timed on it; then a PostgreSQL 15 server is started on this machine (the test suite's
own, TLS with verify-full), initialised as IT would (``server-init``), and the workspace is moved
onto it with ``move_to_server`` (``admin server-init --from-local``'s step: every row sealed in
the client, blind-index tokens for every person, counts and the chain checked), which is timed
with its progress lines. The same calls are then timed on the server, signed in as the same
person through the real Authenticator. So both sides hold exactly the same records.

Each figure: median (min-max) of RUNS, after one warm-up call; ratio = server / local.
Goals (issue 11): list first paint and search-as-you-type < 100 ms median; a case with 500
entries and 40 images opens < 400 ms; a finding with a 2 MB screenshot saves < 300 ms; the move
of a workspace of that size < 10 minutes.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from lcs_desktop.paths import AppPaths
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.services.bulk_records import generate_bulk
from lcs_desktop.services.check_types import CheckDetailsInput, FindingInput
from lcs_desktop.services.demo_cases import generate_bulk_cases
from lcs_desktop.services.server_move import move_to_server
from lcs_desktop.store.people import Person
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.benchmarks.bench_cases import _big_case
from tests.benchmarks.bench_checks import TYPING, _MemoryStore, _two_mb_png
from tests.pg_server import running_server
from tests.server_helpers import init_server

RUNS = 9
PASSWORD = "Tall-Giraffe-Meadow-42"
GOALS = {  # ms, from the issue
    "people list first paint (count + first 100)": 100,
    "checks list first paint (count + first 100)": 100,
    "cases list first page (100 + total)": 100,
    "search, one keystroke ('smi': count + page)": 100,
    "search-as-you-type, per keystroke": 100,
    "open a case (500 entries, 40 images)": 400,
    "save finding with a 2 MB screenshot": 300,
}


def _time(op: Callable[[], object], runs: int = RUNS) -> list[float]:
    op()  # warm, as a working app would be
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        op()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _typing_per_key(session, user) -> list[float]:  # type: ignore[no-untyped-def]
    """Each keystroke of TYPING as its own sample (what the people page asks per key)."""
    people = session.people
    samples = []
    for _ in range(max(1, RUNS // 3)):
        for query in TYPING:
            start = time.perf_counter()
            people.count_people(user, query=query)
            people.list_people(user, query=query, limit=100)
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def _measure(session, check_id: int, case_id: int) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    lead = session.user
    people, checks, cases = session.people, session.checks, session.cases
    shot = _two_mb_png()
    today = session.workspace.today()
    finding = FindingInput(
        "facebook",
        "https://facebook.example/p/1",
        today - timedelta(days=3),
        today,
        "A public post.",
        "disrepute",
        "medium",
        "some",
    )
    detail = cases.open_case(lead, case_id)
    assert len(detail.chronology) == 500, len(detail.chronology)
    figures = {
        "people list first paint (count + first 100)": _time(
            lambda: (people.count_people(lead), people.list_people(lead, limit=100))
        ),
        "checks list first paint (count + first 100)": _time(
            lambda: (checks.count_checks(lead), checks.list_checks(lead, limit=100))
        ),
        "cases list first page (100 + total)": _time(lambda: cases.list_cases(lead)),
        "search, one keystroke ('smi': count + page)": _time(
            lambda: (people.count_people(lead, query="smi"), people.list_people(lead, query="smi", limit=100))
        ),
    }
    _typing_per_key(session, lead)  # warm
    figures["search-as-you-type, per keystroke"] = _typing_per_key(session, lead)
    figures["open a case (500 entries, 40 images)"] = _time(lambda: cases.open_case(lead, case_id))
    figures["save finding with a 2 MB screenshot"] = _time(
        lambda: checks.add_finding(lead, check_id, finding, [("s.png", shot)])
    )
    return figures


def _fmt(samples: list[float]) -> str:
    return f"{statistics.median(samples):8.1f} ({min(samples):.1f}-{max(samples):.1f})"


def _report(local: dict[str, list[float]], server: dict[str, list[float]]) -> None:
    width = max(len(n) for n in local)
    print(f"\n{'operation':<{width}}  {'local ms':>24}  {'server ms':>24}  ratio  goal (server)")
    for name, samples in local.items():
        theirs = server[name]
        ratio = statistics.median(theirs) / statistics.median(samples)
        goal = GOALS[name]
        verdict = "ok" if statistics.median(theirs) < goal else "SLOW"
        print(f"{name:<{width}}  {_fmt(samples):>24}  {_fmt(theirs):>24}  {ratio:5.2f}x  < {goal} {verdict}")


def _key_change(session, owner: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    """The workspace key changed on the server (a leaver): every sealed value, token and slot."""
    with session.workspace.reading() as reading:
        person_id = reading.execute(select(Person.id).limit(1)).scalar()
    start = time.perf_counter()
    session.key_rotation.rotate(session.user, owner=owner)
    took = time.perf_counter() - start
    found = session.people.get_person(session.user, person_id)
    print(f"workspace key changed on the server in {took:.1f} s ({found.reference} reads back)", flush=True)


def main(people: int = 100_000, checks: int = 200_000, cases: int = 100_000) -> None:
    base = Path(tempfile.mkdtemp(prefix="lcs-bench-server-"))
    try:
        _run(base, people, checks, cases)
    finally:
        if os.environ.get("KEEP_BENCH") is None:
            shutil.rmtree(base, ignore_errors=True)


def _run(base: Path, people: int, checks: int, cases: int) -> None:
    paths = AppPaths.under(base / "pc")
    auth = Authenticator(paths, _MemoryStore(), kdf=FAST_KDF_FOR_TESTS)
    session, _ = auth.set_up("Bench org", "lead", "Bench Lead", PASSWORD)
    # Everything is done as the lead (who may record checks too): a service call made for another
    # account inside this session would be signed with the lead's key, and the chain would say so.
    lead = session.user
    start = time.perf_counter()
    generate_bulk(session.workspace, lead.id, people=people, checks=checks)
    generate_bulk_cases(session.workspace, count=cases)
    print(
        f"local workspace: {people:,} people, {checks:,} checks, {cases:,} cases generated in "
        f"{time.perf_counter() - start:.0f} s",
        flush=True,
    )
    start = time.perf_counter()
    with session.workspace.reading() as reading:  # a concern is never about an applicant
        subjects = list(reading.scalars(select(Person.id).where(Person.kind != "applicant").limit(200)))
    case_id = _big_case(session, subjects)
    check_id = session.checks.create_check(
        lead,
        1,  # the generator's first person is an applicant
        CheckDetailsInput("Volunteer", "interview", "Lead", session.workspace.today(), "Proportionate."),
    )
    print(
        f"big case (500 entries, 40 images) and a check made in {time.perf_counter() - start:.0f} s",
        flush=True,
    )
    local = _measure(session, check_id, case_id)
    for name, samples in local.items():  # printed now too, in case the server part fails
        print(f"  local: {name:<48} {_fmt(samples)} ms", flush=True)

    with running_server(base / "pg") as server:
        dbname = "lcs_bench"
        server.create_database(dbname)
        owner = init_server(server, dbname)
        moved = time.perf_counter()

        def progress(step: str) -> None:
            print(f"  [{time.perf_counter() - moved:6.1f} s] {step}", flush=True)

        print("moving the workspace to the server (move_to_server, as server-init --from-local):")
        result = move_to_server(session, PASSWORD, server.url(dbname), str(server.ca_file), owner, progress)
        took = time.perf_counter() - moved
        rows = sum(result.counts.values())
        print(f"moved {rows:,} rows in {took:.1f} s ({took / 60:.1f} min; goal < 10 min)", flush=True)

        on_server = Authenticator(paths, _MemoryStore(), kdf=FAST_KDF_FOR_TESTS).sign_in("lead", PASSWORD)
        kept = on_server.people.count_people(on_server.user)  # the server's kept count
        assert kept == result.counts["people"], (kept, result.counts["people"])
        remote = _measure(on_server, check_id, case_id)
        _key_change(on_server, owner)
        on_server.sign_out()
    print(f"\nSizes: {people:,} people, {checks:,} checks, {cases:,} cases; server on this machine (TLS).")
    print(f"Each figure: median (min-max) of {RUNS} after a warm-up; ratio = server / local.")
    _report(local, remote)


if __name__ == "__main__":
    main(*[int(a) for a in sys.argv[1:4]])
