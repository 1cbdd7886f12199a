"""Eight desks writing at once to one office server for a minute (issue 11, "Tests that must
exist"): eight processes, each signed in as its own account through the real Authenticator,
add people, add notes to one shared case and add to a shared counter saved with the version
they read. Afterwards: no lost update (everything a desk reports as saved is there, and nothing
else; the counter equals the number of increments that saved), no raw error (every exception a
desk saw is one of the project's plain LcsError classes), and the audit chain verifies as one
chain. The desks' own code is in desk_worker.py."""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import time
from collections import Counter
from datetime import timedelta

import pytest

from lcs_desktop.domain.roles import Role
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.audit_log import AuditFilter
from tests.conftest import USER_PASSWORD
from tests.frozen_clock import TEST_NOW
from tests.server.desk_worker import DeskReport, DeskTask, run_desk

DESKS = 8
SECONDS = 60.0
# The refusals a desk may meet when another desk got there first: each says "try again".
EXPECTED_REFUSALS = {"EditConflict", "ServerBusyError"}
PAGE = 200

pytestmark = [pytest.mark.slow, pytest.mark.parametrize("backend", ["server"], indirect=True)]


def _accounts(org, authenticator, tmp_path) -> list[tuple[str, str, str]]:
    """Eight leads (they may add people and write on every case), each with their own PC folder
    pointed at the server; each desk changes its temporary password at its first sign-in."""
    made = []
    for index in range(DESKS):
        username = f"desk{index}"
        temp = org.accounts.add_user(
            org.user, username, f"Desk {index} Lead", frozenset({Role.SAFEGUARDING_LEAD})
        )
        authenticator.server_settings().save(AppPaths.under(tmp_path / username).data_dir)
        made.append((username, str(tmp_path / username), temp))
    return made


def _shared_records(org) -> tuple[int, int]:
    person = org.people.add_person(
        org.user, first_name="Shared", last_name="Counter", kind="volunteer", reference="COUNT-1", role="0"
    )
    case = org.cases.report_concern(
        org.user,
        subject_person_id=person,
        concern_at=TEST_NOW - timedelta(hours=3),
        reported_at=TEST_NOW - timedelta(hours=1),
        raised_by="Desk test",
        raised_by_kind="staff",
        what_was_seen="Shared case written on by every desk.",
        breach_types=["images_without_consent"],
    ).case_id
    return person, case


def _everyone(org) -> list:  # type: ignore[no-untyped-def]
    rows, page = [], org.people.list_people(org.user, limit=PAGE)
    while page:
        rows += page
        page = org.people.list_people(org.user, limit=PAGE, after=page[-1].sort_key)
    return rows


class Desks:
    """DESKS processes (spawn), started before the office is set up so that loading the app in
    each overlaps the server's set-up; each then waits for its task."""

    def __init__(self) -> None:
        spawn = multiprocessing.get_context("spawn")
        self.start, self.results = spawn.Barrier(DESKS), spawn.Queue()
        self.inboxes = [spawn.Queue() for _ in range(DESKS)]
        self.processes = [
            spawn.Process(target=run_desk, args=(i, self.inboxes[i], self.start, self.results))
            for i in range(DESKS)
        ]
        for process in self.processes:
            process.start()
        self.sent = False

    def run(self, tasks: list[DeskTask]) -> list[DeskReport]:
        for inbox, task in zip(self.inboxes, tasks, strict=True):
            inbox.put(task)
        self.sent = True
        reports: list[DeskReport] = []
        with contextlib.suppress(queue.Empty):
            for _ in tasks:
                reports.append(self.results.get(timeout=SECONDS + 400))
        return sorted(reports, key=lambda r: r.index)

    def stop(self) -> None:
        if not self.sent:  # the set-up failed: the desks have nothing to do
            for inbox in self.inboxes:
                inbox.put(None)
        for process in self.processes:
            process.join(timeout=30)
            if process.is_alive():  # pragma: no cover - a hung desk: stop it, the asserts say why
                process.kill()
                process.join()


@pytest.fixture
def desks():
    pool = Desks()
    yield pool
    pool.stop()


def test_eight_desks_writing_for_a_minute_lose_nothing_and_keep_one_chain(
    desks, org, authenticator, tmp_path
) -> None:
    phases = [time.perf_counter()]  # how long each part took, printed only
    counter_id, case_id = _shared_records(org)
    people_before = org.people.count_people(org.user)
    entries_before = len(org.cases.read_case(org.user, case_id).chronology)
    tasks = [
        DeskTask(i, folder, username, temp, USER_PASSWORD, counter_id, case_id, SECONDS)
        for i, (username, folder, temp) in enumerate(_accounts(org, authenticator, tmp_path))
    ]

    phases.append(time.perf_counter())
    reports = desks.run(tasks)
    phases.append(time.perf_counter())

    assert len(reports) == DESKS, "a desk never reported back"
    assert [r.fatal for r in reports] == [""] * DESKS
    assert all(r.signed_in for r in reports)
    # No raw error: every exception a desk saw is a plain LcsError, and only the expected ones.
    seen = [error for r in reports for error in r.errors]
    raw = [error for error in seen if not error[2]]
    assert raw == [], raw[0][3] if raw else ""
    assert {name for name, *_ in seen} <= EXPECTED_REFUSALS, Counter(name for name, *_ in seen)
    assert sum(r.gave_up for r in reports) == 0
    # Every desk got work through, and the desks really did collide.
    assert all(r.people and r.entries and r.increments for r in reports), [
        (r.people, r.entries, r.increments) for r in reports
    ]
    assert any(name == "EditConflict" for name, *_ in seen)

    # No lost update: the counter equals the increments that saved, each value written once.
    increments = sum(r.increments for r in reports)
    written = sorted(v for r in reports for v in r.counter_values)
    assert written == list(range(1, increments + 1))
    assert org.people.get_person(org.user, counter_id).role == str(increments)
    # Every person a desk saved is there as saved, and nothing it did not save.
    added = {pid: (r.index, ref) for r in reports for pid, ref in zip(r.people, r.references, strict=True)}
    assert org.people.count_people(org.user) == people_before + len(added)
    stored = {row.id: (row.reference, row.last_name) for row in _everyone(org)}
    assert {pid: stored.get(pid) for pid in added} == {
        pid: (ref, f"Writer{i}") for pid, (i, ref) in added.items()
    }
    # Every note a desk saved is on the shared case, and nothing else was added.
    chronology = org.cases.read_case(org.user, case_id).chronology
    saved = {eid for r in reports for eid in r.entries}
    assert len(chronology) == entries_before + len(saved)
    assert saved <= {entry.id for entry in chronology}

    # One chain: every save audited once, linked and signed, whichever desk wrote it.
    person_added = org.audit_log.events(org.user, AuditFilter(action="person_added"), limit=100_000)
    assert sorted(str(e.entity_id) for e in person_added if e.entity_id != str(counter_id)) == sorted(
        str(pid) for pid in added
    )
    result = org.audit_log.verify(org.user, full=True)
    assert result.ok, result.problems
    total_ops = sum(r.operations for r in reports)
    print(
        f"\n{DESKS} desks, {SECONDS:.0f} s: {total_ops} operations, {len(added)} people, "
        f"{len(saved)} notes, {increments} increments; refusals {dict(Counter(n for n, *_ in seen))}; "
        f"set-up {phases[1] - phases[0]:.0f} s, desks {phases[2] - phases[1]:.0f} s, "
        f"checks {time.perf_counter() - phases[2]:.0f} s"
    )
