"""Idle lock: any keyboard or mouse input restarts the countdown (an application event filter)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

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
