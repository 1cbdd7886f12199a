"""Run something once the first window has painted.

Start-up uses it to import the store (SQLAlchemy, SQLCipher, keyring) only after the sign-in
window is on screen, so the import does not compete with the first paint for the
interpreter; the start-up benchmark uses it to time that paint (LCS_BENCH_FIRST_PAINT).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

BENCH_ENV = "LCS_BENCH_FIRST_PAINT"
FALLBACK_MS = 400  # if no paint arrives (a minimised start), go on anyway


class _AfterFirstPaint(QObject):
    def __init__(self, app: QApplication, callback: Callable[[], None]) -> None:
        super().__init__(app)
        self._app = app
        self._callback: Callable[[], None] | None = callback
        app.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)  # after this paint has been delivered
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self._app.removeEventFilter(self)
            callback()


def after_first_paint(app: QApplication, callback: Callable[[], None]) -> None:
    _AfterFirstPaint(app, callback)


def install_benchmark_probe(app: QApplication) -> None:
    if not os.environ.get(BENCH_ENV):
        return

    def report() -> None:
        print(f"first-paint {time.perf_counter():.6f}", flush=True)
        os._exit(0)  # the benchmark measures start-up only

    _AfterFirstPaint(app, report)
