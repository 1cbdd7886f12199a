"""What the self-test's checks share: the outcome of one check and how a fault is put in words.

Below both ``selftest`` (the checks) and ``selftest_qt`` (the Qt check, run in a child
process), so neither imports the other.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PASS, FAIL, WARN = "PASS", "FAIL", "WARN"
NON_LATIN_NAME = "Zoë Ødegård · Ірина Коваленко · Ελένη Παππά"
# Set for the child process that runs the Qt check alone: the file to write its one line to.
QT_CHILD_ENV = "LCS_SELF_TEST_QT_RESULT"
# When set, the report is also written to this file (build.ps1 reads it on Windows).
REPORT_ENV = "LCS_SELF_TEST_REPORT"


class CheckFailed(Exception):
    """A check found a fault; the message is shown to IT as it is."""


class CheckWarning(Exception):
    """Worth knowing, but the app still works (e.g. no keyring: sign-in by password only)."""


@dataclass
class Outcome:
    status: str
    name: str
    detail: str

    def line(self) -> str:
        return f"{self.status:<5} {self.name}: {self.detail}"


def run_check(name: str, check: Callable[[], str]) -> Outcome:
    """One check's outcome: its own line when it passes, its plain reason when it does not."""
    try:
        return Outcome(PASS, name, check())
    except CheckWarning as exc:
        return Outcome(WARN, name, str(exc))
    except CheckFailed as exc:
        return Outcome(FAIL, name, str(exc))
    except Exception as exc:
        return Outcome(FAIL, name, plain_reason(exc))


def plain_reason(exc: BaseException) -> str:
    """An unexpected fault: the app's own message if it has one, else the type and text."""
    from lcs_desktop.domain.errors import LcsError

    if isinstance(exc, LcsError):
        return exc.message
    db_error = _database_fault(exc)
    if db_error is not None:
        return db_error
    if isinstance(exc, PermissionError):
        return f"no write access ({exc.filename or exc}). Check the folder permissions."
    last = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" at {Path(last[0].filename).name}:{last[0].lineno}" if last else ""
    return f"unexpected {type(exc).__name__}: {exc}{where}"


def _database_fault(exc: BaseException) -> str | None:
    """A database fault that escaped the store's own translation, in the store's words."""
    try:
        from lcs_desktop.store.errors import database_fault
    except ImportError:  # the sqlcipher check reports a missing library itself
        return None
    fault = database_fault(exc)
    return fault.message if fault is not None else None
