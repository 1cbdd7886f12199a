"""One desk of the concurrency test (tests/server/test_concurrent_desks.py), run in its own
process (multiprocessing, spawn): it signs in as its own account through the real
Authenticator on the office server, waits for the start signal, then writes for a fixed time
and reports what it committed and every exception it saw.

Each operation is one of: add a person (a reference of its own), add a chronology entry to the
shared case, or add one to the shared counter (a sealed free-text field of a shared person, so
the increment is a read-modify-write in the client, saved with the version it read). A refused
save (``EditConflict``, ``ServerBusyError``) is retried with what the server holds now; nothing
is overwritten. Exceptions are reported as (class, module, is-plain, message): the parent
decides what is allowed.
"""

from __future__ import annotations

import random
import time
import traceback
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

# At most this many attempts per operation before the desk gives up on it (and says so).
MAX_ATTEMPTS = 400


@dataclass
class DeskTask:
    index: int
    folder: str  # this PC's data folder (holds the office-server settings)
    username: str
    temporary: str  # the password an administrator gave; changed at this desk's first sign-in
    password: str
    person_id: int  # the shared person holding the counter
    case_id: int  # the shared case
    seconds: float  # how long to write once started


@dataclass
class DeskReport:
    index: int
    signed_in: bool = False
    people: list[int] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    entries: list[int] = field(default_factory=list)
    increments: int = 0
    counter_values: list[int] = field(default_factory=list)  # the value each increment wrote
    errors: list[tuple[str, str, bool, str]] = field(default_factory=list)
    gave_up: int = 0
    operations: int = 0
    fatal: str = ""


def _seen(report: DeskReport, exc: BaseException) -> None:
    from lcs_desktop.domain.errors import LcsError

    plain = isinstance(exc, LcsError)
    text = (getattr(exc, "message", None) or str(exc)) if plain else traceback.format_exc(limit=8)
    report.errors.append((type(exc).__name__, type(exc).__module__, plain, str(text)))


def _retrying(report: DeskReport, attempt: Any) -> Any:
    """Run ``attempt`` until it saves; a plain refusal that says retry is retried (after a short,
    random pause so the desks do not collide in step); anything else is reported and ends it."""
    from lcs_desktop.domain.conflicts import EditConflict
    from lcs_desktop.store.server_errors import ServerBusyError

    for tries in range(MAX_ATTEMPTS):
        try:
            return attempt()
        except (EditConflict, ServerBusyError) as exc:
            _seen(report, exc)
            # A pause that grows with each refusal: eight desks on one row must not starve one of them.
            time.sleep(random.uniform(0.0, 0.02 * min(tries + 1, 10)))
        except Exception as exc:  # a raw error: reported, the parent fails the test
            _seen(report, exc)
            return None
    report.gave_up += 1
    return None


def run_desk(index: int, inbox: Any, start: Any, results: Any) -> None:
    """The child process's entry point. It loads the app while the parent sets the office up,
    then takes its ``DeskTask`` from ``inbox`` (None: nothing to do); ``start`` is a
    multiprocessing Barrier (every desk signed in, they all start writing together), ``results``
    a Queue for the ``DeskReport``."""
    report = DeskReport(index)
    try:
        import lcs_desktop.services.auth  # noqa: F401 (the slow part of a desk's start)

        task = inbox.get(timeout=600)
        if task is None:
            return
        _run(task, start, report)
    except BaseException:  # the desk itself failed (sign-in, import): the parent shows this
        report.fatal = traceback.format_exc(limit=12)
        start.abort()  # the other desks stop waiting for this one
    results.put(report)


def _run(task: DeskTask, start: Any, report: DeskReport) -> None:
    from lcs_desktop.domain.clock import FixedClock
    from lcs_desktop.paths import AppPaths
    from lcs_desktop.services.auth import Authenticator
    from lcs_desktop.services.workspace import Workspace
    from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
    from tests.conftest import MemorySecretStore
    from tests.frozen_clock import TEST_NOW

    # Each desk's own fixed clock (a tick per reading), a minute apart and after the parent's,
    # so no two desks stamp a record with the same instant: every save changes ``updated_at``.
    Workspace.default_clock = FixedClock(TEST_NOW + timedelta(minutes=task.index + 1))
    rng = random.Random(task.index)
    random.seed(task.index)
    auth = Authenticator(AppPaths.under(Path(task.folder)), MemorySecretStore(), kdf=FAST_KDF_FOR_TESTS)
    session = auth.sign_in(task.username, task.temporary)
    session.accounts.change_own_password(session.user, task.temporary, task.password)
    report.signed_in = True
    start.wait(timeout=300)
    user = session.user
    deadline = time.monotonic() + task.seconds
    n = 0
    while time.monotonic() < deadline:
        n += 1
        report.operations += 1
        choice = rng.random()
        if choice < 0.3:
            reference = f"D{task.index}-{n}"

            def add_person(reference: str = reference) -> int:
                return session.people.add_person(
                    user,
                    first_name="Desk",
                    last_name=f"Writer{task.index}",
                    kind="volunteer",
                    reference=reference,
                )

            person = _retrying(report, add_person)
            if person is not None:
                report.people.append(person)
                report.references.append(reference)
        elif choice < 0.6:
            summary = f"Desk {task.index} note {n}"

            def add_entry(summary: str = summary) -> int:
                return session.cases.add_entry(
                    user, task.case_id, kind="note", occurred_at=TEST_NOW, summary=summary
                )

            entry = _retrying(report, add_entry)
            if entry is not None:
                report.entries.append(entry)
        else:

            def increment() -> int:
                person = session.people.get_person(user, task.person_id)
                value = int(person.role) + 1
                session.people.edit_person(
                    user, task.person_id, expected_version=person.row_version, role=str(value)
                )
                return value

            value = _retrying(report, increment)
            if value is not None:
                report.increments += 1
                report.counter_values.append(value)
    session.sign_out()
