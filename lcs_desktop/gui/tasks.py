"""Run slow work (Argon2id, opening the database, backups) off the GUI thread.

``run_task(fn, on_done, on_error)`` runs ``fn`` on the thread pool and calls back on the GUI
thread. Refusals (``LcsError``) go to ``on_error`` for the form to show; anything else is a
bug and goes to ``sys.excepthook`` (the crash dialog), never silently swallowed.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from lcs_desktop.domain.errors import LcsError

_live: set[_Relay] = set()
_fault_listeners: list[Callable[[LcsError], None]] = []


def add_fault_listener(listener: Callable[[LcsError], None]) -> Callable[[], None]:
    """Also tell ``listener`` (on the GUI thread) of every refusal a task ends with; returns
    the function that stops it."""
    _fault_listeners.append(listener)
    return lambda: _fault_listeners.remove(listener) if listener in _fault_listeners else None


def report_fault(error: LcsError) -> None:
    """Tell the listeners (e.g. the office server's Retry banner) of a refusal met on the GUI thread."""
    for listener in list(_fault_listeners):
        listener(error)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call back here."""

    finished = Signal(object, object)  # result, error

    def __init__(
        self, on_done: Callable[[Any], None] | None, on_error: Callable[[LcsError], None] | None
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        # Set by the worker once it holds no reference to this relay any more.
        self.released = threading.Event()
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        # Drop our reference only after this slot has returned (freeing a QObject inside its
        # own signal delivery crashes) and after the worker has let go of it: the last
        # reference must go on this thread, or the QObject is destroyed on the worker's.
        QTimer.singleShot(0, self._release)
        if isinstance(error, LcsError):
            report_fault(error)
        if error is None:
            if self._on_done is not None:
                self._on_done(result)
        elif isinstance(error, LcsError) and self._on_error is not None:
            self._on_error(error)
        else:
            assert isinstance(error, BaseException)
            sys.excepthook(type(error), error, error.__traceback__)

    def _release(self) -> None:
        if self.released.is_set():
            _live.discard(self)
        else:  # the worker is between its emit and letting go: look again in a moment
            QTimer.singleShot(1, self._release)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay: _Relay | None = relay

    def run(self) -> None:
        relay, self._relay = self._relay, None  # the pool may free this runnable on its thread
        assert relay is not None
        released = relay.released
        try:
            outcome = (self._fn(), None)
        except BaseException as exc:  # handed to the GUI thread, which decides
            outcome = (None, exc)
        relay.finished.emit(*outcome)
        del relay, outcome
        released.set()


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[LcsError], None] | None = None,
) -> None:
    relay = _Relay(on_done, on_error)
    _live.add(relay)
    QThreadPool.globalInstance().start(_Task(fn, relay))


def share_the_interpreter() -> None:
    """Let the GUI thread back into Python within a millisecond while a worker runs Python code
    (the default 5 ms switch interval, taken several times under load, is a visible stall)."""
    sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))


def wait_for_tasks(msecs: int = 30_000) -> bool:
    """At exit: let running work (a backup, the sign-out audit event) finish."""
    return QThreadPool.globalInstance().waitForDone(msecs)
