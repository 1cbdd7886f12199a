"""Idle lock: any keyboard or mouse input restarts the countdown (an application event filter).

While locked, no timer may reach the database: a timer whose timeout calls a service is marked
with ``database_timer`` and ``BackgroundTimers`` stops every marked timer at lock and starts
again, at unlock, those that were waiting (a draft or autosave due then happens after unlock).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

DATABASE_TIMER = "lcs_database_timer"

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without input while running."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self._timer.setInterval(max(1, minutes) * 60_000)
        if self._timer.isActive():
            self._timer.start()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval_ms(self, msecs: int) -> None:
        """Tests and benchmarks: a short countdown."""
        self._timer.setInterval(msecs)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._timer.isActive():
            self._timer.start()
        return False

    def detach(self) -> None:
        self.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def database_timer(timer: QTimer) -> QTimer:
    """Mark a timer whose timeout reads or writes through a service (autosave, drafts, search)."""
    timer.setProperty(DATABASE_TIMER, True)
    return timer


class BackgroundTimers:
    """Pauses the marked timers of every window while the session is locked."""

    def __init__(self) -> None:
        self._paused: list[QTimer] = []

    @staticmethod
    def running() -> list[QTimer]:
        return [
            timer
            for window in QApplication.topLevelWidgets()
            for timer in window.findChildren(QTimer)
            if timer.property(DATABASE_TIMER) and timer.isActive()
        ]

    def pause(self) -> None:
        for timer in self.running():
            timer.stop()
            self._paused.append(timer)

    def resume(self) -> None:
        paused, self._paused = self._paused, []
        for timer in paused:
            if shiboken6.isValid(timer):  # its window may have closed while locked
                timer.start()
