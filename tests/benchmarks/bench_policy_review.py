"""The annual review's figures for a year (issue 10, speed): goal < 1 s at 100 000 people,
200 000 checks and 100 000 cases (with their breach types, a discussion for each check with
concerns, outcomes, referrals and deletion events), on the real encrypted database.

Not collected by pytest. Run: python tests/benchmarks/bench_policy_review.py [people checks cases]
Prints the median of 7 (min-max) for the service call (figures + its audit event), for ten
years, for the Home desk's items (the lead) and for the figures' SQL alone.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert, select

from lcs_desktop.domain.roles import Role
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.accounts import to_current
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.services.bulk_records import generate_bulk
from lcs_desktop.services.demo_cases import generate_bulk_cases
from lcs_desktop.services.desk import desk_items
from lcs_desktop.services.policy_review import Period, PolicyReviewService, compute_figures
from lcs_desktop.store.cases import BreachCase, Outcome, Referral
from lcs_desktop.store.checks import Check, CheckDiscussion, Finding
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
    op()
    runs = []
    for _ in range(RUNS):
        start = time.perf_counter()
        op()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs), min(runs), max(runs)


def _extras(workspace, lead_id: int) -> None:  # type: ignore[no-untyped-def]
    """Findings and discussions on the checks with concerns; outcomes, decisions and referrals
    on the cases: what the review groups, in realistic proportions."""
    rng = random.Random(3)
    with workspace.reading() as s:
        concerns = list(
            s.execute(select(Check.id, Check.completed_at).where(Check.result == "concerns_found"))
        )
        cases = list(s.execute(select(BreachCase.id, BreachCase.reported_at)))
    categories = ["personal_details", "inappropriate_content", "offensive_content", "disrepute"]
    with workspace.unit_of_work() as s:
        s.execute(insert(Finding), [
            {"check_id": cid, "platform": "facebook", "captured_on": at.date(), "seen": "Generated",
             "category": rng.choice(categories), "severity": "low", "relevance": "some",
             "added_by_id": lead_id}
            for cid, at in concerns
        ])  # fmt: skip
        s.execute(insert(CheckDiscussion), [
            {"check_id": cid, "held_at": at + timedelta(days=3), "method": "in_person", "present": "",
             "applicant_account": "", "assessment": "", "outcome": "proceed_with_advice",
             "decided_by": "Lead", "decision_reason": "", "recorded_by_id": lead_id}
            for cid, at in concerns
        ])  # fmt: skip
        s.execute(insert(Outcome), [
            {"case_id": cid, "kind": "advice_or_guidance", "recorded_by_id": lead_id,
             "recorded_at": at + timedelta(days=20)}
            for cid, at in cases if rng.random() < 0.6
        ])  # fmt: skip
        s.execute(insert(Referral), [
            {"case_id": cid, "kind": "lado", "state": "made", "clock_start": at,
             "due_at": at + timedelta(days=1), "updated_by_id": lead_id,
             "made_on": (at + timedelta(days=rng.choice((0, 0, 0, 2)))).date()}
            for cid, at in cases if rng.random() < 0.3
        ])  # fmt: skip
    with workspace.unit_of_work() as s:
        for cid, at in cases[::3]:
            s.execute(
                BreachCase.__table__.update()
                .where(BreachCase.id == cid)
                .values(decided_on=(at + timedelta(days=30)).date(), finding="unsubstantiated",
                        closed_at=at + timedelta(days=40))
            )  # fmt: skip


def main(people: int = 100_000, checks: int = 200_000, cases: int = 100_000) -> None:
    with tempfile.TemporaryDirectory(prefix="lcs-bench-") as folder:
        paths = AppPaths.under(Path(folder))
        auth = Authenticator(paths, _Secrets(), kdf=FAST_KDF_FOR_TESTS)
        org, _ = auth.set_up("Bench", "lead", "Lee Lead", "Tall-Giraffe-Meadow-42")
        org.accounts.add_user(org.user, "checker", "Bench Checker", frozenset({Role.CHECKER}))
        checker = to_current(org.workspace.load_user("checker"))
        started = time.perf_counter()
        generate_bulk(org.workspace, checker.id, people=people, checks=checks)
        generate_bulk_cases(org.workspace, count=cases)
        _extras(org.workspace, org.user.id)
        with org.workspace.unit_of_work() as s:
            for i in range(2_000):  # deletions certified over the years
                org.workspace.audit(s, org.user, "record_deleted", "check", 10_000_000 + i, {"rule": "bench"})
        took = time.perf_counter() - started
        print(f"{people:,} people, {checks:,} checks, {cases:,} cases made in {took:.1f} s")
        org.workspace.database.engine.dispose()
        service, lead = PolicyReviewService(org.workspace), org.user
        end = org.workspace.today()
        start = end - timedelta(days=364)  # a year to today: the generated checks are all recent
        figures = service.figures(lead, start, end)
        total = figures.table("checks_by_result").table.grand_total
        completed = total.text if total else "?"
        print(f"{figures.period.text}: checks completed {completed}; tables {len(figures.tables)}")
        for name, op, goal in (
            (
                "policy review figures for a year (service, audited)",
                lambda: service.figures(lead, start, end),
                1000,
            ),
            # No goal: every one of the 100 000 cases falls in ten years (a year holds about 11 000).
            (
                "figures for ten years (all the cases)",
                lambda: service.figures(lead, end - timedelta(days=3652), end),
                0,
            ),
            ("Home desk items (lead)", lambda: desk_items(org.workspace, lead, org.workspace.today()), 200),
        ):
            med, low, high = _time(op)
            verdict = (f"goal < {goal}  " + ("ok" if med < goal else "SLOW")) if goal else ""
            print(f"  {name:55s} {med:8.1f} ms ({low:.1f}-{high:.1f})  {verdict}")
        with org.workspace.reading() as session:
            med, low, high = _time(lambda: compute_figures(session, Period(start, end)))
        print(f"  {'the SQL alone (one read transaction)':55s} {med:8.1f} ms ({low:.1f}-{high:.1f})")
        org.sign_out()


if __name__ == "__main__":
    main(*[int(a) for a in sys.argv[1:4]])
