"""Uncaught errors: log the detail (types and frames, no message text), tell the user kindly.

No traceback is shown: it can hold personal data. The database is transactional, so an
error in the middle of work loses at most the change being made; the dialog says so.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from lcs_desktop.domain.errors import LcsError

log = logging.getLogger("lcs_desktop.crash")

MESSAGE = (
    "Something went wrong inside LCS Desktop and what you were doing may not have been saved.\n\n"
    "Your records are safe: everything saved before this is still in the encrypted database.\n\n"
    "If it happens again, tell IT the time it happened; the details are in the log file."
)


class CrashReporter(QObject):
    """Installed as sys.excepthook and threading.excepthook; the dialog appears on the GUI thread."""

    _show = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self._showing = False
        self._show.connect(self._show_dialog)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.count += 1
        log.critical("uncaught %s", exc_type.__name__, exc_info=(exc_type, exc, tb))
        # A fault the app has words for (a damaged database, a full disk) is said in those words.
        message = exc.message if isinstance(exc, LcsError) else MESSAGE
        self._show.emit(message)  # queued to the GUI thread when raised elsewhere

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _show_dialog(self, message: str = MESSAGE) -> None:
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True  # a burst of errors gives one dialog, not a cascade
        try:
            title = "LCS Desktop" if message != MESSAGE else "LCS Desktop: something went wrong"
            box = QMessageBox(QMessageBox.Icon.Warning, title, message)
            box.setObjectName("crash_dialog")
            box.exec()
        finally:
            self._showing = False
